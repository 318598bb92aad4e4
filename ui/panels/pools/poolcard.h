#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QLabel;
class QProgressBar;
class QToolButton;

namespace KryNet::Ui
{

class HealthBadge;

/**
 * One pool at a glance (issue 6): name, state word + health badge, capacity bar (warning ≥ 80 %,
 * critical ≥ 90 %, in the status colour and with the number), last scrub age and result, and while
 * a scrub or resilver runs its progress and time to go. Reads everything from a PoolModel pool row;
 * clicking selects it. The scrub menu only emits requests: the panel asks and acts.
 */
class PoolCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolCard)

public:
    explicit PoolCard(const QPersistentModelIndex &pool, QWidget *parent = nullptr);

    [[nodiscard]] QString poolName() const;
    void setSelected(bool selected);
    /// Re-reads the row (after dataChanged).
    void refreshFromModel();

Q_SIGNALS:
    void clicked(const QString &pool);
    void scrubRequested(const QString &pool, int action); // KryNet::Zfs::ScrubAction

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    QPersistentModelIndex m_pool;
    QLabel *m_name;
    HealthBadge *m_badge;
    QLabel *m_state;
    QProgressBar *m_capacity;
    QLabel *m_capacityText;
    QLabel *m_scrubIcon;
    QLabel *m_scrub;
    QProgressBar *m_scan;
    QLabel *m_scanText;
    QToolButton *m_actions;
    bool m_selected = false;
};

} // namespace KryNet::Ui
