#include "ui/panels/llm/modeldialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

namespace
{

QComboBox *providerCombo(QWidget *parent, const QString &name, const QString &current)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->addItems({u"openai"_s, u"anthropic"_s, u"gemini"_s, u"azure"_s, u"mistral"_s, u"groq"_s, u"openrouter"_s});
    if (!current.isEmpty())
        combo->setCurrentText(current);
    return combo;
}

QSpinBox *limitSpin(QWidget *parent, const QString &name, const std::optional<qint64> &value)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, 100000000);
    spin->setSpecialValueText(QCoreApplication::translate("KryNet::Ui::ModelDialog", "No limit"));
    spin->setValue(value ? int(std::min<qint64>(*value, 100000000)) : 0);
    return spin;
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText, const QString &okName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(okName);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

ModelDialog::ModelDialog(const QList<Llm::Credential> &credentials, const Llm::Model *existing, QWidget *parent)
    : QDialog(parent)
    , m_editing(existing != nullptr)
    , m_name(new QLineEdit(this))
    , m_provider(providerCombo(this, u"modelProviderCombo"_s, existing ? existing->provider : QString()))
    , m_upstream(new QLineEdit(this))
    , m_apiBase(new QLineEdit(this))
    , m_keySource(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_rpm(limitSpin(this, u"modelRpmSpin"_s, existing ? existing->rpm : std::nullopt))
    , m_tpm(limitSpin(this, u"modelTpmSpin"_s, existing ? existing->tpm : std::nullopt))
{
    setObjectName(u"modelDialog"_s);
    setWindowTitle(existing ? tr("Edit model “%1”").arg(existing->name) : tr("Add a model"));
    m_name->setObjectName(u"modelNameEdit"_s);
    m_name->setPlaceholderText(tr("Name clients ask for, e.g. gpt-4o"));
    m_upstream->setObjectName(u"upstreamModelEdit"_s);
    m_upstream->setPlaceholderText(tr("Provider's model, e.g. gpt-4o-mini"));
    m_apiBase->setObjectName(u"apiBaseEdit"_s);
    m_apiBase->setPlaceholderText(tr("Provider default"));
    m_keySource->setObjectName(u"keySourceCombo"_s);
    m_key->setObjectName(u"modelKeyEdit"_s);
    m_key->setEchoMode(QLineEdit::Password);
    if (existing) {
        m_name->setText(existing->name);
        m_upstream->setText(existing->upstreamModel);
        m_apiBase->setText(existing->apiBase);
        m_keySource->addItem(existing->credentialName.isEmpty()
                                 ? tr("Keep the current key (%1)").arg(existing->maskedKey)
                                 : tr("Keep credential %1").arg(existing->credentialName),
                             u"keep"_s);
    }
    for (const Llm::Credential &c : credentials)
        m_keySource->addItem(tr("Credential %1 (%2, key %3)").arg(c.name, c.provider, c.maskedKey), c.name);
    m_keySource->addItem(tr("Enter a key for this model only…"), u"inline"_s);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, &ModelDialog::updateKeyField);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Upstream model:"), m_upstream);
    form->addRow(tr("API base:"), m_apiBase);
    form->addRow(tr("Provider key:"), m_keySource);
    form->addRow(QString(), m_key);
    form->addRow(tr("Requests per minute:"), m_rpm);
    form->addRow(tr("Tokens per minute:"), m_tpm);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, existing ? tr("Save") : tr("Add model"), u"modelOkButton"_s));
    updateKeyField();
}

ModelDialog::~ModelDialog()
{
    m_key->clear();
}

void ModelDialog::updateKeyField()
{
    const bool inlineKey = m_keySource->currentData().toString() == u"inline"_s;
    m_key->setVisible(inlineKey);
    m_key->setPlaceholderText(tr("Sent to the proxy only; never shown again"));
}

Llm::ModelRequest ModelDialog::request() const
{
    Llm::ModelRequest r;
    r.name = m_name->text().trimmed();
    r.provider = m_provider->currentText().trimmed();
    r.upstreamModel = m_upstream->text().trimmed();
    r.apiBase = m_apiBase->text().trimmed();
    const QString source = m_keySource->currentData().toString();
    if (source == u"inline"_s)
        r.apiKey = m_key->text().trimmed();
    else if (source != u"keep"_s)
        r.credentialName = source;
    if (m_rpm->value() > 0)
        r.rpm = m_rpm->value();
    if (m_tpm->value() > 0)
        r.tpm = m_tpm->value();
    return r;
}

CredentialDialog::CredentialDialog(const Llm::Credential *existing, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_provider(providerCombo(this, u"credentialProviderCombo"_s, existing ? existing->provider : QString()))
    , m_description(new QLineEdit(this))
    , m_apiBase(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("Also keep a copy in this computer's keychain"), this))
{
    setObjectName(u"credentialDialog"_s);
    setWindowTitle(existing ? tr("Edit credential “%1”").arg(existing->name) : tr("Add a provider credential"));
    m_name->setObjectName(u"credentialNameEdit"_s);
    m_description->setObjectName(u"credentialDescriptionEdit"_s);
    m_apiBase->setObjectName(u"credentialApiBaseEdit"_s);
    m_apiBase->setPlaceholderText(tr("Provider default"));
    m_key->setObjectName(u"credentialKeyEdit"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(existing ? tr("Empty: keep the current key (%1)").arg(existing->maskedKey)
                                       : tr("Sent to the proxy only; never shown again"));
    m_keep->setObjectName(u"keepCredentialKeyCheck"_s);
    if (existing) {
        m_name->setText(existing->name);
        m_name->setEnabled(false);
        m_description->setText(existing->description);
        m_apiBase->setText(existing->apiBase);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("API base:"), m_apiBase);
    form->addRow(tr("Key:"), m_key);
    form->addRow(QString(), m_keep);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, existing ? tr("Save") : tr("Add credential"), u"credentialOkButton"_s));
}

CredentialDialog::~CredentialDialog()
{
    m_key->clear();
}

Llm::CredentialRequest CredentialDialog::request() const
{
    Llm::CredentialRequest r;
    r.name = m_name->text().trimmed();
    r.provider = m_provider->currentText().trimmed();
    r.description = m_description->text().trimmed();
    r.apiBase = m_apiBase->text().trimmed();
    r.apiKey = m_key->text().trimmed();
    return r;
}

bool CredentialDialog::keepInKeychain() const
{
    return m_keep->isChecked() && !m_key->text().trimmed().isEmpty();
}

} // namespace KryNet::Ui
