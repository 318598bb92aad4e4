#include "app/labsim/media/mediastate.h"

#include <algorithm>

#include "app/labsim/labclock.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Media
{

namespace
{

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;
constexpr qint64 kSabPostProcessSecs = 30; ///< SABnzbd's verify/repair/unpack after a download

qint64 plus(qint64 at, qint64 seconds)
{
    return at >= kNever ? kNever : at + seconds;
}

} // namespace

struct MovieSeed
{
    const char16_t *name;
    int year;
    int runtime;
    const char16_t *genres;
    const char16_t *studio;
    const char16_t *certification;
};

namespace
{

// Invented titles: realistic-looking, none copied from a real catalogue.
const MovieSeed kMovies[] = {
    {u"The Glass Meridian", 2023, 124, u"Drama,Mystery", u"Northlight Pictures", u"PG-13"},
    {u"Harbor of Ash", 2021, 109, u"Thriller", u"Greyline Films", u"R"},
    {u"Northbound Static", 2024, 98, u"Science Fiction", u"Fieldwork", u"PG-13"},
    {u"A Quiet Cartography", 2022, 117, u"Drama", u"Vellum House", u"PG"},
    {u"Ember Protocol", 2025, 131, u"Action,Science Fiction", u"Kiln Studios", u"PG-13"},
    {u"The Salt Orchard", 2019, 103, u"Drama,Romance", u"Marrow & Co", u"PG"},
    {u"Kestrel Down", 2020, 112, u"War,Drama", u"Greyline Films", u"R"},
    {u"Midnight at Vantor Station", 2024, 96, u"Horror", u"Lowtide", u"R"},
    {u"Paper Lanterns for Theo", 2018, 101, u"Family,Animation", u"Bramble Animation", u"G"},
    {u"Iron Tide", 2022, 128, u"Action,Adventure", u"Kiln Studios", u"PG-13"},
    {u"The Last Lighthouse Keeper", 2021, 106, u"Drama", u"Vellum House", u"PG"},
    {u"Copperline", 2023, 115, u"Crime,Thriller", u"Fieldwork", u"R"},
    {u"Sundial", 2025, 93, u"Comedy", u"Marrow & Co", u"PG-13"},
    {u"Hollow Crown Road", 2017, 122, u"Western", u"Lowtide", u"R"},
    {u"Wavelength Zero", 2024, 108, u"Science Fiction,Thriller", u"Northlight Pictures", u"PG-13"},
    {u"The Cartographer's Daughter", 2020, 119, u"Adventure,Drama", u"Vellum House", u"PG"},
    {u"Brass & Bone", 2023, 99, u"Fantasy", u"Bramble Animation", u"PG"},
    {u"Echoes Under Ice", 2026, 111, u"Science Fiction,Mystery", u"Kiln Studios", u"PG-13"},
};

enum class SeasonMode {
    Aired,  ///< last season finished airing long ago
    Airing, ///< last season airs weekly, some episodes still to come
};

struct SeriesSeed
{
    const char16_t *name;
    int year;
    const char16_t *network;
    int seasons;
    int episodesPerSeason;
    bool continuing;
};

const SeriesSeed kSeries[] = {
    {u"Lowland Precinct", 2019, u"Meridian One", 3, 8, true}, {u"Signal & Noise", 2021, u"Arclight", 2, 8, true},
    {u"The Orchard House", 2016, u"Hearth TV", 4, 6, false},  {u"Starfall Academy", 2022, u"Arclight", 2, 6, true},
    {u"Ridgeback", 2020, u"Meridian One", 3, 8, true},        {u"Quiet Hours", 2023, u"Lanternfish", 2, 6, true},
    {u"Deepwater Colony", 2018, u"Hearth TV", 3, 10, false},  {u"Foxglove Lane", 2021, u"Lanternfish", 2, 8, true},
    {u"The Archivists", 2017, u"Arclight", 4, 8, false},      {u"Neon Prefecture", 2024, u"Meridian One", 1, 8, true},
    {u"Coldharbour", 2015, u"Hearth TV", 5, 6, false},        {u"Tin Moon", 2022, u"Lanternfish", 2, 10, false},
};

const char16_t *const kWordsA[] = {u"Quiet", u"Broken", u"Northern", u"Hidden", u"Last", u"Paper",  u"Silver",
                                   u"Long",  u"Open",   u"Second",   u"Lost",   u"Cold", u"Bright", u"Narrow"};
const char16_t *const kWordsB[] = {u"Harbor", u"Signal", u"Ledger",  u"Bridge",   u"Winter", u"Lantern", u"Orchard",
                                   u"Door",   u"Tide",   u"Archive", u"Crossing", u"Hours",  u"Ridge",   u"Station"};
const char16_t *const kGroups[] = {u"QUASAR", u"HALCYON", u"VELD", u"MIRTH", u"PORTO", u"NIMBUS"};

/// What one request does, relative to the lab's start (seconds before it, or durations).
} // namespace

struct JobSeed
{
    Scenario scenario;
    MediaKind kind;
    int title; ///< index into kMovies / kSeries
    Protocol protocol;
    qint64 requestedAgo;
    qint64 approvedAgo; ///< < 0: not approved (pending / declined)
    qint64 airedAgo;    ///< series airing: when the episode aired (< 0: a season pack)
    int searchSecs;
    int metaSecs;
    int downloadSecs;
    double stallProgress;
    int subtitleSecs;
    bool hybrid;
    const char16_t *missing; ///< languages Bazarr never finds
    int requestedBy;
};

namespace
{

const JobSeed kJobs[] = {
    {Scenario::Flow, MediaKind::Movie, 0, Protocol::Torrent, 3700, 3600, -1, 120, 25, 5400, 1, 240, false, u"", 2},
    {Scenario::Flow, MediaKind::Series, 0, Protocol::Usenet, 1300, 1200, -1, 60, 0, 2100, 1, 300, false, u"", 3},
    {Scenario::Flow, MediaKind::Movie, 1, Protocol::Torrent, 700, 600, -1, 240, 40, 3000, 1, 200, true, u"", 4},
    {Scenario::Flow, MediaKind::Series, 1, Protocol::Torrent, 20 * kDay, 20 * kDay - 600, 2000, 45, 15, 1970, 1, 240,
     false, u"", 2},
    {Scenario::Flow, MediaKind::Movie, 2, Protocol::Torrent, 320, 300, -1, 900, 30, 2400, 1, 200, false, u"", 3},
    {Scenario::Flow, MediaKind::Movie, 3, Protocol::Usenet, 7300, 7200, -1, 100, 0, 6500, 1, 900, false, u"", 1},
    {Scenario::Flow, MediaKind::Movie, 4, Protocol::Torrent, 3 * kDay + 600, 3 * kDay, -1, 300, 30, 3600, 1, 200, false,
     u"", 4},
    {Scenario::Flow, MediaKind::Series, 2, Protocol::Torrent, 6 * kDay + kHour, 6 * kDay, -1, 400, 30, 5400, 1, 600,
     false, u"", 2},
    {Scenario::Pending, MediaKind::Movie, 5, Protocol::Torrent, 5 * kHour, -1, -1, 90, 20, 1500, 1, 180, false, u"", 3},
    {Scenario::Pending, MediaKind::Series, 3, Protocol::Usenet, 26 * kHour, -1, -1, 60, 0, 1800, 1, 300, false, u"", 4},
    {Scenario::Declined, MediaKind::Movie, 6, Protocol::Torrent, 2 * kDay, -1, -1, 60, 20, 1800, 1, 300, false, u"", 2},
    {Scenario::NoRelease, MediaKind::Movie, 7, Protocol::Torrent, 3 * kDay, 3 * kDay - 300, -1, -1, 20, 1800, 1, 300,
     false, u"", 3},
    {Scenario::Stalled, MediaKind::Series, 4, Protocol::Torrent, 30 * kDay, 30 * kDay, kDay, 300, 60, 9000, 0.42, 300,
     false, u"", 4},
    {Scenario::ImportBlocked, MediaKind::Movie, 8, Protocol::Torrent, 9 * kHour, 9 * kHour - 120, -1, 150, 20, 4000, 1,
     300, false, u"", 2},
    {Scenario::MissingSubtitles, MediaKind::Movie, 9, Protocol::Usenet, 4 * kDay, 4 * kDay - 60, -1, 80, 0, 3000, 1, -1,
     false, u"de", 1},
    {Scenario::MissingSubtitles, MediaKind::Series, 5, Protocol::Torrent, 25 * kDay, 25 * kDay, 2 * kDay, 600, 30, 2400,
     1, -1, false, u"en", 3},
    // The remedy walks, requested last (so the ids above stay): a SABnzbd job grabbed 2 min after the
    // start whose repair fails ~12 min after it (a retry re-queues it), and a torrent imported ~13 min
    // after the start that Jellyfin lists only after a library scan.
    {Scenario::SabFailed, MediaKind::Movie, 15, Protocol::Usenet, 300, 290, -1, 400, 0, 600, 1, 240, false, u"", 4},
    {Scenario::NotInLibrary, MediaKind::Movie, 16, Protocol::Torrent, 280, 270, -1, 45, 15, 900, 1, 180, false, u"", 2},
};

QString dotted(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c;
        else if (c == u' ' && !out.endsWith(u'.'))
            out += u'.';
        else if (c == u'&')
            out += u"and"_s;
    }
    return out;
}

QString slugOf(const QString &name, int year)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return year > 0 ? out + u'-' + QString::number(year) : out;
}

} // namespace

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Pending:
        return u"pending"_s;
    case Stage::Declined:
        return u"declined"_s;
    case Stage::Approved:
        return u"approved"_s;
    case Stage::Searching:
        return u"searching"_s;
    case Stage::Grabbed:
        return u"grabbed"_s;
    case Stage::Downloading:
        return u"downloading"_s;
    case Stage::Paused:
        return u"paused"_s;
    case Stage::Stalled:
        return u"stalled"_s;
    case Stage::PostProcessing:
        return u"postProcessing"_s;
    case Stage::ImportPending:
        return u"importPending"_s;
    case Stage::Importing:
        return u"importing"_s;
    case Stage::ImportBlocked:
        return u"importBlocked"_s;
    case Stage::Subtitles:
        return u"subtitles"_s;
    case Stage::Available:
        return u"available"_s;
    case Stage::Failed:
        return u"failed"_s;
    case Stage::NotInLibrary:
        return u"notInLibrary"_s;
    }
    return {};
}

