#include "core/metrics/prometheusclient.h"

#include <memory>

#include <QJsonDocument>
#include <QPromise>
#include <QRegularExpression>
#include <QUrlQuery>

#include "core/common/futurewatch.h"
#include "core/http/serviceclient.h"
#include "core/metrics/downsample.h"
#include "core/metrics/promparsers.h"

using namespace Qt::StringLiterals;

namespace KryNet::Metrics
{

namespace
{

template <typename T>
QFuture<Result<T>> ready(const Error &error)
{
    return QtFuture::makeReadyFuture(Result<T>(error));
}

} // namespace

PrometheusClient::PrometheusClient(ServiceClient *prometheus, ServiceClient *uptimeKuma, QObject *parent)
    : QObject(parent)
    , m_prometheus(prometheus)
    , m_kuma(uptimeKuma)
{}

PrometheusClient::~PrometheusClient() = default;

Error PrometheusClient::noPrometheus() const
{
    return Error(Error::Code::Config, tr("This profile has no Prometheus service: add it to the profile first."));
}

QFuture<Result<QJsonDocument>> PrometheusClient::getJson(const QString &path, const QUrlQuery &query)
{
    // Parsed on a worker thread: a 30-day query_range answer is several megabytes.
    return m_prometheus->getLargeJson(path, query);
}

QFuture<Result<QueryResult>> PrometheusClient::getQueryResult(const QString &path, const QUrlQuery &query)
{
    // Read straight from the bytes on a worker thread (PromParsers::queryResult streams): a QJsonDocument
    // of a 7-day chunk would hold ten times the memory of its samples.
    return m_prometheus->send(HttpRequest::get(path, query))
        .then(QtFuture::Launch::Async,
              [service = m_prometheus->service()](const Result<HttpResponse> &response) -> Result<QueryResult> {
                  if (!response)
                      return response.error();
                  Result<QueryResult> parsed = PromParsers::queryResult(response->body);
                  if (parsed || parsed.error().code() != Error::Code::Parse)
                      return parsed;
                  // Not the envelope: the shared checks name a login page, a cut-off or broken document.
                  const Result<QJsonDocument> document = ServiceClient::parseJson(service, *response);
                  if (!document)
                      return document.error();
                  return parsed;
              });
}

QFuture<Result<QueryResult>> PrometheusClient::query(const QString &expression, std::optional<qint64> timeSecs)
{
    if (!m_prometheus)
        return ready<QueryResult>(noPrometheus());
    QUrlQuery query;
    query.addQueryItem(u"query"_s, expression);
    if (timeSecs)
        query.addQueryItem(u"time"_s, QString::number(*timeSecs));
    return getQueryResult(u"/api/v1/query"_s, query);
}

QFuture<Result<QueryResult>> PrometheusClient::queryRange(const QString &expression, qint64 startSecs, qint64 endSecs,
                                                          qint64 stepSecs)
{
    if (!m_prometheus)
        return ready<QueryResult>(noPrometheus());
    if (stepSecs <= 0 || endSecs < startSecs || (endSecs - startSecs) / stepSecs > Downsampler::MaxPointsPerSeries)
        return ready<QueryResult>(Error(Error::Code::Config, tr("The chart asked for too many points."),
                                        u"start=%1 end=%2 step=%3"_s.arg(startSecs).arg(endSecs).arg(stepSecs)));
    QUrlQuery query;
    query.addQueryItem(u"query"_s, expression);
    query.addQueryItem(u"start"_s, QString::number(startSecs));
    query.addQueryItem(u"end"_s, QString::number(endSecs));
    query.addQueryItem(u"step"_s, QString::number(stepSecs));
    return getQueryResult(u"/api/v1/query_range"_s, query);
}

QFuture<Result<QList<Labels>>> PrometheusClient::series(const QStringList &match, qint64 startSecs, qint64 endSecs)
{
    if (!m_prometheus)
        return ready<QList<Labels>>(noPrometheus());
    QUrlQuery query;
    for (const QString &m : match)
        query.addQueryItem(u"match[]"_s, m);
    query.addQueryItem(u"start"_s, QString::number(startSecs));
    query.addQueryItem(u"end"_s, QString::number(endSecs));
    return getJson(u"/api/v1/series"_s, query).then([](const Result<QJsonDocument> &document) {
        return document ? PromParsers::seriesList(*document) : Result<QList<Labels>>(document.error());
    });
}

QFuture<Result<QStringList>> PrometheusClient::labels(const QString &labelName)
{
    if (!m_prometheus)
        return ready<QStringList>(noPrometheus());
    static const QRegularExpression labelGrammar(u"^[a-zA-Z_][a-zA-Z0-9_]*$"_s);
    if (!labelName.isEmpty() && !labelGrammar.match(labelName).hasMatch())
        return ready<QStringList>(
            Error(Error::Code::Config, tr("“%1” is not a Prometheus label name.").arg(labelName)));
    const QString path = labelName.isEmpty() ? u"/api/v1/labels"_s : u"/api/v1/label/%1/values"_s.arg(labelName);
    return getJson(path, {}).then([](const Result<QJsonDocument> &document) {
        return document ? PromParsers::stringList(*document) : Result<QStringList>(document.error());
    });
}

bool PrometheusClient::isValidSlug(const QString &slug)
{
    static const QRegularExpression grammar(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    return grammar.match(slug).hasMatch();
}

QFuture<Result<StatusPage>> PrometheusClient::statusPage(const QString &slug)
{
    if (!m_kuma)
        return ready<StatusPage>(
            Error(Error::Code::Config, tr("This profile has no Uptime Kuma service: add it to the profile first.")));
    if (!isValidSlug(slug))
        return ready<StatusPage>(
            Error(Error::Code::Config,
                  tr("“%1” is not a status-page slug (lower-case letters, digits and dashes).").arg(slug)));
    auto promise = std::make_shared<QPromise<Result<StatusPage>>>();
    promise->start();
    auto result = promise->future();
    auto page = std::make_shared<std::optional<Result<QJsonDocument>>>();
    auto beats = std::make_shared<std::optional<Result<QJsonDocument>>>();
    auto finish = [promise, page, beats] {
        if (!page->has_value() || !beats->has_value())
            return;
        const Result<QJsonDocument> &p = **page;
        const Result<QJsonDocument> &b = **beats;
        if (!p)
            promise->addResult(Result<StatusPage>(p.error()));
        else if (!b)
            promise->addResult(Result<StatusPage>(b.error()));
        else
            promise->addResult(PromParsers::statusPage(*p, *b));
        promise->finish();
    };
    whenDone(m_kuma->getJson(u"/api/status-page/"_s + slug), this, [page, finish](const Result<QJsonDocument> &r) {
        *page = r;
        finish();
    });
    whenDone(m_kuma->getJson(u"/api/status-page/heartbeat/"_s + slug), this,
             [beats, finish](const Result<QJsonDocument> &r) {
                 *beats = r;
                 finish();
             });
    return result;
}

} // namespace KryNet::Metrics
