#include "ui/panels/containers/containerdetails.h"

#include <functional>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextCharFormat>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/docker/containerlogs.h"
#include "core/docker/containermodel.h"
#include "core/docker/containerstore.h"
#include "core/docker/dockerclient.h"
#include "ui/widgets/healthbadge.h"
#include "ui/widgets/healthstyle.h"
#include "ui/widgets/prompter.h"
#include "ui/widgets/sparkline.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

using Docker::Container;
using Docker::ContainerModel;
using Docker::LogLine;

ContainerDetails::ContainerDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"containerDetails"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *head = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"detailsTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_health = new HealthBadge(this);
    head->addWidget(m_title);
    head->addWidget(m_health, 1);
    layout->addLayout(head);

    auto *tabs = new QTabWidget(this);
    auto *facts = new QWidget(tabs);
    m_form = new QFormLayout(facts);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    tabs->addTab(facts, tr("Details"));

    auto *logPage = new QWidget(tabs);
    auto *logLayout = new QVBoxLayout(logPage);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Last lines:"), logPage));
    m_tail = new QSpinBox(logPage);
    m_tail->setObjectName(u"logTail"_s);
    m_tail->setAccessibleName(tr("Last lines of the log"));
    m_tail->setRange(10, maxLines);
    m_tail->setValue(200);
    controls->addWidget(m_tail);
    m_follow = new QCheckBox(tr("Follow"), logPage);
    m_follow->setObjectName(u"logFollow"_s);
    m_follow->setChecked(true);
    controls->addWidget(m_follow);
    m_timestamps = new QCheckBox(tr("Timestamps"), logPage);
    m_timestamps->setChecked(true);
    controls->addWidget(m_timestamps);
    m_regex = new QLineEdit(logPage);
    m_regex->setObjectName(u"logFilter"_s);
    m_regex->setAccessibleName(tr("Filter log lines"));
    m_regex->setPlaceholderText(tr("Filter lines (regular expression)…"));
    m_regex->setClearButtonEnabled(true);
    controls->addWidget(m_regex, 1);
    auto *copy = new QPushButton(tr("Copy"), logPage);
    copy->setObjectName(u"logCopy"_s);
    controls->addWidget(copy);
    auto *save = new QPushButton(tr("Save…"), logPage);
    save->setObjectName(u"logSave"_s);
    controls->addWidget(save);
    logLayout->addLayout(controls);
    m_log = new QPlainTextEdit(logPage);
    m_log->setObjectName(u"logView"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(maxLines);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    logLayout->addWidget(m_log, 1);
    m_logStatus = new QLabel(logPage);
    m_logStatus->setObjectName(u"logStatus"_s);
    logLayout->addWidget(m_logStatus);
    tabs->addTab(logPage, tr("Logs"));
    layout->addWidget(tabs, 1);

    connect(m_tail, &QSpinBox::editingFinished, this, &ContainerDetails::restartLogs);
    connect(m_follow, &QCheckBox::toggled, this, &ContainerDetails::restartLogs);
    connect(m_timestamps, &QCheckBox::toggled, this, &ContainerDetails::rerender);
    connect(m_regex, &QLineEdit::textChanged, this, &ContainerDetails::rerender);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_log->toPlainText()); });
    connect(save, &QPushButton::clicked, this, &ContainerDetails::saveLog);
    showContainer(nullptr, {});
}

ContainerDetails::~ContainerDetails() = default;

void ContainerDetails::setClient(Docker::DockerClient *client)
{
    m_client = client;
}