MediaState::MediaState(LabClock &clock, quint32 seed, MediaScale scale, const QStringList &hostileTitles)
    : m_clock(clock)
    , m_scale(scale)
    , m_hostileTitles(hostileTitles)
    , m_random(seed ^ 0x6d656469u) // own stream: other domains drawing from the lab's random change nothing here
    , m_epoch(clock.nowSecs())
{
    build();
}

qint64 MediaState::now() const
{
    return m_clock.nowSecs();
}

QString MediaState::hex(int length)
{
    static const char16_t digits[] = u"0123456789abcdef";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QChar(digits[m_random.bounded(16)]);
    return out;
}

QString MediaState::alnum(int length)
{
    static const char16_t digits[] = u"abcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QChar(digits[m_random.bounded(36)]);
    return out;
}

Title MediaState::makeMovie(const MovieSeed &seed, int arrId)
{
    Title title;
    title.kind = MediaKind::Movie;
    title.arrId = arrId;
    title.tmdbId = 100000 + int(m_random.bounded(1200000));
    title.imdbId = u"tt"_s + QString::number(1000000 + m_random.bounded(29000000));
    title.name = QString::fromUtf16(seed.name);
    title.year = seed.year;
    title.slug = slugOf(title.name, title.year);
    title.jellyfinId = hex(32);
    title.runtime = seed.runtime;
    title.genres = QString::fromUtf16(seed.genres).split(u',');
    title.studio = QString::fromUtf16(seed.studio);
    title.certification = QString::fromUtf16(seed.certification);
    title.quality = m_random.bounded(4) == 0 ? u"Bluray-1080p"_s : u"WEBDL-1080p"_s;
    title.releaseGroup = QString::fromUtf16(kGroups[m_random.bounded(6)]);
    title.size = 3000000000LL + qint64(m_random.bounded(6000)) * 1000000LL;
    title.releaseDate =
        QDateTime(QDate(seed.year, 1 + int(m_random.bounded(12)), 1 + int(m_random.bounded(28))), QTime(0, 0), Qt::UTC)
            .toSecsSinceEpoch();
    title.arrAddedAt = m_epoch - (40 + qint64(m_random.bounded(400))) * kDay;
    title.fileSince = title.arrAddedAt + 2 * kHour;
    if (title.releaseDate > m_epoch) {
        // Not out yet: Radarr has it (monitored, no file), its digital release comes next week.
        title.releaseDate = m_epoch + 9 * kDay;
        title.fileSince = kNever;
    }
    return title;
}

