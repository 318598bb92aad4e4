#include "core/http/serviceclient.h"

#include <utility>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QTimer>

#include "core/common/futurewatch.h"
#include "core/common/logging.h"
#include "core/common/redaction.h"
#include "core/http/httperrors.h"
#include "core/http/tlspin.h"
#include "core/secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

struct ServiceClient::Call
{
    HttpRequest request;
    Completion done;
    QUrl url;                        ///< current URL without credentials (changes on same-origin redirects)
    QHash<QString, QString> secrets; ///< purpose → value, for this request only
    QElapsedTimer elapsed;
    int attempts = 0;
    int redirects = 0;
    bool isLogin = false;
    bool reloggedIn = false;
    bool finished = false;
    int sessionGeneration = 0;

    // Per attempt.
    QPointer<QNetworkReply> reply;
    QByteArray buffer;
    bool timedOut = false;
    bool pastDeadline = false; ///< the attempt ran longer than Options::deadline (slowloris)
    bool tooLarge = false;
    bool pinMismatch = false;
    bool handshakeSeen = false; ///< false on a reused (kept-alive) connection
    QList<QSslError> sslErrors;
    QString presentedFingerprint;
};

namespace
{

QString apiKeyPurpose(const QString &service)
{
    if (service == u"litellm"_s)
        return QString::fromLatin1(SecretKeys::LiteLlmMasterKey);
    return SecretKeys::apiKey(service);
}

QUrl joinUrl(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    if (!query.isEmpty())
        url.setQuery(query);
    if (path.isEmpty())
        return url; // the base URL itself
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QString relative = path;
    if (!relative.startsWith(u'/'))
        relative.prepend(u'/');
    url.setPath(basePath + relative);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString origin(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == u"https"_s ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort) == b.port(defaultPort);
}

QString redactedUrl(const QUrl &url)
{
    return Redaction::redact(url.toDisplayString());
}

QByteArray quoteHeaderValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'"', u'\'');
    escaped.remove(u'\r');
    escaped.remove(u'\n');
    return escaped.toUtf8();
}

bool isRetryableStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

} // namespace

