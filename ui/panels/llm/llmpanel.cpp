#include "ui/panels/llm/llmpanel.h"

#include <QComboBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/common/futurewatch.h"
#include "core/common/health.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/llm/credentialtreemodel.h"
#include "core/llm/keyrotation.h"
#include "core/llm/llmmodeltable.h"
#include "core/llm/llmstore.h"
#include "core/llm/spendseries.h"
#include "core/llm/virtualkeymodel.h"
#include "core/secrets/secretstore.h"
#include "ui/charts/spendchart.h"
#include "ui/panels/llm/generatekeydialog.h"
#include "ui/panels/llm/modeldialogs.h"
#include "ui/panels/llm/newkeybanner.h"
#include "ui/panels/llm/rotatekeydialog.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/healthdelegate.h"
#include "ui/widgets/inertitemviews.h"
#include "ui/widgets/prompter.h"
#include "ui/widgets/textbutton.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

namespace
{

void setUpTable(QTableView *table, QSortFilterProxyModel *proxy, int healthColumn)
{
    proxy->setSortRole(Roles::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setItemDelegateForColumn(healthColumn, new HealthDelegate(table));
}

} // namespace

LlmPanel::LlmPanel(Prompter *prompter, QWidget *parent)
    : LabPanel(parent)
    , m_ownPrompter(prompter ? nullptr : std::make_unique<DialogPrompter>())
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_modelProxy(new QSortFilterProxyModel(this))
    , m_keyProxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_models(new QTableView(this))
    , m_keys(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_refreshButton(textToolButton(this, u"llmRefreshButton"_s, tr("Refresh"), tr("Read models and keys again (F5)")))
    , m_healthButton(
          textToolButton(this, u"llmHealthButton"_s, tr("Run health check…"),
                         tr("Sends a real request to every provider: costs tokens and counts against limits")))
    , m_generateButton(textToolButton(this, u"generateKeyButton"_s, tr("Generate key…")))
    , m_blockButton(textToolButton(this, u"blockKeyButton"_s, tr("Block…")))
    , m_unblockButton(textToolButton(this, u"unblockKeyButton"_s, tr("Unblock…")))
    , m_deleteButton(textToolButton(this, u"deleteKeyButton"_s, tr("Delete…")))
    , m_newKeyBanner(new NewKeyBanner(this))
    , m_addCredentialButton(textToolButton(this, u"addCredentialButton"_s, tr("Add credential…")))
    , m_editCredentialButton(textToolButton(this, u"editCredentialButton"_s, tr("Edit…")))
    , m_rotateButton(
          textToolButton(this, u"rotateKeyButton"_s, tr("Rotate key…"),
                         tr("Enter a new provider key once, check the models using it, revert if any fails")))
    , m_deleteCredentialButton(textToolButton(this, u"deleteCredentialButton"_s, tr("Delete…")))
    , m_addModelButton(textToolButton(this, u"addModelButton"_s, tr("Add model…")))
    , m_editModelButton(textToolButton(this, u"editModelButton"_s, tr("Edit…")))
    , m_deleteModelButton(textToolButton(this, u"deleteModelButton"_s, tr("Delete…")))
    , m_spendGroup(new QComboBox(this))
    , m_spendRange(new QComboBox(this))
    , m_spendSummary(new QLabel(this))
    , m_spendChart(new SpendChart(this))
{
    setObjectName(u"llmPanel"_s);
    m_tree->setObjectName(u"llmCredentialTree"_s);
    m_models->setObjectName(u"llmModelsTable"_s);
    m_models->setAccessibleName(tr("Models"));
    m_keys->setObjectName(u"llmKeysTable"_s);
    m_keys->setAccessibleName(tr("Virtual keys"));
    m_summary->setObjectName(u"llmSummary"_s);
    m_error->setObjectName(u"llmError"_s);
    m_tabs->setObjectName(u"llmTabs"_s);

    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegateForColumn(Llm::CredentialTreeModel::HealthColumn, new HealthDelegate(m_tree));
    m_tree->setAccessibleName(tr("Providers, credentials and the models using them"));
    setUpTable(m_models, m_modelProxy, Llm::ModelTable::HealthColumn);
    setUpTable(m_keys, m_keyProxy, Llm::VirtualKeyModel::StatusColumn);

    auto *title = new QLabel(tr("AI keys"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);
    header->addWidget(m_healthButton);
    header->addWidget(m_refreshButton);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *keysPage = new QWidget(this);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_generateButton);
    keyButtons->addWidget(m_blockButton);
    keyButtons->addWidget(m_unblockButton);
    keyButtons->addWidget(m_deleteButton);
    keyButtons->addStretch(1);
    auto *keysLayout = new QVBoxLayout(keysPage);
    keysLayout->addWidget(m_newKeyBanner);
    keysLayout->addLayout(keyButtons);
    keysLayout->addWidget(m_keys, 1);

    auto *credentialsPage = new QWidget(this);
    auto *credentialButtons = new QHBoxLayout;
    credentialButtons->addWidget(m_addCredentialButton);
    credentialButtons->addWidget(m_editCredentialButton);
    credentialButtons->addWidget(m_rotateButton);
    credentialButtons->addWidget(m_deleteCredentialButton);
    credentialButtons->addStretch(1);
    auto *credentialsLayout = new QVBoxLayout(credentialsPage);
    credentialsLayout->addLayout(credentialButtons);
    credentialsLayout->addWidget(m_tree, 1);

    auto *modelsPage = new QWidget(this);
    auto *modelButtons = new QHBoxLayout;
    modelButtons->addWidget(m_addModelButton);
    modelButtons->addWidget(m_editModelButton);
    modelButtons->addWidget(m_deleteModelButton);
    modelButtons->addStretch(1);
    auto *modelsLayout = new QVBoxLayout(modelsPage);
    modelsLayout->addLayout(modelButtons);
    modelsLayout->addWidget(m_models, 1);

    auto *spendPage = new QWidget(this);
    m_spendGroup->setObjectName(u"spendGroupCombo"_s);
    m_spendGroup->setAccessibleName(tr("Group spend"));
    m_spendGroup->addItem(tr("By model"), int(Llm::SpendSeries::GroupBy::Model));
    m_spendGroup->addItem(tr("By virtual key"), int(Llm::SpendSeries::GroupBy::Key));
    m_spendRange->setObjectName(u"spendRangeCombo"_s);
    m_spendRange->setAccessibleName(tr("Spend period"));
    m_spendRange->addItem(tr("Last 7 days"), 7);
    m_spendRange->addItem(tr("Last 30 days"), 30);
    m_spendRange->addItem(tr("Last 90 days"), 90);
    m_spendRange->setCurrentIndex(1);
    m_spendSummary->setObjectName(u"spendSummary"_s);
    m_spendSummary->setWordWrap(true);
    auto *spendControls = new QHBoxLayout;
    spendControls->addWidget(m_spendGroup);
    spendControls->addWidget(m_spendRange);
    spendControls->addWidget(m_spendSummary, 1);
    auto *spendLayout = new QVBoxLayout(spendPage);
    spendLayout->addLayout(spendControls);
    spendLayout->addWidget(m_spendChart, 1);

    m_tabs->addTab(credentialsPage, tr("Credentials"));
    m_tabs->addTab(modelsPage, tr("Models"));
    m_tabs->addTab(keysPage, tr("Virtual keys"));
    m_tabs->addTab(spendPage, tr("Spend"));

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_tabs, 1);

    m_empty->setIcon(QIcon(u":/icons/services.svg"_s));
    m_empty->setTitle(tr("AI keys"));
    connect(m_empty, &EmptyState::actionTriggered, this, &LlmPanel::refresh);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_refreshButton, &QToolButton::clicked, this, &LlmPanel::refresh);
    connect(m_healthButton, &QToolButton::clicked, this, &LlmPanel::runHealthCheck);
    connect(m_generateButton, &QToolButton::clicked, this, &LlmPanel::generateKey);
    connect(m_blockButton, &QToolButton::clicked, this, [this] { setBlocked(true); });
    connect(m_unblockButton, &QToolButton::clicked, this, [this] { setBlocked(false); });
    connect(m_deleteButton, &QToolButton::clicked, this, &LlmPanel::deleteKey);
    connect(m_addCredentialButton, &QToolButton::clicked, this, [this] { addOrEditCredential(false); });
    connect(m_editCredentialButton, &QToolButton::clicked, this, [this] { addOrEditCredential(true); });
    connect(m_rotateButton, &QToolButton::clicked, this, &LlmPanel::rotateKey);
    connect(m_deleteCredentialButton, &QToolButton::clicked, this, &LlmPanel::deleteCredential);
    connect(m_addModelButton, &QToolButton::clicked, this, [this] { addOrEditModel(false); });
    connect(m_editModelButton, &QToolButton::clicked, this, [this] { addOrEditModel(true); });
    connect(m_deleteModelButton, &QToolButton::clicked, this, &LlmPanel::deleteModel);
    connect(m_spendGroup, &QComboBox::currentIndexChanged, this, &LlmPanel::updateSpend);
    connect(m_spendRange, &QComboBox::currentIndexChanged, this, &LlmPanel::loadSpend);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 3 && m_store && m_store->spendSource() == Llm::Store::SpendSource::None)
            loadSpend();
    });
    setSession(nullptr);
}

