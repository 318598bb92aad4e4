#pragma once

#include <memory>
#include <optional>

#include <QPointer>

#include "ui/widgets/labpanel.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace KryNet::Llm
{
class CredentialTreeModel;
class ModelTable;
class Store;
class VirtualKeyModel;
struct Credential;
struct Model;
struct VirtualKey;
} // namespace KryNet::Llm

namespace KryNet::Ui
{

class EmptyState;
class NewKeyBanner;
class Prompter;
class SpendChart;

/**
 * The AI keys panel (issue 10): the LiteLLM proxy's provider credentials with the models using each
 * (providers → credentials → models), every deployment with its masked key and health, and the
 * virtual keys with block/unblock/delete/generate — each confirmed through the Prompter, logged in the
 * ActionLog by the store and sent once. A freshly generated key is shown once, with a copy button
 * (the clipboard is cleared after 30 s); no other full key is ever shown. The health check, which
 * makes real provider calls, runs only when the user confirms it. Credentials can be added, edited,
 * deleted and their key rotated (RotateKeyDialog: checked on exactly the models using it, one-step
 * revert); models added, edited and deleted (config-file models read-only with the reason). Keys typed
 * here go straight to the proxy, and to the keychain only when the user ticks the box. The Spend tab
 * charts spend per day by model or by key (ui/charts SpendChart).
 */
class LlmPanel final : public LabPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmPanel)

public:
    /// @p prompter: nullptr uses real dialogs (the panel owns one).
    explicit LlmPanel(Prompter *prompter = nullptr, QWidget *parent = nullptr);
    ~LlmPanel() override;

    void setSession(KryNet::LabSession *session) override;
    void refresh() override;
    [[nodiscard]] bool isLoading() const override;

private:
    void updateState();
    void updateActions();
    void runHealthCheck();
    void setBlocked(bool blocked);
    void deleteKey();
    void generateKey();
    void addOrEditCredential(bool edit);
    void deleteCredential();
    void rotateKey();
    void addOrEditModel(bool edit);
    void deleteModel();
    void loadSpend();
    void updateSpend();
    [[nodiscard]] const KryNet::Llm::VirtualKey *currentKey() const;
    [[nodiscard]] std::optional<KryNet::Llm::Credential> currentCredential() const;
    [[nodiscard]] std::optional<KryNet::Llm::Model> currentModel() const;

    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    QPointer<Llm::Store> m_store; ///< the session's shared store (LabStores)
    std::unique_ptr<Llm::CredentialTreeModel> m_treeModel;
    std::unique_ptr<Llm::ModelTable> m_modelTable;
    std::unique_ptr<Llm::VirtualKeyModel> m_keyModel;
    QSortFilterProxyModel *m_modelProxy;
    QSortFilterProxyModel *m_keyProxy;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    QTableView *m_models;
    QTableView *m_keys;
    QLabel *m_summary;
    QLabel *m_error;
    QToolButton *m_refreshButton;
    QToolButton *m_healthButton;
    QToolButton *m_generateButton;
    QToolButton *m_blockButton;
    QToolButton *m_unblockButton;
    QToolButton *m_deleteButton;
    NewKeyBanner *m_newKeyBanner;
    QToolButton *m_addCredentialButton;
    QToolButton *m_editCredentialButton;
    QToolButton *m_rotateButton;
    QToolButton *m_deleteCredentialButton;
    QToolButton *m_addModelButton;
    QToolButton *m_editModelButton;
    QToolButton *m_deleteModelButton;
    QComboBox *m_spendGroup;
    QComboBox *m_spendRange;
    QLabel *m_spendSummary;
    SpendChart *m_spendChart;
};

} // namespace KryNet::Ui
