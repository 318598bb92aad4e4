#include "ui/panels/llm/rotatekeydialog.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/common/health.h"
#include "core/llm/keyrotation.h"
#include "core/llm/llmstore.h"
#include "ui/widgets/healthstyle.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

RotateKeyDialog::RotateKeyDialog(Llm::Store &store, const Llm::Credential &credential, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_credential(credential)
    , m_rotation(new Llm::KeyRotation(store, this))
    , m_key(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("Also keep a copy in this computer's keychain"), this))
    , m_models(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_rotate(new QPushButton(tr("Rotate and check"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"rotateKeyDialog"_s);
    setWindowTitle(tr("Rotate the key of “%1”").arg(DisplayText::name(credential.name)));
    m_key->setObjectName(u"newProviderKeyEdit"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("New %1 key").arg(DisplayText::name(credential.provider)));
    m_key->setAccessibleName(tr("New provider key"));
    m_keep->setObjectName(u"keepInKeychainCheck"_s);
    m_keep->setChecked(false);
    m_models->setObjectName(u"rotationModels"_s);
    m_models->setAccessibleName(tr("Models using this credential"));
    m_models->setHeaderLabels({tr("Model"), tr("Health with the new key")});
    m_models->setRootIsDecorated(false);
    m_models->header()->setStretchLastSection(true);
    m_status->setObjectName(u"rotationStatus"_s);
    m_status->setWordWrap(true);
    m_rotate->setObjectName(u"rotateButton"_s);
    m_rotate->setDefault(true);
    m_revert->setObjectName(u"revertRotationButton"_s);
    m_revert->setToolTip(tr("Points the models back at the credential's previous key and removes the new one"));
    m_close->setObjectName(u"closeRotationButton"_s);

    auto *intro = new QLabel(tr("The new key is stored as a temporary credential and checked with a real request "
                                "for each model below before “%1” itself changes. If any model fails, Revert "
                                "puts everything back in one step.")
                                 .arg(credential.name),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Current key:"),
                 new QLabel(credential.maskedKey.isEmpty() ? tr("(none)") : credential.maskedKey, this));
    form->addRow(tr("New key:"), m_key);
    form->addRow(QString(), m_keep);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_rotate);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_models, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_rotate, &QPushButton::clicked, this, &RotateKeyDialog::start);
    connect(m_revert, &QPushButton::clicked, m_rotation, &Llm::KeyRotation::revert);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_key, &QLineEdit::textChanged, this, &RotateKeyDialog::updateView);
    connect(m_rotation, &Llm::KeyRotation::stateChanged, this, &RotateKeyDialog::updateView);
    connect(m_rotation, &Llm::KeyRotation::resultsChanged, this, &RotateKeyDialog::updateView);
    resize(620, 420);
    updateView();
}

RotateKeyDialog::~RotateKeyDialog() = default;

void RotateKeyDialog::start()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty() || m_rotation->isBusy())
        return;
    // Straight to the proxy: the field is emptied at once, the dialog keeps no copy.
    m_key->clear();
    m_rotation->start(m_credential, key, m_keep->isChecked());
}

void RotateKeyDialog::updateView()
{
    using State = Llm::KeyRotation::State;
    using Outcome = Llm::KeyRotation::Outcome;
    const State state = m_rotation->state();
    const QList<Llm::KeyRotation::ModelResult> results =
        state == State::Idle ? Llm::KeyRotation::plan(m_store, m_credential.name) : m_rotation->results();
    m_models->clear();
    for (const auto &r : results) {
        Health health = Health::Unknown;
        QString text;
        switch (r.outcome) {
        case Outcome::Pending:
            text = state == State::Idle ? tr("Will be checked") : tr("Checking…");
            break;
        case Outcome::Healthy:
            health = Health::Ok;
            text = tr("Healthy");
            break;
        case Outcome::Unhealthy:
            health = Health::Critical;
            text = tr("Failed: %1").arg(r.detail.simplified());
            break;
        case Outcome::Skipped:
            health = Health::Warning;
            text = tr("Not changed: %1").arg(DisplayText::text(r.detail));
            break;
        }
        auto *item = new QTreeWidgetItem(m_models, {r.modelName, text});
        item->setIcon(1, HealthStyle::icon(health));
        item->setToolTip(1, r.detail);
    }
    m_models->resizeColumnToContents(0);

    const bool busy = m_rotation->isBusy();
    m_key->setEnabled(state == State::Idle || state == State::Reverted);
    m_keep->setEnabled(state == State::Idle || state == State::Reverted);
    m_rotate->setEnabled(!busy && !m_key->text().trimmed().isEmpty() &&
                         (state == State::Idle || state == State::Reverted));
    m_revert->setVisible(state == State::Failed || state == State::Reverting);
    m_revert->setEnabled(state == State::Failed);
    m_close->setEnabled(!busy);
    const QString error = m_rotation->error() ? DisplayText::text(m_rotation->error()->message()) : QString();
    switch (state) {
    case State::Idle:
        m_status->setText(results.isEmpty()
                              ? tr("No model uses this credential yet: the new key is only stored.")
                              : tr("%n model(s) will be checked with the new key.", nullptr, int(results.size())));
        break;
    case State::Switching:
        m_status->setText(tr("Storing the new key and switching the models to it…"));
        break;
    case State::Checking:
        m_status->setText(tr("Checking each model with a real request…"));
        break;
    case State::Finishing:
        m_status->setText(
            tr("All models healthy: writing the new key into “%1”…").arg(DisplayText::name(m_credential.name)));
        break;
    case State::Done:
        m_status->setText(tr("Done: “%1” now holds the new key and every model is healthy.")
                              .arg(DisplayText::name(m_credential.name)));
        break;
    case State::Failed:
        m_status->setText(tr("%1 “%2” still holds its previous key. Revert to point the models back at it.")
                              .arg(error, DisplayText::name(m_credential.name)));
        break;
    case State::Reverting:
        m_status->setText(tr("Reverting…"));
        break;
    case State::Reverted:
        m_status->setText(
            tr("Reverted: the models use the previous key of “%1” again.").arg(DisplayText::name(m_credential.name)));
        break;
    }
}

} // namespace KryNet::Ui
