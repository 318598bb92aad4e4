// File ▸ Export profiles… / Import profiles…: JSON without secrets, never replacing a profile unasked.
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "core/config/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/scriptedprompter.h"
#include "tests/support/testenv.h"
#include "ui/setup/profilefiles.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using Test::PromptKind;

namespace
{

Profile makeProfile(const QString &name, const QString &host)
{
    Profile profile;
    profile.setName(name);
    profile.ssh().host = host;
    profile.setDomain(u"example.org"_s);
    profile.setService(u"sonarr"_s, ServiceSettings{});
    return profile;
}

// An export holding one profile "lab" on new.lan (another id than any existing one).
QByteArray incomingExport()
{
    const Profile incoming = makeProfile(u"lab"_s, u"new.lan"_s);
    return "{\"format\":\"krynet-profiles\",\"version\":1,\"profiles\":[" +
           QJsonDocument(incoming.toJson()).toJson(QJsonDocument::Compact) + "]}";
}

} // namespace

class TestProfileFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testExportThenImportElsewhere()
    {
        Test::IsolatedHome home;
        const QString file = home.path() + u"/profiles-export.json"_s;
        {
            ProfileStore store;
            QVERIFY(store.add(makeProfile(u"home"_s, u"nas.lan"_s)));
            QVERIFY(store.add(makeProfile(u"office"_s, u"office.lan"_s)));
            Test::ScriptedPrompter prompter;
            prompter.fileAnswer = file;
            QWidget parent;
            Ui::ProfileFiles files(store, prompter, &parent);
            QSignalSpy finished(&files, &Ui::ProfileFiles::finished);
            files.exportProfiles();
            QCOMPARE(finished.count(), 1);
            QVERIFY(finished.constFirst().at(0).toBool());
            QVERIFY2(finished.constFirst().at(1).toString().contains(u"without secrets"_s),
                     qPrintable(finished.constFirst().at(1).toString()));
        }
        QVERIFY(QFile::exists(file));

        // "Another computer": an empty configuration.
        QFile::remove(ProfileStore::defaultFilePath());
        ProfileStore store;
        QVERIFY(store.load());
        QVERIFY(store.isEmpty());
        MemorySecretStore secrets;
        Test::ScriptedPrompter prompter;
        prompter.fileAnswer = file;
        Ui::MainWindow window(store, secrets, prompter);
        auto *import = window.findChild<QAction *>(u"importProfilesAction"_s);
        QVERIFY(import);
        import->trigger();
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(prompter.count(PromptKind::Confirm), 0);
        auto *switcher = window.findChild<QComboBox *>(u"profileSwitcher"_s);
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->currentText(), u"home"_s);
        // Saved: a fresh store reads them from disk.
        ProfileStore reread;
        QVERIFY(reread.load());
        QCOMPARE(reread.profiles().size(), 2);
    }

    void testConflictAsksAndCancelChangesNothing()
    {
        Test::IsolatedHome home;
        const QString file = home.path() + u"/lab.json"_s;
        ProfileStore store;
        Profile existing = makeProfile(u"lab"_s, u"old.lan"_s);
        QVERIFY(store.add(existing));
        QVERIFY(store.save());
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(incomingExport());
        out.close();

        Test::ScriptedPrompter prompter;
        prompter.fileAnswer = file;
        QWidget parent;
        Ui::ProfileFiles files(store, prompter, &parent);
        QSignalSpy finished(&files, &Ui::ProfileFiles::finished);
        prompter.confirmAnswer = false;
        files.importProfiles();
        const QStringList confirmations = prompter.texts(PromptKind::Confirm);
        QCOMPARE(confirmations.size(), 1);
        QVERIFY2(confirmations.constFirst().contains(u"lab"_s), qPrintable(confirmations.constFirst()));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.constFirst().at(0).toBool());
        QCOMPARE(store.find(u"lab"_s)->ssh().host, u"old.lan"_s);

        prompter.confirmAnswer = true;
        files.importProfiles();
        QCOMPARE(store.find(u"lab"_s)->ssh().host, u"new.lan"_s);
        QCOMPARE(store.find(u"lab"_s)->id(), existing.id());
        ProfileStore reread;
        QVERIFY(reread.load());
        QCOMPARE(reread.find(u"lab"_s)->ssh().host, u"new.lan"_s);
    }

    void testCorruptFileIsReportedAndChangesNothing()
    {
        Test::IsolatedHome home;
        const QString file = home.path() + u"/broken.json"_s;
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"format\":\"krynet-profiles\",\"version\":1,\"profiles\":[{\"name\":");
        out.close();
        ProfileStore store;
        QVERIFY(store.add(makeProfile(u"lab"_s, u"nas.lan"_s)));
        Test::ScriptedPrompter prompter;
        prompter.fileAnswer = file;
        QWidget parent;
        Ui::ProfileFiles files(store, prompter, &parent);
        files.importProfiles();
        const QStringList warnings = prompter.texts(PromptKind::Warn);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.constFirst().contains(u"broken.json"_s), qPrintable(warnings.constFirst()));
        QVERIFY2(warnings.constFirst().contains(u"not valid JSON"_s), qPrintable(warnings.constFirst()));
        QCOMPARE(store.profiles().size(), 1);
    }
};

QTEST_MAIN(TestProfileFiles)
#include "test_profilefiles.moc"
