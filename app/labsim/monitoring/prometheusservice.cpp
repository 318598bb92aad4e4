#include "app/labsim/monitoring/prometheusservice.h"

#include <cmath>
#include <map>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "app/labsim/labclock.h"
#include "app/labsim/monitoring/metricstore.h"
#include "app/labsim/monitoring/promql.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

namespace
{

HttpResponse apiError(const QString &type, const QString &message, int status)
{
    return HttpResponse::json(
        QJsonObject{
            {u"status"_s, u"error"_s}, {u"errorType"_s, type}, {u"error"_s, message}, {u"data"_s, QJsonValue::Null}},
        status);
}

HttpResponse badData(const QString &message)
{
    return apiError(u"bad_data"_s, message, 400);
}

HttpResponse success(const QJsonValue &data)
{
    return HttpResponse::json(QJsonObject{{u"status"_s, u"success"_s}, {u"data"_s, data}});
}

/// Prometheus' parseTime: float unix seconds (ms precision) or RFC 3339.
bool parseTime(const QString &text, qint64 *ms)
{
    bool ok = false;
    const double secs = text.toDouble(&ok);
    if (ok && std::isfinite(secs)) {
        const double whole = std::floor(secs);
        *ms = qint64(whole) * 1000 + qint64(std::llround((secs - whole) * 1000.0));
        return true;
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid() || !(text.endsWith(u'Z') || text.contains(u'+') || text.lastIndexOf(u'-') > 9))
        return false;
    *ms = dt.toMSecsSinceEpoch();
    return true;
}

/// Prometheus' parseDuration: float seconds or a duration string; nanoseconds.
bool parseDurationNs(const QString &text, qint64 *ns)
{
    bool ok = false;
    const double secs = text.toDouble(&ok);
    if (ok) {
        *ns = qint64(secs * 1e9);
        return true;
    }
    const qint64 ms = parsePromDuration(text);
    if (ms < 0)
        return false;
    *ns = ms * 1000000;
    return true;
}

QJsonObject labelsJson(const PromLabels &labels)
{
    QJsonObject out;
    for (const auto &[name, value] : labels)
        out.insert(name, value);
    return out;
}

QJsonArray point(qint64 tMs, double v)
{
    return QJsonArray{double(tMs) / 1000.0, formatPromValue(v)};
}

/// Decodes application/x-www-form-urlencoded pairs as Go's url.ParseQuery does ('+' is a space).
void parseForm(const QByteArray &raw, PromParams *out)
{
    for (const QByteArray &part : raw.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out->append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                     QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
}

QString param(const PromParams &params, const QString &name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return {};
}

QStringList paramValues(const PromParams &all, const QString &name)
{
    QStringList out;
    for (const auto &[key, value] : all) {
        if (key == name)
            out.append(value);
    }
    return out;
}

/// [unix seconds, "value"] as Prometheus writes it (seconds with up to 3 decimals).
void appendPoint(QByteArray &out, qint64 tMs, double v)
{
    out += '[';
    out += QByteArray::number(tMs / 1000);
    if (const qint64 ms = tMs % 1000; ms != 0) {
        QByteArray frac = QByteArray::number(ms).rightJustified(3, '0');
        while (frac.endsWith('0'))
            frac.chop(1);
        out += '.' + frac;
    }
    out += ",\"";
    out += formatPromValue(v).toLatin1();
    out += "\"]";
}

QString invalidParam(const QString &name, const QString &message)
{
    return u"invalid parameter \"%1\": %2"_s.arg(name, message);
}

} // namespace

PrometheusService::PrometheusService(std::shared_ptr<const MetricStore> store, LabClock &clock, QString username,
                                     QString password)
    : m_store(std::move(store))
    , m_clock(clock)
    , m_username(std::move(username))
    , m_password(std::move(password))
{}

QJsonObject PrometheusService::credentials() const
{
    return {{u"username"_s, m_username}, {u"password"_s, m_password}};
}

HttpResponse PrometheusService::handle(const HttpRequest &request)
{
    const QByteArray expected = "Basic " + (m_username + u':' + m_password).toUtf8().toBase64();
    if (request.header("Authorization") != expected) {
        return HttpResponse::text("Unauthorized\n", 401).withHeader("WWW-Authenticate", "Basic");
    }
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    if (request.path == u"/-/ready"_s)
        return HttpResponse::text("Prometheus Server is Ready.\n");
    if (request.path == u"/-/healthy"_s)
        return HttpResponse::text("Prometheus Server is Healthy.\n");
    if (!request.path.startsWith(u"/api/v1/"_s))
        return HttpResponse::text("404 page not found\n", 404);

    // Form-encoded bodies come first, then the URL's parameters (Go's r.FormValue reads both).
    PromParams params;
    if (post)
        parseForm(request.body, &params);
    const qsizetype mark = request.target.indexOf('?');
    if (mark >= 0)
        parseForm(request.target.mid(mark + 1), &params);
    const QString endpoint = request.path.mid(8);
    if (endpoint == u"status/buildinfo"_s && get) {
        return success(QJsonObject{{u"version"_s, u"3.14.0"_s},
                                   {u"revision"_s, u"d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86"_s},
                                   {u"branch"_s, u"HEAD"_s},
                                   {u"buildUser"_s, u"root@labsim"_s},
                                   {u"buildDate"_s, u"20260301-10:12:44"_s},
                                   {u"goVersion"_s, u"go1.26.0"_s}});
    }
    if (!get && !post)
        return HttpResponse::text("Method Not Allowed\n", 405);
    if (endpoint == u"query"_s)
        return query(params);
    if (endpoint == u"query_range"_s)
        return queryRange(params);
    if (endpoint == u"series"_s)
        return series(params);
    if (endpoint == u"labels"_s)
        return labels(params, QString());
    if (endpoint.startsWith(u"label/"_s) && endpoint.endsWith(u"/values"_s)) {
        const QString name = endpoint.mid(6, endpoint.size() - 6 - 7);
        static const QRegularExpression valid(u"^[a-zA-Z_][a-zA-Z0-9_]*$"_s);
        if (!valid.match(name).hasMatch())
            return badData(u"invalid label name: \"%1\""_s.arg(name));
        return labels(params, name);
    }
    return HttpResponse::text("404 page not found\n", 404);
}

HttpResponse PrometheusService::query(const PromParams &params)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    qint64 t = now;
    const QString timeText = param(params, u"time"_s);
    if (!timeText.isEmpty() && !parseTime(timeText, &t))
        return badData(invalidParam(u"time"_s, u"cannot parse \"%1\" to a valid timestamp"_s.arg(timeText)));
    QString error;
    const auto parsed = PromQuery::parse(param(params, u"query"_s), &error);
    if (!parsed)
        return badData(invalidParam(u"query"_s, error));
    PromValue value;
    if (!parsed->evaluate(*m_store, t, now, &value, &error))
        return apiError(u"execution"_s, error, 422);
    QJsonObject data;
    switch (value.type) {
    case PromValue::Type::Scalar:
        data.insert(u"resultType"_s, u"scalar"_s);
        data.insert(u"result"_s, point(t, value.scalar));
        break;
    case PromValue::Type::Vector: {
        QJsonArray result;
        for (const PromInstant &e : value.vector)
            result.append(QJsonObject{{u"metric"_s, labelsJson(e.labels)}, {u"value"_s, point(t, e.v)}});
        data.insert(u"resultType"_s, u"vector"_s);
        data.insert(u"result"_s, result);
        break;
    }
    case PromValue::Type::Matrix: {
        // Written straight into JSON text, as query_range is: `monitor_status[7d]` holds a quarter of a
        // million samples, which as QJsonArrays would cost this process a hundred megabytes.
        QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
        for (size_t i = 0; i < value.matrix.size(); ++i) {
            const PromRangeSeries &s = value.matrix[i];
            if (i > 0)
                body += ',';
            body +=
                "{\"metric\":" + QJsonDocument(labelsJson(s.labels)).toJson(QJsonDocument::Compact) + ",\"values\":[";
            for (size_t j = 0; j < s.samples.size(); ++j) {
                if (j > 0)
                    body += ',';
                appendPoint(body, s.samples[j].tMs, s.samples[j].v);
            }
            body += "]}";
        }
        body += "]}}";
        return HttpResponse::text(body, 200, "application/json");
    }
    }
    return success(data);
}

