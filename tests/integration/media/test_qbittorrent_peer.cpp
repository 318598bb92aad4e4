// QBittorrentClient against the REAL qbittorrent-nox peer (tests/peers/qbittorrent.sh; 4.5.x, WebAPI 2.8):
// torrents added from local .torrent files (made here, bencoded by hand) appear with their real states;
// sync/maindata rids increase and the increments merge into the same list /torrents/info gives; pause
// and resume go to the 4.x endpoints by WebAPI version, force recheck re-verifies a complete torrent.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "core/http/serviceclient.h"
#include "core/media/mediaclients.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/integration/http/httptestutil.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Media;
using namespace KryNet::Test;

namespace
{

QByteArray bstring(const QByteArray &s)
{
    return QByteArray::number(s.size()) + ':' + s;
}

struct MadeTorrent
{
    QByteArray file; ///< the .torrent
    QString hash;    ///< v1 info hash, lower case
    QByteArray data;
    QString name;
};

// A single-file v1 torrent of @p data, without trackers (the peer has DHT/LSD/PeX off: no peers).
MadeTorrent makeTorrent(const QString &name, const QByteArray &data)
{
    constexpr int PieceLength = 16384;
    QByteArray pieces;
    for (qsizetype offset = 0; offset < data.size(); offset += PieceLength)
        pieces += QCryptographicHash::hash(data.mid(offset, PieceLength), QCryptographicHash::Sha1);
    const QByteArray info = "d6:lengthi" + QByteArray::number(data.size()) + "e4:name" + bstring(name.toUtf8()) +
                            "12:piece lengthi" + QByteArray::number(PieceLength) + "e6:pieces" + bstring(pieces) + 'e';
    MadeTorrent t;
    t.file = "d10:created by" + bstring("KryNet tests") + "4:info" + info + 'e';
    t.hash = QString::fromLatin1(QCryptographicHash::hash(info, QCryptographicHash::Sha1).toHex());
    t.data = data;
    t.name = name;
    return t;
}

QByteArray payload(int size, char seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char(seed + i * 31 + i / 7);
    return data;
}

} // namespace

