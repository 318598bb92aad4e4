// Parsers of core/docker on fixtures (tests/fixtures/docker: written from the v1.47 swagger and
// DOCKER-NOTES.md, and captured from podman 4.3), the log demuxer, the event splitter and the HTTP
// response parser, including hostile and split input.
#include <QRandomGenerator>
#include <QTest>

#include "core/docker/dockerparsers.h"
#include "core/docker/httpresponseparser.h"
#include "core/docker/logdemuxer.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace KryNet::Docker;
using KryNet::Test::readFixture;

namespace
{

QByteArray frame(int stream, const QByteArray &payload)
{
    QByteArray f(8, '\0');
    f[0] = char(stream);
    const quint32 n = quint32(payload.size());
    f[4] = char(n >> 24);
    f[5] = char(n >> 16);
    f[6] = char(n >> 8);
    f[7] = char(n);
    return f + payload;
}

QStringList texts(const QList<LogLine> &lines)
{
    QStringList out;
    for (const LogLine &l : lines)
        out.append(QString::number(int(l.stream)) + u':' + l.text);
    return out;
}

} // namespace

class TestDockerParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testContainerListDocker()
    {
        const auto list = Parsers::containerList(readFixture(u"docker/docker-containers-v147.json"_s));
        QVERIFY(list);
        // The hostile name and the non-hex id are dropped.
        QCOMPARE(list->size(), 6);
        const Container &gluetun = list->at(0);
        QCOMPARE(gluetun.name, u"gluetun"_s);
        QCOMPARE(gluetun.state, ContainerState::Running);
        QCOMPARE(gluetun.health, HealthStatus::Healthy);
        QCOMPARE(gluetun.project(), u"media"_s);
        QCOMPARE(gluetun.service(), u"gluetun"_s);
        QCOMPARE(gluetun.workingDir(), u"/mnt/orion/apps/compose/media"_s);
        QCOMPARE(gluetun.configFiles(), QStringList{u"/mnt/orion/apps/compose/media/docker-compose.yml"_s});
        QCOMPARE(gluetun.ports.size(), 2);
        QCOMPARE(gluetun.ports.at(0).publicPort, 8000);
        QCOMPARE(gluetun.networks, QStringList{u"media_default"_s});
        QCOMPARE(gluetun.mounts.at(0).destination, u"/gluetun"_s);
        const Container &qbit = list->at(1);
        QCOMPARE(qbit.networkParent(), gluetun.id);
        QCOMPARE(qbit.health, HealthStatus::None);
        QCOMPARE(list->at(2).health, HealthStatus::Unhealthy); // from "(unhealthy)" in Status
        QCOMPARE(list->at(3).state, ContainerState::Exited);
        QVERIFY(list->at(3).labels.isEmpty()); // "Labels": null
        QCOMPARE(list->at(4).state, ContainerState::Restarting);
        // API 1.52+ list Health wins over the Status text.
        QCOMPARE(list->at(5).name, u"jellyfin"_s);
        QCOMPARE(list->at(5).health, HealthStatus::Healthy);
    }

    void testContainerListPodman()
    {
        const auto list = Parsers::containerList(readFixture(u"docker/podman-containers.json"_s));
        QVERIFY(list);
        QCOMPARE(list->size(), 5);
        QStringList names;
        for (const Container &c : *list)
            names.append(c.name);
        names.sort();
        QCOMPARE(names, (QStringList{u"db"_s, u"loner"_s, u"torrent"_s, u"vpn"_s, u"web"_s}));
    }

    void testInspect()
    {
        const auto c = Parsers::inspect(readFixture(u"docker/docker-inspect-immich-ml.json"_s));
        QVERIFY(c);
        QVERIFY(c->inspected);
        QCOMPARE(c->name, u"immich_machine_learning"_s);
        QCOMPARE(c->health, HealthStatus::Unhealthy);
        QCOMPARE(c->failingStreak, 3);
        QCOMPARE(c->lastHealthOutput, u"curl: (7) Failed to connect to localhost port 3003"_s);
        QCOMPARE(c->restartCount, 2);
        QCOMPARE(c->restartPolicy, u"unless-stopped"_s);
        QCOMPARE(c->startedAt, QDateTime(QDate(2025, 11, 26), QTime(10, 0, 0, 123), Qt::UTC));
        QVERIFY(!c->finishedAt.isValid()); // 0001-01-01: never
        QCOMPARE(c->mounts.at(0).type, u"volume"_s);
        QVERIFY(!c->tty);

        // podman: the dependant's network parent only shows in inspect; Health.Status "" means none.
        const auto torrent = Parsers::inspect(readFixture(u"docker/podman-inspect-torrent.json"_s));
        QVERIFY(torrent);
        QVERIFY(torrent->networkMode.startsWith(u"container:"_s));
        QCOMPARE(torrent->networkParent().size(), 64);
        QCOMPARE(torrent->health, HealthStatus::None);
        const auto web = Parsers::inspect(readFixture(u"docker/podman-inspect-web.json"_s));
        QVERIFY(web);
        QCOMPARE(web->health, HealthStatus::Starting);
        QCOMPARE(web->project(), u"shop"_s);
    }

    void testHostile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>login</html>");
        QTest::newRow("object") << QByteArray("{\"message\":\"x\"}");
        QTest::newRow("truncated") << readFixture(u"docker/docker-containers-v147.json"_s).left(700);
        QTest::newRow("wrong types") << QByteArray("[{\"Id\":5,\"Names\":\"x\",\"Labels\":[1],\"Ports\":{}}]");
        QTest::newRow("deep") << QByteArray(5000, '[');
    }
    void testHostile()
    {
        QFETCH(QByteArray, json);
        const auto list = Parsers::containerList(json);
        if (list)
            QVERIFY(list->isEmpty());
        else
            QCOMPARE(list.error().code(), KryNet::Error::Code::Parse);
        QVERIFY(!Parsers::inspect(json));
        static_cast<void>(Parsers::stats(json));
        static_cast<void>(Parsers::event(json));
    }

    void testNames()
    {
        QVERIFY(Parsers::isValidContainerName(u"qbittorrent"_s));
        QVERIFY(Parsers::isValidContainerName(u"/ix-jellyfin-jellyfin-1"_s));
        QVERIFY(Parsers::isValidContainerName(u"a.b_c-d"_s));
        QVERIFY(!Parsers::isValidContainerName(u""_s));
        QVERIFY(!Parsers::isValidContainerName(u"-x"_s));
        QVERIFY(!Parsers::isValidContainerName(u"a b"_s));
        QVERIFY(!Parsers::isValidContainerName(u"a/../b"_s));
        QVERIFY(!Parsers::isValidContainerName(u"x;rm"_s));
        QVERIFY(!Parsers::isValidContainerName(QString(256, u'a')));
        QVERIFY(Parsers::isValidContainerId(u"0123456789ab"_s));
        QVERIFY(!Parsers::isValidContainerId(u"0123456789AB"_s));
    }

    void testEvents()
    {
        EventSplitter splitter;
        const QByteArray body = readFixture(u"docker/docker-events.jsonl"_s);
        QList<QByteArray> messages;
        // Fed one byte at a time: the split must not matter.
        for (qsizetype i = 0; i < body.size(); ++i)
            messages += splitter.feed(body.mid(i, 1));
        QCOMPARE(messages.size(), 4);
        const auto start = Parsers::event(messages.at(0));
        QVERIFY(start);
        QCOMPARE(start->action, u"start"_s);
        QCOMPARE(start->attributes.value(u"name"_s), u"qbittorrent"_s);
        QCOMPARE(start->timeNano / 1000, 1732600000123456LL);
        const auto health = Parsers::event(messages.at(1)); // RS-prefixed json-seq
        QVERIFY(health);
        QCOMPARE(health->baseAction(), u"health_status"_s);
        QCOMPARE(health->healthStatus(), std::optional<HealthStatus>(HealthStatus::Unhealthy));
        const auto die = Parsers::event(messages.at(2));
        QVERIFY(die);
        QCOMPARE(die->attributes.value(u"exitCode"_s), u"1"_s);
        QCOMPARE(die->timeNano, 1732600002LL * 1000000000LL); // only "time"

        // podman's capture: health_status with the status in a top-level HealthStatus field.
        EventSplitter podman;
        const auto captured = podman.feed(readFixture(u"docker/podman-events.jsonl"_s));
        QVERIFY(captured.size() >= 5);
        bool sawHealth = false;
        for (const QByteArray &m : captured) {
            const auto e = Parsers::event(m);
            QVERIFY(e);
            if (e->baseAction() == u"health_status"_s) {
                sawHealth = true;
                QVERIFY(e->healthStatus().has_value());
            }
        }
        QVERIFY(sawHealth);

        // An endless message without a separator is dropped, the stream recovers.
        EventSplitter bounded;
        QVERIFY(bounded.feed(QByteArray(EventSplitter::maxMessageBytes + 10, 'x')).isEmpty());
        QVERIFY(bounded.feed("yyy").isEmpty());
        QCOMPARE(bounded.feed("\n{\"Type\":\"container\"}\n").size(), 1);
    }

    void testStats()
    {
        const auto v2 = Parsers::stats(readFixture(u"docker/docker-stats-cgroup2.json"_s));
        QVERIFY(v2);
        // cpu 0.5e9 / system 4e9 * 4 cpus * 100 = 50 %
        QVERIFY(v2->cpuPercent);
        QCOMPARE(*v2->cpuPercent, 50.0);
        QCOMPARE(v2->memoryWorkingSet, 524288000LL - 104857600LL);
        QCOMPARE(v2->memoryLimit, 8589934592LL);
        QCOMPARE(v2->pids, 12);
        QCOMPARE(v2->rxBytes, 1010);
        QCOMPARE(v2->txBytes, 2020);

        const auto v1 = Parsers::stats(readFixture(u"docker/docker-stats-cgroup1.json"_s));
        QVERIFY(v1);
        QCOMPARE(v1->onlineCpus, 4); // from percpu_usage
        QCOMPARE(*v1->cpuPercent, 200.0 / 1000.0 * 4 * 100);
        QCOMPARE(v1->memoryWorkingSet, 800000); // usage - total_inactive_file

        // podman one-shot: no precpu → no CPU % from one sample; the previous poll is the baseline.
        const auto first = Parsers::stats(readFixture(u"docker/podman-stats-web.json"_s));
        QVERIFY(first);
        QVERIFY(!first->cpuPercent);
        QCOMPARE(first->memoryWorkingSet, 946176); // no stats map: usage
        KryNet::Docker::ContainerStats earlier = *first;
        earlier.cpuTotal -= 1000000;
        earlier.systemTotal -= 100000000;
        const auto second = Parsers::stats(readFixture(u"docker/podman-stats-web.json"_s), &earlier);
        QVERIFY(second->cpuPercent);
        QCOMPARE(*second->cpuPercent, 0.01 * 2 * 100);

        // Guards: stopped containers report zeros.
        QCOMPARE(Parsers::cpuPercent(5, 5, 10, 5, 2), 0.0);
        QCOMPARE(Parsers::cpuPercent(10, 5, 10, 5, 0), 0.0);
        QCOMPARE(Parsers::cpuPercent(10, 5, 5, 10, 2), 0.0);
    }

    void testVersion()
    {
        const auto v = Parsers::version(readFixture(u"docker/podman-version.json"_s));
        QVERIFY(v);
        QCOMPARE(v->apiVersion, u"1.41"_s);
        QCOMPARE(Parsers::versionNumber(u"1.47"_s), 1047);
        QVERIFY(Parsers::versionNumber(u"1.41"_s) < Parsers::versionNumber(u"1.47"_s));
        QCOMPARE(Parsers::versionNumber(u"x"_s), 0);
        QCOMPARE(Parsers::errorMessage("{\"message\":\"No such container: x\"}"), u"No such container: x"_s);
    }

    void testLogFraming()
    {
        // The captured podman body: stdout and stderr lines with timestamps.
        LogDemuxer demux(true, true);
        const QList<LogLine> lines = demux.feed(readFixture(u"docker/podman-logs-web.bin"_s)) + demux.flush();
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(0).timestamp.isValid());
        QVERIFY(lines.at(0).text.startsWith(u"tick "_s));

        LogDemuxer start(true, false);
        QCOMPARE(texts(start.feed(readFixture(u"docker/podman-logs-web-start.bin"_s))),
                 (QStringList{u"1:hello stdout"_s, u"1:tick 1"_s, u"2:oops stderr"_s, u"1:tick 2"_s, u"1:tick 3"_s}));
    }

    void testLogFramingSplits()
    {
        const QByteArray body = frame(1, "hello\n") + frame(2, {}) + frame(2, "err one\nerr ") + frame(1, "partial ") +
                                frame(2, "two\n") + frame(1, "line\nlast");
        const QStringList expected{u"1:hello"_s, u"2:err one"_s, u"2:err two"_s, u"1:partial line"_s, u"1:last"_s};
        // Every split position, and random chunkings.
        for (qsizetype cut = 0; cut <= body.size(); ++cut) {
            LogDemuxer d;
            QList<LogLine> lines = d.feed(body.left(cut));
            lines += d.feed(body.mid(cut));
            lines += d.flush();
            QCOMPARE(texts(lines), expected);
            QVERIFY(!d.corrupt());
        }
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 50; ++round) {
            LogDemuxer d;
            QList<LogLine> lines;
            for (qsizetype i = 0; i < body.size();) {
                const qsizetype n = 1 + random->bounded(9);
                lines += d.feed(body.mid(i, n));
                i += n;
            }
            lines += d.flush();
            QCOMPARE(texts(lines), expected);
        }
    }

    void testLogFramingHuge()
    {
        // A 3 MiB frame of one line: never held whole, cut into maxLineBytes pieces.
        const QByteArray payload = QByteArray(3 * 1024 * 1024, 'x') + '\n';
        LogDemuxer d;
        QList<LogLine> lines;
        const QByteArray body = frame(1, payload);
        for (qsizetype i = 0; i < body.size(); i += 100000)
            lines += d.feed(body.mid(i, 100000));
        lines += d.flush();
        qsizetype total = 0;
        for (const LogLine &l : lines) {
            QVERIFY(l.text.size() <= LogDemuxer::maxLineBytes);
            total += l.text.size();
        }
        QCOMPARE(total, qsizetype(3 * 1024 * 1024));
    }

    void testLogRawAndCorrupt()
    {
        LogDemuxer tty(false, false);
        QCOMPARE(texts(tty.feed("a\r\nb\n") + tty.flush()), (QStringList{u"1:a"_s, u"1:b"_s}));
        // Not multiplexed after all (a TTY container whose Config we did not know): falls back to text.
        LogDemuxer guess(true, false);
        const QList<LogLine> lines = guess.feed("plain text output\nmore\n") + guess.flush();
        QVERIFY(guess.corrupt());
        QCOMPARE(texts(lines), (QStringList{u"1:plain text output"_s, u"1:more"_s}));
    }

    void testHttpParser_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("content-length") << QByteArray(
                                               "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nApi-Version: 1.41\r\n\r\nhello")
                                        << 200 << QByteArray("hello");
        QTest::newRow("chunked")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n"
                   "X-Trailer: 1\r\n\r\n")
            << 200 << QByteArray("hello world");
        QTest::newRow("close-delimited") << QByteArray("HTTP/1.0 200 OK\r\n\r\nuntil the end") << 200
                                         << QByteArray("until the end");
        QTest::newRow("304") << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n") << 304 << QByteArray();
        QTest::newRow("100 continue") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n")
                                      << 204 << QByteArray();
        QTest::newRow("bare LF") << QByteArray("HTTP/1.1 404 Not Found\nContent-Length: 2\n\n{}") << 404
                                 << QByteArray("{}");
    }
    void testHttpParser()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        for (qsizetype cut = 0; cut <= raw.size(); ++cut) {
            HttpResponseParser p;
            QVERIFY(p.feed(raw.left(cut)));
            QByteArray got = p.takeBody();
            QVERIFY(p.feed(raw.mid(cut)));
            got += p.takeBody();
            p.finishInput();
            got += p.takeBody();
            QVERIFY2(p.isComplete(), qPrintable(p.errorString()));
            QCOMPARE(p.status(), status);
            QCOMPARE(got, body);
        }
        HttpResponseParser p;
        QVERIFY(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 5\r\napi-version: 1.41\r\n\r\n"));
        QCOMPARE(p.header("Api-Version"), QByteArray("1.41"));
    }

    void testHttpParserHostile_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n");
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 abc OK\r\n\r\n");
        QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n");
        QTest::newRow("bad chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("chunk no crlf") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY");
        QTest::newRow("huge header") << (QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(70000, 'a'));
        QTest::newRow("header no colon") << QByteArray("HTTP/1.1 200 OK\r\nnocolon\r\n\r\n");
    }
    void testHttpParserHostile()
    {
        QFETCH(QByteArray, raw);
        HttpResponseParser p;
        const bool ok = p.feed(raw);
        QVERIFY(!ok);
        QVERIFY(p.failed());
        QVERIFY(!p.feed("more"));
    }

    void testHttpParserTruncated()
    {
        HttpResponseParser p;
        QVERIFY(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"));
        p.finishInput();
        QVERIFY(p.failed());
        HttpResponseParser none;
        none.finishInput();
        QVERIFY(none.failed());
    }
};

QTEST_GUILESS_MAIN(TestDockerParsers)
#include "test_dockerparsers.moc"