void MediaState::addJob(const JobSeed &seed, int titleIndex)
{
    Job job;
    job.scenario = seed.scenario;
    job.titleIndex = titleIndex;
    Title &title = m_titles[job.titleIndex];
    job.protocol = seed.protocol;
    job.requestedAt = m_epoch - seed.requestedAgo;
    job.approvedAt = seed.approvedAgo >= 0 ? m_epoch - seed.approvedAgo : kNever;
    if (seed.scenario == Scenario::Declined)
        job.declinedAt = m_epoch - seed.requestedAgo / 2;
    job.searchSecs = seed.searchSecs;
    job.metaSecs = seed.metaSecs;
    job.downloadSecs = seed.downloadSecs;
    job.stallProgress = seed.stallProgress;
    job.subtitleSecs = seed.subtitleSecs;
    job.requestedBy = seed.requestedBy;
    if (seed.missing[0])
        job.missingLanguages = {QString::fromUtf16(seed.missing)};
    const QString group = title.releaseGroup;
    const int jobIndex = int(m_jobs.size());
    if (title.kind == MediaKind::Movie) {
        // The movie is added to Radarr by its request; no file before its download.
        title.arrAddedAt = kNever;
        title.fileSince = kNever;
        title.jobIndex = jobIndex;
        job.size = title.size;
        job.releaseTitle = u"%1.%2.1080p.%3.DDP5.1.H.264-%4"_s.arg(
            dotted(title.name), QString::number(title.year),
            title.quality.startsWith(u"Bluray"_s) ? u"BluRay"_s : u"WEB-DL"_s, group);
    } else {
        const int lastSeason = title.episodes.last().seasonNumber;
        job.season = lastSeason;
        title.jobIndex = jobIndex;
        if (seed.airedAgo >= 0) {
            // A weekly episode: earlier ones of the season are on disk, later ones still to air.
            int airing = 0;
            for (const Episode &episode : title.episodes) {
                if (episode.seasonNumber == lastSeason)
                    airing = std::max(airing, episode.episodeNumber);
            }
            airing = std::max(2, airing / 2 + 1);
            for (int i = 0; i < title.episodes.size(); ++i) {
                Episode &episode = title.episodes[i];
                if (episode.seasonNumber != lastSeason)
                    continue;
                episode.airDate = m_epoch - seed.airedAgo + qint64(episode.episodeNumber - airing) * 7 * kDay;
                if (episode.episodeNumber == airing) {
                    episode.jobIndex = jobIndex;
                    job.episodeIndexes.append(i);
                    job.size = episode.size;
                    job.releaseTitle = u"%1.S%2E%3.1080p.WEB.h264-%4"_s.arg(
                        dotted(title.name), QString::number(lastSeason).rightJustified(2, u'0'),
                        QString::number(airing).rightJustified(2, u'0'), group);
                }
            }
        } else {
            // A season pack: the whole season aired weeks ago.
            for (int i = 0; i < title.episodes.size(); ++i) {
                Episode &episode = title.episodes[i];
                if (episode.seasonNumber != lastSeason)
                    continue;
                episode.airDate = m_epoch - 90 * kDay + qint64(episode.episodeNumber) * 7 * kDay;
                episode.jobIndex = jobIndex;
                job.episodeIndexes.append(i);
                job.size += episode.size;
            }
            job.releaseTitle = u"%1.S%2.1080p.WEB.h264-%3"_s.arg(
                dotted(title.name), QString::number(lastSeason).rightJustified(2, u'0'), group);
        }
    }
    if (job.protocol == Protocol::Torrent) {
        if (seed.hybrid) {
            job.infohashV1 = hex(40);
            job.infohashV2 = hex(64);
            job.hash = job.infohashV2.left(40);
        } else {
            job.hash = hex(40);
            job.infohashV1 = job.hash;
        }
        job.indexer = m_random.bounded(2) ? u"Lumen (Prowlarr)"_s : u"ShelfLife (Prowlarr)"_s;
    } else {
        job.nzoId = u"SABnzbd_nzo_"_s + alnum(8);
        job.indexer = m_random.bounded(2) ? u"Parcel (Prowlarr)"_s : u"Basalt (Prowlarr)"_s;
    }
    if (seed.scenario == Scenario::NoRelease)
        job.lastSearch = m_epoch - 2 * kHour;
    m_jobs.append(job);
}

