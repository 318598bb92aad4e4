#include "app/cli/mediacommands.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

#include "app/cli/cli.h"
#include "core/common/terminaltext.h"
#include "core/config/profilestore.h"
#include "core/lab/actionlog.h"
#include "core/lab/labsession.h"
#include "core/media/pipelinemodel.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{
namespace
{

void printRows(Invocation &inv, const Media::PipelineModel &model, bool stuckOnly)
{
    QJsonArray rows;
    // Stuck first, as the panel sorts them (by health, worst first; otherwise in the tracker's order).
    QList<Media::PipelineRow> sorted = model.rows();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Media::PipelineRow &a, const Media::PipelineRow &b) { return a.health > b.health; });
    for (const Media::PipelineRow &row : std::as_const(sorted)) {
        if (stuckOnly && !row.stuck)
            continue;
        if (inv.json()) {
            QJsonArray chain;
            for (const Media::ChainLink &link : row.chain)
                chain.append(QJsonObject{{u"service"_s, link.service},
                                         {u"view"_s, link.text},
                                         {u"fields"_s, QJsonArray::fromStringList(link.fields())}});
            rows.append(QJsonObject{{u"key"_s, row.key},
                                    {u"title"_s, row.title},
                                    {u"mediaType"_s, row.mediaType},
                                    {u"requestedBy"_s, row.requestedBy},
                                    {u"requestedAt"_s, row.requestedAt.toString(Qt::ISODate)},
                                    {u"stage"_s, Media::PipelineTracker::stageId(row.stage)},
                                    {u"stuck"_s, row.stuck},
                                    {u"health"_s, HealthText::id(row.health)},
                                    {u"reason"_s, row.reason},
                                    {u"progress"_s, row.progress},
                                    {u"etaSeconds"_s, row.etaSecs},
                                    {u"downloadIds"_s, QJsonArray::fromStringList(row.downloadIds)},
                                    {u"services"_s, QJsonArray::fromStringList(row.services)},
                                    {u"stepsDone"_s, Media::PipelineModel::stepsDone(row.stage)},
                                    {u"client"_s, row.client},
                                    {u"indexer"_s, row.indexer},
                                    {u"chain"_s, chain}});
            // Stuck rows carry their download's *arr history (read on demand, see mediaCommand).
            const Media::PipelineModel::DownloadHistory *history = model.downloadHistory(row.key);
            if (history && !history->loading) {
                QJsonObject out = rows.last().toObject();
                QJsonArray events;
                for (const Media::HistoryEvent &e : history->events)
                    events.append(QJsonObject{{u"eventType"_s, e.eventType},
                                              {u"date"_s, e.date.toString(Qt::ISODate)},
                                              {u"downloadId"_s, e.downloadId},
                                              {u"sourceTitle"_s, e.sourceTitle},
                                              {u"indexer"_s, e.indexer},
                                              {u"message"_s, e.message}});
                out.insert(u"history"_s, events);
                if (!history->error.isEmpty())
                    out.insert(u"historyError"_s, history->error);
                rows[rows.size() - 1] = out; // QJsonArray::last() is a copy
            }
            continue;
        }
        QString stage = Media::PipelineTracker::stageName(row.stage);
        if (row.progress >= 0 && row.stage == Media::Stage::Downloading)
            stage += u" "_s + QString::number(int(row.progress * 100)) + u" %"_s;
        // The panel's stage bar in text: one mark per step done of eight.
        const int done = Media::PipelineModel::stepsDone(row.stage);
        const QString bar = QString(done, u'#') + QString(8 - done, u'.');
        inv.out() << TerminalText::cell(row.title).leftJustified(32, u' ', true) << u"  "_s << bar << u' '
                  << stage.leftJustified(16) << u"  "_s << HealthText::word(row.health).leftJustified(9) << u"  "_s
                  << TerminalText::cell(row.reason) << Qt::endl;
    }
    QJsonArray health;
    for (const Media::ServiceHealth &entry : model.serviceHealth()) {
        if (inv.json()) {
            health.append(QJsonObject{{u"service"_s, entry.service},
                                      {u"version"_s, entry.version},
                                      {u"health"_s, HealthText::id(entry.health)},
                                      {u"messages"_s, QJsonArray::fromStringList(entry.messages)}});
            continue;
        }
        inv.out() << u"  "_s << entry.service.leftJustified(12) << u"  "_s << entry.version.leftJustified(12) << u"  "_s
                  << HealthText::word(entry.health).leftJustified(9) << u"  "_s
                  << TerminalText::cell(entry.messages.join(u"; "_s)) << Qt::endl;
    }
    QJsonArray sessions;
    if (model.sessions()) {
        for (const Media::PlaybackSession &session : *model.sessions()) {
            if (inv.json()) {
                sessions.append(
                    QJsonObject{{u"user"_s, session.user},
                                {u"client"_s, session.client},
                                {u"device"_s, session.device},
                                {u"item"_s, session.item},
                                {u"playMethod"_s, session.playMethod},
                                {u"transcoding"_s, session.transcoding()},
                                {u"paused"_s, session.paused},
                                {u"transcodeReasons"_s, QJsonArray::fromStringList(session.transcodeReasons)},
                                {u"hardwareAcceleration"_s, session.hardware}});
                continue;
            }
            inv.out() << u"  "_s << TerminalText::cell(Media::PipelineModel::sessionText(session)) << Qt::endl;
        }
    }
    if (inv.json()) {
        QJsonObject out{{u"rows"_s, rows}, {u"services"_s, health}};
        if (model.sessions())
            out.insert(u"sessions"_s, sessions); // absent: Jellyfin not configured or not read
        QJsonObject notes;                       // what was read only in part (a capped wanted/missing)
        for (auto it = model.notes().begin(); it != model.notes().end(); ++it)
            notes.insert(it.key(), it.value());
        if (!notes.isEmpty())
            out.insert(u"notes"_s, notes);
        inv.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    }
    for (auto it = model.errors().begin(); it != model.errors().end(); ++it)
        inv.err() << Text::tr("%1 not read: %2").arg(it.key(), it.value()) << Qt::endl;
    for (auto it = model.notes().begin(); it != model.notes().end(); ++it)
        inv.err() << it.key() << u": "_s << it.value() << Qt::endl;
}

