#include "app/gui/startuptimer.h"

#include <memory>

#include <unistd.h>

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include "core/common/processmemory.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/labpanel.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

constexpr int refreshTimeoutMs = 30000;
constexpr int soakRefreshIntervalMs = 10000;

// How long this process has existed, from /proc (Linux); 0 where unknown.
double processAgeMs()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray statLine = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return 0;
    const double startTicks = fields.at(19).toDouble(); // field 22 overall: starttime
    const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return qMax(0.0, (upSeconds - startTicks / ticksPerSecond) * 1000.0);
}

} // namespace

StartupTimer::StartupTimer(Ui::MainWindow &window, Options options, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_options(options)
    , m_processAgeAtStartMs(processAgeMs())
{
    m_clock.start();
    window.installEventFilter(this);
    for (const auto &[panel, widget] : window.installedPanels()) {
        auto *labPanel = qobject_cast<Ui::LabPanel *>(widget);
        if (!labPanel)
            continue;
        const QString id = Ui::MainWindow::panelId(panel);
        m_waiting.append(id);
        m_panels.insert(id, labPanel);
        connect(labPanel, &Ui::LabPanel::firstAnswerShown, this, [this, id] { panelAnswered(id); });
    }
    if (m_options.exitWhenReady)
        m_stalls.start();
}

void StartupTimer::setTrafficCounter(const QUrl &controlUrl, const QString &token)
{
    m_controlUrl = controlUrl;
    m_controlToken = token;
}

void StartupTimer::controlRequest(const QByteArray &verb, const QString &path,
                                  const std::function<void(QJsonObject)> &done)
{
    if (!m_controlUrl.isValid()) {
        done({});
        return;
    }
    auto *network = new QNetworkAccessManager(this);
    QUrl url = m_controlUrl;
    url.setPath(path.section(u'?', 0, 0));
    url.setQuery(path.section(u'?', 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_controlToken.toUtf8());
    QNetworkReply *reply = network->sendCustomRequest(request, verb);
    connect(reply, &QNetworkReply::finished, this, [network, reply, done] {
        const QJsonObject answer = reply->error() == QNetworkReply::NoError
                                       ? QJsonDocument::fromJson(reply->readAll()).object()
                                       : QJsonObject();
        network->deleteLater();
        done(answer);
    });
}

double StartupTimer::sinceProcessStartMs() const
{
    return m_processAgeAtStartMs + double(m_clock.nsecsElapsed()) / 1e6;
}

bool StartupTimer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Paint && m_paintedMs < 0) {
        m_paintedMs = sinceProcessStartMs();
        m_window.removeEventFilter(this);
        if (m_waiting.isEmpty())
            startupComplete();
    }
    return QObject::eventFilter(watched, event);
}

void StartupTimer::panelAnswered(const QString &panel)
{
    if (m_answered.contains(panel))
        return;
    m_answered.insert(panel, sinceProcessStartMs());
    m_waiting.removeAll(panel);
    if (m_waiting.isEmpty() && m_paintedMs >= 0)
        startupComplete();
}

void StartupTimer::startupComplete()
{
    if (m_started || !m_options.exitWhenReady)
        return;
    m_started = true;
    QJsonObject panels;
    double allReady = m_paintedMs;
    for (auto it = m_answered.cbegin(); it != m_answered.cend(); ++it) {
        panels.insert(it.key(), it.value());
        allReady = qMax(allReady, it.value());
    }
    QJsonArray placeholders;
    const QMetaEnum meta = QMetaEnum::fromType<Ui::MainWindow::Panel>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        const QString id = Ui::MainWindow::panelId(Ui::MainWindow::Panel(meta.value(i)));
        if (!panels.contains(id))
            placeholders.append(id);
    }
    m_report = {{u"processStartToMainMs"_s, m_processAgeAtStartMs},
                {u"windowPaintedMs"_s, m_paintedMs},
                {u"allPanelsAnsweredMs"_s, allReady},
                {u"panels"_s, panels},
                {u"placeholders"_s, placeholders},
                {u"startupLongestStallMs"_s, m_stalls.longestStallMs()}};
    m_stalls.reset();
    // Queued: the panel that answered last finishes its own slot before the tour starts.
    QTimer::singleShot(0, this, [this] { visitPanels(0); });
}

