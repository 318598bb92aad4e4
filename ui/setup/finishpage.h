#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace KryNet::Ui
{

class SetupWizard;

/**
 * Setup, page 4: the profile's name and a summary of what will be stored where — the secrets in the
 * keychain (SecretStore), everything else in the profiles file. Finish (SetupWizard::accept()) saves.
 */
class FinishPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)

public:
    explicit FinishPage(SetupWizard *wizard);
    ~FinishPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] QString profileName() const;
    /// Progress or a failure of saving, shown under the summary.
    void setStatus(const QString &text, bool failed);

    /// A profile name made from @p host ("nas.lan" → "nas"), unique among the existing ones.
    [[nodiscard]] static QString suggestName(const QString &host, const QStringList &taken);

private:
    void updateSummary();

    SetupWizard *m_wizard;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLabel *m_summary;
    QLabel *m_status;
};

} // namespace KryNet::Ui