void ContainerDetails::showContainer(Docker::ContainerStore *store, const QString &id)
{
    const Container *c = store && !id.isEmpty() ? store->find(id) : nullptr;
    if (!c) {
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        m_formSignature.clear();
        m_title->setText(tr("Select a container to see its details and logs."));
        m_health->hide();
        if (!m_id.isEmpty()) {
            m_id.clear();
            restartLogs();
        }
        return;
    }
    m_title->setText(DisplayText::name(c->name));
    QString reason;
    const Health health = ContainerModel::healthOf(*c, store->isBusy(c->id), &reason);
    m_health->setHealth(health, store->isBusy(c->id) ? store->busyText(c->id) : reason);
    m_health->show();

    // The facts first as values; the form is rebuilt only when they changed (the store reports changes
    // of any container, and a rebuilt form flickers).
    struct Spark
    {
        QString label;
        QString name;
        QList<double> values;
        double floor = 0;
        std::function<QString(double)> describe;
    };
    QList<QPair<QString, QString>> rows;
    QList<QPair<int, Spark>> sparks; ///< inserted before rows[first]
    auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows.append(qMakePair(label, value));
    };
    row(tr("Image"), DisplayText::name(c->image));
    row(tr("State"),
        Container::stateText(c->state) +
            (c->state == Docker::ContainerState::Exited ? tr(" (exit code %1)").arg(c->exitCode) : QString()));
    if (c->startedAt.isValid())
        row(tr("Started"), QLocale().toString(c->startedAt.toLocalTime(), QLocale::ShortFormat));
    if (!c->project().isEmpty())
        row(tr("Stack"), tr("%1, service %2").arg(DisplayText::name(c->project()), DisplayText::name(c->service())));
    QStringList files;
    for (const QString &file : c->configFiles())
        files.append(DisplayText::name(file));
    row(tr("Compose files"), files.join(u", "_s));
    row(tr("Working directory"), DisplayText::name(c->workingDir()));
    if (const Container *parent = store->networkParent(c->id))
        row(tr("Network"), tr("shares the network of %1").arg(DisplayText::name(parent->name)));
    else
        row(tr("Network"), DisplayText::name(c->networkMode));
    QStringList dependants;
    for (const Container *d : store->dependants(c->id))
        dependants.append(DisplayText::name(d->name));
    row(tr("Dependants"), dependants.join(u", "_s));
    if (!c->restartPolicy.isEmpty())
        row(tr("Restart policy"),
            tr("%1, restarted %n time(s)", nullptr, c->restartCount).arg(DisplayText::name(c->restartPolicy)));
    QStringList mounts;
    for (const auto &m : c->mounts)
        mounts.append(u"%1 → %2%3"_s.arg(DisplayText::name(m.source), DisplayText::name(m.destination),
                                         m.readWrite ? QString() : tr(" (read-only)")));
    row(tr("Mounts"), mounts.join(u'\n'));
    if (c->stats && c->isRunning()) {
        row(tr("CPU"), c->stats->cpuPercent ? u"%1 %"_s.arg(*c->stats->cpuPercent, 0, 'f', 1) : tr("measuring…"));
        row(tr("Memory"), c->stats->memoryLimit > 0 ? tr("%1 of %2 (without page cache)")
                                                          .arg(ContainerModel::formatBytes(c->stats->memoryWorkingSet),
                                                               ContainerModel::formatBytes(c->stats->memoryLimit))
                                                    : ContainerModel::formatBytes(c->stats->memoryWorkingSet));
        // Sparklines of the samples taken while the panel was visible (every few seconds).
        const auto addSparkline = [&rows, &sparks](const QString &label, const QString &name,
                                                   const QList<double> &values, double floor,
                                                   const std::function<QString(double)> &describe) {
            if (values.size() >= 2)
                sparks.append(qMakePair(int(rows.size()), Spark{label, name, values, floor, describe}));
        };
        addSparkline(tr("CPU history"), u"cpuSparkline"_s, store->cpuHistory(c->id), 5.0,
                     [](double v) { return u"%1 %"_s.arg(v, 0, 'f', 1); });
        addSparkline(tr("Memory history"), u"memorySparkline"_s, store->memoryHistory(c->id), 64.0 * 1024 * 1024,
                     [](double v) { return ContainerModel::formatBytes(qint64(v)); });
    }
    row(tr("Last health check"), DisplayText::name(c->lastHealthOutput));
    row(tr("Id"), c->shortId());

    QStringList signature{c->id};
    for (const auto &[label, value] : std::as_const(rows))
        signature.append(label + u'\x1f' + value);
    for (const auto &[at, spark] : std::as_const(sparks)) {
        QStringList values;
        for (double v : spark.values)
            values.append(QString::number(v));
        signature.append(QString::number(at) + spark.name + values.join(u','));
    }
    if (signature != m_formSignature) {
        m_formSignature = signature;
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        qsizetype nextSpark = 0;
        const auto addSparks = [this, &sparks, &nextSpark](int before) {
            for (; nextSpark < sparks.size() && sparks.at(nextSpark).first == before; ++nextSpark) {
                const Spark &spark = sparks.at(nextSpark).second;
                auto *line = new Sparkline;
                line->setObjectName(spark.name);
                line->setValues(spark.values, spark.floor, spark.describe);
                m_form->addRow(spark.label, line);
            }
        };
        for (int i = 0; i < rows.size(); ++i) {
            addSparks(i);
            auto *field = new QLabel(rows.at(i).second);
            field->setTextInteractionFlags(Qt::TextSelectableByMouse);
            field->setWordWrap(true);
            m_form->addRow(rows.at(i).first, field);
        }
        addSparks(int(rows.size()));
    }
    if (id != m_id || (c->inspected && c->tty != m_tty)) {
        m_id = c->id;
        m_tty = c->tty;
        restartLogs();
    }
}