void StartupTimer::visitPanels(int index)
{
    const auto installed = m_window.installedPanels();
    if (index < int(installed.size())) {
        m_window.showPanel(installed.at(index).first);
        m_window.repaint(); // painted now, so the panel's widgets and caches exist before PSS is read
        QTimer::singleShot(0, this, [this, index] { visitPanels(index + 1); });
        return;
    }
    m_report.insert(u"pssAllPanelsVisitedKiB"_s, proportionalSetSizeKiB());
    // The lab starts counting before the refresh and is asked right after it (nothing else is awaited
    // in between, so background polls in that window are counted too).
    controlRequest("POST", u"/traffic/start"_s, [this](const QJsonObject &) { measuredRefresh(); });
}

void StartupTimer::measuredRefresh()
{
    startRefresh([this](double ms, const QStringList &late) {
        if (m_controlUrl.isValid()) {
            controlRequest("POST", u"/traffic/stop?timeline=1"_s, [this, ms, late](const QJsonObject &traffic) {
                if (!traffic.isEmpty())
                    m_report.insert(u"refreshTraffic"_s, traffic);
                afterMeasuredRefresh(ms, late);
            });
            return;
        }
        afterMeasuredRefresh(ms, late);
    });
}

void StartupTimer::afterMeasuredRefresh(double ms, const QStringList &late)
{
    m_report.insert(u"fullRefreshMs"_s, ms);
    m_report.insert(u"refreshPanelsMs"_s, m_refreshAnswers);
    m_report.insert(u"refreshLongestStallMs"_s, m_stalls.longestStallMs());
    if (!late.isEmpty())
        m_report.insert(u"refreshUnanswered"_s, QJsonArray::fromStringList(late));
    if (m_options.soakSeconds <= 0) {
        finish();
        return;
    }
    m_stalls.reset();
    m_report.insert(u"pssSoakStartKiB"_s, proportionalSetSizeKiB());
    m_report.insert(u"anonSoakStartKiB"_s, anonymousMemoryKiB());
    m_soakClock.start();
    QTimer::singleShot(soakRefreshIntervalMs, this, &StartupTimer::soakStep);
}

void StartupTimer::startRefresh(const std::function<void(double, const QStringList &)> &done)
{
    m_refreshAnswers = {};
    auto waiting = std::make_shared<QStringList>(m_panels.keys());
    auto finished = std::make_shared<bool>(false);
    auto clock = std::make_shared<QElapsedTimer>();
    auto guard = std::make_shared<QList<QMetaObject::Connection>>();
    const auto complete = [waiting, finished, clock, guard, done](bool timedOut) {
        if (*finished)
            return;
        *finished = true;
        for (const auto &connection : std::as_const(*guard))
            QObject::disconnect(connection);
        done(timedOut ? -1.0 : double(clock->nsecsElapsed()) / 1e6, *waiting);
    };
    for (auto it = m_panels.cbegin(); it != m_panels.cend(); ++it) {
        const QString id = it.key();
        guard->append(connect(it.value(), &Ui::LabPanel::answered, this, [this, waiting, id, clock, complete] {
            m_refreshAnswers.insert(id, double(clock->nsecsElapsed()) / 1e6);
            waiting->removeAll(id);
            if (waiting->isEmpty())
                complete(false);
        }));
    }
    clock->start();
    // Every panel at once, as F5 on each would: the figure is the slowest panel's answer.
    for (Ui::LabPanel *panel : std::as_const(m_panels))
        panel->refresh();
    QTimer::singleShot(refreshTimeoutMs, this, [complete] { complete(true); });
}

void StartupTimer::soakStep()
{
    if (m_soakClock.elapsed() >= qint64(m_options.soakSeconds) * 1000) {
        m_report.insert(u"pssSoakEndKiB"_s, proportionalSetSizeKiB());
        m_report.insert(u"anonSoakEndKiB"_s, anonymousMemoryKiB());
        m_report.insert(u"soakSeconds"_s, m_options.soakSeconds);
        m_report.insert(u"soakRefreshes"_s, m_soakRefreshes);
        m_report.insert(u"soakLongestStallMs"_s, m_stalls.longestStallMs());
        finish();
        return;
    }
    startRefresh([this](double, const QStringList &) {
        ++m_soakRefreshes;
        QTimer::singleShot(soakRefreshIntervalMs, this, &StartupTimer::soakStep);
    });
}

void StartupTimer::finish()
{
    QTextStream(stdout) << QJsonDocument(m_report).toJson(QJsonDocument::Compact) << Qt::endl;
    QCoreApplication::quit();
}

} // namespace KryNet
