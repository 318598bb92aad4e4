#pragma once

#include <QPointer>

#include "ui/widgets/labpanel.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTreeView;

namespace KryNet::Docker
{
class ContainerEnvironments;
class ContainerFilterModel;
class ContainerModel;
class ContainerStore;
class DockerClient;
} // namespace KryNet::Docker

namespace KryNet::Ui
{

class ContainerDetails;
class EmptyState;
class EnvironmentSelector;
class RecreateFlow;
class HealthBadge;
class Prompter;

/**
 * The Containers panel (issue 8): every container of the profile's Docker host, grouped by compose
 * project in a dense, sortable, filterable tree (like qBittorrent's transfer list), live from the
 * ContainerStore; a toolbar and context menu with start/stop/restart/pause/resume (destructive ones
 * confirmed through the Prompter, progress shown in the row, the result in the status line) and the
 * dependency-aware "Restart qbittorrent and sabnzbd after gluetun" and "Pull and recreate" of a
 * compose service (Portainer's stack redeploy when Portainer owns the stack, else docker compose over
 * SSH; the plan confirmed first, the output streamed below the tree); a detail pane with inspect facts,
 * stats and the log viewer. When the profile reaches Portainer with several environments, a selector
 * chooses the Docker host (remembered per profile); a Kubernetes environment is explained, not shown.
 * Loading, empty, error, no-profile and unsupported-environment states are designed (EmptyState).
 */
class ContainersPanel final : public LabPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainersPanel)

public:
    explicit ContainersPanel(Prompter &prompter, QWidget *parent = nullptr);
    ~ContainersPanel() override;

    void setSession(KryNet::LabSession *session) override;
    void refresh() override;
    [[nodiscard]] bool isLoading() const override;

    [[nodiscard]] Docker::ContainerStore *store() const { return m_store; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum class Verb {
        Start,
        Stop,
        Restart,
        Pause,
        Unpause,
        RestartDependants,
        Recreate,
    };

    void buildUi();
    void updateState();
    void onClientChanged();
    void onStateAction();
    void updateActions();
    void onContextMenu(const QPoint &pos);
    void trigger(Verb verb);
    void run(Verb verb, const QStringList &ids);
    [[nodiscard]] QStringList selectedIds() const;
    [[nodiscard]] QString currentId() const;

    Prompter &m_prompter;
    QPointer<KryNet::LabSession> m_session;
    Docker::DockerClient *m_client = nullptr;
    Docker::ContainerStore *m_store = nullptr;
    QPointer<Docker::ContainerEnvironments> m_environments;
    Docker::ContainerModel *m_model;
    Docker::ContainerFilterModel *m_filter;
    QStackedWidget *m_pages;
    EmptyState *m_state;
    QTreeView *m_view;
    ContainerDetails *m_details;
    EnvironmentSelector *m_environmentSelector; ///< shown when Portainer offers a choice
    QComboBox *m_category;
    QLineEdit *m_search;
    HealthBadge *m_live;
    QLabel *m_message;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_restart;
    QAction *m_pause;
    QAction *m_unpause;
    QAction *m_restartDependants;
    QAction *m_recreate;
    QPlainTextEdit *m_output; ///< streamed output of pull-and-recreate
    RecreateFlow *m_recreateFlow = nullptr;
    QAction *m_refresh;
    QString m_setupError;
};

} // namespace KryNet::Ui
