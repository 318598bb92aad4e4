#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QFuture>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkCookie>
#include <QObject>
#include <QUrl>

#include "core/common/result.h"
#include "core/config/accessmode.h"
#include "core/config/profile.h"
#include "core/config/servicecatalog.h"
#include "core/http/httptypes.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace KryNet
{

class SecretStore;

/**
 * The HTTPS client of one service of one profile (issue 4, DESIGN.md §1/§3/§4).
 *
 * Threading: lives on the thread of the injected QNetworkAccessManager (the GUI thread). Everything is
 * asynchronous: no waitFor*, no nested event loops. The manager is shared by every client and owned
 * by the composition root; the client never changes its global state (proxy, cookie jar, cache).
 *
 * Contracts:
 *  - The base URL is Profile::serviceUrl(service, mode): a configured URL always wins; the mode is the
 *    profile's unless setAccessMode() overrides it (mode auto-detection).
 *  - Credentials are read from the SecretStore for every request (never cached beyond the request,
 *    except qBittorrent's session cookie), per the service's ServiceAuth style:
 *    X-Api-Key header (never ?apikey= for the *arrs, Seerr, Immich), Authorization: Bearer,
 *    Jellyfin's `Authorization: MediaBrowser Client=…, Token="…"`, SABnzbd's apikey query parameter
 *    (its only option: redacted in every log line and absent from HttpResponse::url and error details),
 *    HTTP basic, and qBittorrent's cookie login (Referer/Origin equal to the base URL, one re-login on 403).
 *  - In public mode CF-Access-Client-Id / CF-Access-Client-Secret are sent; a redirect to
 *    *.cloudflareaccess.com or its HTML login page is reported as a Cloudflare Access error.
 *  - TLS: the system trust store, or the profile's per-host pin (TlsPin): a pinned host is accepted only
 *    when the presented leaf matches, also when the system would trust it; a mismatch aborts the
 *    connection before any request byte (and so any credential) is sent.
 *  - Redirects are followed only within the same origin (scheme, host, port), at most maxRedirects.
 *  - The idle timeout restarts on every upload/download progress; the deadline bounds a whole attempt
 *    (a server dribbling bytes is cut off, and not retried); answers above maxResponseBytes are
 *    aborted as soon as the limit is crossed (or announced by Content-Length).
 *  - Only GET is retried (network failures, timeouts, 502/503/504) with exponential backoff + jitter;
 *    POST/PUT/DELETE are never sent twice, except after qBittorrent's 403 "no session" (not executed).
 *  - Every future finishes exactly once; destroying the client finishes pending ones with Cancelled.
 */
class ServiceClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceClient)