void mediaCommand(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Show every media request traced from Seerr to Jellyfin: stage, "
                                              "health and, when stuck, the reason."));
    const QCommandLineOption profileOpt = profileOption();
    const QCommandLineOption stuckOption(u"stuck"_s, Text::tr("Only the requests that are stuck."));
    parser.addOptions({profileOpt, stuckOption});
    if (!inv.parse(parser))
        return;
    if (auto loaded = inv.profiles().load(); !loaded)
        return inv.fail(loaded.error());
    auto profile = inv.profiles().resolve(parser.value(profileOpt));
    if (!profile)
        return inv.fail(profile.error());
    auto *network = new QNetworkAccessManager(&inv);
    auto *actions = new ActionLog(QString(), &inv);
    auto *session = new LabSession(*profile, inv.secrets(), *network, *actions, &inv);
    auto *model = new Media::PipelineModel(*session, &inv);
    if (!model->hasMediaServices())
        return inv.fail(Error(Error::Code::Config, Text::tr("Profile “%1” has no media services (seerr, radarr, "
                                                            "sonarr, qbittorrent, sabnzbd).")
                                                       .arg(profile->name())));
    const bool stuckOnly = parser.isSet(stuckOption);
    // Print once both the rows and the health strip are in (the first refresh reads both).
    auto pending = std::make_shared<int>(2);
    auto done = [&inv, model, stuckOnly, pending] {
        if (--*pending > 0 || inv.isFinished())
            return;
        auto print = [&inv, model, stuckOnly] {
            printRows(inv, *model, stuckOnly);
            inv.finish(model->rows().isEmpty() && !model->errors().isEmpty() ? ExitFailure : ExitOk);
        };
        // --json: each stuck row's download history first (one *arr call per stuck download).
        auto waiting = std::make_shared<QSet<QString>>();
        for (int i = 0; inv.json() && i < model->rowCount(); ++i) {
            if (model->rows().at(i).stuck && model->hasDownloadHistory(i))
                waiting->insert(model->rows().at(i).key);
        }
        if (waiting->isEmpty())
            return print();
        QObject::connect(model, &Media::PipelineModel::downloadHistoryRead, &inv, [waiting, print](const QString &key) {
            if (waiting->remove(key) && waiting->isEmpty())
                print();
        });
        for (int i = 0; i < model->rowCount(); ++i) {
            if (waiting->contains(model->rows().at(i).key))
                model->readDownloadHistory(i);
        }
    };
    QObject::connect(model, &Media::PipelineModel::refreshed, &inv, done, Qt::SingleShotConnection);
    QObject::connect(model, &Media::PipelineModel::healthChanged, &inv, done, Qt::SingleShotConnection);
    model->refresh();
}

} // namespace

void registerMediaCommands(CommandRegistry &registry)
{
    registry.add(
        {u"pipeline"_s, Text::tr("Show media requests from Seerr to Jellyfin, with stuck reasons."), mediaCommand});
    registry.add({u"media"_s, Text::tr("Same as pipeline."), mediaCommand});
}

} // namespace KryNet::Cli