void MediaState::build()
{
    const QStringList services = {u"seerr"_s,  u"sonarr"_s,  u"radarr"_s,  u"prowlarr"_s,
                                  u"bazarr"_s, u"sabnzbd"_s, u"jellyfin"_s};
    for (const QString &id : services)
        m_apiKeys.insert(id, hex(32));
    m_qbUser = u"admin"_s;
    m_qbPassword = alnum(14);
    m_jellyfinServerId = hex(32);
    m_jellyfinUserId = hex(32);
    m_users = {{1, u"nadia"_s, u"nadia@lab.example"_s},
               {2, u"tobias"_s, u"tobias@lab.example"_s},
               {3, u"mira"_s, u"mira@lab.example"_s},
               {4, u"jun"_s, u"jun@lab.example"_s}};

    // Movies.
    int movieId = 1;
    for (const MovieSeed &seed : kMovies)
        m_titles.append(makeMovie(seed, movieId++));

    // Series with their episodes.
    int seriesId = 1;
    int episodeId = 1001;
    for (const SeriesSeed &seed : kSeries) {
        Title title;
        title.kind = MediaKind::Series;
        title.arrId = seriesId++;
        title.tmdbId = 10000 + int(m_random.bounded(250000));
        title.tvdbId = 300000 + int(m_random.bounded(160000));
        title.imdbId = u"tt"_s + QString::number(1000000 + m_random.bounded(29000000));
        title.name = QString::fromUtf16(seed.name);
        title.year = seed.year;
        title.slug = slugOf(title.name, 0);
        title.jellyfinId = hex(32);
        title.runtime = 40 + int(m_random.bounded(20));
        title.studio = QString::fromUtf16(seed.network);
        title.genres = {m_random.bounded(2) ? u"Drama"_s : u"Crime"_s, u"Mystery"_s};
        title.certification = u"TV-14"_s;
        title.continuing = seed.continuing;
        title.releaseGroup = QString::fromUtf16(kGroups[m_random.bounded(6)]);
        title.arrAddedAt = m_epoch - (200 + qint64(m_random.bounded(600))) * kDay;
        title.releaseDate = QDateTime(QDate(seed.year, 3, 1), QTime(20, 0), Qt::UTC).toSecsSinceEpoch();
        for (int season = 1; season <= seed.seasons; ++season) {
            for (int number = 1; number <= seed.episodesPerSeason; ++number) {
                Episode episode;
                episode.id = episodeId++;
                episode.seasonNumber = season;
                episode.episodeNumber = number;
                episode.title = number == 1 && season == 1 ? u"Pilot"_s
                                                           : QString::fromUtf16(kWordsA[m_random.bounded(14)]) + u' ' +
                                                                 QString::fromUtf16(kWordsB[m_random.bounded(14)]);
                episode.tvdbId = 5000000 + int(m_random.bounded(5000000));
                episode.size = 900000000LL + qint64(m_random.bounded(1300)) * 1000000LL;
                episode.jellyfinId = hex(32);
                const qint64 seasonStart = m_epoch - qint64(seed.seasons - season) * 365 * kDay - 90 * kDay;
                episode.airDate = seasonStart + qint64(number) * 7 * kDay;
                title.episodes.append(episode);
            }
        }
        m_titles.append(title);
    }
    const int firstSeries = int(std::size(kMovies));

    // Library series that are still airing: the last season runs weekly around now.
    for (int i : {7, 9}) {
        Title &title = m_titles[firstSeries + i];
        const int lastSeason = title.episodes.last().seasonNumber;
        for (Episode &episode : title.episodes) {
            if (episode.seasonNumber == lastSeason)
                episode.airDate = m_epoch - 23 * kDay + qint64(episode.episodeNumber) * 7 * kDay;
        }
    }

    // Requests and their downloads.
    for (const JobSeed &seed : kJobs)
        addJob(seed, seed.kind == MediaKind::Movie ? seed.title : firstSeries + seed.title);

    // Scale scenarios (krynet-labsim --scale requests=N): generated movies, requested over the last three
    // hours so that they stand at every stage of the pipeline; every tenth awaits approval, every
    // twenty-fifth torrent stalls.
    for (int i = 0; i < m_scale.requests; ++i) {
        const MovieSeed seed{u"Generated", 2000 + i % 26, 90 + i % 60, u"Drama", u"Fieldwork", u"PG-13"};
        const int titleIndex = int(m_titles.size());
        Title title = makeMovie(seed, movieId++);
        title.name = u"Generated Feature %1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
        title.slug = slugOf(title.name, title.year);
        m_titles.append(title);
        const qint64 ago = 60 + qint64(i) * (3 * kHour) / std::max(1, m_scale.requests);
        const bool usenet = i % 5 == 4;
        const bool pending = i % 10 == 3;
        const double stall = !usenet && i % 25 == 7 ? 0.4 : 1.0;
        const JobSeed job{Scenario::Flow,
                          MediaKind::Movie,
                          0,
                          usenet ? Protocol::Usenet : Protocol::Torrent,
                          ago,
                          pending ? -1 : ago - 30,
                          -1,
                          60 + i % 900,
                          usenet ? 0 : 20,
                          1800 + (i * 37) % 5400,
                          stall,
                          120 + i % 240,
                          false,
                          u"",
                          1 + i % 4};
        addJob(job, titleIndex);
    }
    // … and finished torrents seeding the library (--scale torrents=N), known to no *arr.
    for (int i = 0; i < m_scale.torrents; ++i) {
        const qint64 size = 700000000LL + qint64(m_random.bounded(9000)) * 1000000LL;
        m_seedingTorrents.append({hex(40), u"Library.Seed.%1.1080p.WEB-DL.x264"_s.arg(i + 1, 5, 10, QLatin1Char('0')),
                                  size, m_epoch - 30 * kDay - qint64(i) * 600});
    }

    // krynet-labsim --hostile-names: one approved movie request per name, titled so (the *arr's title:
    // Seerr's requests carry no title), its torrent named so too; downloading, stalled (stuck) or done.
    for (int i = 0; i < m_hostileTitles.size(); ++i) {
        const MovieSeed seed{u"Hostile", 2020, 100, u"Drama", u"Hostile Pictures", u"R"};
        const int titleIndex = int(m_titles.size());
        Title title = makeMovie(seed, movieId++);
        title.name = m_hostileTitles.at(i);
        title.slug = u"hostile-%1"_s.arg(i + 1);
        m_titles.append(title);
        const qint64 ago = 600 + qint64(i) * 900;
        const JobSeed job{Scenario::Flow,
                          MediaKind::Movie,
                          0,
                          Protocol::Torrent,
                          ago,
                          ago - 30,
                          -1,
                          60,
                          20,
                          i % 4 == 2 ? 100000 : 1800,
                          i % 4 == 3 ? 0.4 : 1.0,
                          120,
                          false,
                          u"",
                          1 + i % 4};
        addJob(job, titleIndex);
        m_jobs.last().releaseTitle = m_hostileTitles.at(i);
    }

    // Episodes of library seasons have their files six hours after airing; job episodes get theirs on import.
    for (Title &title : m_titles) {
        for (Episode &episode : title.episodes)
            episode.fileSince = episode.jobIndex >= 0 ? kNever : plus(episode.airDate, 6 * kHour);
    }

    // Seerr: request ids in request order; a media row for every title (its scanner adds what it finds).
    QList<int> order(m_jobs.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_jobs[a].requestedAt < m_jobs[b].requestedAt; });
    int seasonRequestId = 1;
    for (int i = 0; i < order.size(); ++i) {
        m_jobs[order[i]].requestId = i + 1;
        if (m_titles[m_jobs[order[i]].titleIndex].kind == MediaKind::Series)
            m_jobs[order[i]].seasonRequestId = seasonRequestId++;
    }
    for (int i = 0; i < m_titles.size(); ++i)
        m_titles[i].seerrMediaId = i + 1;
}

