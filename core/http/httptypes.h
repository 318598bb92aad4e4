#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace KryNet
{

enum class HttpMethod {
    Get,
    Post,
    Put,
    Delete,
    Patch, ///< LiteLLM's credential updates, Bazarr's actions
};

/**
 * One request to a service, relative to the service's base URL.
 *
 * Contracts:
 *  - path is joined to the base URL's path ("api/v3/health" and "/api/v3/health" are the same), so a
 *    configured URL base such as https://host/sonarr is kept;
 *  - authenticate=false sends no service credentials (anonymous probes such as /ping); Cloudflare
 *    Access headers are still sent in public mode, they belong to the transport, not the service;
 *  - only Get is ever retried automatically (HttpMethod is idempotent only for Get here).
 */
struct HttpRequest
{
    HttpMethod method = HttpMethod::Get;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; ///< empty with a body: application/json
    bool authenticate = true;
    /// Extra request headers set by a service's own client (NPM's login token: a header, never the URL).
    QList<QPair<QByteArray, QByteArray>> headers;
    std::optional<std::chrono::milliseconds> timeout; ///< idle timeout override (reset on progress)

    [[nodiscard]] static HttpRequest get(const QString &path, const QUrlQuery &query = {});
    [[nodiscard]] static HttpRequest post(const QString &path, const QByteArray &body,
                                          const QByteArray &contentType = "application/json");
    [[nodiscard]] static HttpRequest put(const QString &path, const QByteArray &body,
                                         const QByteArray &contentType = "application/json");
    [[nodiscard]] static HttpRequest deleteResource(const QString &path, const QUrlQuery &query = {});
    [[nodiscard]] static HttpRequest patch(const QString &path, const QByteArray &body,
                                           const QByteArray &contentType = "application/json");
    /// A PATCH without a body (the action is in the query).
    [[nodiscard]] static HttpRequest patch(const QString &path, const QUrlQuery &query = {});

    [[nodiscard]] static QString methodName(HttpMethod method);
};

/**
 * A complete answer with a 2xx status (errors never reach here: they are KryNet::Error values).
 * url is the final URL WITHOUT any credential that the auth style put into the query (SABnzbd).
 */
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0; ///< first byte sent to last byte received, over all attempts
    int attempts = 1;

    /// Case-insensitive header lookup; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

} // namespace KryNet
