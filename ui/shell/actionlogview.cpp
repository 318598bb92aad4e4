#include "ui/shell/actionlogview.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/lab/actionlog.h"
#include "ui/widgets/healthstyle.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

ActionLogView::ActionLogView(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(u"actionLogView"_s);
    setWindowTitle(tr("Action log"));
    m_table->setObjectName(u"actionLogTable"_s);
    m_table->setAccessibleName(tr("Actions run from KryNet"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Profile"), tr("Target"), tr("Action"), tr("Result"), tr("Server's answer")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(960, 480);
}

ActionLogView::~ActionLogView() = default;

void ActionLogView::setLog(ActionLog *log)
{
    if (m_log)
        disconnect(m_log.data(), nullptr, this, nullptr);
    m_log = log;
    if (m_log) {
        connect(m_log.data(), &ActionLog::recordAdded, this, &ActionLogView::reload);
        connect(m_log.data(), &ActionLog::recordChanged, this, &ActionLogView::reload);
    }
    reload();
}

void ActionLogView::reload()
{
    const QList<ActionRecord> records = m_log ? m_log->records() : QList<ActionRecord>{};
    m_table->setRowCount(int(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i) // newest first
        fillRow(int(i), records.at(records.size() - 1 - i));
    m_table->resizeColumnsToContents();
}

void ActionLogView::fillRow(int row, const ActionRecord &record)
{
    Health health = Health::Busy;
    QString result = tr("Running");
    switch (record.outcome) {
    case ActionRecord::Outcome::Running:
        break;
    case ActionRecord::Outcome::Succeeded:
        health = Health::Ok;
        result = tr("Done");
        break;
    case ActionRecord::Outcome::Failed:
        health = Health::Critical;
        result = tr("Failed");
        break;
    case ActionRecord::Outcome::Unknown:
        health = Health::Warning;
        result = tr("Unknown: the connection dropped");
        break;
    }
    const QString when = QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat);
    const QStringList cells{when, record.profile, record.target, record.action, result, record.answer};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == 4)
            item->setIcon(HealthStyle::icon(health));
        m_table->setItem(row, c, item);
    }
}

} // namespace KryNet::Ui