JobTimes MediaState::times(int jobIndex, qint64 now) const
{
    const Job &job = m_jobs[jobIndex];
    JobTimes t;
    if (job.declinedAt <= now) {
        t.stage = Stage::Declined;
        return t;
    }
    if (job.approvedAt > now) {
        t.stage = Stage::Pending;
        return t;
    }
    t.addedAt = job.approvedAt + 5;
    qint64 searchBase = t.addedAt;
    for (int index : job.episodeIndexes) {
        const Episode &episode = m_titles[job.titleIndex].episodes[index];
        searchBase = std::max(searchBase, episode.airDate);
    }
    t.grabAt = std::min(job.grabOverride, job.searchSecs < 0 ? kNever : searchBase + job.searchSecs);
    if (job.scenario == Scenario::NoRelease)
        t.grabAt = kNever;
    t.downloadStart = plus(t.grabAt, job.metaSecs);
    // A retried job downloads again (what the repair lacked) from the retry on.
    const bool retried = job.retriedAt < kNever;
    const int downloadSecs = retried ? job.retrySecs : job.downloadSecs;
    if (retried)
        t.downloadStart = job.retriedAt;
    if (t.downloadStart < kNever) {
        const qint64 end = std::min(now, job.pausedAt);
        const double elapsed = double(std::max<qint64>(0, end - t.downloadStart - job.pausedTotal));
        t.progress = downloadSecs > 0 ? std::min(1.0, elapsed / downloadSecs) : 1.0;
        if (t.progress >= job.stallProgress) {
            t.progress = job.stallProgress;
            t.stalled = job.stallProgress < 1.0;
        }
        t.paused = job.pausedAt <= now;
        if (!t.stalled && !(t.paused && t.progress < 1.0))
            t.doneAt = t.downloadStart + job.pausedTotal + downloadSecs;
    }
    const bool failing = job.scenario == Scenario::SabFailed && !retried;
    if (failing)
        t.failedAt = plus(t.doneAt, kSabPostProcessSecs);
    else
        t.importStart = plus(t.doneAt, job.protocol == Protocol::Usenet ? kSabPostProcessSecs : 0);
    if (job.scenario != Scenario::ImportBlocked)
        t.importedAt = plus(t.importStart, 75);
    t.bazarrAt = plus(t.importedAt, 10);
    t.subtitlesAt = job.subtitleSecs < 0 ? kNever : plus(t.importedAt, job.subtitleSecs);
    t.jellyfinAt = plus(t.importedAt, 60);
    if (job.scenario == Scenario::NotInLibrary) {
        // Jellyfin's real-time monitor missed it: only a scan started after the import finds it.
        t.jellyfinAt = kNever;
        for (const qint64 scan : m_libraryScans) {
            if (t.importedAt < kNever && scan >= t.importedAt) {
                t.jellyfinAt = scan + LibraryScanSecs;
                break;
            }
        }
    }
    t.seerrAvailableAt = plus(t.jellyfinAt, 240);

    if (now < t.addedAt)
        t.stage = Stage::Approved;
    else if (now < t.grabAt || t.grabAt >= kNever)
        t.stage = Stage::Searching;
    else if (now < t.downloadStart)
        t.stage = Stage::Grabbed;
    else if (now < t.doneAt || t.doneAt >= kNever)
        t.stage = t.stalled ? Stage::Stalled : t.paused ? Stage::Paused : Stage::Downloading;
    else if (now < t.importStart && now < t.failedAt)
        t.stage = Stage::PostProcessing;
    else if (t.failedAt <= now)
        t.stage = Stage::Failed;
    else if (job.scenario == Scenario::ImportBlocked)
        t.stage = Stage::ImportBlocked;
    else if (now < t.importStart + 45)
        t.stage = Stage::ImportPending;
    else if (now < t.importedAt)
        t.stage = Stage::Importing;
    else if (now < t.subtitlesAt || t.subtitlesAt >= kNever)
        t.stage = Stage::Subtitles;
    else if (job.scenario == Scenario::NotInLibrary && now < t.jellyfinAt)
        t.stage = Stage::NotInLibrary;
    else
        t.stage = Stage::Available;
    return t;
}

