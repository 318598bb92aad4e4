#include "app/gui/startuptimer.h"

#include <unistd.h>

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTextStream>
#include <QWidget>

#include "ui/shell/mainwindow.h"
#include "ui/widgets/labpanel.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

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

StartupTimer::StartupTimer(Ui::MainWindow &window, bool exitWhenReady, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_exitWhenReady(exitWhenReady)
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
        connect(labPanel, &Ui::LabPanel::firstAnswerShown, this, [this, id] { panelAnswered(id); });
    }
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
            report();
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
        report();
}

void StartupTimer::report()
{
    if (m_reported || !m_exitWhenReady)
        return;
    m_reported = true;
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
    const QJsonObject out{{u"processStartToMainMs"_s, m_processAgeAtStartMs},
                          {u"windowPaintedMs"_s, m_paintedMs},
                          {u"allPanelsAnsweredMs"_s, allReady},
                          {u"panels"_s, panels},
                          {u"placeholders"_s, placeholders}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    QCoreApplication::quit();
}

} // namespace KryNet
