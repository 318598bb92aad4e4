#include <QFuture>
#include <QPromise>
#include <QTest>

#include "core/common/error.h"
#include "core/common/result.h"

using namespace Qt::StringLiterals;
using KryNet::Error;
using KryNet::Result;

class TestError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testValueResult()
    {
        const Result<int> r = 42;
        QVERIFY(r.hasValue());
        QVERIFY(static_cast<bool>(r));
        QCOMPARE(r.value(), 42);
        QCOMPARE(*r, 42);
        QCOMPARE(r.valueOr(7), 42);
    }

    void testErrorResult()
    {
        const Result<QString> r = Error(Error::Code::Auth, u"Sonarr rejected the API key"_s, u"HTTP 401"_s);
        QVERIFY(r.isError());
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Auth);
        QCOMPARE(r.error().message(), u"Sonarr rejected the API key"_s);
        QCOMPARE(r.error().toString(), u"Sonarr rejected the API key (HTTP 401)"_s);
        QCOMPARE(r.valueOr(u"fallback"_s), u"fallback"_s);
    }

    void testVoidResult()
    {
        const Result<void> ok = KryNet::success();
        QVERIFY(ok.hasValue());
        const Result<void> bad = Error(Error::Code::Config, u"bad"_s);
        QVERIFY(bad.isError());
        QCOMPARE(bad.error().code(), Error::Code::Config);
    }

    void testTransform()
    {
        const Result<int> r = 20;
        const auto doubled = r.transform([](int v) { return v * 2; });
        QCOMPARE(doubled.value(), 40);
        const Result<int> e = Error(Error::Code::Timeout, u"slow"_s);
        const auto passed = e.transform([](int v) { return QString::number(v); });
        QVERIFY(passed.isError());
        QCOMPARE(passed.error().code(), Error::Code::Timeout);
    }

    void testStatusAndExitCode()
    {
        const Error base(Error::Code::Remote, u"failed"_s, u"detail"_s);
        QVERIFY(!base.httpStatus().has_value());
        QCOMPARE(base.withHttpStatus(503).httpStatus().value(), 503);
        QCOMPARE(base.withExitCode(127).exitCode().value(), 127);
        QCOMPARE(base.withContext(u"reading pools"_s).detail(), u"reading pools: detail"_s);
        QCOMPARE(Error(Error::Code::Dns, u"x"_s).withContext(u"ctx"_s).detail(), u"ctx"_s);
    }

    void testCodeNamesAreDistinct()
    {
        QSet<QString> names;
        for (int c = int(Error::Code::Network); c <= int(Error::Code::Unsupported); ++c)
            names.insert(Error::codeName(Error::Code(c)));
        QCOMPARE(names.size(), int(Error::Code::Unsupported) + 1);
        QVERIFY(!names.contains(u"Unknown"_s));
    }

    void testResultTravelsThroughQFuture()
    {
        QPromise<Result<int>> promise;
        QFuture<Result<int>> future = promise.future();
        promise.start();
        promise.addResult(Result<int>(Error(Error::Code::Cancelled, u"stopped"_s)));
        promise.finish();
        QVERIFY(future.isFinished());
        QCOMPARE(future.result().error().code(), Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "test_error.moc"
