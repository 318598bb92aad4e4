#include "app/labsim/storage/storagestate.h"

#include <cmath>

#include <QRandomGenerator>
#include <QRegularExpression>

#include "app/labsim/hostilenames.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Storage
{

namespace
{

constexpr qint64 Day = 86400;
constexpr qint64 MiB = 1024 * 1024;

QString randomHex(QRandomGenerator &rng, int digits)
{
    QString out;
    for (int i = 0; i < digits; ++i)
        out += QChar(u"0123456789abcdef"[rng.bounded(16)]);
    return out;
}

QString randomAlnum(QRandomGenerator &rng, int count)
{
    static const QString chars = u"0123456789ABCDEFGHJKLMNPRSTVWXYZ"_s;
    QString out;
    for (int i = 0; i < count; ++i)
        out += chars.at(rng.bounded(int(chars.size())));
    return out;
}

QString randomUuid(QRandomGenerator &rng)
{
    return u"%1-%2-4%3-%4%5-%6"_s.arg(randomHex(rng, 8), randomHex(rng, 4), randomHex(rng, 3))
        .arg(QChar(u"89ab"[rng.bounded(4)]))
        .arg(randomHex(rng, 3), randomHex(rng, 12));
}

qint64 randomGuid(QRandomGenerator &rng)
{
    return qint64(rng.generate64() & 0x7fffffffffffffffULL) | (qint64(1) << 60);
}

/// Datasets from leaves (name, share of the pool's used bytes): parents get a small refer of their own.
QList<Dataset> makeDatasets(const QString &pool, qint64 used, const QList<QPair<QString, double>> &leaves,
                            QRandomGenerator &rng)
{
    QMap<QString, Dataset> byName;
    const auto ensure = [&](const QString &name) -> Dataset & {
        Dataset &d = byName[name];
        if (d.name.isEmpty()) {
            d.name = name;
            d.referenced = 98304 + 4096 * rng.bounded(64);
            d.mountpoint = u"/mnt/"_s + name;
            d.createTxg = 1 + rng.bounded(4000);
        }
        return d;
    };
    ensure(pool).createTxg = 1;
    for (const auto &[suffix, share] : leaves) {
        const QString name = pool + u'/' + suffix;
        const QStringList parts = suffix.split(u'/');
        for (qsizetype i = 1; i < parts.size(); ++i)
            ensure(pool + u'/' + parts.mid(0, i).join(u'/'));
        Dataset &leaf = ensure(name);
        leaf.referenced = qint64(double(used) * share) / 512 * 512;
    }
    // used = own referenced + children's used, deepest first.
    QStringList names = byName.keys();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.count(u'/') > b.count(u'/'); });
    for (const QString &name : names)
        byName[name].used += byName[name].referenced;
    for (const QString &name : names) {
        const qsizetype slash = name.lastIndexOf(u'/');
        if (slash > 0)
            byName[name.left(slash)].used += byName[name].used;
    }
    return byName.values();
}

bool cronFieldValid(const QString &value, int low, int high, const QStringList &names)
{
    if (value.isEmpty() || value.size() > 100)
        return false;
    const auto number = [&](QString token, int *out) {
        token = token.toLower();
        const qsizetype named = names.indexOf(token);
        if (named >= 0) {
            *out = int(named) + (low == 0 ? 0 : 1);
            return true;
        }
        bool ok = false;
        *out = token.toInt(&ok);
        return ok && *out >= low && *out <= high;
    };
    for (const QString &item : value.split(u',')) {
        QString range = item;
        const qsizetype slash = item.indexOf(u'/');
        if (slash >= 0) {
            bool ok = false;
            const int step = item.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0)
                return false;
            range = item.left(slash);
        }
        if (range == u"*"_s)
            continue;
        const QStringList ends = range.split(u'-');
        int a = 0;
        int b = 0;
        if (ends.size() == 1 ? !number(ends.at(0), &a)
                             : (ends.size() != 2 || !number(ends.at(0), &a) || !number(ends.at(1), &b) || b < a))
            return false;
    }
    return true;
}

} // namespace

