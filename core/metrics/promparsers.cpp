#include "core/metrics/promparsers.h"

#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace KryNet::Metrics
{

namespace
{

Error parseError(const QString &detail)
{
    return Error(Error::Code::Parse,
                 PromParsers::tr("Prometheus sent an answer this version of KryNet does not understand."), detail);
}

Error kumaError(const QString &detail)
{
    return Error(
        Error::Code::Parse,
        PromParsers::tr("Uptime Kuma's status page sent an answer this version of KryNet does not understand."),
        detail);
}

/// The "data" of a success envelope, or the typed error of an error envelope.
Result<QJsonValue> envelopeData(const QJsonDocument &document, QStringList *warnings)
{
    if (!document.isObject())
        return parseError(u"the answer is not a JSON object"_s);
    const QJsonObject root = document.object();
    const QString status = root.value(u"status"_s).toString();
    if (status == u"error"_s) {
        const QString type = root.value(u"errorType"_s).toString();
        const QString message = root.value(u"error"_s).toString();
        return Error(Error::Code::Remote, PromParsers::tr("Prometheus refused the query: %1").arg(message),
                     u"errorType=%1"_s.arg(type));
    }
    if (status != u"success"_s)
        return parseError(u"envelope status is \"%1\""_s.arg(status.left(40)));
    if (warnings) {
        const QJsonArray list = root.value(u"warnings"_s).toArray();
        for (const QJsonValue &w : list)
            warnings->append(w.toString());
    }
    return root.value(u"data"_s);
}

/// [t, "v"] → Sample.
bool samplePair(const QJsonValue &value, Sample *out)
{
    if (!value.isArray())
        return false;
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isString())
        return false;
    const double t = pair.at(0).toDouble();
    if (!std::isfinite(t) || std::abs(t) > 1e12)
        return false;
    const auto v = PromParsers::sampleValue(pair.at(1).toString());
    if (!v)
        return false;
    out->tMs = qint64(std::llround(t * 1000.0));
    out->value = *v;
    return true;
}

bool labelsOf(const QJsonValue &value, Labels *out)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return false;
        out->insert(it.key(), it.value().toString());
    }
    return true;
}

} // namespace

