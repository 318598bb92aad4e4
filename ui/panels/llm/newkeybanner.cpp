#include "ui/panels/llm/newkeybanner.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "core/common/displaytext.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

NewKeyBanner::NewKeyBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(this))
{
    setObjectName(u"newKeyBanner"_s);
    m_edit->setObjectName(u"newKeyEdit"_s);
    m_edit->setAccessibleName(tr("New virtual key"));
    setFrameShape(QFrame::StyledPanel);
    m_edit->setReadOnly(true);
    m_label->setWordWrap(true);
    auto *copyButton = new QPushButton(tr("Copy"), this);
    copyButton->setObjectName(u"copyNewKeyButton"_s);
    copyButton->setToolTip(tr("Copies the key; the clipboard is cleared after 30 seconds"));
    auto *dismissButton = new QPushButton(tr("I have saved it"), this);
    dismissButton->setObjectName(u"dismissNewKeyButton"_s);
    connect(copyButton, &QPushButton::clicked, this, &NewKeyBanner::copy);
    connect(dismissButton, &QPushButton::clicked, this, &NewKeyBanner::dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(copyButton);
    row->addWidget(dismissButton);
    layout->addLayout(row);
    hide();
}

NewKeyBanner::~NewKeyBanner()
{
    dismiss();
}

void NewKeyBanner::showKey(const QString &key, const QString &alias)
{
    m_key = key;
    m_edit->setText(key);
    m_label->setText(tr("New key “%1”: copy it now. It will not be shown again — LiteLLM keeps only its hash.")
                         .arg(alias.isEmpty() ? tr("(no alias)") : DisplayText::name(alias)));
    show();
}

void NewKeyBanner::dismiss()
{
    QClipboard *clipboard = QApplication::clipboard();
    if (!m_key.isEmpty() && clipboard && clipboard->text() == m_key)
        clipboard->clear();
    m_key.clear();
    m_edit->clear();
    hide();
}

void NewKeyBanner::copy()
{
    if (m_key.isEmpty())
        return;
    QApplication::clipboard()->setText(m_key);
    // Cleared after 30 s unless something else was copied meanwhile.
    QTimer::singleShot(m_clearMs, QApplication::clipboard(), [key = m_key] {
        if (QApplication::clipboard()->text() == key)
            QApplication::clipboard()->clear();
    });
}

} // namespace KryNet::Ui
