#pragma once

#include <QPointer>
#include <QWizardPage>

#include "core/config/accessmode.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace KryNet
{
class AccessModeDetector;
class MemorySecretStore;
} // namespace KryNet

namespace KryNet::Ui
{

class HealthBadge;
class SetupWizard;

/**
 * Setup, page 2: the lab's DOMAIN and how this computer reaches its web services — the LAN
 * (service.local.DOMAIN), Tailscale (service.tail.DOMAIN) or Cloudflare Access (service.DOMAIN with a
 * service token). "Detect" asks AccessModeDetector, which probes one service's names in that order.
 */
class AccessPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessPage)

public:
    explicit AccessPage(SetupWizard *wizard);
    ~AccessPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    void detect();
    void setMode(AccessMode mode);
    [[nodiscard]] AccessMode mode() const;
    [[nodiscard]] bool domainValid() const;

    SetupWizard *m_wizard;
    QLineEdit *m_domain;
    QRadioButton *m_local;
    QRadioButton *m_tail;
    QRadioButton *m_public;
    QButtonGroup *m_modes;
    QComboBox *m_probeService;
    QPushButton *m_detect;
    HealthBadge *m_detectStatus;
    QLineEdit *m_cfClientId;
    QLineEdit *m_cfSecret;
    QLabel *m_examples;
    AccessModeDetector *m_detector;
    MemorySecretStore *m_noSecrets;
    quint64 m_detection = 0;
};

} // namespace KryNet::Ui
