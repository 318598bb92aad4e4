// The first-run setup assistant driven to a working profile, as a user would: against the REAL sshd peer
// (tests/peers/sshd.sh: host key confirmation, key login), krynet-labsim for the web services (Test with
// a wrong and a right key), and a REAL gnome-keyring on a private bus (tests/peers/with-keychain.sh), which
// also gives the test a private HOME to scan for leaked secrets.
#include <QAbstractItemModel>
#include <QCheckBox>
#include <QCompleter>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUrl>

#include <memory>

#include "core/config/profilestore.h"
#include "core/http/serviceclient.h"
#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/lab/serviceprobe.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/ssh/sshconnection.h"
#include "tests/support/scriptedprompter.h"
#include "tests/support/testenv.h"
#include "ui/setup/setupwizard.h"
#include "ui/widgets/healthbadge.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using Test::PromptKind;

namespace
{

template <typename T>
T *child(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qWarning("no %s", qPrintable(name));
    return widget;
}

// Every way a careless implementation might have put a value into a file.
QList<QByteArray> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return {utf8, utf8.toBase64(), utf8.toHex(), utf16, QUrl::toPercentEncoding(secret)};
}

// Files under @p root holding any encoding of any of @p secrets ("path: secret").
QStringList filesHolding(const QString &root, const QStringList &secrets)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        for (const QString &secret : secrets) {
            for (const QByteArray &encoded : encodings(secret)) {
                if (data.contains(encoded))
                    found.append(path + u": "_s + secret);
            }
        }
    }
    return found;
}

/// What every case needs around one assistant: the stores it saves to, its network and a scripted prompter.
struct Assistant
{
    ProfileStore profiles;
    KeychainSecretStore secrets;
    QNetworkAccessManager network;
    Test::ScriptedPrompter prompter = Test::ScriptedPrompter::accepting();
    std::unique_ptr<Ui::SetupWizard> wizard;

    /// Shows the assistant at the page given.
    Ui::SetupWizard &open(Ui::SetupWizard::PageId start)
    {
        Ui::SetupContext c;
        c.profiles = &profiles;
        c.secrets = &secrets;
        c.network = &network;
        c.prompter = &prompter;
        c.sshDir = QDir::homePath() + u"/.ssh"_s;
        c.sshConfigPath = c.sshDir + u"/config"_s;
        c.tailscaleProgram = u"/nonexistent/tailscale"_s;
        wizard = std::make_unique<Ui::SetupWizard>(c);
        wizard->setStartId(start);
        wizard->show();
        return *wizard;
    }
};

} // namespace

