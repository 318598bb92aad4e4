#include "ui/widgets/plaintextlabels.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

namespace
{

class PlainTextLabelFilter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish && watched->isWidgetType()) {
            if (auto *label = qobject_cast<QLabel *>(watched); label && isPlainTextCandidate(label))
                label->setTextFormat(Qt::PlainText);
        }
        return false;
    }
};

} // namespace

bool isPlainTextCandidate(const QLabel *label)
{
    if (!label || label->textFormat() != Qt::AutoText)
        return false;
    if (label->objectName().startsWith(u"qt_"_s) || label->inherits("QTipLabel"))
        return false;
    const QWidget *window = label->window();
    return !(window && (window->windowType() == Qt::ToolTip || qobject_cast<const QMessageBox *>(window)));
}

void installPlainTextLabels(QCoreApplication *app)
{
    // The filter has no meta object of its own (findChild would match any child): mark the app instead.
    static constexpr char Installed[] = "krynetPlainTextLabels";
    if (!app || app->property(Installed).toBool())
        return;
    app->setProperty(Installed, true);
    app->installEventFilter(new PlainTextLabelFilter(app));
}

} // namespace KryNet::Ui
