#pragma once

#include <QList>
#include <QPointer>
#include <QWizardPage>

#include "core/common/result.h"
#include "core/config/profile.h"
#include "core/http/httptypes.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace KryNet::Ui
{

class HealthBadge;
class SetupWizard;

/**
 * Setup, page 3: the services of the lab. Every service of the catalogue is listed, those published
 * under a sub-domain ticked; "Detect services" probes each one anonymously (ServiceProbe's request)
 * and ticks those that answer. Each service takes an optional address (overriding the derived one),
 * a user name where its login needs one, and its credential, with a Test button that sends the
 * service's cheapest authenticated request through the real ServiceClient and shows the version or
 * the typed error. Credentials stay in memory until Finish.
 */
class ServicesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPage)

public:
    explicit ServicesPage(SetupWizard *wizard);
    ~ServicesPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    struct Row
    {
        QString id;
        QCheckBox *enabled = nullptr;
        QLineEdit *url = nullptr;
        QLineEdit *user = nullptr;   ///< only for logins with a user name
        QLineEdit *secret = nullptr; ///< only for services with a credential
        QPushButton *test = nullptr;
        HealthBadge *status = nullptr;
        quint64 generation = 0;
    };

    void detectAll();
    void test(int index);
    void rowEdited(int index);
    /// The draft with this row's settings, for probes; an Error when the address typed is not a URL.
    [[nodiscard]] Result<Profile> probeProfile(const Row &row) const;
    void probe(int index, bool authenticated);
    void showResult(int index, bool authenticated, const Result<HttpResponse> &result);

    SetupWizard *m_wizard;
    QPushButton *m_detect;
    QLabel *m_problem;
    QList<Row> m_rows;
};

} // namespace KryNet::Ui
