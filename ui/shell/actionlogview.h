#pragma once

#include <QDialog>
#include <QPointer>

class QTableWidget;

namespace KryNet
{
class ActionLog;
struct ActionRecord;
} // namespace KryNet

namespace KryNet::Ui
{

/**
 * The action log as a table: every action the user started, with its time, profile, target, result
 * and the server's answer (already redacted by the ActionLog), newest first, live while it is open.
 * Non-modal.
 */
class ActionLogView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionLogView)

public:
    explicit ActionLogView(QWidget *parent = nullptr);
    ~ActionLogView() override;

    /// The log shown (nullptr: none).
    void setLog(KryNet::ActionLog *log);
    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    void reload();
    void fillRow(int row, const KryNet::ActionRecord &record);

    QPointer<ActionLog> m_log;
    QTableWidget *m_table;
};

} // namespace KryNet::Ui
