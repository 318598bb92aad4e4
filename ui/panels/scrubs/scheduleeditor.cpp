#include "ui/panels/scrubs/scheduleeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimeEdit>

#include "core/common/displaytext.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

namespace
{
enum Preset {
    Weekly,
    NthWeekday,
    EveryNDays,
    Advanced,
};
} // namespace

ScheduleEditor::ScheduleEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_weekday(new QComboBox(this))
    , m_nth(new QComboBox(this))
    , m_everyDays(new QSpinBox(this))
    , m_time(new QTimeEdit(this))
    , m_cron(new QLineEdit(this))
    , m_cronProblem(new QLabel(this))
    , m_threshold(new QSpinBox(this))
    , m_enabled(new QCheckBox(tr("Enabled"), this))
    , m_use(new QPushButton(tr("Use this schedule"), this))
    , m_remove(new QPushButton(tr("Remove schedule"), this))
{
    setObjectName(u"scrubEditor"_s);
    m_title->setObjectName(u"scrubEditorTitle"_s);
    m_title->setTextFormat(Qt::RichText); // "<b>pool</b>: …" with the pool name escaped
    m_preset->setObjectName(u"scrubPreset"_s);
    m_preset->addItems({tr("Weekly"), tr("Monthly on the n-th weekday"), tr("Every N days"), tr("Advanced (cron)")});
    m_weekday->setObjectName(u"scrubWeekday"_s);
    // Cron numbering: 0 = Sunday.
    m_weekday->addItems(
        {tr("Sunday"), tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"), tr("Saturday")});
    m_nth->setObjectName(u"scrubNth"_s);
    m_nth->addItems({tr("first"), tr("second"), tr("third"), tr("fourth")});
    m_everyDays->setObjectName(u"scrubEveryDays"_s);
    m_everyDays->setRange(2, 90);
    m_everyDays->setSuffix(tr(" days"));
    m_time->setObjectName(u"scrubTime"_s);
    m_time->setAccessibleName(tr("Start time"));
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_cron->setObjectName(u"scrubCron"_s);
    m_cron->setPlaceholderText(tr("minute hour day month weekday, e.g. 0 3 * * 0"));
    m_cronProblem->setObjectName(u"scrubCronProblem"_s);
    m_cronProblem->setWordWrap(true);
    m_threshold->setObjectName(u"scrubThreshold"_s);
    m_threshold->setRange(0, 365);
    m_threshold->setSuffix(tr(" days"));
    m_threshold->setToolTip(tr("A scheduled run scrubs only when the last scrub finished at least this many days "
                               "before (TrueNAS)."));
    m_enabled->setObjectName(u"scrubEnabled"_s);
    m_use->setObjectName(u"scrubUseSchedule"_s);
    m_remove->setObjectName(u"scrubRemoveSchedule"_s);

    auto *when = new QHBoxLayout;
    when->addWidget(m_nth);
    when->addWidget(m_weekday);
    when->addWidget(m_everyDays);
    when->addWidget(m_time);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_use);
    auto *form = new QFormLayout(this);
    form->addRow(m_title);
    form->addRow(tr("Repeat:"), m_preset);
    form->addRow(tr("When:"), when);
    form->addRow(tr("Cron:"), m_cron);
    form->addRow(QString(), m_cronProblem);
    form->addRow(tr("Threshold:"), m_threshold);
    form->addRow(QString(), m_enabled);
    form->addRow(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] { presetChanged(); });
    for (QComboBox *box : {m_weekday, m_nth})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { m_cron->setText(cronText()); });
    connect(m_everyDays, &QSpinBox::valueChanged, this, [this] {
        m_cron->setText(cronText());
        if (m_trueNas)
            m_threshold->setValue(m_everyDays->value() - 1);
    });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] { m_cron->setText(cronText()); });
    connect(m_cron, &QLineEdit::textChanged, this, [this](const QString &text) {
        const auto parsed = Zfs::CronSchedule::parse(text);
        m_cronProblem->setText(parsed ? QString() : parsed.error().message());
        m_use->setEnabled(bool(parsed) && !m_pool.isEmpty());
    });
    connect(m_use, &QPushButton::clicked, this, &ScheduleEditor::emitEdited);
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(m_pool); });
    setSchedule({}, nullptr, true);
}