ServiceClient::ServiceClient(QNetworkAccessManager *network, SecretStore *secrets, const Profile &profile,
                             const QString &service, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_profile(profile)
    , m_service(service)
    , m_mode(profile.accessMode())
{
    Q_ASSERT(m_network);
    if (const ServiceInfo *info = ServiceCatalog::find(service))
        m_auth = info->auth;
}

ServiceClient::~ServiceClient()
{
    const auto calls = m_calls;
    for (const auto &call : calls) {
        if (call->reply) {
            QObject::disconnect(call->reply, nullptr, this, nullptr);
            call->reply->abort();
            call->reply->deleteLater();
        }
        complete(call, HttpErrors::cancelled(u"client destroyed"_s));
    }
}

void ServiceClient::setProfile(const Profile &profile)
{
    const bool modeFollowedProfile = m_mode == m_profile.accessMode();
    m_profile = profile;
    if (modeFollowedProfile)
        m_mode = profile.accessMode();
}

Result<QUrl> ServiceClient::baseUrl() const
{
    return m_profile.serviceUrl(m_service, m_mode);
}

QFuture<Result<HttpResponse>> ServiceClient::send(const HttpRequest &request)
{
    auto promise = std::make_shared<QPromise<Result<HttpResponse>>>();
    promise->start();
    QFuture<Result<HttpResponse>> future = promise->future();
    start(request, [promise](Result<HttpResponse> result) {
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

QFuture<Result<QJsonDocument>> ServiceClient::sendJson(const HttpRequest &request)
{
    auto promise = std::make_shared<QPromise<Result<QJsonDocument>>>();
    promise->start();
    QFuture<Result<QJsonDocument>> future = promise->future();
    start(request, [promise, service = m_service](Result<HttpResponse> result) {
        if (result)
            promise->addResult(parseJson(service, *result));
        else
            promise->addResult(Result<QJsonDocument>(result.error()));
        promise->finish();
    });
    return future;
}

QFuture<Result<QJsonDocument>> ServiceClient::getJson(const QString &path, const QUrlQuery &query)
{
    return sendJson(HttpRequest::get(path, query));
}

QFuture<Result<QJsonDocument>> ServiceClient::getLargeJson(const QString &path, const QUrlQuery &query)
{
    return send(HttpRequest::get(path, query))
        .then(QtFuture::Launch::Async, [service = m_service](const Result<HttpResponse> &response) {
            if (!response)
                return Result<QJsonDocument>(response.error());
            return parseJson(service, *response);
        });
}

QFuture<Result<QJsonDocument>> ServiceClient::postJson(const QString &path, const QJsonDocument &body)
{
    return sendJson(HttpRequest::post(path, body.toJson(QJsonDocument::Compact)));
}

QFuture<Result<QJsonDocument>> ServiceClient::putJson(const QString &path, const QJsonDocument &body)
{
    return sendJson(HttpRequest::put(path, body.toJson(QJsonDocument::Compact)));
}

QFuture<Result<QJsonDocument>> ServiceClient::deleteJson(const QString &path, const QUrlQuery &query)
{
    return sendJson(HttpRequest::deleteResource(path, query));
}

void ServiceClient::start(const HttpRequest &request, Completion done, bool isLogin)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->isLogin = isLogin;
    call->done = std::move(done);
    call->elapsed.start();
    m_calls.append(call);

    const Result<QUrl> base = baseUrl();
    if (!base) {
        complete(call, base.error());
        return;
    }
    call->url = joinUrl(*base, request.path, request.query);

    readSecrets(call, secretPurposes(request), [this, call](Result<void> read) {
        if (!read) {
            complete(call, read.error());
            return;
        }
        prepareSession(call);
    });
}

QString ServiceClient::credentialPurpose(const QString &service)
{
    const ServiceInfo *info = ServiceCatalog::find(service);
    switch (info ? info->auth : ServiceAuth::None) {
    case ServiceAuth::None:
        return {};
    case ServiceAuth::ApiKeyHeader:
    case ServiceAuth::ApiKeyQuery:
    case ServiceAuth::Bearer:
    case ServiceAuth::MediaBrowser:
        return apiKeyPurpose(service);
    case ServiceAuth::CookieLogin:
    case ServiceAuth::Basic:
    case ServiceAuth::TokenLogin:
        return SecretKeys::password(service);
    }
    return {};
}

QStringList ServiceClient::secretPurposes(const HttpRequest &request) const
{
    QStringList purposes;
    if (m_mode == AccessMode::Public && !m_profile.cfAccessClientId().isEmpty())
        purposes.append(QString::fromLatin1(SecretKeys::CfAccessSecret));
    if (!request.authenticate)
        return purposes;
    switch (m_auth) {
    case ServiceAuth::None:
        break;
    case ServiceAuth::ApiKeyHeader:
    case ServiceAuth::ApiKeyQuery:
    case ServiceAuth::Bearer:
    case ServiceAuth::MediaBrowser:
        purposes.append(apiKeyPurpose(m_service));
        break;
    case ServiceAuth::CookieLogin:
    case ServiceAuth::Basic:
        purposes.append(SecretKeys::password(m_service));
        break;
    case ServiceAuth::TokenLogin:
        break; // the service's own client logs in and sends the token (NpmClient)
    }
    return purposes;
}

void ServiceClient::readSecrets(const std::shared_ptr<Call> &call, QStringList purposes,
                                std::function<void(Result<void>)> done)
{
    if (purposes.isEmpty()) {
        done(success());
        return;
    }
    if (!m_secrets) {
        done(Error(Error::Code::Keychain, tr("No secret store is available."), u"ServiceClient without store"_s));
        return;
    }
    const QString purpose = purposes.takeFirst();
    // whenDone, not then(this, …): this client may be deleted (a profile switch) while the keychain answers.
    whenDone(m_secrets->read(m_profile.secretKey(purpose)), this,
             [this, call, purpose, purposes = std::move(purposes),
              done = std::move(done)](const SecretStore::ReadResult &read) mutable {
                 if (call->finished)
                     return;
                 if (!read) {
                     done(read.error());
                     return;
                 }
                 if (read->has_value()) {
                     Redaction::registerSecret(**read);
                     call->secrets.insert(purpose, **read);
                 }
                 readSecrets(call, std::move(purposes), std::move(done));
             });
}

void ServiceClient::prepareSession(const std::shared_ptr<Call> &call)
{
    if (call->request.authenticate) {
        switch (m_auth) {
        case ServiceAuth::ApiKeyHeader:
        case ServiceAuth::ApiKeyQuery:
        case ServiceAuth::Bearer:
        case ServiceAuth::MediaBrowser:
            if (!call->secrets.contains(apiKeyPurpose(m_service))) {
                complete(call, HttpErrors::missingSecret(m_service,
                                                         m_service == u"litellm"_s ? tr("master key") : tr("API key"),
                                                         m_profile.name()));
                return;
            }
            break;
        case ServiceAuth::CookieLogin: {
            const QString password = call->secrets.value(SecretKeys::password(m_service));
            if (!password.isEmpty() && !m_loggedIn) {
                ensureSession(password, [this, call](Result<void> login) {
                    if (call->finished)
                        return;
                    if (!login)
                        complete(call, login.error());
                    else
                        startAttempt(call);
                });
                return;
            }
            break;
        }
        case ServiceAuth::None:
        case ServiceAuth::Basic:
        case ServiceAuth::TokenLogin:
            break;
        }
    }
    startAttempt(call);
}

void ServiceClient::ensureSession(const QString &password, std::function<void(Result<void>)> done)
{
    if (m_loggedIn) {
        done(success());
        return;
    }
    m_loginWaiters.append(std::move(done));
    if (m_loginInProgress)
        return;
    m_loginInProgress = true;

    QByteArray form =
        "username=" + QUrl::toPercentEncoding(username()) + "&password=" + QUrl::toPercentEncoding(password);
    HttpRequest request = HttpRequest::post(u"api/v2/auth/login"_s, form, "application/x-www-form-urlencoded");
    request.authenticate = false;
    qCDebug(lcHttp) << "logging in to" << m_service;

    start(
        request,
        [this](Result<HttpResponse> result) {
            m_loginInProgress = false;
            Result<void> outcome;
            if (!result) {
                outcome = result.error();
            } else {
                const QByteArray body = result->body.trimmed();
                const auto cookies = QNetworkCookie::parseCookies(result->header("set-cookie"));
                if (body == "Fails.") {
                    outcome = HttpErrors::loginFailed(m_service, u"POST /api/v2/auth/login answered “Fails.”"_s);
                } else if (!body.isEmpty() && body != "Ok.") {
                    outcome =
                        HttpErrors::loginFailed(m_service, u"unexpected login answer: "_s +
                                                               Redaction::redact(QString::fromUtf8(body.left(80))));
                } else {
                    for (const QNetworkCookie &cookie : cookies)
                        Redaction::registerSecret(QString::fromUtf8(cookie.value()));
                    m_sessionCookies = cookies;
                    m_loggedIn = true;
                    ++m_sessionGeneration;
                    ++m_loginCount;
                    qCDebug(lcHttp) << "logged in to" << m_service << "with" << cookies.size() << "session cookie(s)";
                }
            }
            const auto waiters = std::exchange(m_loginWaiters, {});
            for (const auto &waiter : waiters)
                waiter(outcome);
        },
        /*isLogin=*/true);
}

QString ServiceClient::username() const
{
    const auto it = m_profile.services().constFind(m_service);
    if (it != m_profile.services().cend()) {
        const QString user = it->extra.value(u"username"_s).toString();
        if (!user.isEmpty())
            return user;
    }
    return u"admin"_s;
}

QByteArray ServiceClient::mediaBrowserAuthorization(const QString &token) const
{
    const QByteArray deviceId =
        QCryptographicHash::hash((m_profile.id() + u'/' + QString::fromLatin1(QSysInfo::machineUniqueId())).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return "MediaBrowser Client=\"KryNet Control\", Device=\"" + quoteHeaderValue(QSysInfo::machineHostName()) +
           "\", DeviceId=\"" + deviceId + "\", Version=\"" + QByteArrayLiteral(KRYNET_VERSION) + "\", Token=\"" +
           quoteHeaderValue(token) + '"';
}

void ServiceClient::startAttempt(const std::shared_ptr<Call> &call)
{
    if (call->finished)
        return;
    ++call->attempts;
    call->buffer.clear();
    call->timedOut = false;
    call->pastDeadline = false;
    call->tooLarge = false;
    call->pinMismatch = false;
    call->handshakeSeen = false;
    call->sslErrors.clear();
    call->presentedFingerprint.clear();
    call->sessionGeneration = m_sessionGeneration;

    const HttpRequest &request = call->request;
    const bool authenticate = request.authenticate && !call->isLogin;
    QUrl url = call->url;
    if (authenticate && m_auth == ServiceAuth::ApiKeyQuery) {
        // SABnzbd accepts its key only as a parameter; it never leaves this function unredacted.
        QUrlQuery query(url);
        query.removeAllQueryItems(u"apikey"_s);
        query.addQueryItem(u"apikey"_s,
                           QString::fromLatin1(QUrl::toPercentEncoding(call->secrets.value(apiKeyPurpose(m_service)))));
        url.setQuery(query);
    }

    QNetworkRequest nr(url);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("KryNetControl/" KRYNET_VERSION));
    nr.setRawHeader("Accept", call->isLogin ? "text/plain, */*" : "application/json, */*;q=0.1");
    if (!request.body.isEmpty() || request.method == HttpMethod::Post || request.method == HttpMethod::Put ||
        request.method == HttpMethod::Patch)
        nr.setHeader(QNetworkRequest::ContentTypeHeader,
                     request.contentType.isEmpty() ? QByteArray("application/json") : request.contentType);

    if (m_mode == AccessMode::Public && !m_profile.cfAccessClientId().isEmpty()) {
        const QString secret = call->secrets.value(QString::fromLatin1(SecretKeys::CfAccessSecret));
        if (!secret.isEmpty()) {
            nr.setRawHeader("CF-Access-Client-Id", m_profile.cfAccessClientId().toUtf8());
            nr.setRawHeader("CF-Access-Client-Secret", secret.toUtf8());
        }
    }

    for (const auto &header : request.headers)
        nr.setRawHeader(header.first, header.second);

    if (m_auth == ServiceAuth::CookieLogin) {
        // qBittorrent's CSRF check compares Origin/Referer with the Host header: send both, equal to it.
        const QString o = origin(url);
        nr.setRawHeader("Origin", o.toUtf8());
        nr.setRawHeader("Referer", (o + u'/').toUtf8());
    }

    if (authenticate) {
        const QString key = call->secrets.value(apiKeyPurpose(m_service));
        const QString password = call->secrets.value(SecretKeys::password(m_service));
        switch (m_auth) {
        case ServiceAuth::None:
        case ServiceAuth::ApiKeyQuery:
        case ServiceAuth::TokenLogin:
            break;
        case ServiceAuth::ApiKeyHeader:
            nr.setRawHeader("X-Api-Key", key.toUtf8());
            break;
        case ServiceAuth::Bearer:
            nr.setRawHeader("Authorization", "Bearer " + key.toUtf8());
            break;
        case ServiceAuth::MediaBrowser:
            nr.setRawHeader("Authorization", mediaBrowserAuthorization(key));
            break;
        case ServiceAuth::Basic:
            if (!password.isEmpty())
                nr.setRawHeader("Authorization", "Basic " + (username() + u':' + password).toUtf8().toBase64());
            break;
        case ServiceAuth::CookieLogin:
            if (!m_sessionCookies.isEmpty()) {
                QByteArray cookieHeader;
                for (const QNetworkCookie &cookie : std::as_const(m_sessionCookies)) {
                    if (!cookieHeader.isEmpty())
                        cookieHeader += "; ";
                    cookieHeader += cookie.name() + '=' + cookie.value();
                }
                nr.setRawHeader("Cookie", cookieHeader);
            }
            break;
        }
    }

    qCDebug(lcHttp).noquote() << HttpRequest::methodName(request.method) << Redaction::redact(url.toDisplayString())
                              << "attempt" << call->attempts;

    QNetworkReply *reply = nullptr;
    switch (request.method) {
    case HttpMethod::Get:
        reply = m_network->get(nr);
        break;
    case HttpMethod::Post:
        reply = m_network->post(nr, request.body);
        break;
    case HttpMethod::Put:
        reply = m_network->put(nr, request.body);
        break;
    case HttpMethod::Delete:
        reply = request.body.isEmpty() ? m_network->deleteResource(nr)
                                       : m_network->sendCustomRequest(nr, "DELETE", request.body);
        break;
    case HttpMethod::Patch:
        reply = m_network->sendCustomRequest(nr, "PATCH", request.body);
        break;
    }
    call->reply = reply;

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(request.timeout.value_or(m_options.timeout));
    connect(timer, &QTimer::timeout, this, [call, reply] {
        call->timedOut = true;
        reply->abort();
    });
    timer->start();
    connect(reply, &QNetworkReply::uploadProgress, timer, [timer] { timer->start(); });
    connect(reply, &QNetworkReply::downloadProgress, timer, [timer] { timer->start(); });
    // Progress resets the idle timer, so a server that dribbles a byte now and then would hold the
    // request forever: the deadline bounds the whole attempt, whatever arrives.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setInterval(std::max(m_options.deadline, request.timeout.value_or(m_options.timeout)));
    connect(deadline, &QTimer::timeout, this, [call, reply] {
        call->pastDeadline = true;
        reply->abort();
    });
    deadline->start();

    const qint64 limit = m_options.maxResponseBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [call, reply, limit] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit && !call->tooLarge) {
            call->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [call, reply, limit] {
        if (call->tooLarge)
            return;
        // What is there, never more than one byte over the limit. QIODevice::read(n) allocates n bytes
        // first and keeps that capacity: read(limit) made every answer hold a 32 MiB block.
        call->buffer += reply->read(qMin(reply->bytesAvailable(), limit + 1 - call->buffer.size()));
        if (call->buffer.size() > limit) {
            call->tooLarge = true;
            call->buffer.clear();
            reply->abort();
        }
    });

    const QString host = url.host();
    const int port = url.port(443);
    connect(reply, &QNetworkReply::sslErrors, this, [this, call, reply, host, port](const QList<QSslError> &errors) {
        QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        for (const QSslError &error : errors) {
            if (leaf.isNull() && !error.certificate().isNull())
                leaf = error.certificate();
        }
        call->presentedFingerprint = TlsPin::fingerprint(leaf);
        call->sslErrors = errors;
        const std::optional<QByteArray> pin = m_profile.tlsPin(host, port);
        if (const auto ignore = TlsPin::errorsToIgnore(errors, leaf, pin)) {
            qCDebug(lcHttp) << "accepting the pinned certificate of" << host;
            reply->ignoreSslErrors(*ignore);
        } else if (pin && TlsPin::sha256(leaf) != *pin) {
            call->pinMismatch = true;
        }
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, call, reply, host, port] {
        // A pin also applies when the system trusts the certificate: a changed certificate is refused
        // here, before the request (and its credentials) is written.
        call->handshakeSeen = true;
        const std::optional<QByteArray> pin = m_profile.tlsPin(host, port);
        const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        if (pin && TlsPin::sha256(leaf) != *pin) {
            call->pinMismatch = true;
            call->presentedFingerprint = TlsPin::fingerprint(leaf);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { onFinished(call, reply); });
}

QString ServiceClient::describe(const Call &call) const
{
    return HttpRequest::methodName(call.request.method) + u' ' + redactedUrl(call.url);
}

void ServiceClient::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->reply == reply)
        call->reply = nullptr;
    if (call->finished)
        return;

    const QUrl url = call->url;
    const QString host = url.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString what = describe(*call);
    const QString errorText = Redaction::redact(reply->errorString());
    if (!call->tooLarge && reply->isOpen())
        call->buffer += reply->readAll();

    qCDebug(lcHttp).noquote() << what << "→" << (status ? QString::number(status) : errorText) << "in"
                              << call->elapsed.elapsed() << "ms";

    if (call->tooLarge) {
        complete(call, HttpErrors::tooLarge(m_service, m_options.maxResponseBytes, what));
        return;
    }
    if (call->pinMismatch) {
        complete(call, HttpErrors::tlsPinMismatch(host, call->presentedFingerprint, what));
        return;
    }
    // Connection reuse skips the handshake (and `encrypted`): check the pin on every answer too.
    if (url.scheme() == u"https"_s && status != 0) {
        const std::optional<QByteArray> pin = m_profile.tlsPin(host, url.port(443));
        const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        if (pin && !leaf.isNull() && TlsPin::sha256(leaf) != *pin) {
            complete(call, HttpErrors::tlsPinMismatch(host, TlsPin::fingerprint(leaf), what));
            return;
        }
        // The shared manager may hand this request a connection that another client opened by pin.
        // Without a pin of our own, such a connection must pass the system's verification too.
        if (!pin && !call->handshakeSeen && !leaf.isNull()) {
            const QList<QSslError> errors =
                QSslCertificate::verify(reply->sslConfiguration().peerCertificateChain(), host);
            if (!errors.isEmpty()) {
                QStringList reasons;
                for (const QSslError &error : errors)
                    reasons.append(error.errorString());
                reasons.removeDuplicates();
                complete(call, HttpErrors::tlsUntrusted(host, reasons.join(u"; "_s), TlsPin::fingerprint(leaf),
                                                        what + u": reused connection"_s));
                return;
            }
        }
    }
    if (call->pastDeadline) {
        // Not retried: a server this slow would hold the next attempt just as long.
        const qint64 seconds = std::max<qint64>(1, (m_options.deadline.count() + 999) / 1000);
        complete(call, HttpErrors::timeout(host, seconds,
                                           what + u": no complete answer within "_s + QString::number(seconds) +
                                               u" s although data kept trickling in"_s));
        return;
    }
    if (call->timedOut) {
        const auto timeout = call->request.timeout.value_or(m_options.timeout);
        retryOrFail(call,
                    HttpErrors::timeout(host, std::max<qint64>(1, (timeout.count() + 999) / 1000),
                                        what + u": no progress for "_s + QString::number(timeout.count()) + u" ms"_s),
                    true);
        return;
    }

    const QString detail = what + u": "_s + errorText;
    if (status == 0) {
        switch (netError) {
        case QNetworkReply::NoError:
            complete(call, HttpErrors::network(host, what + u": no HTTP status"_s));
            return;
        case QNetworkReply::HostNotFoundError:
            complete(call, HttpErrors::dns(host, m_mode, detail));
            return;
        case QNetworkReply::ConnectionRefusedError:
            retryOrFail(call, HttpErrors::refused(host, url.port(url.scheme() == u"https"_s ? 443 : 80), detail), true);
            return;
        case QNetworkReply::SslHandshakeFailedError:
            if (!call->sslErrors.isEmpty()) {
                QStringList reasons;
                for (const QSslError &error : std::as_const(call->sslErrors))
                    reasons.append(error.errorString());
                reasons.removeDuplicates();
                complete(call,
                         HttpErrors::tlsUntrusted(host, reasons.join(u"; "_s), call->presentedFingerprint, detail));
            } else {
                complete(call, HttpErrors::tlsHandshake(host, detail));
            }
            return;
        case QNetworkReply::OperationCanceledError:
            complete(call, HttpErrors::cancelled(detail));
            return;
        case QNetworkReply::TimeoutError:
            retryOrFail(call, HttpErrors::timeout(host, m_options.timeout.count() / 1000, detail), true);
            return;
        default:
            retryOrFail(call, HttpErrors::network(host, detail), true);
            return;
        }
    }

    // An answer that started but broke off (connection closed before Content-Length or the last chunk).
    const bool transportBroke =
        netError == QNetworkReply::RemoteHostClosedError || netError == QNetworkReply::NetworkSessionFailedError ||
        netError == QNetworkReply::TemporaryNetworkFailureError || netError == QNetworkReply::UnknownNetworkError ||
        netError == QNetworkReply::ProtocolFailure;
    if (transportBroke && status >= 200 && status < 300) {
        retryOrFail(call, HttpErrors::truncated(m_service, detail), true);
        return;
    }

    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (status >= 300 && status < 400) {
        const QUrl location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (location.host().endsWith(u".cloudflareaccess.com"_s, Qt::CaseInsensitive) ||
            location.host().compare(u"cloudflareaccess.com"_s, Qt::CaseInsensitive) == 0) {
            complete(call, HttpErrors::cloudflareAccess(what + u" → "_s + redactedUrl(location)));
            return;
        }
        if (!location.isValid() || !sameOrigin(url, location)) {
            complete(call, HttpErrors::crossOriginRedirect(m_service, redactedUrl(location),
                                                           what + u" → HTTP "_s + QString::number(status)));
            return;
        }
        const bool keepsMethod = status == 307 || status == 308;
        if (call->request.method != HttpMethod::Get && !keepsMethod) {
            complete(call, HttpErrors::crossOriginRedirect(m_service, redactedUrl(location),
                                                           what + u": a redirect would turn it into a GET"_s));
            return;
        }
        if (++call->redirects > m_options.maxRedirects) {
            complete(call, HttpErrors::tooManyRedirects(m_service, what));
            return;
        }
        QUrl next = location;
        QUrlQuery query(next);
        query.removeAllQueryItems(u"apikey"_s); // startAttempt adds it back for SABnzbd
        next.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded));
        call->url = next;
        --call->attempts; // a redirect is not a retry
        startAttempt(call);
        return;
    }

    const QString bodyHint = Redaction::redact(QString::fromUtf8(call->buffer.left(160)).simplified());
    const QString statusDetail =
        what + u" → HTTP "_s + QString::number(status) + (bodyHint.isEmpty() ? QString() : u": "_s + bodyHint);

    if (call->isLogin && (status == 401 || status == 403)) {
        if (status == 401)
            complete(call, HttpErrors::loginFailed(m_service, statusDetail));
        else
            complete(call, Error(Error::Code::Auth,
                                 tr("%1 refused the login: too many failed attempts may have banned this address.")
                                     .arg(ServiceCatalog::displayName(m_service)),
                                 statusDetail)
                               .withHttpStatus(status));
        return;
    }

    if (status == 401 || status == 403) {
        if (isCloudflareAccessPage(contentType, call->buffer)) {
            complete(call, HttpErrors::cloudflareAccess(statusDetail));
            return;
        }
        const QString password = call->secrets.value(SecretKeys::password(m_service));
        if (m_auth == ServiceAuth::CookieLogin && status == 403 && call->request.authenticate && !call->reloggedIn &&
            !password.isEmpty()) {
            // qBittorrent: 403 means "no (valid) session"; the request was not executed, so sending it
            // again after one fresh login is safe even for POST.
            call->reloggedIn = true;
            if (call->sessionGeneration == m_sessionGeneration) {
                m_loggedIn = false;
                m_sessionCookies.clear();
            }
            qCDebug(lcHttp) << m_service << "session expired: logging in again";
            ensureSession(password, [this, call](Result<void> login) {
                if (call->finished)
                    return;
                if (!login)
                    complete(call, login.error());
                else
                    startAttempt(call);
            });
            return;
        }
        complete(call, HttpErrors::authRejected(m_service, status, statusDetail));
        return;
    }
    if (status == 404) {
        complete(call, HttpErrors::notFound(m_service, url.path(), statusDetail));
        return;
    }
    if (status >= 500) {
        retryOrFail(call, HttpErrors::serverError(m_service, status, statusDetail), isRetryableStatus(status));
        return;
    }
    if (status >= 400) {
        complete(call, HttpErrors::clientError(m_service, status, statusDetail));
        return;
    }
    if (status < 200) {
        complete(call, HttpErrors::clientError(m_service, status, statusDetail));
        return;
    }
    if (isCloudflareAccessPage(contentType, call->buffer)) {
        complete(call, HttpErrors::cloudflareAccess(statusDetail));
        return;
    }

    HttpResponse response;
    response.status = status;
    response.body = std::exchange(call->buffer, {});
    response.contentType = contentType;
    response.url = url;
    response.headers = reply->rawHeaderPairs();
    response.elapsedMs = call->elapsed.elapsed();
    response.attempts = call->attempts;
    complete(call, std::move(response));
}

