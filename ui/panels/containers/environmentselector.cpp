#include "ui/panels/containers/environmentselector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include "core/docker/containerenvironments.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

using Docker::ContainerEnvironments;

EnvironmentSelector::EnvironmentSelector(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("Environment:"), this))
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 2);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addStretch(1);
    m_combo->setObjectName(u"environmentSelector"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("Which Docker host to show: this server over SSH or an environment Portainer manages."));
    m_label->setBuddy(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_rebuilding || !m_environments || index < 0)
            return;
        m_environments->choose(m_combo->itemData(index).toInt());
    });
}

void EnvironmentSelector::setEnvironments(ContainerEnvironments *environments)
{
    if (m_environments)
        disconnect(m_environments, nullptr, this, nullptr);
    m_environments = environments;
    if (m_environments) {
        connect(m_environments, &ContainerEnvironments::changed, this, &EnvironmentSelector::rebuild);
        connect(m_environments, &ContainerEnvironments::chosenChanged, this, &EnvironmentSelector::rebuild);
    }
    rebuild();
}

void EnvironmentSelector::rebuild()
{
    m_rebuilding = true;
    m_combo->clear();
    if (m_environments) {
        for (const ContainerEnvironments::Entry &e : m_environments->entries()) {
            m_combo->addItem(m_environments->label(e), e.id);
            const QString why = ContainerEnvironments::unsupportedText(e);
            if (!why.isEmpty())
                m_combo->setItemData(m_combo->count() - 1, why, Qt::ToolTipRole);
        }
        m_combo->setCurrentIndex(m_combo->findData(m_environments->chosen()));
    }
    m_rebuilding = false;
}

} // namespace KryNet::Ui
