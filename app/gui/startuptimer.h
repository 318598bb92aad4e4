#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include "core/common/stalldetector.h"

namespace KryNet::Ui
{
class LabPanel;
class MainWindow;
} // namespace KryNet::Ui

namespace KryNet
{

/**
 * Measures start-up as a user sees it (DESIGN.md §5): process start → main window painted → every
 * installed panel showing its first answer. With exitWhenReady (`krynet --demo --exit-when-ready`, used
 * by scripts/bench) it then runs the benchmark phases and quits, printing one JSON object on stdout:
 *  1. start-up timings per panel;
 *  2. every panel shown and painted once, then this process's PSS ("all panels visited");
 *  3. a full refresh of every panel (F5 everywhere at once), timed until each panel answered again;
 *     with a traffic counter (the demo's krynet-labsim control endpoint), what the lab served during it:
 *     requests, SSH commands and the longest dependent chain ("refreshTraffic", LabSim::Traffic);
 *  4. with soakSeconds > 0: a full refresh every 10 s for that long, PSS at its start and end;
 * and, across all phases, the longest GUI-thread stall (StallDetector). Panels still shown as
 * placeholders are listed as such, not counted as ready.
 */
class StartupTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupTimer)

public:
    struct Options
    {
        bool exitWhenReady = false;
        int soakSeconds = 0;
    };

    StartupTimer(Ui::MainWindow &window, Options options, QObject *parent = nullptr);

    /// The demo lab's control endpoint: the measured full refresh is then counted by the lab.
    void setTrafficCounter(const QUrl &controlUrl, const QString &token);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void panelAnswered(const QString &panel);
    void startupComplete();
    void visitPanels(int index);
    void controlRequest(const QByteArray &verb, const QString &path, const std::function<void(QJsonObject)> &done);
    void measuredRefresh();
    void afterMeasuredRefresh(double ms, const QStringList &late);
    void startRefresh(const std::function<void(double ms, const QStringList &late)> &done);
    void soakStep();
    void finish();
    [[nodiscard]] double sinceProcessStartMs() const;

    Ui::MainWindow &m_window;
    Options m_options;
    double m_processAgeAtStartMs;
    QElapsedTimer m_clock;
    double m_paintedMs = -1;
    QHash<QString, double> m_answered;
    QHash<QString, Ui::LabPanel *> m_panels;
    QStringList m_waiting;
    bool m_started = false;
    StallDetector m_stalls;
    QJsonObject m_report;
    QJsonObject m_refreshAnswers; ///< panel → ms until it answered the current measured refresh
    QElapsedTimer m_soakClock;
    int m_soakRefreshes = 0;
    QUrl m_controlUrl;
    QString m_controlToken;
};

} // namespace KryNet