class TestQbittorrentPeer final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_peer;
    QNetworkAccessManager m_network;
    MemorySecretStore m_store;
    Profile m_profile;
    std::unique_ptr<ServiceClient> m_client;
    MadeTorrent m_complete;   // its data is already in the save path: seeds after the check
    MadeTorrent m_incomplete; // no data anywhere: stays stalled (no peers)

    Result<HttpResponse> add(const MadeTorrent &torrent, const QString &savePath)
    {
        const QByteArray boundary = "krynetboundary7MA4YWxkTrZu0gW";
        QByteArray body;
        auto field = [&](const QByteArray &name, const QByteArray &value) {
            body +=
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
        };
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"torrents\"; filename=\"" +
                torrent.name.toUtf8() + ".torrent\"\r\nContent-Type: application/x-bittorrent\r\n\r\n" + torrent.file +
                "\r\n";
        field("savepath", savePath.toUtf8());
        field("category", "krynet-test");
        body += "--" + boundary + "--\r\n";
        return awaitResult(m_client->send(
            HttpRequest::post(u"/api/v2/torrents/add"_s, body, "multipart/form-data; boundary=" + boundary)));
    }

    QHash<QString, QString> infoStates()
    {
        QHash<QString, QString> out;
        const auto info = awaitResult(m_client->getJson(u"/api/v2/torrents/info"_s));
        if (!info)
            return out;
        const QJsonArray torrents = info->array();
        for (const QJsonValue &t : torrents)
            out.insert(t[u"hash"_s].toString(), t[u"state"_s].toString());
        return out;
    }

    static const Torrent *byHash(const QList<Torrent> &torrents, const QString &hash)
    {
        for (const Torrent &t : torrents) {
            if (t.hash == hash)
                return &t;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_peer = readPeer(u"qbittorrent"_s);
        QVERIFY2(!m_peer.value(u"PORT"_s).isEmpty(), "the peer_qbittorrent fixture did not run");
        m_profile = profileWith(u"qbittorrent"_s, QUrl(u"http://127.0.0.1:"_s + m_peer.value(u"PORT"_s)));
        QVERIFY(storeSecret(m_store, m_profile, SecretKeys::password(u"qbittorrent"_s), m_peer.value(u"PASSWORD"_s)));
        m_client = std::make_unique<ServiceClient>(&m_network, &m_store, m_profile, u"qbittorrent"_s);
        const QString savePath = m_peer.value(u"WORK"_s) + u"/downloads/krynet-media"_s;
        QVERIFY(QDir().mkpath(savePath));
        const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch());
        m_complete = makeTorrent(u"complete-"_s + tag + u".bin"_s, payload(200000, 'a'));
        m_incomplete = makeTorrent(u"incomplete-"_s + tag + u".bin"_s, payload(150000, 'q'));
        QFile data(savePath + u'/' + m_complete.name);
        QVERIFY(data.open(QIODevice::WriteOnly));
        QCOMPARE(data.write(m_complete.data), qint64(m_complete.data.size()));
        data.close();
        for (const MadeTorrent *t : {&m_complete, &m_incomplete}) {
            const auto added = add(*t, savePath);
            QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
            QCOMPARE(added->body.trimmed(), QByteArray("Ok."));
        }
    }

    void testAddedTorrentsAppearWithTheirRealStates()
    {
        QBittorrentClient client(m_client.get());
        // Until both are through the initial check: the complete one seeds, the other waits for peers.
        QString complete;
        QString incomplete;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const auto torrents = awaitResult(client.sync());
                                     if (!torrents)
                                         return false;
                                     const Torrent *c = byHash(*torrents, m_complete.hash);
                                     const Torrent *i = byHash(*torrents, m_incomplete.hash);
                                     complete = c ? c->state : QString();
                                     incomplete = i ? i->state : QString();
                                     return c && i && c->progress >= 1.0 && !complete.startsWith(u"checking"_s) &&
                                            !incomplete.startsWith(u"checking"_s);
                                 }()),
                                 20000);
        QVERIFY2((QStringList{u"stalledUP"_s, u"uploading"_s, u"queuedUP"_s}.contains(complete)), qPrintable(complete));
        QVERIFY2((QStringList{u"stalledDL"_s, u"metaDL"_s, u"downloading"_s, u"queuedDL"_s}.contains(incomplete)),
                 qPrintable(incomplete));
        // The merged incremental state equals what /torrents/info says.
        const auto states = infoStates();
        QCOMPARE(states.value(m_complete.hash), complete);
        QCOMPARE(states.value(m_incomplete.hash), incomplete);
    }

    void testRidIncrementsAndIncrementsMerge()
    {
        QBittorrentClient client(m_client.get());
        QCOMPARE(client.rid(), 0);
        const auto first = awaitResult(client.sync());
        QVERIFY(first);
        const qint64 rid1 = client.rid();
        QVERIFY(rid1 > 0);
        const auto second = awaitResult(client.sync());
        QVERIFY(second);
        const qint64 rid2 = client.rid();
        QVERIFY2(rid2 > rid1, qPrintable(u"%1 → %2"_s.arg(rid1).arg(rid2)));
        // An increment without changes keeps every torrent with every field.
        QCOMPARE(second->size(), first->size());
        const Torrent *c = byHash(*second, m_complete.hash);
        QVERIFY(c);
        QCOMPARE(c->name, m_complete.name);
        QCOMPARE(c->progress, 1.0);
        QCOMPARE(c->category, u"krynet-test"_s);
    }

    void testPauseResumeByWebApiVersion()
    {
        QBittorrentClient client(m_client.get());
        const auto version = awaitResult(client.webApiVersion());
        QVERIFY(version);
        using A = QBittorrentClient::TorrentAction;
        const QString pausePath = QBittorrentClient::actionPath(A::Pause, *version);
        QVERIFY2(pausePath.endsWith(u"/pause"_s) || pausePath.endsWith(u"/stop"_s), qPrintable(pausePath));
        const auto paused = awaitResult(client.torrentAction(A::Pause, {m_incomplete.hash.toUpper()}));
        QVERIFY2(paused, qPrintable(paused ? QString() : paused.error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const auto torrents = awaitResult(client.sync());
                                     const Torrent *t = torrents ? byHash(*torrents, m_incomplete.hash) : nullptr;
                                     return t && (t->state == u"pausedDL"_s || t->state == u"stoppedDL"_s);
                                 }()),
                                 10000);
        const auto resumed = awaitResult(client.torrentAction(A::Resume, {m_incomplete.hash}));
        QVERIFY(resumed);
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const auto torrents = awaitResult(client.sync());
                                     const Torrent *t = torrents ? byHash(*torrents, m_incomplete.hash) : nullptr;
                                     return t && !t->state.startsWith(u"paused"_s) &&
                                            !t->state.startsWith(u"stopped"_s);
                                 }()),
                                 10000);
    }

    void testForceRecheck()
    {
        QBittorrentClient client(m_client.get());
        const auto rechecked =
            awaitResult(client.torrentAction(QBittorrentClient::TorrentAction::Recheck, {m_complete.hash}));
        QVERIFY2(rechecked, qPrintable(rechecked ? QString() : rechecked.error().toString()));
        // After the check the data is still all there.
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const auto torrents = awaitResult(client.sync());
                                     const Torrent *t = torrents ? byHash(*torrents, m_complete.hash) : nullptr;
                                     return t && t->progress >= 1.0 && !t->state.startsWith(u"checking"_s);
                                 }()),
                                 10000);
    }

    void cleanupTestCase()
    {
        if (!m_client)
            return;
        QUrlQuery form;
        form.addQueryItem(u"hashes"_s, m_complete.hash + u'|' + m_incomplete.hash);
        form.addQueryItem(u"deleteFiles"_s, u"true"_s);
        (void)awaitResult(
            m_client->send(HttpRequest::post(u"/api/v2/torrents/delete"_s, form.toString(QUrl::FullyEncoded).toUtf8(),
                                             "application/x-www-form-urlencoded")));
    }
};

QTEST_GUILESS_MAIN(TestQbittorrentPeer)
#include "test_qbittorrent_peer.moc"
