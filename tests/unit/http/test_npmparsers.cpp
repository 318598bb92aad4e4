#include <QTest>

#include "core/http/npmclient.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

class TestNpmParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testCertificates()
    {
        const auto parsed = NpmParsers::certificates(Test::readFixture(u"npm/certificates.json"_s));
        QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->size(), 3);
        const NpmCertificate &wildcard = parsed->at(0);
        QCOMPARE(wildcard.id, 1);
        QCOMPARE(wildcard.provider, u"letsencrypt"_s);
        QCOMPARE(wildcard.domains, QStringList({u"*.local.lab.example"_s, u"*.tail.lab.example"_s}));
        QCOMPARE(wildcard.expiresOn, QDateTime(QDate(2026, 12, 30), QTime(8, 0), Qt::UTC));
        QCOMPARE(wildcard.label(), u"*.local.lab.example"_s);
        // Without milliseconds too.
        QCOMPARE(parsed->at(2).expiresOn, QDateTime(QDate(2027, 2, 9), QTime(10, 0), Qt::UTC));

        NpmState state;
        state.certificates = *parsed;
        QVERIFY(state.nearestExpiry());
        QCOMPARE(state.nearestExpiry()->id, 2);
        const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        QCOMPARE(state.nearestExpiry()->daysLeft(now).value_or(-999), 8); // 8 d 21 h: 8 whole days
    }

    void testDaysLeft()
    {
        NpmCertificate c;
        const QDateTime now(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        QVERIFY(!c.daysLeft(now).has_value());
        c.expiresOn = now.addSecs(14 * 86400);
        QCOMPARE(c.daysLeft(now).value_or(-999), 14);
        c.expiresOn = now.addSecs(14 * 86400 - 1);
        QCOMPARE(c.daysLeft(now).value_or(-999), 13);
        c.expiresOn = now.addSecs(-3600);
        QCOMPARE(c.daysLeft(now).value_or(-999), -1); // an hour past expiry: expired
        c.expiresOn = now;
        QCOMPARE(c.daysLeft(now).value_or(-999), 0);
    }

    void testHostileCertificates()
    {
        const auto parsed = NpmParsers::certificates(Test::readFixture(u"npm/certificates-hostile.json"_s));
        QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().toString()));
        QList<int> ids;
        for (const NpmCertificate &c : *parsed)
            ids.append(c.id);
        // No id, a string id, a fractional and a negative one: skipped; the rest kept with what is usable.
        QCOMPARE(ids, QList<int>({10, 11, 12, 13, 14}));
        QVERIFY(!parsed->at(0).expiresOn.isValid());
        QVERIFY(parsed->at(0).domains.isEmpty());
        QCOMPARE(parsed->at(0).label(), u"no expiry, no domains"_s);
        QVERIFY(!parsed->at(1).expiresOn.isValid()); // "next tuesday"
        QVERIFY(parsed->at(1).domains.isEmpty());    // a string, not a list
        QVERIFY(!parsed->at(2).expiresOn.isValid()); // a number, not ISO-8601
        QCOMPARE(parsed->at(2).domains, QStringList({u"ok.lab.example"_s}));
        QCOMPARE(parsed->at(2).niceName, QString());
        QCOMPARE(parsed->at(3).expiresOn, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC)); // +02:00 → UTC
        QCOMPARE(parsed->at(4).provider, QString());
        QCOMPARE(parsed->at(4).niceName, QString());
        QCOMPARE(parsed->at(4).domains.size(), 1);

        NpmState state;
        state.certificates = *parsed;
        QCOMPARE(state.nearestExpiry()->id, 13); // certificates without an expiry never count
        state.certificates = {parsed->at(0)};
        QVERIFY(!state.nearestExpiry());
    }

    void testWrongShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("object") << QByteArray("{\"error\": {\"code\": 403, \"message\": \"Permission Denied\"}}");
        QTest::newRow("truncated") << QByteArray("[{\"id\": 1, \"nice_name\": \"x\"");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("number") << QByteArray("42");
    }
    void testWrongShapes()
    {
        QFETCH(QByteArray, body);
        const auto certificates = NpmParsers::certificates(body);
        QVERIFY(certificates.isError());
        QCOMPARE(certificates.error().code(), Error::Code::Parse);
        const auto hosts = NpmParsers::proxyHosts(body);
        QVERIFY(hosts.isError());
        QCOMPARE(hosts.error().code(), Error::Code::Parse);
    }

    void testEmptyLists()
    {
        QVERIFY(NpmParsers::certificates("[]")->isEmpty());
        QVERIFY(NpmParsers::proxyHosts("[]")->isEmpty());
    }

    void testProxyHosts()
    {
        const auto parsed = NpmParsers::proxyHosts(Test::readFixture(u"npm/proxy-hosts.json"_s));
        QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->size(), 3); // no id and a bare number skipped
        QCOMPARE(parsed->at(0).domains, QStringList({u"media.local.lab.example"_s, u"media.tail.lab.example"_s}));
        QCOMPARE(parsed->at(0).forwardHost, u"jellyfin"_s);
        QCOMPARE(parsed->at(0).forwardPort, 8096);
        QCOMPARE(parsed->at(0).certificateId, 1);
        QVERIFY(parsed->at(0).enabled);
        QVERIFY(!parsed->at(1).enabled);          // 0 from NPM's database
        QCOMPARE(parsed->at(2).forwardPort, 0);   // out of range
        QCOMPARE(parsed->at(2).certificateId, 0); // "new" is not an id
        QVERIFY(parsed->at(2).enabled);           // absent: enabled
    }

    void testToken()
    {
        const auto token = NpmParsers::token(Test::readFixture(u"npm/token.json"_s));
        QVERIFY(token.hasValue());
        QCOMPARE(*token, u"eyJhbGciOiJSUzUxMiJ9.eyJpc3MiOiJhcGkifQ.c2ln"_s);
        const auto twoFactor = NpmParsers::token(Test::readFixture(u"npm/token-2fa.json"_s));
        QVERIFY(twoFactor.isError());
        QCOMPARE(twoFactor.error().code(), Error::Code::Auth);
        QVERIFY(!twoFactor.error().message().contains(u"abc"_s)); // the challenge token is not repeated
        QCOMPARE(NpmParsers::token("{\"token\": 12}").error().code(), Error::Code::Auth);
        QCOMPARE(NpmParsers::token("not json").error().code(), Error::Code::Auth);
    }
};

QTEST_GUILESS_MAIN(TestNpmParsers)
#include "test_npmparsers.moc"
