#pragma once

#include <functional>

#include <QDialog>
#include <QList>
#include <QPointer>

class QLineEdit;
class QListWidget;

namespace KryNet
{
class LabSession;
}

namespace KryNet::Ui
{

class MainWindow;
class Prompter;

/**
 * Ctrl+K: type to find any panel, container, pool or service, Enter to run the chosen entry. Entries
 * are built from the session's shared stores each time the palette opens: "Go to Containers",
 * "Restart sonarr", "Show pool orion", "Open Sonarr in the browser"… Container actions go through the
 * same path as the Containers panel: the Prompter asks, the ContainerStore runs it once and logs it.
 * Non-modal (show(), never exec()); Escape closes it.
 */
class CommandPalette final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    CommandPalette(MainWindow &window, Prompter &prompter);
    ~CommandPalette() override;

    void setSession(KryNet::LabSession *session);
    /// Rebuilds the entries, clears the search and shows the palette over the window.
    void open() override;
    /// The texts of the entries matching the current search, in order (for tests).
    [[nodiscard]] QStringList visibleEntries() const;

Q_SIGNALS:
    /// "Show the action log" was chosen.
    void actionLogRequested();
    /// A container action finished (text as shown in the status line).
    void actionFinished(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QString text;
        QString keywords;
        QString icon;
        std::function<void()> run;
    };
    void rebuild();
    void filter(const QString &text);
    void runCurrent();
    void restartContainer(const QString &id, const QString &name);

    MainWindow &m_window;
    Prompter &m_prompter;
    QPointer<LabSession> m_session;
    QLineEdit *m_search;
    QListWidget *m_list;
    QList<Entry> m_entries;
};

} // namespace KryNet::Ui
