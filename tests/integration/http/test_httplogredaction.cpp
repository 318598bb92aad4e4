#include <QMutex>
#include <QNetworkAccessManager>
#include <QTest>

#include "core/common/logging.h"
#include "core/http/serviceclient.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/integration/http/httptestutil.h"
#include "tests/support/loopbackhttpserver.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Test;

namespace
{

QMutex s_mutex;
QStringList s_captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker locker(&s_mutex);
    s_captured.append(message);
}

// Distinct, easily searched secrets; none shorter than Redaction's minimum.
const QStringList &secrets()
{
    static const QStringList values{u"ARRKEY-7d1f0c2b"_s,    u"SABKEY-92ab44ee"_s,  u"JFTOKEN-1c2d3e4f"_s,
                                    u"QBTPASS-5566aa"_s,     u"BASICPASS-0f0f0f"_s, u"CFSECRET-deadbeef"_s,
                                    u"LLMKEY-sk-abcdef123"_s};
    return values;
}

} // namespace

/**
 * Runs one request per auth style (plus failures that put URLs and bodies into error details) while
 * every log line of krynet.http at debug level is captured, and checks no secret value (and no
 * session cookie) appears. Two captures: what core/http itself writes (no redacting handler), and
 * what the app's installed redacting handler passes on.
 */
class TestHttpLogRedaction final : public QObject
{
    Q_OBJECT

private:
    void runSession()
    {
        QNetworkAccessManager network;
        LoopbackHttpServer server;
        server.route(u"/ok"_s, CannedReply::json("{}"));
        server.route(u"/api"_s, CannedReply::text("API Key Incorrect", 403));
        server.route(u"/echo"_s, [](const RecordedRequest &request) {
            // A hostile server echoing the credentials it received into an error body.
            return CannedReply::text(request.header("X-Api-Key") + ' ' + request.target, 500);
        });
        server.route(u"/api/v2/auth/login"_s, [](const RecordedRequest &) {
            CannedReply reply = CannedReply::text("Ok.");
            reply.headers.append(qMakePair(QByteArray("Set-Cookie"), QByteArray("SID=SESSIONCOOKIE-abc123; path=/")));
            return reply;
        });

        struct Case
        {
            QString service;
            QString purpose;
            QString secret;
            QString path;
        };
        const QList<Case> cases{
            {u"sonarr"_s, SecretKeys::apiKey(u"sonarr"_s), secrets().at(0), u"ok"_s},
            {u"sonarr"_s, SecretKeys::apiKey(u"sonarr"_s), secrets().at(0), u"echo"_s},
            {u"sabnzbd"_s, SecretKeys::apiKey(u"sabnzbd"_s), secrets().at(1), u"api"_s},
            {u"sabnzbd"_s, SecretKeys::apiKey(u"sabnzbd"_s), secrets().at(1), u"ok"_s},
            {u"jellyfin"_s, SecretKeys::apiKey(u"jellyfin"_s), secrets().at(2), u"missing"_s},
            {u"qbittorrent"_s, SecretKeys::password(u"qbittorrent"_s), secrets().at(3), u"ok"_s},
            {u"prometheus"_s, SecretKeys::password(u"prometheus"_s), secrets().at(4), u"ok"_s},
            {u"litellm"_s, QString::fromLatin1(SecretKeys::LiteLlmMasterKey), secrets().at(6), u"ok"_s},
        };
        for (const Case &c : cases) {
            Profile profile = profileWith(c.service, server.baseUrl(), AccessMode::Public);
            profile.setCfAccessClientId(u"client-id.access"_s);
            MemorySecretStore store;
            QVERIFY(storeSecret(store, profile, c.purpose, c.secret));
            QVERIFY(storeSecret(store, profile, QString::fromLatin1(SecretKeys::CfAccessSecret), secrets().at(5)));
            ServiceClient client(&network, &store, profile, c.service);
            const auto result = awaitResult(client.send(HttpRequest::get(c.path)));
            if (!result)
                qCWarning(lcHttp).noquote() << "request failed:" << result.error().toString();
        }
        // Everything was sent for real: the server saw the secrets.
        QVERIFY(server.requests().size() >= cases.size());
    }

    void checkCaptured(const QString &what)
    {
        const QMutexLocker locker(&s_mutex);
        QVERIFY2(s_captured.size() > 10, qPrintable(what + u": too few log lines captured"_s));
        for (const QString &line : std::as_const(s_captured)) {
            for (const QString &secret : secrets())
                QVERIFY2(!line.contains(secret), qPrintable(what + u" leaked a secret: "_s + line));
            QVERIFY2(!line.contains(u"SESSIONCOOKIE-abc123"_s), qPrintable(what + u" leaked the cookie: "_s + line));
        }
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"krynet.*.debug=true"_s); }

    void testCoreHttpRedactsItself()
    {
        s_captured.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        runSession();
        qInstallMessageHandler(previous);
        checkCaptured(u"core/http"_s);
    }

    void testInstalledHandlerChain()
    {
        s_captured.clear();
        qInstallMessageHandler(capture);
        installRedactingMessageHandler(); // chains to `capture`, as the apps do in main()
        runSession();
        checkCaptured(u"redacting handler"_s);
    }
};

QTEST_GUILESS_MAIN(TestHttpLogRedaction)
#include "test_httplogredaction.moc"
