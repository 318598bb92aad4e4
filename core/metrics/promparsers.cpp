#include "core/metrics/promparsers.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>

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

/**
 * A single-pass reader of the query envelope straight from the bytes: a 7-day monitor_status chunk is
 * megabytes of [t,"v"] pairs, and a QJsonDocument of it holds ~150 bytes per sample (a container per
 * pair) where a Sample takes 16. Strict JSON; nesting is limited; anything unexpected is an error.
 */
class StreamReader final
{
public:
    StreamReader(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    {}

    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] qint64 offset(const char *base) const { return qint64(m_p - base); }
    [[nodiscard]] bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    /// Skips space; true (and consumes it) when the next character is @p c.
    bool take(char c)
    {
        skipSpace();
        if (m_p != m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool expect(char c) { return take(c) || fail(u"expected '%1' at offset"_s.arg(QLatin1Char(c))); }
    [[nodiscard]] char peek()
    {
        skipSpace();
        return m_p == m_end ? '\0' : *m_p;
    }

    /// A string; @p out may be null (validated and skipped).
    bool string(QString *out)
    {
        if (!take('"'))
            return fail(u"expected a string"_s);
        const char *start = m_p;
        // Fast path: no escapes.
        while (m_p != m_end && *m_p != '"' && *m_p != '\\') {
            if (uchar(*m_p) < 0x20)
                return fail(u"control character in a string"_s);
            ++m_p;
        }
        if (m_p == m_end)
            return fail(u"unterminated string"_s);
        if (*m_p == '"') {
            if (out)
                *out = QString::fromUtf8(start, m_p - start);
            ++m_p;
            return true;
        }
        QByteArray utf8(start, m_p - start);
        while (m_p != m_end && *m_p != '"') {
            const char c = *m_p++;
            if (uchar(c) < 0x20)
                return fail(u"control character in a string"_s);
            if (c != '\\') {
                utf8 += c;
                continue;
            }
            if (m_p == m_end)
                break;
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                utf8 += e;
                break;
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'u': {
                uint code = 0;
                if (!hex4(&code))
                    return fail(u"invalid \\u escape"_s);
                if (code >= 0xD800 && code < 0xDC00 && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                    m_p += 2;
                    uint low = 0;
                    if (!hex4(&low))
                        return fail(u"invalid \\u escape"_s);
                    if (low >= 0xDC00 && low < 0xE000)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    else
                        code = 0xFFFD;
                } else if (code >= 0xD800 && code < 0xE000) {
                    code = 0xFFFD; // a lone surrogate
                }
                const char32_t c32 = char32_t(code);
                utf8 += QString::fromUcs4(&c32, 1).toUtf8();
                break;
            }
            default:
                return fail(u"invalid escape in a string"_s);
            }
        }
        if (m_p == m_end)
            return fail(u"unterminated string"_s);
        ++m_p;
        if (out)
            *out = QString::fromUtf8(utf8);
        return true;
    }

    /// A JSON number (strict grammar).
    bool number(double *out)
    {
        skipSpace();
        const char *start = m_p;
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail(u"expected a number"_s);
        if (*m_p == '0')
            ++m_p;
        else
            skipDigits();
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return fail(u"invalid number"_s);
            skipDigits();
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return fail(u"invalid number"_s);
            skipDigits();
        }
        double value = 0;
        const auto [ptr, ec] = std::from_chars(start, m_p, value);
        if (ec == std::errc::result_out_of_range) {
            // Beyond double: strtod gives ±HUGE_VAL or 0 (underflow), as QJsonDocument would.
            value = std::strtod(std::string(start, m_p).c_str(), nullptr);
        } else if (ec != std::errc() || ptr != m_p) {
            return fail(u"invalid number"_s);
        }
        *out = value;
        return true;
    }

