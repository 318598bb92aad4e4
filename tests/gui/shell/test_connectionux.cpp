// Connection UX of the main window (issue 12): the status bar item follows the profile's SSH/HTTP state
// machine and a banner says what failed, how to fix it, and retries — against the REAL sshd peer.
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/profilestore.h"
#include "core/lab/actionlog.h"
#include "core/lab/connectionmonitor.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/scriptedprompter.h"
#include "tests/support/testenv.h"
#include "ui/shell/connectionbanner.h"
#include "ui/shell/connectionindicator.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/hostkeyprompt.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using Test::PromptKind;

class TestConnectionUx final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_peer;
    QTemporaryDir m_dir;

    Profile peerProfile(int port) const
    {
        Profile profile;
        profile.setName(u"lab"_s);
        profile.ssh().host = u"127.0.0.1"_s;
        profile.ssh().port = port;
        profile.ssh().user = m_peer.value(u"USER"_s);
        profile.ssh().identityFile = m_peer.value(u"KEY"_s);
        profile.ssh().knownHostsFile = m_dir.filePath(u"known_hosts_%1"_s.arg(port)); // starts unknown
        return profile;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_peer = Test::readPeer(u"sshd"_s);
        QVERIFY2(!m_peer.value(u"PORT"_s).isEmpty(), "the peer_sshd fixture did not run");
        QVERIFY(m_dir.isValid());
    }

    void testNothingShownWithoutSession()
    {
        Test::IsolatedHome home;
        ProfileStore store(QString{});
        MemorySecretStore secrets;
        Test::ScriptedPrompter prompter;
        Ui::MainWindow window(store, secrets, prompter);
        window.show();
        QVERIFY(!window.findChild<Ui::ConnectionIndicator *>(u"connectionIndicator"_s)->isVisible());
        QVERIFY(!window.findChild<Ui::ConnectionBanner *>(u"connectionBanner"_s)->isVisible());
        QVERIFY(!window.connectionMonitor());
    }

    void testHostKeyDeclinedThenTrustedThroughRetry()
    {
        Test::IsolatedHome home;
        ProfileStore store(QString{});
        MemorySecretStore secrets;
        Test::ScriptedPrompter prompter;
        QNetworkAccessManager network;
        ActionLog actions;
        Ui::MainWindow window(store, secrets, prompter);
        window.show();
        LabSession session(peerProfile(m_peer.value(u"PORT"_s).toInt()), secrets, network, actions);
        session.setHostKeyHandler([&prompter, &window](Ssh::SshConnection *connection, const Ssh::HostKeyInfo &info) {
            Ui::HostKeyPrompt::ask(prompter, &window, connection, info);
        });
        window.setSession(&session);
        auto *indicator = window.findChild<Ui::ConnectionIndicator *>(u"connectionIndicator"_s);
        auto *banner = window.findChild<Ui::ConnectionBanner *>(u"connectionBanner"_s);
        auto *retry = window.findChild<QPushButton *>(u"connectionRetryButton"_s);
        QVERIFY(indicator && banner && retry);
        QVERIFY(indicator->isVisible());
        QVERIFY2(indicator->text().startsWith(u"lab: SSH not connected yet"_s), qPrintable(indicator->text()));
        QVERIFY(!banner->isVisible());

        // The first command of a panel connects; the user declines the unknown key.
        window.connectionMonitor()->retry();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QCOMPARE(prompter.titles(PromptKind::Confirm), QStringList{u"Unknown host key"_s});
        QCOMPARE(window.connectionMonitor()->status().state, ConnectionMonitor::State::HostKeyProblem);
        QVERIFY2(banner->title().startsWith(u"SSH host key not trusted"_s), qPrintable(banner->title()));
        QVERIFY2(banner->text().contains(u"ssh-keygen -lf"_s), qPrintable(banner->text())); // the fix
        QVERIFY(retry->isVisible());
        QVERIFY2(indicator->text().contains(u"SSH host key not trusted"_s), qPrintable(indicator->text()));
        QVERIFY2(indicator->toolTip().contains(u"ssh-keygen -lf"_s), qPrintable(indicator->toolTip()));

        // Retry asks again; trusted, the connection comes up and the banner goes.
        prompter.confirmAnswer = true;
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionMonitor()->status().state, ConnectionMonitor::State::Connected,
                                  20000);
        QCOMPARE(prompter.count(PromptKind::Confirm), 2);
        QVERIFY(!banner->isVisible());
        QVERIFY2(indicator->text().contains(u"SSH connected"_s), qPrintable(indicator->text()));
        QVERIFY(window.connectionMonitor()->lastSuccess().isValid());
        window.setSession(nullptr);
        QVERIFY(!indicator->isVisible());
    }

    void testOfflineSaysSinceWhenAndRetries()
    {
        Test::IsolatedHome home;
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        ProfileStore store(QString{});
        MemorySecretStore secrets;
        Test::ScriptedPrompter prompter;
        QNetworkAccessManager network;
        ActionLog actions;
        Ui::MainWindow window(store, secrets, prompter);
        window.show();
        LabSession session(peerProfile(port), secrets, network, actions);
        window.setSession(&session);
        window.connectionMonitor()->retry();
        auto *banner = window.findChild<Ui::ConnectionBanner *>(u"connectionBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QCOMPARE(window.connectionMonitor()->status().state, ConnectionMonitor::State::Offline);
        auto *indicator = window.findChild<Ui::ConnectionIndicator *>(u"connectionIndicator"_s);
        QVERIFY2(indicator->text().contains(u"not reached since KryNet started"_s), qPrintable(indicator->text()));
        QVERIFY(!banner->text().isEmpty());
        QVERIFY(window.findChild<QPushButton *>(u"connectionRetryButton"_s)->isVisible());
        QCOMPARE(prompter.count(PromptKind::Confirm), 0);
        window.setSession(nullptr);
    }
};

QTEST_MAIN(TestConnectionUx)
#include "test_connectionux.moc"
