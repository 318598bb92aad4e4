#pragma once

#include <QWidget>

#include "core/lab/connectionmonitor.h"

class QLabel;

namespace KryNet::Ui
{

/**
 * The status-bar item of the profile shown: its name and its SSH/HTTP state in one line, with the
 * status icon and word (never colour alone); the tooltip says what went wrong and how to fix it.
 */
class ConnectionIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionIndicator)

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);
    ~ConnectionIndicator() override;

    /// Shows @p status of profile @p profileName; an empty name hides the item (no profile).
    void setStatus(const QString &profileName, const ConnectionMonitor::Status &status);
    [[nodiscard]] QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace KryNet::Ui