    /// Any value, validated and skipped.
    bool skipValue(int depth = 0)
    {
        if (depth > 128)
            return fail(u"nested too deeply"_s);
        switch (peek()) {
        case '{':
            ++m_p;
            if (take('}'))
                return true;
            do {
                if (!string(nullptr) || !expect(':') || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return expect('}');
        case '[':
            ++m_p;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return expect(']');
        case '"':
            return string(nullptr);
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default: {
            double ignored = 0;
            return number(&ignored);
        }
        }
    }

    /// Iterates an object: @p member(key) reads the value (or skips it) and returns false on failure.
    template <typename F>
    bool object(F member)
    {
        if (!take('{'))
            return fail(u"expected an object"_s);
        if (take('}'))
            return true;
        do {
            QString key;
            if (!string(&key) || !expect(':') || !member(key))
                return false;
        } while (take(','));
        return expect('}');
    }

    /// Iterates an array: @p element() reads one element.
    template <typename F>
    bool array(F element)
    {
        if (!take('['))
            return fail(u"expected a list"_s);
        if (take(']'))
            return true;
        do {
            if (!element())
                return false;
        } while (take(','));
        return expect(']');
    }

    /// [t, "v"] → Sample, with the checks of samplePair().
    bool sample(Sample *out)
    {
        double t = 0;
        if (!take('[') || !number(&t) || !expect(','))
            return fail(u"a sample is not [time, \"value\"]"_s);
        if (!std::isfinite(t) || std::abs(t) > 1e12)
            return fail(u"a sample time is out of range"_s);
        skipSpace();
        // Fast path: a plain number in quotes.
        double v = 0;
        if (m_p != m_end && *m_p == '"') {
            const char *start = m_p + 1;
            const char *close = static_cast<const char *>(std::memchr(start, '"', size_t(m_end - start)));
            if (!close)
                return fail(u"unterminated string"_s);
            // Digits first (or "-" and a digit): from_chars alone would also take "inf" and "nan".
            const bool plain =
                close > start && (isDigit(*start) || (*start == '-' && close - start > 1 && isDigit(start[1])));
            const auto [ptr, ec] =
                plain ? std::from_chars(start, close, v) : std::from_chars_result{start, std::errc::invalid_argument};
            if (ec == std::errc() && ptr == close) {
                m_p = close + 1;
            } else {
                QString text;
                if (!string(&text))
                    return false;
                const auto parsed = PromParsers::sampleValue(text);
                if (!parsed)
                    return fail(u"a sample value is not a number"_s);
                v = *parsed;
            }
        } else {
            return fail(u"a sample is not [time, \"value\"]"_s);
        }
        if (!expect(']'))
            return false;
        out->tMs = qint64(std::llround(t * 1000.0));
        out->value = v;
        return true;
    }

    /// Where the reader stands (for a second pass over a part recorded by skipValue()).
    [[nodiscard]] const char *position() const { return m_p; }

private:
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    void skipDigits()
    {
        while (m_p != m_end && isDigit(*m_p))
            ++m_p;
    }
    bool word(const char *w)
    {
        const size_t n = std::strlen(w);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, w, n) != 0)
            return fail(u"invalid literal"_s);
        m_p += n;
        return true;
    }
    bool hex4(uint *out)
    {
        if (m_end - m_p < 4)
            return false;
        uint v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint(c - 'A' + 10);
            else
                return false;
        }
        *out = v;
        return true;
    }

    const char *m_p;
    const char *m_end;
    QString m_error;
};