void ContainerDetails::restartLogs()
{
    delete m_logs;
    m_lines.clear();
    m_log->clear();
    m_logStatus->clear();
    if (m_id.isEmpty() || !m_client)
        return;
    Docker::ContainerLogs::Options options;
    options.tail = m_tail->value();
    options.follow = m_follow->isChecked();
    options.timestamps = true;
    options.tty = m_tty;
    m_logs = new Docker::ContainerLogs(m_client, m_id, options, this);
    connect(m_logs, &Docker::ContainerLogs::linesReceived, this, &ContainerDetails::appendLines);
    connect(m_logs, &Docker::ContainerLogs::finished, this,
            [this] { m_logStatus->setText(tr("End of the log (%n line(s)).", nullptr, int(m_lines.size()))); });
    connect(m_logs, &Docker::ContainerLogs::failed, this, [this](const Error &e) {
        if (e.code() != Error::Code::Cancelled)
            m_logStatus->setText(tr("The log stopped: %1").arg(DisplayText::text(e.message())));
    });
    m_logStatus->setText(options.follow ? tr("Following…") : tr("Loading…"));
    m_logs->start();
}

bool ContainerDetails::matches(const LogLine &line) const
{
    if (m_regex->text().isEmpty())
        return true;
    const QRegularExpression re(m_regex->text(), QRegularExpression::CaseInsensitiveOption);
    return !re.isValid() || re.match(line.text).hasMatch();
}

void ContainerDetails::appendLines(const QList<LogLine> &lines)
{
    m_lines += lines;
    if (m_lines.size() > maxLines)
        m_lines.remove(0, m_lines.size() - maxLines);
    QTextCursor cursor(m_log->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat normal;
    QTextCharFormat error;
    error.setForeground(HealthStyle::color(Health::Critical, palette()));
    for (const LogLine &l : lines) {
        if (!matches(l))
            continue;
        const bool err = l.stream == LogLine::StdErr;
        QString text = err ? tr("err") : tr("out");
        if (m_timestamps->isChecked() && l.timestamp.isValid())
            text += u' ' + l.timestamp.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        text += u" │ "_s + l.text;
        if (!m_log->document()->isEmpty())
            cursor.insertBlock();
        cursor.insertText(text, err ? error : normal);
    }
    m_log->ensureCursorVisible();
}

void ContainerDetails::saveLog()
{
    if (!m_prompter || m_log->document()->isEmpty())
        return;
    const QString name = (m_title->text().isEmpty() ? u"container"_s : m_title->text()) + u'-' +
                         QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".log"_s;
    // What is shown (filter and timestamps applied), as of the click.
    const QString text = m_log->toPlainText() + u'\n';
    const int lines = m_log->document()->blockCount();
    QPointer<ContainerDetails> self(this);
    m_prompter->chooseSaveFile(this, tr("Save the log"), name, [self, text, lines](std::optional<QString> path) {
        if (!self || !path)
            return;
        QSaveFile file(*path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            self->m_logStatus->setText(tr("Could not save %1: %2").arg(*path, file.errorString()));
            return;
        }
        self->m_logStatus->setText(tr("Saved %n line(s) to %1.", nullptr, lines).arg(*path));
    });
}

void ContainerDetails::rerender()
{
    const QList<LogLine> lines = std::exchange(m_lines, {});
    m_log->clear();
    appendLines(lines);
}

} // namespace KryNet::Ui