HttpResponse PrometheusService::queryRange(const PromParams &params)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    qint64 start = 0;
    qint64 end = 0;
    qint64 stepNs = 0;
    const QString startText = param(params, u"start"_s);
    const QString endText = param(params, u"end"_s);
    const QString stepText = param(params, u"step"_s);
    if (!parseTime(startText, &start))
        return badData(invalidParam(u"start"_s, u"cannot parse \"%1\" to a valid timestamp"_s.arg(startText)));
    if (!parseTime(endText, &end))
        return badData(invalidParam(u"end"_s, u"cannot parse \"%1\" to a valid timestamp"_s.arg(endText)));
    if (end < start)
        return badData(invalidParam(u"end"_s, u"end timestamp must not be before start time"_s));
    if (!parseDurationNs(stepText, &stepNs))
        return badData(invalidParam(u"step"_s, u"cannot parse \"%1\" to a valid duration"_s.arg(stepText)));
    if (stepNs <= 0) {
        return badData(invalidParam(
            u"step"_s, u"zero or negative query resolution step widths are not accepted. Try a positive integer"_s));
    }
    // api.go: end.Sub(start)/step > 11000 — integer division of time.Durations.
    if ((end - start) * 1000000 / stepNs > 11000) {
        return badData(u"exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query "
                       u"resolution (?step=XX)"_s);
    }
    QString error;
    const auto parsed = PromQuery::parse(param(params, u"query"_s), &error);
    if (!parsed)
        return badData(invalidParam(u"query"_s, error));
    if (parsed->type() == PromValue::Type::Matrix) {
        return badData(invalidParam(u"query"_s, u"invalid expression type \"range vector\" for range query, must be "
                                                u"Scalar or instant Vector"_s));
    }
    // Points are written straight into JSON text: a 30-day query holds a quarter of a million points.
    struct Series
    {
        PromLabels labels;
        QByteArray values;
    };
    std::vector<Series> series;
    QHash<PromLabels, size_t> index;
    auto append = [&series, &index](const PromLabels &labels, qint64 t, double v) {
        auto it = index.constFind(labels);
        if (it == index.constEnd())
            it = index.insert(labels, size_t(series.size())), series.push_back({labels, {}});
        QByteArray &out = series[*it].values;
        if (!out.isEmpty())
            out += ',';
        appendPoint(out, t, v);
    };
    for (qint64 stepIndex = 0;; ++stepIndex) {
        const qint64 t = start + qint64((double(stepIndex) * double(stepNs)) / 1e6);
        if (t > end)
            break;
        PromValue value;
        if (!parsed->evaluate(*m_store, t, now, &value, &error, false))
            return apiError(u"execution"_s, error, 422);
        if (value.type == PromValue::Type::Scalar) {
            append({}, t, value.scalar);
            continue;
        }
        for (const PromInstant &e : value.vector)
            append(e.labels, t, e.v);
    }
    std::sort(series.begin(), series.end(), [](const Series &a, const Series &b) { return a.labels < b.labels; });
    QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
    for (size_t i = 0; i < series.size(); ++i) {
        if (i > 0)
            body += ',';
        body += "{\"metric\":" + QJsonDocument(labelsJson(series[i].labels)).toJson(QJsonDocument::Compact) +
                ",\"values\":[" + series[i].values + "]}";
    }
    body += "]}}";
    return HttpResponse::text(body, 200, "application/json");
}