/// The "result" of a query envelope (recorded as a byte span) read for @p type.
Result<QueryResult> readResult(const char *begin, const char *end, const QString &type, QueryResult out)
{
    StreamReader r(begin, end);
    if (type == u"scalar"_s || type == u"string"_s) {
        out.type = type == u"scalar"_s ? QueryResult::Type::Scalar : QueryResult::Type::String;
        Series series;
        if (type == u"scalar"_s) {
            Sample sample;
            if (!r.sample(&sample))
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
    if (r.peek() != '[')
        return parseError(u"result is not a list"_s);
    int index = 0;
    const bool ok = r.array([&] {
        Series series;
        bool hasLabels = false;
        bool hasValues = false;
        bool histogram = false;
        if (r.peek() != '{')
            return r.fail(u"result[%1].metric is not a label set"_s.arg(index));
        const bool row = r.object([&](const QString &key) {
            if (key == u"metric"_s) {
                series.labels.clear();
                hasLabels = r.object([&](const QString &name) {
                    QString value;
                    if (r.peek() != '"')
                        return r.fail(u"result[%1].metric is not a label set"_s.arg(index));
                    if (!r.string(&value))
                        return false;
                    series.labels.insert(name, value);
                    return true;
                });
                return hasLabels || r.fail(u"result[%1].metric is not a label set"_s.arg(index));
            }
            if (matrix && key == u"values"_s) {
                series.samples.clear();
                if (r.peek() != '[')
                    return r.fail(u"result[%1].values is not a list"_s.arg(index));
                hasValues = r.array([&] {
                    Sample sample;
                    if (!r.sample(&sample))
                        return r.fail(u"result[%1].values has an invalid sample"_s.arg(index));
                    series.samples.push_back(sample);
                    return true;
                });
                return hasValues;
            }
            if (!matrix && key == u"value"_s) {
                series.samples.clear();
                Sample sample;
                if (!r.sample(&sample))
                    return r.fail(u"result[%1].value is not [time, \"value\"]"_s.arg(index));
                series.samples.push_back(sample);
                hasValues = true;
                return true;
            }
            if (key == u"histograms"_s || key == u"histogram"_s)
                histogram = true;
            return r.skipValue();
        });
        if (!row)
            return false;
        if (!hasLabels)
            return r.fail(u"result[%1].metric is not a label set"_s.arg(index));
        if (!hasValues && histogram) {
            ++index;
            return true; // native histograms: not a time series of numbers, skipped
        }
        if (!hasValues)
            return r.fail(matrix ? u"result[%1].values is not a list"_s.arg(index)
                                 : u"result[%1].value is not [time, \"value\"]"_s.arg(index));
        series.samples.shrink_to_fit();
        out.series.push_back(std::move(series));
        ++index;
        return true;
    });
    if (!ok)
        return parseError(r.error());
    return out;
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
    const char *base = json.constData();
    StreamReader r(base, base + json.size());
    QString status;
    QString errorType;
    QString errorMessage;
    QueryResult out;
    const char *dataBegin = nullptr;
    const char *dataEnd = nullptr;
    if (r.peek() != '{')
        return parseError(u"the answer is not a JSON object"_s);
    const bool root = r.object([&](const QString &key) {
        if (key == u"status"_s)
            return r.peek() == '"' ? r.string(&status) : r.skipValue();
        if (key == u"errorType"_s)
            return r.peek() == '"' ? r.string(&errorType) : r.skipValue();
        if (key == u"error"_s)
            return r.peek() == '"' ? r.string(&errorMessage) : r.skipValue();
        if (key == u"warnings"_s && r.peek() == '[') {
            out.warnings.clear();
            return r.array([&] {
                QString w;
                if (r.peek() == '"') {
                    if (!r.string(&w))
                        return false;
                    out.warnings.append(w);
                    return true;
                }
                return r.skipValue();
            });
        }
        if (key == u"data"_s) {
            r.skipSpace();
            dataBegin = r.position();
            const bool ok = r.skipValue();
            dataEnd = r.position();
            return ok;
        }
        return r.skipValue();
    });
    if (!root || !r.atEnd())
        return parseError(u"invalid JSON at offset %1: %2"_s.arg(r.offset(base)).arg(r.error()));
    if (status == u"error"_s)
        return Error(Error::Code::Remote, PromParsers::tr("Prometheus refused the query: %1").arg(errorMessage),
                     u"errorType=%1"_s.arg(errorType));
    if (status != u"success"_s)
        return parseError(u"envelope status is \"%1\""_s.arg(status.left(40)));

    // "data": its resultType first (members may come in any order), then its result.
    QString type;
    const char *resultBegin = nullptr;
    const char *resultEnd = nullptr;
    if (dataBegin && dataBegin != dataEnd && *dataBegin == '{') {
        StreamReader d(dataBegin, dataEnd);
        const bool ok = d.object([&](const QString &key) {
            if (key == u"resultType"_s)
                return d.peek() == '"' ? d.string(&type) : d.skipValue();
            if (key == u"result"_s) {
                d.skipSpace();
                resultBegin = d.position();
                const bool skipped = d.skipValue();
                resultEnd = d.position();
                return skipped;
            }
            return d.skipValue();
        });
        if (!ok)
            return parseError(d.error());
    }
    if (!resultBegin) {
        static const char null[] = "null";
        resultBegin = null;
        resultEnd = null + 4;
    }
    return readResult(resultBegin, resultEnd, type, std::move(out));
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
