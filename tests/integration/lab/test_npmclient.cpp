// Nginx Proxy Manager through NpmClient against krynet-labsim's NPM: login with the profile's user and
// the keychain's password, certificates and proxy hosts, a re-login when the token expires, a wrong
// password told once (never retried), the token and password in no log line and no URL; then the
// Services directory's NPM row and the overview's certificate list (NPM and Uptime Kuma, deduplicated).
#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "core/http/npmclient.h"
#include "core/http/serviceclient.h"
#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/lab/labsummary.h"
#include "core/lab/servicedirectory.h"
#include "core/metrics/uptimestore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/labcontrol.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{

// Every message logged while it lives (krynet.* debug is on under ctest).
QStringList *g_messages = nullptr;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_messages)
        g_messages->append(message);
    if (g_previous)
        g_previous(type, context, message);
}

class LogCapture
{
public:
    LogCapture()
    {
        g_messages = &messages;
        g_previous = qInstallMessageHandler(capture);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(g_previous);
        g_messages = nullptr;
    }
    Q_DISABLE_COPY_MOVE(LogCapture)
    [[nodiscard]] int count(const QString &needle) const
    {
        return int(std::count_if(messages.cbegin(), messages.cend(),
                                 [&needle](const QString &m) { return m.contains(needle); }));
    }
    QStringList messages;
};

template <typename T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 20000))
        return T();
    return future.result();
}

} // namespace

class TestNpmClient final : public QObject
{
    Q_OBJECT

private:
    Test::LabControl m_lab;
    DemoLabSetup m_setup;
    QString m_domain;

    QString password() const { return m_setup.secrets.value(u"npm.password"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_lab.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        m_setup = m_lab.setup();
        // The lab's own domain (its certificates' names): NPM's admin user is admin@<domain>.
        const QString user = m_setup.profile.services().value(u"npm"_s).extra.value(u"username"_s).toString();
        m_domain = user.section(u'@', 1);
        QVERIFY2(!m_domain.isEmpty(), qPrintable(user));
        QVERIFY(!password().isEmpty());
    }

    void testReadsCertificatesAndHosts()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ServiceClient client(&network, &secrets, m_setup.profile, u"npm"_s);
        NpmClient npm(client, secrets);
        LogCapture log;
        const auto state = await(npm.read());
        QVERIFY2(state.hasValue(), qPrintable(state ? QString() : state.error().toString()));
        QCOMPARE(state->certificates.size(), 3);
        QCOMPARE(state->proxyHosts.size(), 17);
        const NpmCertificate *nearest = state->nearestExpiry();
        QVERIFY(nearest);
        QCOMPARE(nearest->label(), u"request."_s + m_domain);
        const int days = nearest->daysLeft(QDateTime::currentDateTimeUtc()).value_or(-1);
        QVERIFY2(days >= 8 && days <= 9, qPrintable(QString::number(days))); // labsim: 9 days from its start

        // A second read reuses the token: no second login.
        const auto again = await(npm.read());
        QVERIFY(again.hasValue());
        QCOMPARE(log.count(u"npm: logging in"_s), 1);

        // Neither the password nor the token (a JWT: base64 of '{"alg"…') in any log line or URL.
        QVERIFY(!log.messages.isEmpty());
        for (const QString &line : std::as_const(log.messages)) {
            QVERIFY2(!line.contains(password()), qPrintable(line));
            QVERIFY2(!line.contains(u"eyJhbGci"_s), qPrintable(line));
        }
        QVERIFY(log.count(u"api/nginx/certificates"_s) >= 1); // the requests were logged (without secrets)
    }

    void testReadIsOneRoundTrip()
    {
        // Issue 15: with a token, certificates and proxy hosts are asked at once (they were one after the
        // other): over a slow link the read is one round trip, counted by labsim's traffic window.
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ServiceClient client(&network, &secrets, m_setup.profile, u"npm"_s);
        NpmClient npm(client, secrets);
        QVERIFY(await(npm.read()).hasValue()); // logged in
        QVERIFY(m_lab.setFault(u"npm"_s, QJsonObject{{u"latencyMs"_s, 50}}));
        QVERIFY(m_lab.startTraffic());
        const auto state = await(npm.read());
        const QJsonObject traffic = m_lab.stopTraffic();
        QVERIFY(m_lab.clearFaults());
        QVERIFY2(state.hasValue(), qPrintable(state ? QString() : state.error().toString()));
        QCOMPARE(traffic.value(u"byService"_s).toObject().value(u"npm"_s).toInt(), 2);
        QVERIFY2(traffic.value(u"chainDepth"_s).toInt() == 1,
                 QJsonDocument(traffic.value(u"chain"_s).toArray()).toJson(QJsonDocument::Compact).constData());
    }

