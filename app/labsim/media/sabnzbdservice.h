#pragma once

#include <memory>

#include "app/labsim/media/mediastate.h"
#include "app/labsim/simservice.h"

namespace KryNet::LabSim::Media
{

/**
 * SABnzbd 4.5 `/api?mode=…&output=json&apikey=…`: version and auth (no key needed), queue (with
 * name=pause|resume|delete per nzo_id), history (last_history_update: {"history": false} when nothing
 * changed), global pause/resume, warnings. Numbers in queue and history slots are strings as in the
 * real answers (percentage, mb, mbleft, kbpersec); a missing key is 403 "API Key Required", a wrong
 * one 403 "API Key Incorrect". Jobs are the usenet downloads of the MediaState: in the queue while
 * downloading, then in the history (Extracting, then Completed) with the same nzo_id.
 */
class SabnzbdService final : public SimService
{
public:
    explicit SabnzbdService(std::shared_ptr<MediaState> state);

    [[nodiscard]] QString id() const override { return QStringLiteral("sabnzbd"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

    /// Counts history changes up to @p now (what last_history_update reports).
    [[nodiscard]] int historyVersion(qint64 now) const;

private:
    [[nodiscard]] QJsonObject queue(const HttpRequest &request, qint64 now) const;
    [[nodiscard]] QJsonObject history(const HttpRequest &request, qint64 now) const;

    std::shared_ptr<MediaState> m_state;
    qint64 m_pausedAt = kNever;
};

} // namespace KryNet::LabSim::Media
