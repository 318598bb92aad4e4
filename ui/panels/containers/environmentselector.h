#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace KryNet::Docker
{
class ContainerEnvironments;
}

namespace KryNet::Ui
{

/**
 * The environment choice of the Containers panel: the profile's SSH host and Portainer's environments
 * (Docker hosts, Swarm, Kubernetes with its type), the chosen one current. Choosing calls
 * ContainerEnvironments::choose(); everything else (remembering, moving the store, what Kubernetes
 * means) happens in core and in the panel. The panel shows it only when offersChoice().
 */
class EnvironmentSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentSelector)

public:
    explicit EnvironmentSelector(QWidget *parent = nullptr);

    void setEnvironments(Docker::ContainerEnvironments *environments);
    [[nodiscard]] QComboBox *comboBox() const { return m_combo; }

private:
    void rebuild();

    QPointer<Docker::ContainerEnvironments> m_environments;
    QLabel *m_label;
    QComboBox *m_combo;
    bool m_rebuilding = false;
};

} // namespace KryNet::Ui