    void testWrongPasswordIsToldOnce()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QVERIFY(await(secrets.write(m_setup.profile.secretKey(u"npm.password"_s), u"not-the-password"_s)));
        QNetworkAccessManager network;
        ServiceClient client(&network, &secrets, m_setup.profile, u"npm"_s);
        NpmClient npm(client, secrets);
        LogCapture log;
        const auto state = await(npm.read());
        QVERIFY(state.isError());
        QCOMPARE(state.error().code(), Error::Code::Auth);
        QCOMPARE(log.count(u"npm: logging in"_s), 1);
        for (const QString &line : std::as_const(log.messages))
            QVERIFY2(!line.contains(u"not-the-password"_s), qPrintable(line));
    }

    void testMissingUserOrPassword()
    {
        MemorySecretStore secrets; // nothing stored
        QNetworkAccessManager network;
        ServiceClient client(&network, &secrets, m_setup.profile, u"npm"_s);
        NpmClient npm(client, secrets);
        const auto state = await(npm.read());
        QVERIFY(state.isError());
        QVERIFY2(state.error().message().contains(u"Nginx Proxy Manager"_s), qPrintable(state.error().message()));
    }

    void testDirectoryRowAndOverviewCertificates()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        LabStores &stores = session.stores();
        ServiceDirectory *directory = stores.services();
        QVERIFY(directory);
        directory->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!directory->isChecking(), 20000);
        QVERIFY2(directory->npm().has_value(), qPrintable(directory->npmError()));
        const ServiceStatus *npmRow = nullptr;
        int row = 0;
        for (int i = 0; i < directory->services().size(); ++i) {
            if (directory->services().at(i).id == u"npm"_s) {
                npmRow = &directory->services().at(i);
                row = i;
            }
        }
        QVERIFY(npmRow);
        QCOMPARE(npmRow->health, Health::Ok);
        const QString details = directory->index(row, ServiceDirectory::DetailsColumn).data().toString();
        QVERIFY2(details.contains(u"17 proxy host"_s), qPrintable(details));
        QVERIFY2(details.contains(u"request."_s + m_domain), qPrintable(details));

        Metrics::UptimeStore *uptime = stores.metrics();
        QVERIFY(uptime);
        QTRY_VERIFY_WITH_TIMEOUT(uptime->hasLoaded(), 20000);
        // The request certificate: NPM issues it and Uptime Kuma's Seerr monitor sees it — one entry.
        LabSummary &summary = stores.summary();
        auto expiring = summary.expiringCertificates(uptime);
        QCOMPARE(expiring.size(), 1);
        QCOMPARE(expiring.first().domain, u"request."_s + m_domain);
        QCOMPARE(expiring.first().sources, QStringList({u"Nginx Proxy Manager"_s, u"Uptime Kuma"_s}));

        // The public wildcard only NPM knows about is about to lapse: it joins the list, named as NPM's.
        QVERIFY(m_lab.request("PUT", u"/npm/certificates/3?expiresInDays=5"_s).ok());
        directory->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!directory->isChecking(), 20000);
        expiring = summary.expiringCertificates(uptime);
        QCOMPARE(expiring.size(), 2);
        QCOMPARE(expiring.first().domain, u"*."_s + m_domain); // soonest first
        QCOMPARE(expiring.first().sources, QStringList({u"Nginx Proxy Manager"_s}));
        QCOMPARE(expiring.first().daysLeft, 5);
        const QList<LabSummary::Problem> problems = summary.problems();
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [this](const LabSummary::Problem &p) {
            return p.key == u"cert:*."_s + m_domain && p.text.contains(u"(Nginx Proxy Manager)"_s) &&
                   p.kind == LabSummary::Kind::CertificateExpiring;
        }));
        // The tile is at least a warning (a monitor of the demo lab may be down too: then critical).
        const Health tileHealth = summary.tile(LabSummary::Tile::Monitors).health;
        QVERIFY(tileHealth == Health::Warning || tileHealth == Health::Critical);
        QVERIFY(m_lab.request("PUT", u"/npm/certificates/3?expiresInDays=74"_s).ok());
    }

    // Last: it moves the lab's clock.
    void testExpiredTokenMeansOneNewLogin()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ServiceClient client(&network, &secrets, m_setup.profile, u"npm"_s);
        NpmClient npm(client, secrets);
        LogCapture log;
        QVERIFY(await(npm.read()).hasValue());
        QVERIFY(m_lab.advanceClock(172800)); // two days: NPM's token lasts one
        const auto state = await(npm.read());
        QVERIFY2(state.hasValue(), qPrintable(state ? QString() : state.error().toString()));
        QCOMPARE(state->certificates.size(), 3);
        QCOMPARE(log.count(u"npm: logging in"_s), 2);
        QCOMPARE(log.count(u"npm: token refused"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestNpmClient)
#include "test_npmclient.moc"
