#pragma once

#include <QWidget>

#include "core/common/health.h"

class QLabel;

namespace KryNet::Ui
{

/// A status shown the one way the app shows status: icon + word (+ reason), in the status colour.
class HealthBadge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthBadge)

public:
    explicit HealthBadge(QWidget *parent = nullptr);

    void setHealth(Health health, const QString &reason = {});
    [[nodiscard]] Health health() const { return m_health; }
    [[nodiscard]] QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Health m_health = Health::Unknown;
    QString m_reason;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace KryNet::Ui