double ScanStats::percent() const
{
    const qint64 total = toExamine - skipped;
    if (total <= 0)
        return state == State::Finished ? 100.0 : 0.0;
    return qMin(100.0, 100.0 * double(issued) / double(total));
}

QJsonObject ScrubTask::toJson(const QString &poolName) const
{
    return {
        {u"id"_s, id},
        {u"pool"_s, pool},
        {u"threshold"_s, threshold},
        {u"description"_s, description},
        {u"schedule"_s,
         QJsonObject{{u"minute"_s, minute}, {u"hour"_s, hour}, {u"dom"_s, dom}, {u"month"_s, month}, {u"dow"_s, dow}}},
        {u"enabled"_s, enabled},
        {u"pool_name"_s, poolName}};
}

StorageState::StorageState(quint32 seed, qint64 epochSecs, int scaleDisks, bool hostileNames)
    : m_now(epochSecs)
{
    QRandomGenerator rng(seed ^ 0x5a0f5eedU);
    const auto jitter = [&rng](int range) { return int(rng.bounded(range)); };

    const auto addDisk = [&](const QString &dev, const QString &model, const QString &family, const QString &serial,
                             const QString &firmware, const QString &oui, qint64 size, int rpm, int temp, int hours) {
        Disk d;
        d.dev = dev;
        d.partUuid = randomUuid(rng);
        d.guid = randomGuid(rng);
        d.model = model;
        d.family = family;
        d.serial = serial;
        d.firmware = firmware;
        d.lunid = oui + randomHex(rng, 16 - int(oui.size()));
        d.sizeBytes = size;
        d.rpm = rpm;
        d.temperature = temp + jitter(3);
        d.powerOnHours = hours + jitter(240);
        d.powerCycles = 30 + jitter(40);
        d.loadCycles = 300 + jitter(900);
        d.lastSelfTestHoursAgo = 20 + jitter(140);
        m_disks.append(d);
        return int(m_disks.size() - 1);
    };
    const qint64 tb4 = 4000787030016;
    const qint64 tb2 = 2000398934016;
    const qint64 tb1 = 1000204886016;
    const int sda = addDisk(u"sda"_s, u"WDC WD40EFPX-68C6CN0"_s, u"Western Digital Red Plus"_s,
                            u"WD-WX"_s + randomAlnum(rng, 10), u"81.00A81"_s, u"50014ee"_s, tb4, 5400, 33, 18300);
    const int sdb = addDisk(u"sdb"_s, u"ST4000VN006-3CW104"_s, u"Seagate IronWolf"_s, u"ZW6"_s + randomAlnum(rng, 5),
                            u"SC60"_s, u"5000c50"_s, tb4, 5400, 35, 18290);
    const int sdc = addDisk(u"sdc"_s, u"WDC WD20EFPX-68C4TN0"_s, u"Western Digital Red Plus"_s,
                            u"WD-WX"_s + randomAlnum(rng, 10), u"81.00A81"_s, u"50014ee"_s, tb2, 5400, 37, 31200);
    const int sdd = addDisk(u"sdd"_s, u"ST2000VN004-2E4164"_s, u"Seagate IronWolf"_s, u"Z52"_s + randomAlnum(rng, 5),
                            u"SC60"_s, u"5000c50"_s, tb2, 5900, 41, 31180);
    const int sde = addDisk(u"sde"_s, u"ST1000DM010-2EP102"_s, u"Seagate BarraCuda 3.5"_s,
                            u"Z9A"_s + randomAlnum(rng, 5), u"CC46"_s, u"5000c50"_s, tb1, 7200, 44, 47000);
    // orion's second disk: a few checksum errors (being repaired by the running scrub), reallocated sectors.
    m_disks[sdd].checksumErrors = 3;
    m_disks[sdd].reallocated = 16;
    // comet's only disk: pending/uncorrectable sectors and a failed short self-test.
    m_disks[sde].pending = 8;
    m_disks[sde].offlineUncorrectable = 8;
    m_disks[sde].errorLogCount = 2;
    m_disks[sde].lastSelfTestFailed = true;
    m_disks[sde].lastSelfTestHoursAgo = 30;
    m_disks[sde].lastSelfTestFailedLba = 1204000000 + jitter(2000000);

    const auto addPool = [&](int id, const QString &name, bool mirror, QList<int> disks, qint64 size, double used,
                             int frag) {
        Pool p;
        p.id = id;
        p.name = name;
        p.guid = randomGuid(rng);
        p.topGuid = randomGuid(rng);
        p.txg = 1200000 + jitter(4000000);
        p.mirror = mirror;
        p.disks = std::move(disks);
        p.size = size;
        p.allocated = qint64(double(size) * (used + double(jitter(1000)) / 100000.0)) / 4096 * 4096;
        p.fragmentation = frag;
        m_pools.append(p);
        return &m_pools.last();
    };

    Pool *andromeda = addPool(1, u"andromeda"_s, true, {sda, sdb}, 3985729650688, 0.655, 9);
    andromeda->scan.function = ScanStats::Function::Scrub;
    andromeda->scan.state = ScanStats::State::Finished;
    andromeda->scan.startTime = epochSecs - 9 * Day - 3 * 3600 - jitter(3600);
    andromeda->scan.toExamine = andromeda->allocated - andromeda->allocated / 50;
    andromeda->scan.examined = andromeda->scan.issued = andromeda->scan.toExamine;
    andromeda->scan.endTime = andromeda->scan.startTime + 5 * 3600 + 12 * 60 + jitter(900);
    andromeda->scan.issueRate = 160 * MiB;
    andromeda->datasets = makeDatasets(u"andromeda"_s, andromeda->allocated,
                                       {{u"photos/immich"_s, 0.52},
                                        {u"photos/library"_s, 0.24},
                                        {u"photos/inbox"_s, 0.012},
                                        {u"backups/laptop"_s, 0.14},
                                        {u"backups/phones"_s, 0.07}},
                                       rng);

    Pool *orion = addPool(2, u"orion"_s, true, {sdc, sdd}, 1992864825344, 0.834, 21);
    orion->scan.function = ScanStats::Function::Scrub;
    orion->scan.state = ScanStats::State::Scanning;
    orion->scan.startTime = epochSecs - 2 * 3600 - 15 * 60 - jitter(300);
    orion->scan.toExamine = orion->allocated;
    orion->scan.issueRate = 98 * MiB;
    orion->scan.repaired = 12288;
    orion->datasets = makeDatasets(u"orion"_s, orion->allocated,
                                   {{u"media/movies"_s, 0.41},
                                    {u"media/tv"_s, 0.33},
                                    {u"media/music"_s, 0.035},
                                    {u"media/downloads"_s, 0.075},
                                    {u"apps/jellyfin"_s, 0.052},
                                    {u"apps/immich-postgres"_s, 0.018},
                                    {u"apps/arr-configs"_s, 0.006},
                                    {u"apps/llm"_s, 0.004},
                                    {u"apps/monitoring"_s, 0.03}},
                                   rng);

    Pool *comet = addPool(3, u"comet"_s, false, {sde}, 996432412672, 0.41, 3);
    comet->featuresDisabled = true;
    comet->scan.function = ScanStats::Function::Scrub;
    comet->scan.state = ScanStats::State::Finished;
    comet->scan.startTime = epochSecs - 58 * Day - 5 * 3600 - jitter(3600);
    comet->scan.toExamine = comet->allocated - comet->allocated / 12;
    comet->scan.examined = comet->scan.issued = comet->scan.toExamine;
    comet->scan.endTime = comet->scan.startTime + 3600 + 41 * 60 + jitter(600);
    comet->scan.issueRate = 120 * MiB;
    comet->datasets = makeDatasets(u"comet"_s, comet->allocated,
                                   {{u"scratch/transcode"_s, 0.58}, {u"scratch/tmp"_s, 0.31}, {u"isos"_s, 0.09}}, rng);

    // The scale scenario's wide pool (krynet-labsim --scale disks=N): a stripe of N identical disks.
    if (scaleDisks > 0) {
        QList<int> members;
        for (int i = 0; i < scaleDisks; ++i) {
            // Linux names after sde: sdf … sdz, then sdaa, sdab …
            const int n = 5 + i;
            QString dev = u"sd"_s;
            if (n >= 26)
                dev += QChar(u'a' + n / 26 - 1);
            dev += QChar(u'a' + n % 26);
            members.append(addDisk(dev, u"ST8000VN004-3CP101"_s, u"Seagate IronWolf"_s, u"WSD"_s + randomAlnum(rng, 5),
                                   u"SC60"_s, u"5000c50"_s, 8001563222016, 7200, 36, 9000));
        }
        Pool *nebula = addPool(4, u"nebula"_s, false, members, qint64(scaleDisks) * 7984840015872, 0.47, 6);
        nebula->scan.function = ScanStats::Function::Scrub;
        nebula->scan.state = ScanStats::State::Finished;
        nebula->scan.startTime = epochSecs - 12 * Day - jitter(3600);
        nebula->scan.toExamine = nebula->allocated;
        nebula->scan.examined = nebula->scan.issued = nebula->scan.toExamine;
        nebula->scan.endTime = nebula->scan.startTime + 14 * 3600 + jitter(900);
        nebula->scan.issueRate = 900 * MiB;
        nebula->datasets = makeDatasets(u"nebula"_s, nebula->allocated, {{u"archive"_s, 0.9}}, rng);
    }

    // krynet-labsim --hostile-names: a pool whose name uses everything ZFS allows in one (letters, digits,
    // space, '-', '_', '.', ':'; 255 characters), on a disk whose SMART identity strings — free text the
    // firmware reports — carry terminal escapes, markup, an RTL override, newlines and invalid Unicode.
    if (hostileNames) {
        const QList<HostileName> names = LabSim::hostileNames(QString());
        const auto text = [&names](const QString &key) {
            for (const HostileName &n : names) {
                if (n.key == key)
                    return n.text;
            }
            return QString();
        };
        const int disk = addDisk(u"sdzz"_s, text(u"escapes"_s) + u' ' + text(u"newline"_s),
                                 text(u"markup"_s) + u' ' + text(u"invalid"_s), text(u"rtl"_s), text(u"quotes"_s),
                                 u"5000c50"_s, tb1, 7200, 36, 1200);
        QString name = u"hostile -rf --force x:y.z_w "_s;
        while (name.size() < 255)
            name += u"long "_s;
        name.truncate(255);
        Pool *hostile = addPool(9, name, false, {disk}, 996432412672, 0.2, 1);
        hostile->datasets =
            makeDatasets(name, hostile->allocated, {{u"-o mountpoint=x"_s, 0.5}, {u"a b:c.d"_s, 0.2}}, rng);
    }

    ScrubTask a;
    a.id = m_nextTaskId++;
    a.pool = 1;
    m_tasks.append(a);
    ScrubTask o;
    o.id = m_nextTaskId++;
    o.pool = 2;
    o.description = u"media pool: first Saturday night"_s;
    o.minute = u"30"_s;
    o.hour = u"01"_s;
    o.dom = u"1-7"_s;
    o.dow = u"6"_s;
    m_tasks.append(o);
    ScrubTask c;
    c.id = m_nextTaskId++;
    c.pool = 3;
    c.description = u"scratch"_s;
    c.hour = u"04"_s;
    c.dow = u"3"_s;
    c.enabled = false;
    m_tasks.append(c);

    advanceTo(epochSecs);
}

