#pragma once

#include <memory>

#include <QPointer>

#include "ui/widgets/labpanel.h"

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTimer;
class QStackedWidget;
class QTreeView;

namespace KryNet
{
class LabSession;
namespace Zfs
{
class PoolModel;
class PoolStore;
class ScrubScheduleStore;
} // namespace Zfs
} // namespace KryNet

namespace KryNet::Ui
{

class EmptyState;
class PoolCard;
class Prompter;

/**
 * The Pools panel (issue 6): one card per pool, and for the selected pool its vdev tree with error
 * counts, SMART of the selected disk, the status/action text and permanent errors, and the raw
 * `zpool status` output with a copy button. Loading, empty and error states are their own pages.
 *
 * Talks only to Zfs::PoolStore (built from the LabSession's SSH connection) and Zfs::PoolModel; scrub
 * actions are confirmed through the injected Prompter, then run once by the store.
 */
class PoolsPanel final : public LabPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolsPanel)

public:
    explicit PoolsPanel(Prompter &prompter, QWidget *parent = nullptr);
    ~PoolsPanel() override;

    void setSession(KryNet::LabSession *session) override;
    void refresh() override;
    [[nodiscard]] bool isLoading() const override;
    [[nodiscard]] Zfs::PoolStore *store() const;

private:
    void showState();
    void rebuildCards();
    void select(const QString &pool);
    void showDetails();
    void showDevice(const QModelIndex &index);
    void askScrub(const QString &pool, int action);

    Prompter &m_prompter;
    QPointer<LabSession> m_session;
    QPointer<Zfs::PoolStore> m_store; ///< the session's shared store (LabStores)
    /// The scrub schedules (issue 7): the scrub-age warning uses each pool's schedule period.
    std::unique_ptr<Zfs::ScrubScheduleStore> m_schedules;
    void updateScrubAges();
    Zfs::PoolModel *m_model;
    QString m_selected;
    QStackedWidget *m_stack;
    EmptyState *m_loading;
    EmptyState *m_empty;
    EmptyState *m_error;
    QWidget *m_data;
    QGridLayout *m_cards;
    QList<PoolCard *> m_cardWidgets;
    QLabel *m_title;
    QLabel *m_updated;
    QTreeView *m_tree;
    QLabel *m_status;
    QLabel *m_smart;
    QPlainTextEdit *m_raw;
    QString m_rawShown;
    QTabWidget *m_tabs;
    /// Coalesces the model's dataChanged bursts (one per changed parent) into one refresh per event-loop pass.
    QTimer *m_refreshTimer;
    void refreshViews();
    /// The raw output is laid out only while its tab is shown, and only when it changed: with a wide pool it
    /// holds megabytes of smartctl JSON.
    void showRawOutput();
};

} // namespace KryNet::Ui
