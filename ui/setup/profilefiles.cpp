#include "ui/setup/profilefiles.h"

#include <QFileInfo>
#include <QPointer>
#include <QWidget>

#include "core/config/profilestore.h"
#include "core/config/profiletransfer.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

ProfileFiles::ProfileFiles(ProfileStore &profiles, Prompter &prompter, QWidget *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_prompter(prompter)
    , m_parent(parent)
{}

ProfileFiles::~ProfileFiles() = default;

void ProfileFiles::exportProfiles()
{
    if (m_profiles.isEmpty()) {
        m_prompter.warn(m_parent, tr("Export profiles"), tr("There are no server profiles to export yet."));
        return;
    }
    m_prompter.chooseSaveFile(m_parent, tr("Export profiles (without secrets)"), u"krynet-profiles.json"_s,
                              [self = QPointer<ProfileFiles>(this)](std::optional<QString> path) {
                                  if (self && path)
                                      self->save(*path);
                              });
}

void ProfileFiles::save(const QString &path)
{
    const QList<Profile> profiles = m_profiles.profiles();
    if (auto written = ProfileTransfer::writeFile(path, ProfileTransfer::exportJson(profiles)); !written) {
        m_prompter.warn(m_parent, tr("Export profiles"), written.error().message());
        Q_EMIT finished(false, written.error().message());
        return;
    }
    Q_EMIT finished(true, tr("Exported %n profile(s) to %1, without secrets.", nullptr, int(profiles.size()))
                              .arg(QFileInfo(path).fileName()));
}

void ProfileFiles::importProfiles()
{
    m_prompter.chooseOpenFile(m_parent, tr("Import profiles"), tr("KryNet profiles (*.json);;All files (*)"),
                              [self = QPointer<ProfileFiles>(this)](std::optional<QString> path) {
                                  if (self && path)
                                      self->importFile(*path);
                              });
}

void ProfileFiles::importFile(const QString &path)
{
    const auto fail = [this](const QString &message) {
        m_prompter.warn(m_parent, tr("Import profiles"), message);
        Q_EMIT finished(false, message);
    };
    const auto data = ProfileTransfer::readFile(path);
    if (!data)
        return fail(data.error().message());
    const auto parsed = ProfileTransfer::parse(*data);
    if (!parsed)
        return fail(tr("%1 cannot be imported. %2").arg(QFileInfo(path).fileName(), parsed.error().message()));

    const ProfileImport import = *parsed;
    const auto commit = [this, import, path, fail](ImportConflict conflict) {
        const auto applied = ProfileTransfer::apply(m_profiles, import.profiles, conflict);
        if (!applied)
            return fail(applied.error().message());
        if (auto saved = m_profiles.save(); !saved) {
            (void)m_profiles.load(); // back to what is on disk: the import did not happen
            return fail(saved.error().message());
        }
        QStringList ids;
        for (const QString &name : *applied) {
            if (const auto profile = m_profiles.find(name))
                ids.append(profile->id());
        }
        QString message = tr("Imported %1 from %2. Secrets are not part of an export: enter the API keys again "
                             "(File ▸ Set up a server…, or krynetctl secret set).")
                              .arg(applied->join(u", "_s), QFileInfo(path).fileName());
        if (!import.notes.isEmpty())
            message += u"\n\n"_s + import.notes.join(u"\n"_s);
        if (!import.notes.isEmpty())
            m_prompter.warn(m_parent, tr("Import profiles"), message);
        Q_EMIT imported(ids);
        Q_EMIT finished(true, message);
    };

    const QStringList clashing = ProfileTransfer::conflicts(m_profiles, import.profiles);
    if (clashing.isEmpty())
        return commit(ImportConflict::Refuse);
    m_prompter.confirm(m_parent, tr("Replace existing profiles?"),
                       tr("Profiles named %1 already exist. Importing replaces their settings with the file's; their "
                          "secrets in the keychain stay. Nothing is changed if you cancel.")
                           .arg(clashing.join(u", "_s)),
                       tr("Replace %n profile(s)", nullptr, int(clashing.size())),
                       [self = QPointer<ProfileFiles>(this), commit](bool accepted) {
                           if (!self)
                               return;
                           if (accepted)
                               commit(ImportConflict::Replace);
                           else
                               Q_EMIT self->finished(false, tr("Import cancelled: nothing was changed."));
                       });
}

} // namespace KryNet::Ui