const Pool *StorageState::pool(const QString &name) const
{
    for (const Pool &p : m_pools) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

Pool *StorageState::mutablePool(const QString &name)
{
    for (Pool &p : m_pools) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const Pool *StorageState::poolById(int id) const
{
    for (const Pool &p : m_pools) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Disk *StorageState::disk(const QString &dev) const
{
    for (const Disk &d : m_disks) {
        if (d.dev == dev)
            return &d;
    }
    return nullptr;
}

void StorageState::advanceTo(qint64 nowSecs)
{
    m_now = qMax(m_now, nowSecs);
    for (Pool &p : m_pools) {
        ScanStats &s = p.scan;
        if (s.state != ScanStats::State::Scanning || s.issueRate <= 0)
            continue;
        const qint64 until = s.pauseTime != 0 ? s.pauseTime : m_now;
        const qint64 elapsed = qMax<qint64>(0, until - s.startTime - s.spentPaused);
        const qint64 total = s.toExamine - s.skipped;
        s.issued = qMin(total, s.issueRate * elapsed);
        s.examined = qMin(s.toExamine, qint64(double(s.issued) * 1.22));
        if (s.issued >= total) {
            s.state = ScanStats::State::Finished;
            s.examined = s.toExamine;
            s.endTime = s.startTime + s.spentPaused + (total + s.issueRate - 1) / s.issueRate;
            s.pauseTime = 0;
        }
    }
}

StorageState::ScrubResult StorageState::startScrub(const QString &name)
{
    Pool *p = mutablePool(name);
    if (!p)
        return ScrubResult::NoSuchPool;
    ScanStats &s = p->scan;
    if (s.isPaused()) {
        s.spentPaused += m_now - s.pauseTime;
        s.pauseTime = 0;
        return ScrubResult::Ok;
    }
    if (s.isRunning())
        return ScrubResult::AlreadyScrubbing;
    const qint64 rate = s.issueRate > 0 ? s.issueRate : 100 * MiB;
    s = ScanStats();
    s.function = ScanStats::Function::Scrub;
    s.state = ScanStats::State::Scanning;
    s.startTime = m_now;
    s.toExamine = p->allocated;
    s.issueRate = rate;
    ++p->txg;
    return ScrubResult::Ok;
}

StorageState::ScrubResult StorageState::pauseScrub(const QString &name)
{
    Pool *p = mutablePool(name);
    if (!p)
        return ScrubResult::NoSuchPool;
    if (!p->scan.isRunning() || p->scan.function != ScanStats::Function::Scrub)
        return ScrubResult::NoActiveScrub;
    if (p->scan.pauseTime == 0)
        p->scan.pauseTime = qMax<qint64>(m_now, 1);
    return ScrubResult::Ok;
}

StorageState::ScrubResult StorageState::cancelScrub(const QString &name)
{
    Pool *p = mutablePool(name);
    if (!p)
        return ScrubResult::NoSuchPool;
    if (!p->scan.isRunning())
        return ScrubResult::NoActiveScrub;
    p->scan.state = ScanStats::State::Canceled;
    p->scan.endTime = m_now;
    p->scan.pauseTime = 0;
    return ScrubResult::Ok;
}

QString StorageState::poolNameProblem(const QString &name)
{
    if (name.size() >= 256)
        return u"name is too long"_s;
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
                        c == u'_' || c == u'.' || c == u':' || c == u' ';
        if (!ok)
            return u"invalid character '%1' in pool name"_s.arg(c);
    }
    if (name.isEmpty() || !name.at(0).isLetter())
        return u"name must begin with a letter"_s;
    static const QRegularExpression diskLike(u"^c[0-9]"_s);
    if (name == u"mirror"_s || name == u"raidz"_s || name == u"draid"_s || name.startsWith(u"mirror"_s) ||
        name.startsWith(u"raidz"_s) || name.startsWith(u"draid"_s) || name.startsWith(u"spare"_s) ||
        name.startsWith(u"log"_s) || diskLike.match(name).hasMatch())
        return u"name is reserved"_s;
    return {};
}

void StorageState::validateTask(const QJsonObject &data, const ScrubTask *existing, const QString &schema,
                                QJsonArray *errors, ScrubTask *out) const
{
    const auto error = [&](const QString &attribute, const QString &message) {
        errors->append(QJsonArray{QString(schema + u'.' + attribute), message, 22});
    };
    ScrubTask t = existing ? *existing : ScrubTask();
    static const QStringList known{u"pool"_s, u"threshold"_s, u"description"_s, u"schedule"_s, u"enabled"_s};
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!known.contains(it.key()))
            error(it.key(), u"Extra inputs are not permitted"_s);
    }
    if (data.contains(u"pool"_s)) {
        const QJsonValue v = data.value(u"pool"_s);
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) {
            error(u"pool"_s, u"Input should be a valid integer"_s);
        } else {
            t.pool = v.toInt();
            if (!poolById(t.pool))
                error(u"pool"_s, u"Pool %1 not found"_s.arg(t.pool));
        }
    } else if (!existing) {
        error(u"pool"_s, u"Field required"_s);
    }
    if (data.contains(u"threshold"_s)) {
        const QJsonValue v = data.value(u"threshold"_s);
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()))
            error(u"threshold"_s, u"Input should be a valid integer"_s);
        else if (v.toInt() < 0)
            error(u"threshold"_s, u"Input should be greater than or equal to 0"_s);
        else
            t.threshold = v.toInt();
    }
    if (data.contains(u"description"_s)) {
        if (!data.value(u"description"_s).isString())
            error(u"description"_s, u"Input should be a valid string"_s);
        else
            t.description = data.value(u"description"_s).toString();
    }
    if (data.contains(u"enabled"_s)) {
        if (!data.value(u"enabled"_s).isBool())
            error(u"enabled"_s, u"Input should be a valid boolean"_s);
        else
            t.enabled = data.value(u"enabled"_s).toBool();
    }
    if (data.contains(u"schedule"_s)) {
        const QJsonValue v = data.value(u"schedule"_s);
        if (!v.isObject()) {
            error(u"schedule"_s, u"Input should be a valid dictionary or instance of CronModel"_s);
        } else {
            static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                            u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
            static const QStringList days{u"sun"_s, u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s};
            const QJsonObject s = v.toObject();
            struct Field
            {
                QString key;
                QString *target;
                int low;
                int high;
                const QStringList *names;
            };
            static const QStringList none;
            const Field fields[] = {{u"minute"_s, &t.minute, 0, 59, &none},
                                    {u"hour"_s, &t.hour, 0, 23, &none},
                                    {u"dom"_s, &t.dom, 1, 31, &none},
                                    {u"month"_s, &t.month, 1, 12, &months},
                                    {u"dow"_s, &t.dow, 0, 7, &days}};
            for (auto it = s.begin(); it != s.end(); ++it) {
                if (!std::any_of(std::begin(fields), std::end(fields),
                                 [&](const Field &f) { return f.key == it.key(); }))
                    error(u"schedule."_s + it.key(), u"Extra inputs are not permitted"_s);
            }
            for (const Field &f : fields) {
                if (!s.contains(f.key))
                    continue;
                const QJsonValue fv = s.value(f.key);
                if (!fv.isString())
                    error(u"schedule."_s + f.key, u"Input should be a valid string"_s);
                else if (!cronFieldValid(fv.toString(), f.low, f.high, *f.names))
                    error(u"schedule."_s + f.key, u"Invalid value for %1: %2"_s.arg(f.key, fv.toString()));
                else
                    *f.target = fv.toString();
            }
        }
    }
    if (errors->isEmpty()) {
        for (const ScrubTask &other : m_tasks) {
            if (other.pool == t.pool && (!existing || other.id != existing->id))
                error(u"pool"_s, u"A scrub with this pool already exists"_s);
        }
    }
    *out = t;
}

QJsonObject StorageState::createTask(const QJsonObject &data, QJsonArray *errors)
{
    ScrubTask t;
    validateTask(data, nullptr, u"pool_scrub_create"_s, errors, &t);
    if (!errors->isEmpty())
        return {};
    t.id = m_nextTaskId++;
    m_tasks.append(t);
    return t.toJson(poolById(t.pool)->name);
}

QJsonObject StorageState::updateTask(int id, const QJsonObject &data, QJsonArray *errors, bool *notFound)
{
    *notFound = false;
    for (ScrubTask &existing : m_tasks) {
        if (existing.id != id)
            continue;
        ScrubTask t;
        validateTask(data, &existing, u"pool_scrub_update"_s, errors, &t);
        if (!errors->isEmpty())
            return {};
        existing = t;
        return t.toJson(poolById(t.pool)->name);
    }
    *notFound = true;
    return {};
}

bool StorageState::deleteTask(int id)
{
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).id == id) {
            m_tasks.removeAt(i);
            return true;
        }
    }
    return false;
}

} // namespace KryNet::LabSim::Storage