class TestSetupWizard final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_peer;
    std::unique_ptr<DemoLab> m_lab;
    DemoLabSetup m_setup;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("KRYNET_TEST_KEYRING") != u"1"_s)
            QFAIL("run through tests/peers/with-keychain.sh (private HOME, bus and gnome-keyring)");
        QVERIFY2(QDir::homePath().startsWith(u"/tmp/krynet-keyring."_s), qPrintable(QDir::homePath()));
        m_peer = Test::readPeer(u"sshd"_s);
        QVERIFY2(!m_peer.value(u"PORT"_s).isEmpty(), "the peer_sshd fixture did not run");

        // ~/.ssh/config with an alias for the peer: the assistant offers it and fills the rest from it.
        QVERIFY(QDir().mkpath(QDir::homePath() + u"/.ssh"_s));
        QFile config(QDir::homePath() + u"/.ssh/config"_s);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(u"Host labbox\n    HostName 127.0.0.1\n    Port %1\n    User %2\n    IdentityFile %3\n"_s
                         .arg(m_peer.value(u"PORT"_s), m_peer.value(u"USER"_s), m_peer.value(u"KEY"_s))
                         .toUtf8());
        config.close();

        m_lab = std::make_unique<DemoLab>(qEnvironmentVariable("KRYNET_LABSIM"));
        m_lab->setExtraArguments({u"--speed"_s, u"0"_s});
        auto started = m_lab->start();
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), 20000);
        QVERIFY2(started.result(), qPrintable(started.result() ? QString() : started.result().error().toString()));
        m_setup = started.result().value();
        QVERIFY(m_setup.secrets.contains(u"sonarr.api-key"_s));
    }

    void testFirstRunToAWorkingProfile()
    {
        Assistant a;
        QVERIFY(a.profiles.filePath().startsWith(QDir::homePath()));
        QVERIFY(a.profiles.load());
        Ui::SetupWizard &wizard = a.open(Ui::SetupWizard::ServerPageId);
        Test::ScriptedPrompter &prompter = a.prompter;
        QSignalSpy created(&wizard, &Ui::SetupWizard::profileCreated);
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::ServerPageId));
        auto *next = child<QPushButton>(wizard, u"wizardNextButton"_s);
        QVERIFY(next);

        // Page 1: the alias fills user, port and key; Next waits for a working connection.
        auto *host = child<QLineEdit>(wizard, u"hostEdit"_s);
        QVERIFY(host->completer());
        QVERIFY(host->completer()->model()->rowCount() >= 1);
        host->setText(u"labbox"_s); // as picking it from the completer does
        QCOMPARE(child<QLineEdit>(wizard, u"userEdit"_s)->text(), m_peer.value(u"USER"_s));
        QCOMPARE(child<QSpinBox>(wizard, u"portSpin"_s)->value(), m_peer.value(u"PORT"_s).toInt());
        QCOMPARE(child<QLineEdit>(wizard, u"identityEdit"_s)->text(), m_peer.value(u"KEY"_s));
        QVERIFY(!next->isEnabled());

        // A declined host key: no connection, nothing trusted.
        prompter.confirmAnswer = false;
        auto *status = child<Ui::HealthBadge>(wizard, u"connectStatus"_s);
        QTest::mouseClick(child<QPushButton>(wizard, u"connectButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->health(), Health::Critical, 20000);
        QVERIFY2(status->text().contains(u"not trusted"_s), qPrintable(status->text()));
        QVERIFY(!next->isEnabled());
        QVERIFY(!QFile::exists(QDir::homePath() + u"/.ssh/known_hosts"_s) ||
                !QFile(QDir::homePath() + u"/.ssh/known_hosts"_s).size());

        // Confirmed: the fingerprint was shown, the key is saved, Next opens.
        prompter.confirmAnswer = true;
        prompter.questions.clear();
        QTest::mouseClick(child<QPushButton>(wizard, u"connectButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status->health(), Health::Ok, 20000);
        const QStringList texts = prompter.texts(PromptKind::Confirm | PromptKind::Warn);
        QCOMPARE(texts.size(), 1);
        QVERIFY2(texts.constFirst().contains(m_peer.value(u"HOST_FINGERPRINT"_s)), qPrintable(texts.constFirst()));
        QFile knownHosts(QDir::homePath() + u"/.ssh/known_hosts"_s);
        QVERIFY(knownHosts.open(QIODevice::ReadOnly));
        QVERIFY(knownHosts.readAll().contains(m_peer.value(u"HOST_PUBKEY"_s).section(u' ', 1, 1).toLatin1()));
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);

        // Page 2: no domain (the services get explicit addresses), LAN.
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::AccessPageId));
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);

        // Page 3: only Sonarr, at labsim's address; Test tells a wrong key from the right one.
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::ServicesPageId));
        const QList<QCheckBox *> boxes = wizard.findChildren<QCheckBox *>();
        for (QCheckBox *box : boxes) {
            if (box->objectName().startsWith(u"enable_"_s))
                box->setChecked(false);
        }
        const QString goodKey = m_setup.secrets.value(u"sonarr.api-key"_s);
        const QString wrongKey = u"wrong-key-0123456789abcdef"_s;
        auto *url = child<QLineEdit>(wizard, u"url_sonarr"_s);
        auto *key = child<QLineEdit>(wizard, u"key_sonarr"_s);
        auto *test = child<QPushButton>(wizard, u"test_sonarr"_s);
        auto *result = child<Ui::HealthBadge>(wizard, u"status_sonarr"_s);
        QTest::keyClicks(url, m_setup.profile.services().value(u"sonarr"_s).url.toString());
        QVERIFY(child<QCheckBox>(wizard, u"enable_sonarr"_s)->isChecked()); // typing an address ticks it
        QTest::keyClicks(key, wrongKey);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(result->health(), Health::Warning, 20000); // reachable, key refused
        QVERIFY2(result->text().contains(u"key"_s, Qt::CaseInsensitive), qPrintable(result->text()));
        key->clear();
        QTest::keyClicks(key, goodKey);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(result->health(), Health::Ok, 20000);
        QVERIFY2(result->text().contains(u"version"_s), qPrintable(result->text()));
        QTest::mouseClick(next, Qt::LeftButton);

        // Page 4: the name comes from the alias; Finish stores.
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::FinishPageId));
        QCOMPARE(child<QLineEdit>(wizard, u"profileNameEdit"_s)->text(), u"labbox"_s);
        const QString summary = child<QLabel>(wizard, u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"Sonarr (with key)"_s), qPrintable(summary));
        QVERIFY2(!summary.contains(goodKey), qPrintable(summary));
        QTest::mouseClick(child<QPushButton>(wizard, u"wizardFinishButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // The profile is on disk, without the key; the key is in the keychain.
        ProfileStore reloaded;
        QVERIFY(reloaded.load());
        const auto profile = reloaded.find(u"labbox"_s);
        QVERIFY(profile);
        QCOMPARE(profile->id(), created.constFirst().at(0).toString());
        QCOMPARE(profile->ssh().host, u"labbox"_s);
        QCOMPARE(profile->ssh().port, m_peer.value(u"PORT"_s).toInt());
        QCOMPARE(profile->services().keys(), QStringList{u"sonarr"_s});
        auto stored = a.secrets.read(profile->secretKey(u"sonarr.api-key"_s));
        QTRY_VERIFY_WITH_TIMEOUT(stored.isFinished(), 15000);
        QVERIFY(stored.result());
        QCOMPARE(stored.result()->value_or(QString()), goodKey);
        const QStringList leaks = filesHolding(QDir::homePath(), {goodKey, wrongKey});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        // The scan does read the files: the profile's public data is found.
        QVERIFY(
            !filesHolding(QDir::homePath(), {m_setup.profile.services().value(u"sonarr"_s).url.toString()}).isEmpty());

        // And it works: the profile's own session logs in without asking again, and Sonarr answers.
        QNetworkAccessManager sessionNetwork;
        ActionLog actions;
        LabSession session(*profile, a.secrets, sessionNetwork, actions);
        auto ssh = session.ssh();
        QVERIFY(ssh);
        auto ran = (*ssh)->run(Ssh::RemoteCommand({u"echo"_s, u"ready"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(ran.isFinished(), 20000);
        QVERIFY2(ran.result(), qPrintable(ran.result() ? QString() : ran.result().error().toString()));
        QCOMPARE(ran.result()->stdOut.trimmed(), QByteArray("ready"));
        auto probe = session.service(u"sonarr"_s)->send(ServiceProbe::request(u"sonarr"_s));
        QTRY_VERIFY_WITH_TIMEOUT(probe.isFinished(), 20000);
        QVERIFY2(probe.result(), qPrintable(probe.result() ? QString() : probe.result().error().toString()));
        QCOMPARE(prompter.count(PromptKind::Confirm | PromptKind::Warn), 1); // no second host-key question
    }

    void testDemoButtonLeavesForTheDemo()
    {
        Test::IsolatedHome home;
        Assistant a;
        Ui::SetupWizard &wizard = a.open(Ui::SetupWizard::ServerPageId);
        QSignalSpy demo(&wizard, &Ui::SetupWizard::demoRequested);
        QTest::mouseClick(child<QPushButton>(wizard, u"demoButton"_s), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
        QVERIFY(!wizard.isVisible());
        QVERIFY(a.profiles.isEmpty());
        QVERIFY(!QFile::exists(a.profiles.filePath()));
    }

    void testNpmTestSignsIn()
    {
        // Nginx Proxy Manager has no API key: Test signs in with the user and password (NpmClient).
        Test::IsolatedHome home;
        Assistant a;
        Ui::SetupWizard &wizard = a.open(Ui::SetupWizard::ServicesPageId);
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::ServicesPageId));
        const ServiceSettings npm = m_setup.profile.services().value(u"npm"_s);
        const QString password = m_setup.secrets.value(SecretKeys::password(u"npm"_s));
        QVERIFY(!password.isEmpty());
        QTest::keyClicks(child<QLineEdit>(wizard, u"url_npm"_s), npm.url.toString());
        QTest::keyClicks(child<QLineEdit>(wizard, u"user_npm"_s), npm.extra.value(u"username"_s).toString());
        auto *key = child<QLineEdit>(wizard, u"key_npm"_s);
        auto *result = child<Ui::HealthBadge>(wizard, u"status_npm"_s);
        QTest::keyClicks(key, u"not-the-password"_s);
        QTest::mouseClick(child<QPushButton>(wizard, u"test_npm"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(result->health(), Health::Warning, 20000); // reachable, sign-in refused
        key->clear();
        QTest::keyClicks(key, password);
        QTest::mouseClick(child<QPushButton>(wizard, u"test_npm"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(result->health(), Health::Ok, 20000);
        QVERIFY2(result->text().contains(u"signed in"_s), qPrintable(result->text()));
        QVERIFY(child<QCheckBox>(wizard, u"enable_npm"_s)->isChecked());
    }

    void testAccessModeDetection()
    {
        // Names under .invalid never resolve: neither the LAN nor the tailnet answers, so Cloudflare Access.
        Test::IsolatedHome home;
        Assistant a;
        Ui::SetupWizard &wizard = a.open(Ui::SetupWizard::AccessPageId);
        QCOMPARE(wizard.currentId(), int(Ui::SetupWizard::AccessPageId));
        auto *detect = child<QPushButton>(wizard, u"detectModeButton"_s);
        QVERIFY(!detect->isEnabled()); // nothing to detect without a domain
        QTest::keyClicks(child<QLineEdit>(wizard, u"domainEdit"_s), u"lab.invalid"_s);
        QVERIFY(child<QLabel>(wizard, u"modeExamples"_s)->text().contains(u"sonarr.local.lab.invalid"_s));
        QVERIFY(detect->isEnabled());
        QVERIFY(!child<QLineEdit>(wizard, u"cfClientIdEdit"_s)->isEnabled());
        QTest::mouseClick(detect, Qt::LeftButton);
        auto *status = child<Ui::HealthBadge>(wizard, u"detectModeStatus"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->health(), Health::Ok, 20000);
        QVERIFY(child<QRadioButton>(wizard, u"modePublic"_s)->isChecked());
        QVERIFY2(status->text().contains(u"local.lab.invalid"_s), qPrintable(status->text())); // says what it tried
        QVERIFY(child<QLineEdit>(wizard, u"cfClientIdEdit"_s)->isEnabled());
    }

    void cleanupTestCase() { m_lab.reset(); }
};

QTEST_MAIN(TestSetupWizard)
#include "test_setupwizard.moc"
