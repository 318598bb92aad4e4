#include "core/http/npmclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include "core/common/futurewatch.h"
#include "core/common/logging.h"
#include "core/common/redaction.h"
#include "core/http/httperrors.h"
#include "core/http/serviceclient.h"
#include "core/secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !item.toString().trimmed().isEmpty())
            out.append(item.toString().trimmed());
    }
    return out;
}

// NPM's ids are positive integers; anything else (a string, a fraction, 0) marks an unusable entry.
int idOf(const QJsonObject &object)
{
    const QJsonValue id = object.value(u"id"_s);
    if (!id.isDouble())
        return 0;
    const double value = id.toDouble();
    if (value < 1 || value > 2147483647.0 || value != double(qint64(value)))
        return 0;
    return int(value);
}

Result<QJsonArray> topArray(const QByteArray &body, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return HttpErrors::invalidJson(u"npm"_s, what + u": "_s + error.errorString());
    if (!document.isArray()) {
        return Error(Error::Code::Parse,
                     NpmParsers::tr("Nginx Proxy Manager answered something other than a list for %1.").arg(what));
    }
    return document.array();
}

} // namespace

std::optional<int> NpmCertificate::daysLeft(const QDateTime &now) const
{
    if (!expiresOn.isValid())
        return std::nullopt;
    const qint64 secs = now.secsTo(expiresOn);
    // Whole days left, rounding towards "sooner": 9 days 23 h is 9 days; 2 h past expiry is -1.
    return int(secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400));
}

QString NpmCertificate::label() const
{
    if (!domains.isEmpty())
        return domains.first();
    return niceName.isEmpty() ? NpmParsers::tr("certificate %1").arg(id) : niceName;
}

const NpmCertificate *NpmState::nearestExpiry() const
{
    const NpmCertificate *nearest = nullptr;
    for (const NpmCertificate &c : certificates) {
        if (c.expiresOn.isValid() && (!nearest || c.expiresOn < nearest->expiresOn))
            nearest = &c;
    }
    return nearest;
}

QDateTime NpmParsers::parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return {};
    // Without a zone NPM (its database) means UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

Result<QString> NpmParsers::token(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.value(u"requires_2fa"_s).toBool()) {
        return Error(Error::Code::Auth,
                     tr("Nginx Proxy Manager asks for a two-factor code for this user: KryNet needs a user "
                        "without 2FA to read certificates."));
    }
    const QString token = object.value(u"token"_s).toString();
    if (token.isEmpty())
        return Error(Error::Code::Auth, tr("Nginx Proxy Manager accepted the login but returned no token."));
    return token;
}

Result<QList<NpmCertificate>> NpmParsers::certificates(const QByteArray &body)
{
    auto array = topArray(body, u"/api/nginx/certificates"_s);
    if (!array)
        return array.error();
    QList<NpmCertificate> out;
    for (const QJsonValue &value : *array) {
        const QJsonObject object = value.toObject();
        NpmCertificate c;
        c.id = idOf(object);
        if (c.id == 0)
            continue;
        c.niceName = object.value(u"nice_name"_s).toString();
        c.provider = object.value(u"provider"_s).toString();
        c.domains = stringList(object.value(u"domain_names"_s));
        c.expiresOn = parseTime(object.value(u"expires_on"_s).toString());
        out.append(c);
    }
    return out;
}

Result<QList<NpmProxyHost>> NpmParsers::proxyHosts(const QByteArray &body)
{
    auto array = topArray(body, u"/api/nginx/proxy-hosts"_s);
    if (!array)
        return array.error();
    QList<NpmProxyHost> out;
    for (const QJsonValue &value : *array) {
        const QJsonObject object = value.toObject();
        NpmProxyHost h;
        h.id = idOf(object);
        if (h.id == 0)
            continue;
        h.domains = stringList(object.value(u"domain_names"_s));
        h.forwardHost = object.value(u"forward_host"_s).toString();
        const int port = object.value(u"forward_port"_s).toInt();
        h.forwardPort = port > 0 && port <= 65535 ? port : 0;
        h.certificateId = qMax(0, object.value(u"certificate_id"_s).toInt());
        // NPM sends 1/0 from its database or true/false; absent means enabled.
        const QJsonValue enabled = object.value(u"enabled"_s);
        h.enabled = enabled.isBool() ? enabled.toBool() : enabled.isDouble() ? enabled.toInt() != 0 : true;
        out.append(h);
    }
    return out;
}

struct NpmClient::Run
{
    QPromise<Result<NpmState>> promise;
    NpmState state;
    bool relogged = false;
};

NpmClient::NpmClient(ServiceClient &client, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
{}

NpmClient::~NpmClient() = default;

QFuture<Result<NpmState>> NpmClient::read()
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    if (!m_token.isEmpty()) {
        readLists(run);
    } else {
        login([this, run](const Result<void> &loggedIn) {
            if (!loggedIn) {
                run->promise.addResult(loggedIn.error());
                run->promise.finish();
                return;
            }
            readLists(run);
        });
    }
    return run->promise.future();
}

