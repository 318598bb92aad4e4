#pragma once

#include <QObject>

class QWidget;

namespace KryNet
{
class ProfileStore;
}

namespace KryNet::Ui
{

class Prompter;

/**
 * File ▸ Export profiles… and Import profiles…: profiles as JSON without secrets (ProfileTransfer), the
 * file chosen through the Prompter. An import that would replace an existing profile asks first and
 * changes nothing unless the user agrees; problems with the file are reported with what to do.
 */
class ProfileFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileFiles)

public:
    ProfileFiles(ProfileStore &profiles, Prompter &prompter, QWidget *parent);
    ~ProfileFiles() override;

    void exportProfiles();
    void importProfiles();
    /// Imports @p path (the step after the file was chosen; public for tests).
    void importFile(const QString &path);

Q_SIGNALS:
    /// A result for the status line ("Imported lab from …", "Exported 2 profiles to …").
    void finished(bool ok, const QString &message);
    /// The profiles imported, by id (the window shows the first).
    void imported(const QStringList &profileIds);

private:
    void save(const QString &path);

    ProfileStore &m_profiles;
    Prompter &m_prompter;
    QWidget *m_parent;
};

} // namespace KryNet::Ui