qint64 MediaState::movieFileSince(const Title &title, qint64 now) const
{
    if (title.jobIndex < 0)
        return title.fileSince <= now ? title.fileSince : kNever;
    const qint64 at = times(title.jobIndex, now).importedAt;
    return at <= now ? at : kNever;
}

qint64 MediaState::episodeFileSince(const Episode &episode, qint64 now) const
{
    if (episode.jobIndex < 0)
        return episode.fileSince <= now ? episode.fileSince : kNever;
    const qint64 at = times(episode.jobIndex, now).importedAt;
    return at <= now ? at : kNever;
}

qint64 MediaState::movieInJellyfinSince(const Title &title, qint64 now) const
{
    if (title.jobIndex >= 0) {
        const qint64 at = times(title.jobIndex, now).jellyfinAt;
        return at <= now ? at : kNever;
    }
    const qint64 file = movieFileSince(title, now);
    if (file >= kNever)
        return kNever;
    return file + 60 <= now ? file + 60 : kNever;
}

qint64 MediaState::episodeInJellyfinSince(const Episode &episode, qint64 now) const
{
    if (episode.jobIndex >= 0) {
        const qint64 at = times(episode.jobIndex, now).jellyfinAt;
        return at <= now ? at : kNever;
    }
    const qint64 file = episodeFileSince(episode, now);
    if (file >= kNever)
        return kNever;
    return file + 60 <= now ? file + 60 : kNever;
}