std::optional<double> PromParsers::sampleValue(const QString &text)
{
    if (text == u"NaN"_s)
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf"_s || text == u"Inf"_s)
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf"_s)
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

MonitorStatus PromParsers::statusFromValue(double value)
{
    if (!std::isfinite(value))
        return MonitorStatus::Unknown;
    if (value == 0)
        return MonitorStatus::Down;
    if (value == 1)
        return MonitorStatus::Up;
    if (value == 2)
        return MonitorStatus::Pending;
    if (value == 3)
        return MonitorStatus::Maintenance;
    return MonitorStatus::Unknown;
}

Result<QueryResult> PromParsers::queryResult(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return parseError(u"invalid JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString()));
    return queryResult(document);
}

Result<QueryResult> PromParsers::queryResult(const QJsonDocument &document)
{
    QueryResult out;
    const auto data = envelopeData(document, &out.warnings);
    if (!data)
        return data.error();
    const QJsonObject object = data->toObject();
    const QString type = object.value(u"resultType"_s).toString();
    const QJsonValue result = object.value(u"result"_s);
    if (type == u"scalar"_s || type == u"string"_s) {
        out.type = type == u"scalar"_s ? QueryResult::Type::Scalar : QueryResult::Type::String;
        Series series;
        Sample sample;
        if (type == u"scalar"_s) {
            if (!samplePair(result, &sample))
                return parseError(u"scalar result is not [time, \"value\"]"_s);
            series.samples.push_back(sample);
        }
        out.series.push_back(std::move(series));
        return out;
    }
    const bool matrix = type == u"matrix"_s;
    if (!matrix && type != u"vector"_s)
        return parseError(u"unknown resultType \"%1\""_s.arg(type.left(40)));
    out.type = matrix ? QueryResult::Type::Matrix : QueryResult::Type::Vector;
    if (!result.isArray())
        return parseError(u"result is not a list"_s);
    const QJsonArray rows = result.toArray();
    out.series.reserve(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        Series series;
        if (!labelsOf(row.value(u"metric"_s), &series.labels))
            return parseError(u"result[%1].metric is not a label set"_s.arg(i));
        if (matrix) {
            const QJsonValue values = row.value(u"values"_s);
            if (values.isUndefined() && row.contains(u"histograms"_s)) {
                continue; // native histograms: not a time series of numbers, skipped
            }
            if (!values.isArray())
                return parseError(u"result[%1].values is not a list"_s.arg(i));
            const QJsonArray list = values.toArray();
            series.samples.reserve(size_t(list.size()));
            for (const QJsonValue &v : list) {
                Sample sample;
                if (!samplePair(v, &sample))
                    return parseError(u"result[%1].values has an invalid sample"_s.arg(i));
                series.samples.push_back(sample);
            }
        } else {
            if (row.contains(u"histogram"_s))
                continue;
            Sample sample;
            if (!samplePair(row.value(u"value"_s), &sample))
                return parseError(u"result[%1].value is not [time, \"value\"]"_s.arg(i));
            series.samples.push_back(sample);
        }
        out.series.push_back(std::move(series));
    }
    return out;
}

Result<QList<Labels>> PromParsers::seriesList(const QJsonDocument &document)
{
    const auto data = envelopeData(document, nullptr);
    if (!data)
        return data.error();
    if (!data->isArray())
        return parseError(u"series data is not a list"_s);
    QList<Labels> out;
    const QJsonArray list = data->toArray();
    for (const QJsonValue &v : list) {
        Labels labels;
        if (!labelsOf(v, &labels))
            return parseError(u"a series is not a label set"_s);
        out.append(labels);
    }
    return out;
}

Result<QStringList> PromParsers::stringList(const QJsonDocument &document)
{
    const auto data = envelopeData(document, nullptr);
    if (!data)
        return data.error();
    if (!data->isArray())
        return parseError(u"data is not a list"_s);
    QStringList out;
    const QJsonArray list = data->toArray();
    for (const QJsonValue &v : list) {
        if (!v.isString())
            return parseError(u"a list entry is not a string"_s);
        out.append(v.toString());
    }
    return out;
}

qint64 PromParsers::kumaTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    if (!t.isValid())
        t = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return -1;
    t.setTimeSpec(Qt::UTC);
    return t.toSecsSinceEpoch();
}

Result<StatusPage> PromParsers::statusPage(const QJsonDocument &page, const QJsonDocument &heartbeats)
{
    if (!page.isObject() || !heartbeats.isObject())
        return kumaError(u"the answer is not a JSON object"_s);
    const QJsonObject root = page.object();
    if (root.value(u"status"_s).toString() == u"fail"_s)
        return Error(Error::Code::Remote,
                     tr("Uptime Kuma refused the status page: %1").arg(root.value(u"msg"_s).toString()));
    StatusPage out;
    out.title = root.value(u"config"_s).toObject().value(u"title"_s).toString();
    // 2.x: "incidents" list; 1.23: a single "incident" object or null.
    QJsonArray incidents = root.value(u"incidents"_s).toArray();
    if (root.value(u"incident"_s).isObject())
        incidents.append(root.value(u"incident"_s));
    for (const QJsonValue &v : std::as_const(incidents)) {
        const QJsonObject incident = v.toObject();
        if (incident.value(u"active"_s).toBool(true))
            out.incidentTitles.append(incident.value(u"title"_s).toString());
    }
    const QJsonValue groups = root.value(u"publicGroupList"_s);
    if (!groups.isArray())
        return kumaError(u"publicGroupList is not a list"_s);
    const QJsonObject beats = heartbeats.object().value(u"heartbeatList"_s).toObject();
    const QJsonObject uptimes = heartbeats.object().value(u"uptimeList"_s).toObject();
    const QJsonArray groupList = groups.toArray();
    for (const QJsonValue &g : groupList) {
        const QJsonObject group = g.toObject();
        const QJsonArray monitors = group.value(u"monitorList"_s).toArray();
        for (const QJsonValue &m : monitors) {
            const QJsonObject object = m.toObject();
            StatusPage::Monitor monitor;
            monitor.id = object.value(u"id"_s).toInt(-1);
            if (monitor.id < 0)
                return kumaError(u"a monitor has no numeric id"_s);
            monitor.name = object.value(u"name"_s).toString();
            monitor.type = object.value(u"type"_s).toString();
            monitor.group = group.value(u"name"_s).toString();
            if (object.value(u"certExpiryDaysRemaining"_s).isDouble())
                monitor.certDaysRemaining = object.value(u"certExpiryDaysRemaining"_s).toInt();
            if (object.value(u"validCert"_s).isBool())
                monitor.certValid = object.value(u"validCert"_s).toBool();
            const QString key = QString::number(monitor.id);
            const QJsonArray list = beats.value(key).toArray();
            for (const QJsonValue &b : list) {
                const QJsonObject beat = b.toObject();
                Heartbeat heartbeat;
                heartbeat.t = kumaTime(beat.value(u"time"_s).toString());
                if (heartbeat.t < 0)
                    return kumaError(
                        u"heartbeat time \"%1\" is not a date"_s.arg(beat.value(u"time"_s).toString().left(40)));
                heartbeat.status = statusFromValue(beat.value(u"status"_s).toDouble(-1));
                if (beat.value(u"ping"_s).isDouble())
                    heartbeat.pingMs = beat.value(u"ping"_s).toDouble();
                monitor.beats.push_back(heartbeat);
            }
            std::sort(monitor.beats.begin(), monitor.beats.end(),
                      [](const Heartbeat &a, const Heartbeat &b) { return a.t < b.t; });
            const QJsonValue ratio = uptimes.value(key + u"_24"_s);
            if (ratio.isDouble())
                monitor.uptime24h = ratio.toDouble();
            out.monitors.append(monitor);
        }
    }
    return out;
}

} // namespace KryNet::Metrics
