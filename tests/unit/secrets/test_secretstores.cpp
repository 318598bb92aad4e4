#include <QElapsedTimer>
#include <QFuture>
#include <QSignalSpy>
#include <QTest>

#include "core/common/logging.h"
#include "core/common/redaction.h"
#include "core/secrets/fallbacksecretstore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using KryNet::Error;
using KryNet::FallbackSecretStore;
using KryNet::KeychainSecretStore;
using KryNet::MemorySecretStore;
using KryNet::Redaction;
using KryNet::SecretStore;

namespace
{

// No fixed sleeps: spin the event loop until the future is done (QtKeychain jobs need it).
template <typename T>
[[nodiscard]] bool finishes(const QFuture<T> &future, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs);
}

QStringList s_captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_captured.append(message);
}

void expectBackendFailure(const Error &error)
{
    QCOMPARE(error.code(), Error::Code::Keychain);
    QVERIFY2(KeychainSecretStore::isBackendFailure(error), qPrintable(error.toString()));
    // Actionable: says what to start and what the alternative is.
    QVERIFY2(error.message().contains(u"Secret Service"_s), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"GNOME Keyring"_s), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"this session only"_s), qPrintable(error.message()));
    QVERIFY(!error.detail().isEmpty());
}

} // namespace

class TestSecretStores final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain backend: a session bus address that leads nowhere and no X11 to autolaunch one.
        // Set before the first QtKeychain job connects to the bus.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/krynet-test-no-bus");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void testMemoryReadMissingIsNullopt()
    {
        MemorySecretStore store;
        auto read = store.read(u"profile/sonarr.api-key"_s);
        QVERIFY(finishes(read));
        QVERIFY(read.result().hasValue());
        QVERIFY(!read.result().value().has_value());
        QVERIFY(!store.isPersistent());
        QVERIFY(store.backendName().contains(u"session"_s));
    }

    void testMemoryWriteOverwriteRemove()
    {
        MemorySecretStore store;
        const QString key = u"p1/radarr.api-key"_s;
        QVERIFY(finishes(store.write(key, u"first-value-123"_s)));
        QVERIFY(finishes(store.write(u"p2/radarr.api-key"_s, u"other-profile-456"_s)));
        auto read = store.read(key);
        QVERIFY(finishes(read));
        QCOMPARE(read.result().value(), std::optional<QString>(u"first-value-123"_s));

        auto overwrite = store.write(key, u"second-value-789"_s);
        QVERIFY(finishes(overwrite));
        QVERIFY(overwrite.result().hasValue());
        read = store.read(key);
        QVERIFY(finishes(read));
        QCOMPARE(read.result().value(), std::optional<QString>(u"second-value-789"_s));

        auto removed = store.remove(key);
        QVERIFY(finishes(removed));
        QVERIFY(removed.result().hasValue());
        read = store.read(key);
        QVERIFY(finishes(read));
        QVERIFY(!read.result().value().has_value());

        // Removing what is not there succeeds; the other profile's secret is untouched.
        auto again = store.remove(key);
        QVERIFY(finishes(again));
        QVERIFY(again.result().hasValue());
        read = store.read(u"p2/radarr.api-key"_s);
        QVERIFY(finishes(read));
        QCOMPARE(read.result().value(), std::optional<QString>(u"other-profile-456"_s));
    }

    void testMemoryValuesAreRedacted()
    {
        MemorySecretStore store;
        const QString secret = u"MemSecret-7f3a9c21"_s;
        QVERIFY(Redaction::redact(u"value "_s + secret).contains(secret));
        QVERIFY(finishes(store.write(u"p/litellm.master-key"_s, secret)));
        const QString line = u"connecting with "_s + secret + u" to litellm"_s;
        QVERIFY2(!Redaction::redact(line).contains(secret), qPrintable(Redaction::redact(line)));

        // And through the app's message handler, as a careless log line would go.
        s_captured.clear();
        const QtMessageHandler original = qInstallMessageHandler(capture);
        KryNet::installRedactingMessageHandler();
        qCWarning(KryNet::lcSecrets) << "oops:" << line;
        qInstallMessageHandler(original);
        QCOMPARE(s_captured.size(), 1);
        QVERIFY2(!s_captured.constFirst().contains(secret), qPrintable(s_captured.constFirst()));
        QVERIFY(s_captured.constFirst().contains(Redaction::mask()));
    }

    void testKeychainWithoutBackendFails()
    {
        KeychainSecretStore store(nullptr, 20ms);
        QVERIFY(store.isPersistent());

        auto read = store.read(u"p/sonarr.api-key"_s);
        QVERIFY(finishes(read));
        QVERIFY(read.result().isError());
        expectBackendFailure(read.result().error());

        auto write = store.write(u"p/sonarr.api-key"_s, u"NoBus-write-value"_s);
        QVERIFY(finishes(write));
        QVERIFY(write.result().isError());
        expectBackendFailure(write.result().error());

        auto remove = store.remove(u"p/sonarr.api-key"_s);
        QVERIFY(finishes(remove));
        QVERIFY(remove.result().isError());
        expectBackendFailure(remove.result().error());
    }

    void testKeychainRetriesOnceAfterDelay()
    {
        // One delayed retry, then the error: the failure takes at least the retry delay, not forever.
        KeychainSecretStore store(nullptr, 300ms);
        QElapsedTimer timer;
        timer.start();
        auto read = store.read(u"p/sonarr.api-key"_s);
        QVERIFY(finishes(read));
        QVERIFY(timer.elapsed() >= 300);
        QVERIFY(read.result().isError());
        expectBackendFailure(read.result().error());
    }

    void testIsBackendFailure()
    {
        QVERIFY(!KeychainSecretStore::isBackendFailure(Error(Error::Code::Keychain, u"denied"_s, u"AccessDenied"_s)));
        QVERIFY(!KeychainSecretStore::isBackendFailure(Error(Error::Code::Network, u"x"_s)));
    }

    void testFallbackReportsOnceThenUsesMemory()
    {
        FallbackSecretStore store(new KeychainSecretStore(nullptr, 20ms));
        QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);
        QSignalSpy backendChanged(&store, &FallbackSecretStore::backendChanged);
        QVERIFY(store.isPersistent());
        QVERIFY(!store.isUsingSessionFallback());
        const QString keychainName = store.backendName();

        auto write = store.write(u"p/sonarr.api-key"_s, u"Fallback-value-1"_s);
        QVERIFY(finishes(write));
        QVERIFY(write.result().isError());
        expectBackendFailure(write.result().error());
        QTRY_COMPARE(unavailable.size(), 1);
        expectBackendFailure(unavailable.constFirst().constFirst().value<Error>());

        // Later failures are returned but not reported again.
        auto read = store.read(u"p/sonarr.api-key"_s);
        QVERIFY(finishes(read));
        QVERIFY(read.result().isError());
        auto remove = store.remove(u"p/sonarr.api-key"_s);
        QVERIFY(finishes(remove));
        QVERIFY(remove.result().isError());
        QCOMPARE(unavailable.size(), 1);

        store.useSessionFallback();
        QCOMPARE(backendChanged.size(), 1);
        store.useSessionFallback();
        QCOMPARE(backendChanged.size(), 1);
        QVERIFY(store.isUsingSessionFallback());
        QVERIFY(!store.isPersistent());
        QVERIFY(store.backendName() != keychainName);
        QVERIFY2(store.backendName().contains(u"session only"_s), qPrintable(store.backendName()));

        write = store.write(u"p/sonarr.api-key"_s, u"Fallback-value-2"_s);
        QVERIFY(finishes(write));
        QVERIFY(write.result().hasValue());
        read = store.read(u"p/sonarr.api-key"_s);
        QVERIFY(finishes(read));
        QCOMPARE(read.result().value(), std::optional<QString>(u"Fallback-value-2"_s));
        read = store.read(u"p/radarr.api-key"_s);
        QVERIFY(finishes(read));
        QVERIFY(read.result().hasValue());
        QVERIFY(!read.result().value().has_value());
        remove = store.remove(u"p/sonarr.api-key"_s);
        QVERIFY(finishes(remove));
        QVERIFY(remove.result().hasValue());
        QCOMPARE(unavailable.size(), 1);
    }

    void testFallbackDeletedWhileKeychainAnswers()
    {
        // A store that goes away (a session closed) while a keychain job runs must neither crash nor
        // report: the caller still gets the job's answer, the report is dropped.
        auto *store = new FallbackSecretStore(new KeychainSecretStore(nullptr, 20ms));
        QSignalSpy unavailable(store, &FallbackSecretStore::keychainUnavailable);
        auto read = store->read(u"p/sonarr.api-key"_s);
        delete store;
        QVERIFY(finishes(read));
        QCOMPARE(unavailable.size(), 0);
    }

    void testFallbackPassesThroughMemoryPrimary()
    {
        // A working primary: no report, values flow through.
        FallbackSecretStore store(new MemorySecretStore);
        QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);
        QVERIFY(finishes(store.write(u"p/k"_s, u"through-primary"_s)));
        auto read = store.read(u"p/k"_s);
        QVERIFY(finishes(read));
        QCOMPARE(read.result().value(), std::optional<QString>(u"through-primary"_s));
        QCOMPARE(unavailable.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretStores)
#include "test_secretstores.moc"
