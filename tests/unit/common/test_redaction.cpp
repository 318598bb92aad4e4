#include <QTest>

#include "core/common/logging.h"
#include "core/common/redaction.h"

using namespace Qt::StringLiterals;
using KryNet::Redaction;

namespace
{

QStringList s_captured;
QtMessageHandler s_original = nullptr;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_captured.append(message);
}

} // namespace

class TestRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testPatterns_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept");

        QTest::newRow("authorization header")
            << u"Authorization: Bearer eyJhbGciOi.abc.def"_s << u"eyJhbGciOi"_s << u"Authorization: "_s;
        QTest::newRow("bearer anywhere") << u"sent Bearer Zm9vYmFyYmF6 to litellm"_s << u"Zm9vYmFyYmF6"_s
                                         << u"to litellm"_s;
        QTest::newRow("basic auth") << u"authorization=Basic YWRtaW46c2VjcmV0"_s << u"YWRtaW46c2VjcmV0"_s
                                    << u"authorization="_s;
        QTest::newRow("x-api-key header")
            << u"X-Api-Key: 0123456789abcdef0123456789abcdef"_s << u"0123456789abcdef"_s << u"X-Api-Key: "_s;
        QTest::newRow("x-api-key lowercase") << u"x-api-key:deadbeefcafe"_s << u"deadbeefcafe"_s << u"x-api-key:"_s;
        QTest::newRow("apikey query")
            << u"GET https://sab.tail.example.com/api?mode=queue&apikey=abcd1234efgh&output=json"_s << u"abcd1234efgh"_s
            << u"&output=json"_s;
        QTest::newRow("token query first") << u"/api?token=t0k3nvalue"_s << u"t0k3nvalue"_s << u"/api?token="_s;
        QTest::newRow("password form") << u"username=admin&password=hunter22hunter"_s << u"hunter22hunter"_s
                                       << u"username=admin"_s;
        QTest::newRow("cookie") << u"Cookie: SID=Qx8m2aK9pZ"_s << u"Qx8m2aK9pZ"_s << u"Cookie: "_s;
        QTest::newRow("set-cookie") << u"Set-Cookie: SID=Rk3jv9Ldq; HttpOnly; path=/"_s << u"Rk3jv9Ldq"_s
                                    << u"Set-Cookie: "_s;
        QTest::newRow("cf access secret")
            << u"CF-Access-Client-Secret: 9f8e7d6c5b4a"_s << u"9f8e7d6c5b4a"_s << u"CF-Access-Client-Secret"_s;
        QTest::newRow("json api key") << u"{\"name\":\"sonarr\",\"apiKey\":\"a1b2c3d4e5f6\",\"port\":8989}"_s
                                      << u"a1b2c3d4e5f6"_s << u"\"port\":8989"_s;
        QTest::newRow("json master key") << u"{\"master_key\": \"sk-1234567890abcdef\"}"_s << u"1234567890abcdef"_s
                                         << u"master_key"_s;
        QTest::newRow("json escaped quote") << u"{\"password\":\"ab\\\"cdefgh\"}"_s << u"cdefgh"_s << u"password"_s;
        QTest::newRow("jellyfin token") << u"Authorization: MediaBrowser Client=\"KryNet\", Token=\"f00dbabe1234\""_s
                                        << u"f00dbabe1234"_s << u"Authorization"_s;
        QTest::newRow("emby token header") << u"X-Emby-Token: 77aa88bb99cc"_s << u"77aa88bb99cc"_s << u"X-Emby-Token"_s;
        QTest::newRow("openai key in text")
            << u"provider key sk-proj-AbCdEf0123456789 failed"_s << u"AbCdEf0123456789"_s << u"failed"_s;
        QTest::newRow("google key") << u"key AIzaSyA1234567890abcdefghijkl used"_s << u"AIzaSyA1234567890"_s
                                    << u"used"_s;
    }

    void testPatterns()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString out = Redaction::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(Redaction::mask()), qPrintable(out));
        QVERIFY2(out.contains(kept), qPrintable(out));
    }

    void testHarmlessTextUnchanged_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("pool status") << u"pool: andromeda state: ONLINE scan: scrub repaired 0B"_s;
        QTest::newRow("url without secrets") << u"https://sonarr.tail.example.com/api/v3/queue?pageSize=1000"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("json without secrets") << u"{\"name\":\"qbittorrent\",\"state\":\"running\"}"_s;
    }

    void testHarmlessTextUnchanged()
    {
        QFETCH(QString, input);
        QCOMPARE(Redaction::redact(input), input);
    }

    void testRegisteredSecretMaskedAnywhere()
    {
        const QString secret = u"Zq7-registered-Value"_s;
        QVERIFY(Redaction::redact(u"raw "_s + secret + u" tail"_s).contains(secret));
        Redaction::registerSecret(secret);
        const QString out = Redaction::redact(u"raw "_s + secret + u" tail"_s);
        QVERIFY(!out.contains(secret));
        QCOMPARE(out, u"raw <redacted> tail"_s);
        Redaction::forgetSecret(secret);
        QVERIFY(Redaction::redact(secret).contains(secret));
    }

    void testShortValuesNotRegistered()
    {
        Redaction::registerSecret(u"ab"_s);
        QCOMPARE(Redaction::redact(u"tab grab"_s), u"tab grab"_s);
    }

    void testByteArrayOverload()
    {
        const QByteArray out = Redaction::redact(QByteArray("X-Api-Key: 1234abcd5678"));
        QVERIFY(!out.contains("1234abcd5678"));
    }

    void testMessageHandlerRedactsEveryLogLine()
    {
        s_original = qInstallMessageHandler(capture);
        KryNet::installRedactingMessageHandler();
        qCWarning(KryNet::lcHttp) << "request headers" << u"Authorization: Bearer abcdefSECRET123"_s;
        qInfo("apikey=plainTextKey99 in URL");
        qInstallMessageHandler(s_original);
        QCOMPARE(s_captured.size(), 2);
        for (const QString &line : std::as_const(s_captured)) {
            QVERIFY2(!line.contains(u"abcdefSECRET123"_s), qPrintable(line));
            QVERIFY2(!line.contains(u"plainTextKey99"_s), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "test_redaction.moc"