void ScheduleEditor::setSchedule(const QString &pool, const Zfs::ScrubSchedule *schedule, bool trueNas)
{
    m_pool = pool;
    m_trueNas = trueNas;
    m_base = schedule ? *schedule : Zfs::ScrubSchedule{};
    m_base.pool = pool;
    if (!schedule) {
        m_base.source = trueNas ? Zfs::ScheduleSource::TrueNas : Zfs::ScheduleSource::CronFile;
        m_base.thresholdDays = trueNas ? 35 : 0;
        m_base.cron = *Zfs::CronSchedule::parse(u"0 0 * * 0"_s);
    }
    setEnabled(!pool.isEmpty());
    m_title->setText(pool.isEmpty() ? tr("Select a pool to edit its schedule.")
                                    : tr("<b>%1</b>: %2")
                                          .arg(DisplayText::name(pool).toHtmlEscaped(),
                                               schedule ? tr("change its schedule") : tr("no schedule yet")));
    // The n-th weekday cannot be expressed in TrueNAS's cron (day range OR weekday).
    if (auto *model = qobject_cast<QStandardItemModel *>(m_preset->model()))
        model->item(NthWeekday)->setEnabled(!trueNas);
    m_threshold->setEnabled(trueNas);
    m_remove->setEnabled(schedule != nullptr && !(schedule->source == Zfs::ScheduleSource::CronFile &&
                                                  !schedule->origin.contains(u"krynet"_s)));

    const Zfs::CronSchedule &c = m_base.cron;
    const QString m = c.field(0);
    const QString h = c.field(1);
    const QSignalBlocker b1(m_preset);
    const QSignalBlocker b2(m_weekday);
    const QSignalBlocker b3(m_nth);
    const QSignalBlocker b4(m_everyDays);
    const QSignalBlocker b5(m_time);
    const QSignalBlocker b6(m_threshold);
    m_threshold->setValue(m_base.thresholdDays);
    m_enabled->setChecked(m_base.enabled);
    bool simpleTime = false;
    const int minute = m.toInt(&simpleTime);
    bool hourOk = false;
    const int hour = h.toInt(&hourOk);
    simpleTime = simpleTime && hourOk;
    if (simpleTime)
        m_time->setTime(QTime(hour, minute));
    static const QRegularExpression weekly(u"^([0-7])$"_s);
    static const QRegularExpression nth(u"^([0-7])#([1-4])$"_s);
    static const QRegularExpression step(u"^\\*/(\\d+)$"_s);
    int preset = Advanced;
    if (simpleTime && c.field(2) == u"*"_s && c.field(3) == u"*"_s) {
        if (const auto w = weekly.match(c.field(4)); w.hasMatch()) {
            preset = Weekly;
            m_weekday->setCurrentIndex(w.captured(1).toInt() % 7);
        } else if (const auto n = nth.match(c.field(4)); n.hasMatch() && !trueNas) {
            preset = NthWeekday;
            m_weekday->setCurrentIndex(n.captured(1).toInt() % 7);
            m_nth->setCurrentIndex(n.captured(2).toInt() - 1);
        } else if (c.field(4) == u"*"_s && trueNas && m_base.thresholdDays >= 1) {
            preset = EveryNDays;
            m_everyDays->setValue(m_base.thresholdDays + 1);
        }
    } else if (simpleTime && !trueNas && c.field(3) == u"*"_s && c.field(4) == u"*"_s) {
        if (const auto s = step.match(c.field(2)); s.hasMatch()) {
            preset = EveryNDays;
            m_everyDays->setValue(s.captured(1).toInt());
        }
    }
    m_preset->setCurrentIndex(preset);
    m_cron->setText(c.expression());
    presetChanged();
    m_cron->setText(c.expression());
}

void ScheduleEditor::presetChanged()
{
    const int preset = m_preset->currentIndex();
    m_weekday->setVisible(preset == Weekly || preset == NthWeekday);
    m_nth->setVisible(preset == NthWeekday);
    m_everyDays->setVisible(preset == EveryNDays);
    m_time->setVisible(preset != Advanced);
    m_cron->setReadOnly(preset != Advanced);
    if (preset != Advanced)
        m_cron->setText(cronText());
}

QString ScheduleEditor::cronText() const
{
    const QString time = u"%1 %2"_s.arg(m_time->time().minute()).arg(m_time->time().hour());
    switch (m_preset->currentIndex()) {
    case Weekly:
        return u"%1 * * %2"_s.arg(time).arg(m_weekday->currentIndex());
    case NthWeekday:
        return u"%1 * * %2#%3"_s.arg(time).arg(m_weekday->currentIndex()).arg(m_nth->currentIndex() + 1);
    case EveryNDays:
        return m_trueNas ? u"%1 * * *"_s.arg(time) : u"%1 */%2 * *"_s.arg(time).arg(m_everyDays->value());
    default:
        return m_cron->text();
    }
}

void ScheduleEditor::emitEdited()
{
    const auto cron = Zfs::CronSchedule::parse(m_cron->text());
    if (!cron || m_pool.isEmpty())
        return;
    Zfs::ScrubSchedule s = m_base;
    s.cron = *cron;
    s.thresholdDays = m_trueNas ? m_threshold->value() : 0;
    s.enabled = m_enabled->isChecked();
    Q_EMIT edited(s);
}

} // namespace KryNet::Ui
