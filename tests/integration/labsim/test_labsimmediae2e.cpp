// End to end: the real krynet-labsim binary (frozen clock), its start-up JSON line, and a few media
// endpoints over real HTTP with QNetworkAccessManager, including a clock advance through the control
// endpoint and qBittorrent's cookie session.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace
{

struct Reply
{
    int status = 0;
    QByteArray body;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

} // namespace

class TestLabsimMediaE2e final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void testArrOverHttp();
    void testClockAdvanceMovesDownloads();

private:
    Reply send(const QByteArray &verb, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &body = {});
    [[nodiscard]] QUrl url(const QString &service, const QString &path) const;
    [[nodiscard]] QString credential(const QString &service, const QString &name) const;

    QProcess m_process;
    QJsonObject m_start;
    QNetworkAccessManager m_network;
};

void TestLabsimMediaE2e::initTestCase()
{
    const QString binary = qEnvironmentVariable("KRYNET_BINARY_DIR") + u"/app/labsim/krynet-labsim"_s;
    m_process.setProgram(binary);
    m_process.setArguments({u"--speed"_s, u"0"_s, u"--epoch"_s, u"2026-11-01T12:00:00Z"_s, u"--seed"_s, u"42"_s,
                            u"--exit-on-stdin-close"_s});
    m_process.start();
    QVERIFY2(m_process.waitForStarted(10000), qPrintable(binary + u": "_s + m_process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_process.canReadLine() || m_process.state() != QProcess::Running, 10000);
    const QJsonDocument line = QJsonDocument::fromJson(m_process.readLine());
    QVERIFY2(line.isObject(), m_process.readAllStandardError().constData());
    m_start = line.object();
    for (const QString &service : {u"seerr"_s, u"sonarr"_s, u"radarr"_s, u"prowlarr"_s, u"bazarr"_s, u"qbittorrent"_s,
                                   u"sabnzbd"_s, u"jellyfin"_s})
        QVERIFY2(m_start[u"services"_s][service][u"url"_s].toString().startsWith(u"http://127.0.0.1:"_s),
                 qPrintable(service));
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
}

void TestLabsimMediaE2e::cleanupTestCase()
{
    if (m_process.state() == QProcess::Running) {
        m_process.closeWriteChannel(); // --exit-on-stdin-close
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QUrl TestLabsimMediaE2e::url(const QString &service, const QString &path) const
{
    const QString base = service == u"control"_s ? m_start[u"control"_s][u"url"_s].toString()
                                                 : m_start[u"services"_s][service][u"url"_s].toString();
    return QUrl(base + path);
}

QString TestLabsimMediaE2e::credential(const QString &service, const QString &name) const
{
    return m_start[u"services"_s][service][name].toString();
}

Reply TestLabsimMediaE2e::send(const QByteArray &verb, const QUrl &target,
                               const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QNetworkRequest request(target);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000); }();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

void TestLabsimMediaE2e::testArrOverHttp()
{
    const QByteArray key = credential(u"sonarr"_s, u"apiKey"_s).toLatin1();
    Reply reply = send("GET", url(u"sonarr"_s, u"/api/v3/system/status"_s), {qMakePair(QByteArray("X-Api-Key"), key)});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()[u"appName"_s].toString(), u"Sonarr"_s);
    reply = send("GET", url(u"sonarr"_s, u"/api/v3/system/status"_s));
    QCOMPARE(reply.status, 401);

    reply = send("GET", url(u"radarr"_s, u"/api/v3/queue?pageSize=100"_s),
                 {qMakePair(QByteArray("X-Api-Key"), credential(u"radarr"_s, u"apiKey"_s).toLatin1())});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json()[u"totalRecords"_s].toInt() >= 2);

    reply = send(
        "GET", url(u"jellyfin"_s, u"/Items?recursive=true&includeItemTypes=Movie&fields=ProviderIds"_s),
        {qMakePair(QByteArray("Authorization"),
                   QByteArray("MediaBrowser Token=\"" + credential(u"jellyfin"_s, u"apiKey"_s).toLatin1() + "\""))});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json()[u"TotalRecordCount"_s].toInt() > 5);
}

void TestLabsimMediaE2e::testClockAdvanceMovesDownloads()
{
    // qBittorrent: cookie login through the jar, then torrents/info.
    QUrlQuery form;
    form.addQueryItem(u"username"_s, credential(u"qbittorrent"_s, u"username"_s));
    form.addQueryItem(u"password"_s, credential(u"qbittorrent"_s, u"password"_s));
    Reply reply = send("POST", url(u"qbittorrent"_s, u"/api/v2/auth/login"_s),
                       {qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded"))},
                       form.toString(QUrl::FullyEncoded).toUtf8());
    QCOMPARE(reply.body, QByteArray("Ok."));
    reply = send("GET", url(u"qbittorrent"_s, u"/api/v2/torrents/info?filter=downloading"_s));
    QCOMPARE(reply.status, 200);
    QJsonArray torrents = reply.json().array();
    QVERIFY(!torrents.isEmpty());
    QHash<QString, double> before;
    for (const QJsonValue &torrent : torrents)
        before.insert(torrent[u"hash"_s].toString(), torrent[u"progress"_s].toDouble());

    // Frozen clock: nothing moves until the control endpoint advances it.
    const QByteArray token = "Bearer " + m_start[u"control"_s][u"token"_s].toString().toLatin1();
    reply = send("POST", url(u"control"_s, u"/clock/advance?seconds=300"_s),
                 {qMakePair(QByteArray("Authorization"), token)});
    QCOMPARE(reply.status, 200);
    reply = send("GET", url(u"qbittorrent"_s, u"/api/v2/torrents/info"_s));
    torrents = reply.json().array();
    int moved = 0;
    for (const QJsonValue &torrent : torrents) {
        const QString hash = torrent[u"hash"_s].toString();
        if (before.contains(hash) && torrent[u"state"_s].toString() != u"stalledDL"_s) {
            QVERIFY(torrent[u"progress"_s].toDouble() >= before[hash]);
            moved += torrent[u"progress"_s].toDouble() > before[hash] ? 1 : 0;
        }
    }
    QVERIFY(moved > 0);

    // SABnzbd over HTTP: string numbers.
    reply = send("GET",
                 url(u"sabnzbd"_s, u"/api?mode=queue&output=json&apikey="_s + credential(u"sabnzbd"_s, u"apiKey"_s)));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json()[u"queue"_s][u"kbpersec"_s].isString());
}

QTEST_GUILESS_MAIN(TestLabsimMediaE2e)
#include "test_labsimmediae2e.moc"
