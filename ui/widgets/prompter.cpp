#include "ui/widgets/prompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include "core/common/displaytext.h"

namespace KryNet::Ui
{

void DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel,
                             std::function<void(bool accepted)> done)
{
    // Titles, texts and button labels name servers' containers, pools, keys…: shown inert, as plain text.
    auto *box = new QMessageBox(QMessageBox::Question, DisplayText::text(title), DisplayText::text(text),
                                QMessageBox::Cancel, parent);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *accept = box->addButton(DisplayText::text(acceptLabel), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, accept, done = std::move(done)](int) { done(box->clickedButton() == accept); });
    box->open();
}

void DialogPrompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, DisplayText::text(title), DisplayText::text(text),
                                QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void DialogPrompter::askSecret(QWidget *parent, const QString &title, const QString &label,
                               std::function<void(std::optional<QString> secret)> done)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(DisplayText::text(title));
    dialog->setLabelText(DisplayText::text(label));
    dialog->setTextEchoMode(QLineEdit::Password);
    QObject::connect(dialog, &QInputDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        done(result == QDialog::Accepted ? std::optional<QString>(dialog->textValue()) : std::nullopt);
    });
    dialog->open();
}

void DialogPrompter::chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                                    std::function<void(std::optional<QString> path)> done)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        const QStringList files = dialog->selectedFiles();
        done(result == QDialog::Accepted && !files.isEmpty() ? std::optional<QString>(files.constFirst())
                                                             : std::nullopt);
    });
    dialog->open();
}

void DialogPrompter::chooseOpenFile(QWidget *parent, const QString &title, const QString &filter,
                                    std::function<void(std::optional<QString> path)> done)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(filter);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        const QStringList files = dialog->selectedFiles();
        done(result == QDialog::Accepted && !files.isEmpty() ? std::optional<QString>(files.constFirst())
                                                             : std::nullopt);
    });
    dialog->open();
}

} // namespace KryNet::Ui
