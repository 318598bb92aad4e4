#include "ui/panels/llm/generatekeydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

GenerateKeyDialog::GenerateKeyDialog(const QStringList &modelNames, QWidget *parent)
    : QDialog(parent)
    , m_alias(new QLineEdit(this))
    , m_models(new QListWidget(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_duration(new QComboBox(this))
{
    setObjectName(u"generateKeyDialog"_s);
    setWindowTitle(tr("Generate a virtual key"));
    m_alias->setObjectName(u"keyAliasEdit"_s);
    m_alias->setPlaceholderText(tr("e.g. laptop-alice"));
    m_models->setObjectName(u"keyModelsList"_s);
    m_models->setAccessibleName(tr("Models the key may use"));
    for (const QString &name : modelNames) {
        auto *item = new QListWidgetItem(name, m_models);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_budget->setObjectName(u"keyBudgetSpin"_s);
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setPrefix(u"$"_s);
    m_budget->setSpecialValueText(tr("No limit"));
    m_duration->setObjectName(u"keyDurationCombo"_s);
    m_duration->addItem(tr("Never expires"), QString());
    m_duration->addItem(tr("1 day"), u"1d"_s);
    m_duration->addItem(tr("30 days"), u"30d"_s);
    m_duration->addItem(tr("90 days"), u"90d"_s);
    m_duration->addItem(tr("1 year"), u"365d"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Alias:"), m_alias);
    form->addRow(tr("Models allowed:"), m_models);
    form->addRow(QString(), new QLabel(tr("None checked: the key may use every model."), this));
    form->addRow(tr("Budget:"), m_budget);
    form->addRow(tr("Lifetime:"), m_duration);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Generate key"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"generateKeyOkButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

GenerateKeyDialog::~GenerateKeyDialog() = default;

Llm::KeyRequest GenerateKeyDialog::request() const
{
    Llm::KeyRequest request;
    request.alias = m_alias->text().trimmed();
    for (int i = 0; i < m_models->count(); ++i) {
        if (m_models->item(i)->checkState() == Qt::Checked)
            request.models.append(m_models->item(i)->text());
    }
    if (m_budget->value() > 0)
        request.maxBudget = m_budget->value();
    request.duration = m_duration->currentData().toString();
    return request;
}

} // namespace KryNet::Ui
