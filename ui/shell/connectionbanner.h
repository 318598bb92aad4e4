#pragma once

#include <QFrame>

#include "core/lab/connectionmonitor.h"

class QLabel;
class QPushButton;

namespace KryNet::Ui
{

/**
 * A banner over the panels when the profile's connection is broken (DESIGN.md §7, error state: what
 * failed, the fix, retry): the state, the error's message (which says what to do), and Retry where
 * retrying can help. Hidden while everything works.
 */
class ConnectionBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBanner)

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);
    ~ConnectionBanner() override;

    void setStatus(const ConnectionMonitor::Status &status);
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace KryNet::Ui
