#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace KryNet::Ui
{
class MainWindow;
}

namespace KryNet
{

/**
 * Measures start-up as a user sees it (DESIGN.md §5): process start → main window painted → every
 * installed panel showing its first answer. With exitWhenReady, prints the timings as one JSON object
 * on stdout and quits once every panel has answered (`krynet --demo --exit-when-ready`, used by the
 * benchmark harness). Panels still shown as placeholders are listed as such, not counted as ready.
 */
class StartupTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupTimer)

public:
    StartupTimer(Ui::MainWindow &window, bool exitWhenReady, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void panelAnswered(const QString &panel);
    void report();
    [[nodiscard]] double sinceProcessStartMs() const;

    Ui::MainWindow &m_window;
    bool m_exitWhenReady;
    double m_processAgeAtStartMs;
    QElapsedTimer m_clock;
    double m_paintedMs = -1;
    QHash<QString, double> m_answered;
    QStringList m_waiting;
    bool m_reported = false;
};

} // namespace KryNet
