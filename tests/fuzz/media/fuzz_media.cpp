// libFuzzer target, one build per media client (KRYNET_FUZZ_CLIENT_<client>): every JSON parser of that
// client must return a value or a Parse error for any input (after QJsonDocument, which the services'
// answers also pass through), never crash or hang.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>

#include "core/media/mediaparsers.h"

using namespace KryNet::Media;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(input);
#if defined(KRYNET_FUZZ_CLIENT_seerr)
    (void)parseSeerrRequests(document);
    (void)parseVersion(document);
#elif defined(KRYNET_FUZZ_CLIENT_arr)
    (void)parseArrTitles(document);
    (void)parseArrQueue(document);
    (void)parseSonarrMissing(document);
    (void)parseArrPage(document);
    (void)parseArrHistory(document, false);
    (void)parseArrHistory(document, true);
    (void)parseArrHealth(document);
    (void)parseVersion(document);
#elif defined(KRYNET_FUZZ_CLIENT_prowlarr)
    const auto names = parseProwlarrIndexers(document);
    (void)parseProwlarrIndexerStatus(document, names ? *names : QHash<int, QString>{},
                                     QDateTime::fromSecsSinceEpoch(1793530800, Qt::UTC));
    (void)parseArrHealth(document);
#elif defined(KRYNET_FUZZ_CLIENT_qbittorrent)
    // Twice: a full answer, then the same as an increment over it.
    TorrentSync sync;
    (void)applyTorrentSync(sync, document);
    (void)applyTorrentSync(sync, document);
    (void)torrentsOf(sync);
#elif defined(KRYNET_FUZZ_CLIENT_sabnzbd)
    (void)parseSabJobs(document);
    (void)parseSabHistory(document);
    (void)parseVersion(document);
#elif defined(KRYNET_FUZZ_CLIENT_bazarr)
    (void)parseBazarrWanted(document);
    (void)parseBazarrHealth(document);
    (void)parseVersion(document);
#elif defined(KRYNET_FUZZ_CLIENT_jellyfin)
    (void)parseJellyfinItems(document);
    (void)parseJellyfinSessions(document);
    (void)parseVersion(document);
#elif defined(KRYNET_FUZZ_CLIENT_gluetun)
    (void)parseGluetunStatus(document);
    (void)parseGluetunPublicIp(document);
    (void)parseVersion(document);
#else
#error "define KRYNET_FUZZ_CLIENT_<client>"
#endif
    return 0;
}