public:
    struct Options
    {
        std::chrono::milliseconds timeout{15000}; ///< idle time without progress before giving up
        /// Longest one attempt may take, progress or not (a slowloris server); never shorter than timeout.
        std::chrono::milliseconds deadline{120000};
        qint64 maxResponseBytes = 32LL * 1024 * 1024;
        int maxGetRetries = 2;
        std::chrono::milliseconds retryDelay{300}; ///< first backoff step; doubles per retry
        int maxRedirects = 5;
    };

    ServiceClient(QNetworkAccessManager *network, SecretStore *secrets, const Profile &profile, const QString &service,
                  QObject *parent = nullptr);
    ~ServiceClient() override;

    [[nodiscard]] const QString &service() const { return m_service; }
    [[nodiscard]] ServiceAuth authStyle() const { return m_auth; }
    [[nodiscard]] AccessMode accessMode() const { return m_mode; }
    /// Uses @p mode's URL instead of the profile's current mode (auto-detection, probes).
    void setAccessMode(AccessMode mode) { m_mode = mode; }
    /// Replaces the profile (e.g. after a pin was added); a qBittorrent session is kept.
    void setProfile(const Profile &profile);
    [[nodiscard]] const Profile &profile() const { return m_profile; }

    [[nodiscard]] const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    [[nodiscard]] Result<QUrl> baseUrl() const;

    /// Any request; a Result value is a 2xx answer with its raw body.
    [[nodiscard]] QFuture<Result<HttpResponse>> send(const HttpRequest &request);
    /// Like send(), then the body parsed as JSON (an empty 2xx body gives a null document). HTML where
    /// JSON was expected, truncated and invalid JSON are typed errors.
    [[nodiscard]] QFuture<Result<QJsonDocument>> sendJson(const HttpRequest &request);

    [[nodiscard]] QFuture<Result<QJsonDocument>> getJson(const QString &path, const QUrlQuery &query = {});
    /// getJson() for answers of megabytes (a 30-day query_range, qBittorrent's maindata of 10,000 torrents):
    /// the body is parsed on a worker thread, and a continuation attached without a context runs there
    /// too, so keep those pure (parse, merge) and deliver to QObjects with whenDone().
    [[nodiscard]] QFuture<Result<QJsonDocument>> getLargeJson(const QString &path, const QUrlQuery &query = {});
    [[nodiscard]] QFuture<Result<QJsonDocument>> postJson(const QString &path, const QJsonDocument &body);
    [[nodiscard]] QFuture<Result<QJsonDocument>> putJson(const QString &path, const QJsonDocument &body);
    [[nodiscard]] QFuture<Result<QJsonDocument>> deleteJson(const QString &path, const QUrlQuery &query = {});

    /// qBittorrent session cookies currently held (empty for other styles). Their values are registered
    /// with Redaction. Exposed for diagnostics and tests.
    [[nodiscard]] QList<QNetworkCookie> sessionCookies() const { return m_sessionCookies; }
    /// Number of cookie logins performed so far.
    [[nodiscard]] int loginCount() const { return m_loginCount; }

    /// The secret purpose @p service authenticates with ("sonarr.api-key", "litellm.master-key",
    /// "qbittorrent.password"); empty for services without credentials.
    [[nodiscard]] static QString credentialPurpose(const QString &service);

    /// Parses a 2xx body as JSON with the typed errors of sendJson(); pure, for tests and callers of send().
    [[nodiscard]] static Result<QJsonDocument> parseJson(const QString &service, const HttpResponse &response);
    /// True when @p body / @p contentType look like Cloudflare Access's login or block page.
    [[nodiscard]] static bool isCloudflareAccessPage(const QByteArray &contentType, const QByteArray &body);

private:
    struct Call;
    using Completion = std::function<void(Result<HttpResponse>)>;

    void start(const HttpRequest &request, Completion done, bool isLogin = false);
    void readSecrets(const std::shared_ptr<Call> &call, QStringList purposes, std::function<void(Result<void>)> done);
    [[nodiscard]] QStringList secretPurposes(const HttpRequest &request) const;
    void prepareSession(const std::shared_ptr<Call> &call);
    void ensureSession(const QString &password, std::function<void(Result<void>)> done);
    void startAttempt(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryOrFail(const std::shared_ptr<Call> &call, const Error &error, bool retryable);
    void complete(const std::shared_ptr<Call> &call, Result<HttpResponse> result);
    [[nodiscard]] QString describe(const Call &call) const;
    [[nodiscard]] QByteArray mediaBrowserAuthorization(const QString &token) const;
    [[nodiscard]] QString username() const;

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    Profile m_profile;
    QString m_service;
    ServiceAuth m_auth = ServiceAuth::None;
    AccessMode m_mode;
    Options m_options;
    QList<std::shared_ptr<Call>> m_calls;

    // qBittorrent cookie session.
    QList<QNetworkCookie> m_sessionCookies;
    bool m_loggedIn = false;
    bool m_loginInProgress = false;
    int m_sessionGeneration = 0;
    int m_loginCount = 0;
    QList<std::function<void(Result<void>)>> m_loginWaiters;
};

} // namespace KryNet
