// Tab-separated scripting output: `zpool list -H[p]` and `zfs get -Hp`.
#include "core/zfs/jsonsupport.h"
#include "core/zfs/parsers.h"

using namespace Qt::StringLiterals;

namespace KryNet::Zfs
{

namespace
{

Error listError(const QString &detail)
{
    return Error(Error::Code::Parse,
                 QCoreApplication::translate("KryNet::Zfs::Words",
                                             "The pool list could not be read: the output is not what zpool list "
                                             "prints. Copy the raw output for support."),
                 detail);
}

QString canonicalColumn(const QString &c)
{
    static const QHash<QString, QString> aliases{
        {u"alloc"_s, u"allocated"_s},  {u"cap"_s, u"capacity"_s},       {u"frag"_s, u"fragmentation"_s},
        {u"dedup"_s, u"dedupratio"_s}, {u"ckpoint"_s, u"checkpoint"_s}, {u"expandsz"_s, u"expandsize"_s},
    };
    const QString lower = c.trimmed().toLower();
    return aliases.value(lower, lower);
}

std::optional<int> percent(QString v)
{
    if (v.endsWith(u'%'))
        v.chop(1);
    bool ok = false;
    const int p = v.toInt(&ok);
    return ok && p >= 0 && p <= 10000 ? std::optional<int>(p) : std::nullopt;
}

} // namespace

Result<QList<PoolListEntry>> parseListText(const QByteArray &text, QStringList columns)
{
    if (text.size() > MaxInput)
        return listError(u"output of %1 bytes is over the limit"_s.arg(text.size()));
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || (lines.size() == 1 && lines.constFirst().trimmed() == u"no pools available"_s))
        return QList<PoolListEntry>{};
    for (QString &c : columns)
        c = canonicalColumn(c);
    QList<PoolListEntry> out;
    int n = 0;
    for (const QString &line : lines) {
        ++n;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = line.split(u'\t');
        QStringList cols = columns;
        if (cols.isEmpty()) {
            if (f.size() == 11)
                cols = {u"name"_s,       u"size"_s,       u"allocated"_s,     u"free"_s,
                        u"checkpoint"_s, u"expandsize"_s, u"fragmentation"_s, u"capacity"_s,
                        u"dedupratio"_s, u"health"_s,     u"altroot"_s};
            else if (f.size() == 8)
                cols = {u"name"_s,     u"size"_s,       u"allocated"_s, u"free"_s,
                        u"capacity"_s, u"dedupratio"_s, u"health"_s,    u"altroot"_s};
            else
                return listError(u"line %1: %2 columns, not a known zpool list layout"_s.arg(n).arg(f.size()));
        }
        if (f.size() != cols.size())
            return listError(u"line %1: %2 columns, expected %3"_s.arg(n).arg(f.size()).arg(cols.size()));
        PoolListEntry e;
        for (qsizetype i = 0; i < cols.size(); ++i) {
            const QString &c = cols.at(i);
            const QString v = f.at(i).trimmed();
            const bool dash = v == u"-"_s;
            if (c == u"name"_s) {
                e.name = v;
            } else if (c == u"size"_s || c == u"allocated"_s || c == u"free"_s) {
                const auto bytes = dash ? std::nullopt : parseSize(v);
                if (!dash && !bytes)
                    return listError(u"line %1: %2 is not a size: \"%3\""_s.arg(n).arg(c, v.left(40)));
                (c == u"size"_s ? e.size : c == u"allocated"_s ? e.allocated : e.free) = bytes;
            } else if (c == u"fragmentation"_s || c == u"capacity"_s) {
                const auto p = dash ? std::nullopt : percent(v);
                if (!dash && !p)
                    return listError(u"line %1: %2 is not a percentage: \"%3\""_s.arg(n).arg(c, v.left(40)));
                (c == u"capacity"_s ? e.capacity : e.fragmentation) = p;
            } else if (c == u"dedupratio"_s) {
                e.dedupRatio = Json::real(QJsonValue(v));
            } else if (c == u"health"_s) {
                const auto s = Words::parseState(v);
                if (!s)
                    return listError(u"line %1: unknown health \"%2\""_s.arg(n).arg(v.left(40)));
                e.health = *s;
            }
        }
        if (e.name.isEmpty())
            return listError(u"line %1: no pool name"_s.arg(n));
        out << e;
    }
    return out;
}

Result<QHash<QString, DatasetSpace>> parseZfsGet(const QByteArray &text)
{
    if (text.size() > MaxInput)
        return listError(u"output of %1 bytes is over the limit"_s.arg(text.size()));
    QHash<QString, DatasetSpace> out;
    int n = 0;
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return listError(u"empty zfs get output"_s);
    for (const QString &line : lines) {
        ++n;
        const QStringList f = line.split(u'\t');
        if (f.size() != 4)
            return listError(u"zfs get line %1: %2 columns, expected 4"_s.arg(n).arg(f.size()));
        const auto value = f.at(2) == u"-"_s ? std::nullopt : parseSize(f.at(2));
        if (f.at(2) != u"-"_s && !value)
            return listError(u"zfs get line %1: not a number \"%2\""_s.arg(n).arg(f.at(2).left(40)));
        if (f.at(1) == u"used"_s)
            out[f.at(0)].used = value;
        else if (f.at(1) == u"available"_s)
            out[f.at(0)].available = value;
    }
    return out;
}

void mergeList(QList<Pool> &pools, const QList<PoolListEntry> &list)
{
    for (Pool &p : pools) {
        for (const PoolListEntry &e : list) {
            if (e.name != p.name)
                continue;
            p.size = e.size;
            p.allocated = e.allocated;
            p.free = e.free;
            p.fragmentation = e.fragmentation;
            p.capacity = e.capacity;
            p.dedupRatio = e.dedupRatio;
        }
    }
}

void mergeSpace(QList<Pool> &pools, const QHash<QString, DatasetSpace> &space)
{
    for (Pool &p : pools) {
        const auto it = space.constFind(p.name);
        if (it == space.constEnd())
            continue;
        p.datasetUsed = it->used;
        p.datasetAvailable = it->available;
    }
}

} // namespace KryNet::Zfs