bool MediaState::inArr(const Title &title, qint64 now) const
{
    if (title.arrAddedAt <= now)
        return true;
    return title.jobIndex >= 0 && times(title.jobIndex, now).addedAt <= now;
}

bool MediaState::episodeMonitored(const Title &title, const Episode &episode, qint64 now) const
{
    // The requested season is monitored once Seerr sends the request to Sonarr.
    if (title.jobIndex >= 0 && episode.seasonNumber == m_jobs[title.jobIndex].season)
        return times(title.jobIndex, now).addedAt <= now;
    return true;
}

int MediaState::titleIndexByArrId(MediaKind kind, int arrId) const
{
    for (int i = 0; i < m_titles.size(); ++i) {
        if (m_titles[i].kind == kind && m_titles[i].arrId == arrId)
            return i;
    }
    return -1;
}

int MediaState::jobIndexByRequestId(int requestId) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i].requestId == requestId)
            return i;
    }
    return -1;
}

QString MediaState::downloadId(const Job &job) const
{
    if (job.protocol == Protocol::Usenet)
        return job.nzoId;
    return job.infohashV1.toUpper();
}

bool MediaState::approve(int requestId, qint64 now)
{
    const int index = jobIndexByRequestId(requestId);
    if (index < 0)
        return false;
    Job &job = m_jobs[index];
    if (job.approvedAt <= now)
        return true; // already approved: Seerr answers with the request unchanged
    job.approvedAt = now;
    job.declinedAt = kNever;
    if (job.scenario == Scenario::Pending || job.scenario == Scenario::Declined)
        job.scenario = Scenario::Flow;
    return true;
}

