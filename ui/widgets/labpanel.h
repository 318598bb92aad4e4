#pragma once

#include <QWidget>

namespace KryNet
{
class LabSession;
}

namespace KryNet::Ui
{

/**
 * Base of every panel (Pools, Containers, Media…). The window hands each panel the LabSession of the
 * profile being shown; a panel builds its store(s) from it and drops everything of the previous
 * session. nullptr means "no profile": the panel shows its empty state.
 *
 * Panels never parse, build URLs or commands, or touch libssh: they talk to core stores.
 */
class LabPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabPanel)

public:
    using QWidget::QWidget;
    ~LabPanel() override = default;

    virtual void setSession(KryNet::LabSession *session) = 0;
    /// F5: refresh what the panel shows now.
    virtual void refresh() {}
    /// True while the panel waits for data it asked for (a refresh in flight).
    [[nodiscard]] virtual bool isLoading() const { return false; }

    /// True once the panel shows its first answer (data or an error) for the current session.
    [[nodiscard]] bool hasFirstAnswer() const { return m_firstAnswer; }
    /// Forgets the answer shown, so the next one emits firstAnswerShown again: panels call this when a
    /// new session starts; the benchmark harness before a measured refresh.
    void resetFirstAnswer() { m_firstAnswer = false; }

Q_SIGNALS:
    /// The panel shows its first answer for the current session (start-up timing, --exit-when-ready).
    void firstAnswerShown();
    /// The panel shows a complete answer (data or an error) and waits for nothing: after every refresh.
    void answered();

protected:
    /// Panels call this when their first data or error for the session is on screen.
    void markFirstAnswer()
    {
        if (!isLoading())
            Q_EMIT answered();
        if (m_firstAnswer)
            return;
        m_firstAnswer = true;
        Q_EMIT firstAnswerShown();
    }

private:
    bool m_firstAnswer = false;
};

} // namespace KryNet::Ui