LlmPanel::~LlmPanel()
{
    m_newKeyBanner->dismiss();
}

void LlmPanel::setSession(LabSession *session)
{
    m_newKeyBanner->dismiss();
    resetFirstAnswer();
    m_tree->setModel(nullptr);
    m_modelProxy->setSourceModel(nullptr);
    m_keyProxy->setSourceModel(nullptr);
    m_treeModel.reset();
    m_modelTable.reset();
    m_keyModel.reset();
    if (m_store)
        disconnect(m_store.data(), nullptr, this, nullptr);
    m_store = nullptr;
    m_empty->setAction({});
    if (!session) {
        m_empty->setText(tr("The LiteLLM proxy's provider keys, the models using each, and the virtual keys "
                            "Open WebUI and others use.\n\nChoose a server profile to see them."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_store = session->stores().llm(); // shared with the Overview and the tray
    if (!m_store) {
        m_empty->setText(tr("Profile “%1” has no LiteLLM service. Add it with\n"
                            "krynetctl profile set %1 --service litellm")
                             .arg(session->profile().name()));
        m_stack->setCurrentWidget(m_empty);
        markFirstAnswer();
        return;
    }
    m_treeModel = std::make_unique<Llm::CredentialTreeModel>(*m_store);
    m_modelTable = std::make_unique<Llm::ModelTable>(*m_store);
    m_keyModel = std::make_unique<Llm::VirtualKeyModel>(*m_store);
    m_tree->setModel(m_treeModel.get());
    m_modelProxy->setSourceModel(m_modelTable.get());
    m_keyProxy->setSourceModel(m_keyModel.get());
    connect(m_store.data(), &Llm::Store::changed, this, &LlmPanel::updateState);
    connect(m_store.data(), &Llm::Store::loadingChanged, this, &LlmPanel::updateState);
    connect(m_store.data(), &Llm::Store::spendChanged, this, &LlmPanel::updateSpend);
    connect(m_keys->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LlmPanel::updateActions);
    connect(m_models->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LlmPanel::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LlmPanel::updateActions);
    m_spendChart->setSeries({});
    m_spendSummary->clear();
    if (m_tabs->currentIndex() == 3)
        loadSpend();
    updateState();
}

bool LlmPanel::isLoading() const
{
    return m_store && m_store->isLoading();
}

void LlmPanel::refresh()
{
    if (!m_store)
        return;
    m_store->refresh();
    if (m_store->spendSource() != Llm::Store::SpendSource::None)
        loadSpend();
}

void LlmPanel::updateState()
{
    if (!m_store)
        return;
    const auto &error = m_store->lastError();
    if (!m_store->hasLoaded()) {
        // Nothing to show yet: loading, or the first read failed (what, the fix, retry).
        m_empty->setText(m_store->isLoading() ? tr("Reading models, credentials and virtual keys from LiteLLM…")
                         : error              ? error->message()
                                              : QString());
        m_empty->setAction(m_store->isLoading() ? QString() : tr("Try again"));
        m_stack->setCurrentWidget(m_empty);
        if (!m_store->isLoading())
            markFirstAnswer(); // the first read failed: the error is the answer
        return;
    }
    m_stack->setCurrentIndex(1);
    markFirstAnswer();
    m_error->setVisible(error.has_value());
    if (error)
        m_error->setText(tr("Showing the last data read: %1").arg(DisplayText::text(error->message())));
    m_tree->expandAll();
    for (int column = 0; column < Llm::CredentialTreeModel::ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    m_models->resizeColumnsToContents();
    m_keys->resizeColumnsToContents();
    int critical = 0;
    for (const auto &key : m_store->keys()) {
        if (Llm::Store::keyHealth(key, QDateTime::currentDateTimeUtc()).first != Health::Ok)
            ++critical;
    }
    const QString models = tr("%n model(s)", nullptr, int(m_store->models().size()));
    const QString credentials = tr("%n credential(s)", nullptr, int(m_store->credentials().size()));
    const QString keys = tr("%n virtual key(s), %1 need attention", nullptr, int(m_store->keys().size())).arg(critical);
    m_summary->setText(m_store->isLoading() ? tr("Refreshing…")
                                            : QString(models + u" · "_s + credentials + u" · "_s + keys));
    m_refreshButton->setEnabled(!m_store->isLoading());
    updateActions();
}

void LlmPanel::updateActions()
{
    const Llm::VirtualKey *key = currentKey();
    m_blockButton->setEnabled(key && !key->blocked);
    m_unblockButton->setEnabled(key && key->blocked);
    m_deleteButton->setEnabled(key != nullptr);
    m_generateButton->setEnabled(m_store != nullptr);
    const auto credential = currentCredential();
    m_addCredentialButton->setEnabled(m_store != nullptr);
    m_editCredentialButton->setEnabled(credential.has_value());
    m_rotateButton->setEnabled(credential.has_value());
    m_deleteCredentialButton->setEnabled(credential.has_value());
    const auto model = currentModel();
    m_addModelButton->setEnabled(m_store != nullptr);
    const bool editable = model && model->inDatabase;
    m_editModelButton->setEnabled(editable);
    m_deleteModelButton->setEnabled(editable);
    const QString why = model && !model->inDatabase ? model->readOnlyReason : QString();
    m_editModelButton->setToolTip(plainToolTip(why));
    m_deleteModelButton->setToolTip(plainToolTip(why));
}

std::optional<Llm::Credential> LlmPanel::currentCredential() const
{
    if (!m_store || !m_treeModel)
        return std::nullopt;
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() ||
        current.data(Llm::CredentialTreeModel::KindRole).toInt() != int(Llm::CredentialTreeModel::Kind::Credential))
        return std::nullopt;
    const QString name = current.siblingAtColumn(Llm::CredentialTreeModel::NameColumn).data().toString();
    for (const Llm::Credential &c : m_store->credentials()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

std::optional<Llm::Model> LlmPanel::currentModel() const
{
    if (!m_store || !m_modelTable)
        return std::nullopt;
    const QModelIndex current = m_models->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_modelProxy->mapToSource(current).row();
    if (row < 0 || row >= m_store->models().size())
        return std::nullopt;
    return m_store->models().at(row);
}

const Llm::VirtualKey *LlmPanel::currentKey() const
{
    if (!m_keyModel)
        return nullptr;
    const QModelIndex current = m_keys->currentIndex();
    return current.isValid() ? m_keyModel->key(m_keyProxy->mapToSource(current).row()) : nullptr;
}

void LlmPanel::runHealthCheck()
{
    if (!m_store)
        return;
    m_prompter->confirm(
        this, tr("Run a health check?"),
        tr("LiteLLM will send a real request to every provider for each of the %n model(s): this costs tokens "
           "and counts against rate limits.",
           nullptr, int(m_store->models().size())),
        tr("Run health check"), [this, guard = QPointer<LlmPanel>(this)](bool accepted) {
            if (!guard || !accepted || !m_store)
                return;
            m_healthButton->setEnabled(false);
            m_healthButton->setText(tr("Checking…"));
            m_store->runHealthCheck([this, guard](const Result<Llm::HealthReport> &result) {
                if (!guard)
                    return;
                m_healthButton->setEnabled(true);
                m_healthButton->setText(tr("Run health check…"));
                if (!result) {
                    m_prompter->warn(this, tr("Health check failed"), result.error().message());
                    return;
                }
                m_summary->setText(
                    tr("Health check: %1 healthy, %2 unhealthy").arg(result->healthyCount).arg(result->unhealthyCount));
                m_tree->expandAll();
            });
        });
}

void LlmPanel::setBlocked(bool blocked)
{
    const Llm::VirtualKey *key = currentKey();
    if (!key || !m_store)
        return;
    const Llm::VirtualKey copy = *key;
    const QString name = DisplayText::name(copy.alias.isEmpty() ? copy.keyName : copy.alias);
    const QString title = blocked ? tr("Block key “%1”?").arg(name) : tr("Unblock key “%1”?").arg(name);
    const QString text = blocked ? tr("Every request made with “%1” will be refused until it is unblocked.").arg(name)
                                 : tr("Requests made with “%1” will be accepted again.").arg(name);
    m_prompter->confirm(this, title, text, blocked ? tr("Block %1").arg(name) : tr("Unblock %1").arg(name),
                        [this, copy, blocked, guard = QPointer<LlmPanel>(this)](bool accepted) {
                            if (!guard || !accepted || !m_store)
                                return;
                            m_store->setBlocked(copy, blocked, [this, guard](const Result<void> &result) {
                                if (guard && !result)
                                    m_prompter->warn(this, tr("The key was not changed"), result.error().message());
                            });
                        });
}

void LlmPanel::deleteKey()
{
    const Llm::VirtualKey *key = currentKey();
    if (!key || !m_store)
        return;
    const Llm::VirtualKey copy = *key;
    const QString name = DisplayText::name(copy.alias.isEmpty() ? copy.keyName : copy.alias);
    m_prompter->confirm(this, tr("Delete key “%1”?").arg(name),
                        tr("“%1” stops working at once and cannot be restored; its spend history stays.").arg(name),
                        tr("Delete %1").arg(name), [this, copy, guard = QPointer<LlmPanel>(this)](bool accepted) {
                            if (!guard || !accepted || !m_store)
                                return;
                            m_store->deleteKey(copy, [this, guard](const Result<void> &result) {
                                if (guard && !result)
                                    m_prompter->warn(this, tr("The key was not deleted"), result.error().message());
                            });
                        });
}

void LlmPanel::generateKey()
{
    if (!m_store)
        return;
    QStringList names;
    for (const auto &model : m_store->models()) {
        if (!names.contains(model.name))
            names.append(model.name);
    }
    auto *dialog = new GenerateKeyDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_store)
            return;
        const Llm::KeyRequest request = dialog->request();
        m_generateButton->setEnabled(false);
        m_store->generateKey(request, [this, alias = request.alias,
                                       guard = QPointer<LlmPanel>(this)](const Result<Llm::GeneratedKey> &result) {
            if (!guard)
                return;
            m_generateButton->setEnabled(true);
            if (!result) {
                m_prompter->warn(this, tr("No key was generated"), result.error().message());
                return;
            }
            m_newKeyBanner->showKey(result->key, alias);
            m_tabs->setCurrentIndex(2);
        });
    });
    dialog->open();
}

void LlmPanel::addOrEditCredential(bool edit)
{
    if (!m_store)
        return;
    const auto existing = edit ? currentCredential() : std::nullopt;
    if (edit && !existing)
        return;
    auto *dialog = new CredentialDialog(existing ? &*existing : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, edit] {
        if (!m_store)
            return;
        Llm::CredentialRequest request = dialog->request();
        if (request.name.isEmpty())
            return;
        const bool keep = dialog->keepInKeychain();
        auto done = [this, guard = QPointer<LlmPanel>(this), keep, name = request.name,
                     key = request.apiKey](const Result<void> &result) {
            if (!guard)
                return;
            if (!result) {
                m_prompter->warn(this, tr("The credential was not saved"), result.error().message());
                return;
            }
            // Into the keychain only when asked to.
            if (keep && m_store) {
                LabSession &session = m_store->session();
                whenDone(session.secrets().write(session.profile().secretKey(u"litellm.provider."_s + name), key), this,
                         [this](const Result<void> &written) {
                             if (!written)
                                 m_prompter->warn(this, tr("The key was not kept in the keychain"),
                                                  written.error().message());
                         });
            }
        };
        if (edit)
            m_store->updateCredential(request, done);
        else
            m_store->createCredential(request, done);
    });
    dialog->open();
}

void LlmPanel::deleteCredential()
{
    const auto credential = currentCredential();
    if (!credential || !m_store)
        return;
    const qsizetype users = m_store->modelsUsing(credential->name).size();
    m_prompter->confirm(
        this, tr("Delete credential “%1”?").arg(DisplayText::name(credential->name)),
        users > 0 ? tr("%n model(s) use this credential and will fail until they get another key.", nullptr, int(users))
                  : tr("No model uses this credential."),
        tr("Delete %1").arg(DisplayText::name(credential->name)),
        [this, copy = *credential, guard = QPointer<LlmPanel>(this)](bool accepted) {
            if (!guard || !accepted || !m_store)
                return;
            m_store->deleteCredential(copy, [this, guard](const Result<void> &result) {
                if (guard && !result)
                    m_prompter->warn(this, tr("The credential was not deleted"), result.error().message());
            });
        });
}

void LlmPanel::rotateKey()
{
    const auto credential = currentCredential();
    if (!credential || !m_store)
        return;
    auto *dialog = new RotateKeyDialog(*m_store, *credential, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LlmPanel::addOrEditModel(bool edit)
{
    if (!m_store)
        return;
    const auto existing = edit ? currentModel() : std::nullopt;
    if (edit && (!existing || !existing->inDatabase))
        return;
    auto *dialog = new ModelDialog(m_store->credentials(), existing ? &*existing : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, existing] {
        if (!m_store)
            return;
        const Llm::ModelRequest request = dialog->request();
        auto done = [this, guard = QPointer<LlmPanel>(this)](const Result<void> &result) {
            if (guard && !result)
                m_prompter->warn(this, tr("The model was not saved"), result.error().message());
        };
        if (existing)
            m_store->updateModel(*existing, request, done);
        else
            m_store->createModel(request, done);
    });
    dialog->open();
}

void LlmPanel::deleteModel()
{
    const auto model = currentModel();
    if (!model || !m_store || !model->inDatabase)
        return;
    m_prompter->confirm(this, tr("Delete model “%1”?").arg(DisplayText::name(model->name)),
                        tr("Clients asking for “%1” get an error from then on.").arg(DisplayText::name(model->name)),
                        tr("Delete %1").arg(DisplayText::name(model->name)),
                        [this, copy = *model, guard = QPointer<LlmPanel>(this)](bool accepted) {
                            if (!guard || !accepted || !m_store)
                                return;
                            m_store->deleteModel(copy, [this, guard](const Result<void> &result) {
                                if (guard && !result)
                                    m_prompter->warn(this, tr("The model was not deleted"), result.error().message());
                            });
                        });
}

void LlmPanel::loadSpend()
{
    if (!m_store)
        return;
    m_spendSummary->setText(tr("Reading spend…"));
    m_store->loadSpend(m_spendRange->currentData().toInt());
}

void LlmPanel::updateSpend()
{
    if (!m_store)
        return;
    if (m_store->spendError()) {
        m_spendSummary->setText(
            tr("Spend could not be read: %1").arg(DisplayText::text(m_store->spendError()->message())));
        return;
    }
    if (m_store->spendSource() == Llm::Store::SpendSource::None)
        return;
    QHash<QString, QString> labels;
    for (const Llm::VirtualKey &k : m_store->keys())
        labels.insert(k.token, k.alias.isEmpty() ? k.keyName : k.alias);
    const auto by = Llm::SpendSeries::GroupBy(m_spendGroup->currentData().toInt());
    const Llm::SpendSeries series =
        Llm::SpendSeries::build(m_store->spend(), m_store->spendFrom(), m_store->spendTo(), by,
                                [&labels](const QString &hash) { return labels.value(hash); });
    m_spendChart->setEmptyText(tr("No spend between %1 and %2.")
                                   .arg(QLocale().toString(m_store->spendFrom(), QLocale::ShortFormat),
                                        QLocale().toString(m_store->spendTo(), QLocale::ShortFormat)));
    m_spendChart->setSeries(series);
    const QString source = m_store->spendSource() == Llm::Store::SpendSource::Report
                               ? tr("from the spend report")
                               : tr("from the request logs (the spend report needs an Enterprise licence)");
    m_spendSummary->setText(tr("Total $%1 in %n day(s), %2", nullptr, int(series.days.size()))
                                .arg(QLocale().toString(series.total, 'f', 2), source));
}

} // namespace KryNet::Ui