void ServiceClient::retryOrFail(const std::shared_ptr<Call> &call, const Error &error, bool retryable)
{
    if (retryable && call->request.method == HttpMethod::Get && !call->isLogin &&
        call->attempts <= m_options.maxGetRetries) {
        const qint64 base = m_options.retryDelay.count() << (call->attempts - 1);
        const qint64 delay = base + QRandomGenerator::global()->bounded(base / 2 + 1);
        qCDebug(lcHttp).noquote() << describe(*call) << "failed (" << error.codeName() << "), retrying in" << delay
                                  << "ms";
        QTimer::singleShot(std::chrono::milliseconds(delay), this, [this, call] { startAttempt(call); });
        return;
    }
    complete(call, error);
}

void ServiceClient::complete(const std::shared_ptr<Call> &call, Result<HttpResponse> result)
{
    if (call->finished)
        return;
    call->finished = true;
    call->secrets.clear();
    m_calls.removeOne(call);
    if (!result)
        qCDebug(lcHttp).noquote() << describe(*call) << "failed:" << Redaction::redact(result.error().toString());
    Completion done = std::move(call->done);
    done(std::move(result));
}

bool ServiceClient::isCloudflareAccessPage(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.contains("html") && !body.trimmed().startsWith('<'))
        return false;
    return body.contains("cloudflareaccess.com") || body.contains("Cloudflare Access") || body.contains("cf-access-") ||
           body.contains("CF_Authorization");
}

Result<QJsonDocument> ServiceClient::parseJson(const QString &service, const HttpResponse &response)
{
    const QByteArray trimmed = response.body.trimmed();
    if (trimmed.isEmpty())
        return QJsonDocument();
    const QString where = Redaction::redact(response.url.toDisplayString());
    if (response.contentType.contains("html") || trimmed.startsWith('<')) {
        if (isCloudflareAccessPage(response.contentType, trimmed))
            return HttpErrors::cloudflareAccess(where);
        return HttpErrors::htmlInsteadOfJson(
            service, where + u": "_s + QString::fromUtf8(response.contentType) + u", starts with “"_s +
                         Redaction::redact(QString::fromUtf8(trimmed.left(60)).simplified()) + u"”"_s);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error == QJsonParseError::NoError)
        return document;
    const QString detail = where + u": "_s + error.errorString() + u" at offset "_s + QString::number(error.offset) +
                           u" of "_s + QString::number(response.body.size());
    // The parser ran into the end of the text: the document was cut off, not malformed.
    const bool atEnd = error.offset >= response.body.trimmed().size() - 1;
    if (atEnd)
        return HttpErrors::truncated(service, detail);
    return HttpErrors::invalidJson(service, detail);
}

} // namespace KryNet
