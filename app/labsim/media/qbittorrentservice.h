#pragma once

#include <memory>

#include <QHash>
#include <QJsonObject>

#include "app/labsim/media/mediastate.h"
#include "app/labsim/simservice.h"

namespace KryNet::LabSim::Media
{

/**
 * qBittorrent 5.1 WebUI API v2 (WebAPI 2.11.4, so stop/start, not pause/resume; stoppedDL/stoppedUP).
 * Cookie login: POST auth/login (form username/password) answers 200 "Ok." with Set-Cookie SID, or
 * 200 "Fails."; private calls without a session get 403 "Forbidden". Serves app/version,
 * app/webapiVersion, transfer/info, torrents/info (filter, category, hashes, sort, limit, offset),
 * torrents/categories, sync/maindata (rid per session: a full update for an unknown rid, afterwards
 * only the changed fields plus torrents_removed) and the stop/start/recheck/reannounce actions (POST
 * only, 405 otherwise). Torrents are the torrent downloads of the MediaState plus one added by hand.
 */
class QBittorrentService final : public SimService
{
public:
    explicit QBittorrentService(std::shared_ptr<MediaState> state);

    [[nodiscard]] QString id() const override { return QStringLiteral("qbittorrent"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

private:
    struct Session
    {
        int rid = 0;
        QHash<QString, QJsonObject> torrents;
        QJsonObject categories;
        QJsonObject serverState;
        QJsonObject trackers;
    };

    /// Every torrent at @p now, by hash, with every field except "hash".
    [[nodiscard]] QHash<QString, QJsonObject> torrents(qint64 now) const;
    [[nodiscard]] QJsonObject categories() const;
    [[nodiscard]] QJsonObject serverState(const QHash<QString, QJsonObject> &torrents) const;
    [[nodiscard]] QJsonObject transferInfo(const QHash<QString, QJsonObject> &torrents) const;
    [[nodiscard]] HttpResponse torrentsInfo(const HttpRequest &request, qint64 now) const;
    [[nodiscard]] HttpResponse syncMaindata(Session &session, const HttpRequest &request, qint64 now);
    [[nodiscard]] HttpResponse action(const QString &name, const HttpRequest &request, qint64 now);

    std::shared_ptr<MediaState> m_state;
    QHash<QString, Session> m_sessions;
    QString m_manualHash;
    qint64 m_manualStoppedAt = kNever;
};

} // namespace KryNet::LabSim::Media
