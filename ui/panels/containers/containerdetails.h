#pragma once

#include <QPointer>
#include <QWidget>

#include "core/docker/logdemuxer.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace KryNet::Docker
{
class ContainerLogs;
class ContainerStore;
class DockerClient;
} // namespace KryNet::Docker

namespace KryNet::Ui
{

class HealthBadge;
class Prompter;

/**
 * The detail pane of the Containers panel: the inspect facts of one container (health with its reason,
 * compose project and files, network parent and dependants, restart policy, ports, mounts, CPU and
 * memory) and its log viewer: last N lines, follow, timestamps, stdout/stderr told apart by a word
 * and a colour, a regex filter, copy and save (what is shown, through the Prompter's file question);
 * kept in a bounded ring buffer.
 */
class ContainerDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerDetails)

public:
    static constexpr int maxLines = 5000;

    explicit ContainerDetails(QWidget *parent = nullptr);
    ~ContainerDetails() override;

    void setClient(Docker::DockerClient *client);
    /// Where "Save…" asks for the file name.
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    /// Shows @p id of @p store (nullptr / empty: nothing selected). Restarts the logs when the id changes.
    void showContainer(Docker::ContainerStore *store, const QString &id);
    [[nodiscard]] const QString &containerId() const { return m_id; }

private:
    void restartLogs();
    void appendLines(const QList<Docker::LogLine> &lines);
    void rerender();
    void saveLog();
    [[nodiscard]] bool matches(const Docker::LogLine &line) const;

    QPointer<Docker::DockerClient> m_client;
    QString m_id;
    bool m_tty = false;
    QLabel *m_title;
    HealthBadge *m_health;
    QFormLayout *m_form;
    QSpinBox *m_tail;
    QCheckBox *m_follow;
    QCheckBox *m_timestamps;
    QLineEdit *m_regex;
    QPlainTextEdit *m_log;
    QLabel *m_logStatus;
    Prompter *m_prompter = nullptr;
    QPointer<Docker::ContainerLogs> m_logs;
    QList<Docker::LogLine> m_lines; ///< ring buffer, at most maxLines
    QStringList m_formSignature;    ///< the facts the form shows now
};

} // namespace KryNet::Ui