void NpmClient::readLists(const std::shared_ptr<Run> &run)
{
    // Both lists at once (one round trip, not two; performance.md § Round trips). A refused token (NPM's
    // last about a day) logs in once more, then both are read again.
    struct Join
    {
        std::optional<Result<QByteArray>> certificates;
        std::optional<Result<QByteArray>> hosts;
    };
    auto join = std::make_shared<Join>();
    const auto finish = [this, run, join] {
        if (!join->certificates || !join->hosts)
            return;
        const auto fail = [run](const Error &error) {
            run->promise.addResult(error);
            run->promise.finish();
        };
        const Result<QByteArray> &certificates = *join->certificates;
        const Result<QByteArray> &hosts = *join->hosts;
        const bool refused = (!certificates && certificates.error().httpStatus() == 401) ||
                             (!hosts && hosts.error().httpStatus() == 401);
        if (refused && !run->relogged) {
            run->relogged = true;
            m_token.clear();
            qCDebug(lcHttp) << "npm: token refused, logging in again";
            login([this, run, fail](const Result<void> &loggedIn) {
                if (!loggedIn)
                    return fail(loggedIn.error());
                readLists(run);
            });
            return;
        }
        if (!certificates)
            return fail(certificates.error());
        if (!hosts)
            return fail(hosts.error());
        auto parsedCertificates = NpmParsers::certificates(*certificates);
        if (!parsedCertificates)
            return fail(parsedCertificates.error());
        auto parsedHosts = NpmParsers::proxyHosts(*hosts);
        if (!parsedHosts)
            return fail(parsedHosts.error());
        run->state.certificates = *parsedCertificates;
        run->state.proxyHosts = *parsedHosts;
        run->promise.addResult(run->state);
        run->promise.finish();
    };
    get(run, u"api/nginx/certificates"_s, false, [join, finish](const Result<QByteArray> &body) {
        join->certificates = body;
        finish();
    });
    get(run, u"api/nginx/proxy-hosts"_s, false, [join, finish](const Result<QByteArray> &body) {
        join->hosts = body;
        finish();
    });
}

void NpmClient::login(std::function<void(Result<void>)> done)
{
    const Profile &profile = m_client.profile();
    const QString identity = profile.services().value(u"npm"_s).extra.value(u"username"_s).toString();
    const QString purpose = ServiceClient::credentialPurpose(u"npm"_s);
    // whenDone: this client may go away with its session while the keychain answers.
    whenDone(m_secrets.read(profile.secretKey(purpose)), this,
             [this, identity, profileName = profile.name(),
              done = std::move(done)](const SecretStore::ReadResult &read) mutable {
                 if (!read)
                     return done(read.error());
                 if (!read->has_value() || read->value().isEmpty() || identity.isEmpty()) {
                     return done(HttpErrors::missingSecret(u"npm"_s, tr("user and password"), profileName));
                 }
                 const QString secret = read->value();
                 Redaction::registerSecret(secret);
                 HttpRequest request = HttpRequest::post(
                     u"api/tokens"_s, QJsonDocument(QJsonObject{{u"identity"_s, identity}, {u"secret"_s, secret}})
                                          .toJson(QJsonDocument::Compact));
                 request.authenticate = false;
                 qCDebug(lcHttp) << "npm: logging in";
                 whenDone(m_client.send(request), this,
                          [this, done = std::move(done)](const Result<HttpResponse> &response) {
                              if (!response)
                                  return done(response.error());
                              auto token = NpmParsers::token(response->body);
                              if (!token)
                                  return done(token.error());
                              Redaction::registerSecret(*token);
                              m_token = *token;
                              done(success());
                          });
             });
}

void NpmClient::get(const std::shared_ptr<Run> &run, const QString &path, bool mayRelogin,
                    std::function<void(Result<QByteArray>)> done)
{
    HttpRequest request = HttpRequest::get(path);
    request.authenticate = false; // the token below is NPM's credential, not a stored key
    request.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + m_token.toUtf8())));
    whenDone(m_client.send(request), this,
             [this, run, path, mayRelogin, done = std::move(done)](const Result<HttpResponse> &response) mutable {
                 if (response)
                     return done(response->body);
                 if (mayRelogin && !run->relogged && response.error().httpStatus() == 401) {
                     // The token expired (NPM's last about a day): log in once more, then this GET again.
                     run->relogged = true;
                     m_token.clear();
                     qCDebug(lcHttp) << "npm: token refused, logging in again";
                     login([this, run, path, done = std::move(done)](const Result<void> &loggedIn) mutable {
                         if (!loggedIn)
                             return done(loggedIn.error());
                         get(run, path, false, std::move(done));
                     });
                     return;
                 }
                 done(response.error());
             });
}

} // namespace KryNet