HttpResponse PrometheusService::series(const PromParams &params)
{
    const QStringList matches = paramValues(params, u"match[]"_s);
    if (matches.isEmpty())
        return badData(u"no match[] parameter provided"_s);
    QSet<const MetricSeries *> seen;
    QJsonArray result;
    for (const QString &match : matches) {
        QString error;
        const auto parsed = PromQuery::parse(match, &error);
        if (!parsed)
            return badData(invalidParam(u"match[]"_s, error));
        std::vector<const MetricSeries *> found;
        if (!parsed->matchingSeries(*m_store, &found))
            return badData(invalidParam(u"match[]"_s, u"1:1: parse error: not a vector selector"_s));
        for (const MetricSeries *s : found) {
            if (seen.contains(s))
                continue;
            seen.insert(s);
            result.append(labelsJson(s->labels));
        }
    }
    return success(result);
}

HttpResponse PrometheusService::labels(const PromParams &params, const QString &valuesOf)
{
    const QStringList matches = paramValues(params, u"match[]"_s);
    QSet<QString> names;
    auto collect = [&](const PromLabels &labels) {
        for (const auto &[name, value] : labels) {
            if (valuesOf.isEmpty())
                names.insert(name);
            else if (name == valuesOf)
                names.insert(value);
        }
    };
    if (matches.isEmpty()) {
        for (const MetricSeries &s : m_store->series())
            collect(s.labels);
    }
    for (const QString &match : matches) {
        QString error;
        const auto parsed = PromQuery::parse(match, &error);
        if (!parsed)
            return badData(invalidParam(u"match[]"_s, error));
        std::vector<const MetricSeries *> found;
        if (!parsed->matchingSeries(*m_store, &found))
            return badData(invalidParam(u"match[]"_s, u"1:1: parse error: not a vector selector"_s));
        for (const MetricSeries *s : found)
            collect(s->labels);
    }
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return success(QJsonArray::fromStringList(sorted));
}

} // namespace KryNet::LabSim
