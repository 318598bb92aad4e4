#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The real krynet binary, as a user starts it: --version without a display, and the demo lab end to end.
class TestAppStartup final : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment environment(const QTemporaryDir &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
        env.remove(u"KRYNET_CONFIG_DIR"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

private Q_SLOTS:
    void testVersionNeedsNoDisplay()
    {
        QTemporaryDir home;
        QProcess app;
        QProcessEnvironment env = environment(home);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("KRYNET_GUI_BINARY"), {u"--version"_s});
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(app.readAllStandardOutput().startsWith("krynet "), "expected 'krynet VERSION'");
    }

    void testDemoLabStartsAndEveryPanelAnswers()
    {
        // The demo lab (what the setup assistant's "Explore the demo lab" opens on a fresh machine).
        QTemporaryDir home;
        QProcess app;
        app.setProcessEnvironment(environment(home));
        app.start(qEnvironmentVariable("KRYNET_GUI_BINARY"), {u"--demo"_s, u"--exit-when-ready"_s});
        QVERIFY(app.waitForStarted(5000));
        QVERIFY2(app.waitForFinished(60000), "krynet did not report ready within 60 s");
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QByteArray out = app.readAllStandardOutput();
        const QJsonObject timings = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        QVERIFY2(!timings.isEmpty(), out.constData());
        QVERIFY(timings.value(u"windowPaintedMs"_s).toDouble() > 0);
        QVERIFY(timings.value(u"allPanelsAnsweredMs"_s).toDouble() >= timings.value(u"windowPaintedMs"_s).toDouble());
        const QJsonObject panels = timings.value(u"panels"_s).toObject();
        QVERIFY2(panels.contains(u"services"_s), out.constData());
        // Placeholders are reported as such, never counted as answered.
        for (const QJsonValue &placeholder : timings.value(u"placeholders"_s).toArray())
            QVERIFY(!panels.contains(placeholder.toString()));
        // The benchmark phases after start-up ran: every panel visited (PSS read), a full refresh that
        // every panel answered, and the stall detector's figures.
        QVERIFY2(timings.value(u"pssAllPanelsVisitedKiB"_s).toDouble() > 1024, out.constData());
        QVERIFY2(timings.value(u"fullRefreshMs"_s).toDouble() >= 0, out.constData());
        QVERIFY2(!timings.contains(u"refreshUnanswered"_s), out.constData());
        QVERIFY(timings.contains(u"startupLongestStallMs"_s));
        QVERIFY(timings.contains(u"refreshLongestStallMs"_s));
        // Nothing of the demo touched the user's configuration.
        QVERIFY(!QFile::exists(home.path() + u"/config/krynet/profiles.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestAppStartup)
#include "test_appstartup.moc"