bool MediaState::decline(int requestId, qint64 now)
{
    const int index = jobIndexByRequestId(requestId);
    if (index < 0)
        return false;
    Job &job = m_jobs[index];
    if (job.approvedAt <= now)
        return true; // Seerr only flips the status; the *arr keeps what it got
    job.declinedAt = now;
    return true;
}

void MediaState::search(MediaKind kind, int arrId, qint64 now)
{
    const int titleIndex = titleIndexByArrId(kind, arrId);
    if (titleIndex < 0 || m_titles[titleIndex].jobIndex < 0)
        return;
    Job &job = m_jobs[m_titles[titleIndex].jobIndex];
    const JobTimes t = times(m_titles[titleIndex].jobIndex, now);
    if (t.addedAt > now)
        return;
    job.lastSearch = now;
    if (t.stage == Stage::Searching && job.scenario != Scenario::NoRelease)
        job.grabOverride = now + 5; // the search finds the release the RSS sync would have found later
}

void MediaState::searchAllMissing(MediaKind kind, qint64 now)
{
    for (const Title &title : std::as_const(m_titles)) {
        if (title.kind == kind)
            search(kind, title.arrId, now);
    }
}

bool MediaState::stopDownload(int jobIndex, qint64 now)
{
    Job &job = m_jobs[jobIndex];
    if (job.pausedAt <= now)
        return true;
    job.pausedAt = now;
    return true;
}

bool MediaState::startDownload(int jobIndex, qint64 now)
{
    Job &job = m_jobs[jobIndex];
    if (job.pausedAt > now)
        return true;
    const JobTimes before = times(jobIndex, now);
    // Time spent stopped before the download finished moves the rest of the timeline.
    if (before.downloadStart < kNever && before.progress < 1.0)
        job.pausedTotal += now - std::max(job.pausedAt, before.downloadStart);
    job.pausedAt = kNever;
    return true;
}

bool MediaState::retryDownload(const QString &nzoId, qint64 now)
{
    for (int j = 0; j < m_jobs.size(); ++j) {
        Job &job = m_jobs[j];
        if (job.protocol != Protocol::Usenet || job.nzoId != nzoId)
            continue;
        const JobTimes t = times(j, now);
        if (t.stage != Stage::Failed)
            return false;
        job.failedBefore = t.failedAt;
        job.retriedAt = now;
        job.pausedAt = kNever;
        job.pausedTotal = 0;
        return true;
    }
    return false;
}

void MediaState::libraryScan(qint64 now)
{
    m_libraryScans.append(now);
}

QString MediaState::sabFailMessage()
{
    return u"Repair failed, not enough repair blocks (143 short)"_s;
}

int MediaState::addCommand(MediaKind kind, const QString &name, const QString &message, qint64 now)
{
    QList<Command> &list = m_commands[kind == MediaKind::Movie ? 0 : 1];
    Command command;
    command.id = list.isEmpty() ? 1 + int(m_random.bounded(400)) : list.last().id + 1;
    command.name = name;
    command.queued = now;
    command.message = message;
    list.append(command);
    return command.id;
}

const QList<Command> &MediaState::commands(MediaKind kind) const
{
    return m_commands[kind == MediaKind::Movie ? 0 : 1];
}

QString MediaState::apiKey(const QString &serviceId) const
{
    return m_apiKeys.value(serviceId);
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QString isoTimeMillis(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString isoTimeTicks(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u".0000000Z"_s;
}

QString timeSpan(qint64 secs)
{
    secs = std::max<qint64>(0, secs);
    const qint64 days = secs / kDay;
    const QString clock = u"%1:%2:%3"_s.arg((secs % kDay) / 3600, 2, 10, QChar(u'0'))
                              .arg((secs % 3600) / 60, 2, 10, QChar(u'0'))
                              .arg(secs % 60, 2, 10, QChar(u'0'));
    return days > 0 ? QString::number(days) + u'.' + clock : clock;
}

QString sabTimeLeft(qint64 secs)
{
    secs = std::max<qint64>(0, secs);
    return u"%1:%2:%3"_s.arg(secs / 3600)
        .arg((secs % 3600) / 60, 2, 10, QChar(u'0'))
        .arg(secs % 60, 2, 10, QChar(u'0'));
}

quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u; // FNV-1a over UTF-16 code units
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace KryNet::LabSim::Media
