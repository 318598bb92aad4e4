#include "app/labsim/small/npmservice.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "app/labsim/labclock.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

namespace
{

HttpResponse npmError(const QString &message, int status)
{
    return HttpResponse::json(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, status}, {u"message"_s, message}}}},
                              status);
}

QString npmTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.000Z"_s);
}

struct Host
{
    const char16_t *sub;
    const char16_t *forwardHost;
    int port;
    bool websocket;
};

const Host hosts[] = {
    {u"media", u"jellyfin", 8096, true},         {u"request", u"seerr", 5055, false},
    {u"sonarr", u"sonarr", 8989, false},         {u"radarr", u"radarr", 7878, false},
    {u"bazarr", u"bazarr", 6767, true},          {u"indexer", u"prowlarr", 9696, false},
    {u"downloads", u"gluetun", 8080, false},     {u"sabnzbd", u"gluetun", 8085, false},
    {u"photos", u"immich-server", 2283, true},   {u"owui", u"open-webui", 8080, true},
    {u"litellm", u"litellm", 4000, false},       {u"dash", u"homarr", 7575, true},
    {u"monitor", u"uptime-kuma", 3001, true},    {u"logs", u"dozzle", 8080, true},
    {u"prometheus", u"prometheus", 9090, false}, {u"npmlogs", u"goaccess", 7880, true},
    {u"portainer", u"portainer", 9443, true},
};

} // namespace

NpmService::NpmService(LabClock &clock, QString domain, QList<NpmCertificate> certificates, QString identity,
                       QString secret)
    : m_clock(clock)
    , m_domain(std::move(domain))
    , m_certificates(std::move(certificates))
    , m_identity(std::move(identity))
    , m_secret(std::move(secret))
{}

QJsonObject NpmService::credentials() const
{
    return {{u"username"_s, m_identity}, {u"password"_s, m_secret}};
}

HttpResponse NpmService::control(const HttpRequest &request)
{
    const QString prefix = u"/npm/certificates/"_s;
    bool daysOk = false;
    const int days = request.queryValue(u"expiresInDays"_s).toInt(&daysOk);
    if (request.method == "PUT" && request.path.startsWith(prefix) && daysOk) {
        const int id = request.path.mid(prefix.size()).toInt();
        for (NpmCertificate &c : m_certificates) {
            if (c.id == id) {
                c.expiresOn = m_clock.nowSecs() + qint64(days) * 86400 + 3600;
                return HttpResponse::json(certificateJson(c));
            }
        }
    }
    return HttpResponse::json(QJsonObject{{u"error"_s, u"PUT /npm/certificates/<id>?expiresInDays=N"_s}}, 404);
}

HttpResponse NpmService::issueToken()
{
    const qint64 now = m_clock.nowSecs();
    const qint64 expires = now + 86400;
    // Shaped like NPM's RS512 JWT; only this lab instance can check it.
    const QByteArray header = QByteArray("{\"alg\":\"RS512\",\"typ\":\"JWT\"}")
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray payload = QJsonDocument(QJsonObject{{u"iss"_s, u"api"_s},
                                                         {u"attrs"_s, QJsonObject{{u"id"_s, 1}}},
                                                         {u"scope"_s, QJsonArray{u"user"_s}},
                                                         {u"expiresIn"_s, u"1d"_s},
                                                         {u"jti"_s, QString::number(++m_issued)},
                                                         {u"iat"_s, now},
                                                         {u"exp"_s, expires}})
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray signature =
        QCryptographicHash::hash(QByteArray(header + '.' + payload + m_secret.toUtf8()), QCryptographicHash::Sha512)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString token = QString::fromLatin1(header + '.' + payload + '.' + signature);
    m_tokens.insert(token, expires);
    return HttpResponse::json(QJsonObject{{u"token"_s, token}, {u"expires"_s, npmTime(expires)}});
}

QJsonObject NpmService::certificateJson(const NpmCertificate &c) const
{
    QJsonObject meta{{u"dns_challenge"_s, c.dnsChallenge}, {u"key_type"_s, u"ecdsa"_s}};
    if (c.dnsChallenge) {
        meta.insert(u"dns_provider"_s, u"cloudflare"_s);
        meta.insert(u"propagation_seconds"_s, 30);
    }
    const qint64 issued = c.expiresOn - 90 * 86400;
    return {{u"id"_s, c.id},
            {u"created_on"_s, npmTime(issued - 200 * 86400 + c.id * 3600)},
            {u"modified_on"_s, npmTime(issued)},
            {u"owner_user_id"_s, 1},
            {u"provider"_s, c.provider},
            {u"nice_name"_s, c.niceName},
            {u"domain_names"_s, QJsonArray::fromStringList(c.domains)},
            {u"expires_on"_s, npmTime(c.expiresOn)},
            {u"meta"_s, meta}};
}

HttpResponse NpmService::handle(const HttpRequest &request)
{
    const QString &path = request.path;
    if (path == u"/api/"_s || path == u"/api"_s) {
        return HttpResponse::json(
            QJsonObject{{u"status"_s, u"OK"_s},
                        {u"setup"_s, true},
                        {u"version"_s, QJsonObject{{u"major"_s, 2}, {u"minor"_s, 12}, {u"revision"_s, 6}}}});
    }
    if (path == u"/api/tokens"_s && request.method == "POST") {
        const QJsonObject body = request.json().object();
        if (body.value(u"identity"_s).toString().isEmpty() || body.value(u"secret"_s).toString().isEmpty())
            return npmError(u"data must have required property 'identity'"_s, 400);
        if (body.value(u"identity"_s).toString() != m_identity || body.value(u"secret"_s).toString() != m_secret)
            return npmError(u"Invalid email or password"_s, 401);
        return issueToken();
    }
    QString token = QString::fromUtf8(request.header("Authorization"));
    if (!token.startsWith(u"Bearer "_s))
        return npmError(u"Permission Denied"_s, 401);
    token = token.mid(7).trimmed();
    if (!m_tokens.contains(token) || m_tokens.value(token) <= m_clock.nowSecs())
        return npmError(u"Token has expired"_s, 401);
    if (path == u"/api/tokens"_s && request.method == "GET")
        return issueToken();
    if (request.method != "GET")
        return npmError(u"Not Found"_s, 404);
    const QStringList expand = request.queryValue(u"expand"_s).split(u',', Qt::SkipEmptyParts);
    const QJsonObject owner{{u"id"_s, 1},
                            {u"created_on"_s, npmTime(m_clock.nowSecs() - 400 * 86400)},
                            {u"modified_on"_s, npmTime(m_clock.nowSecs() - 30 * 86400)},
                            {u"is_disabled"_s, false},
                            {u"email"_s, m_identity},
                            {u"name"_s, u"Lab Admin"_s},
                            {u"nickname"_s, u"admin"_s},
                            {u"avatar"_s, u""_s},
                            {u"roles"_s, QJsonArray{u"admin"_s}}};
    if (path == u"/api/nginx/certificates"_s) {
        QJsonArray out;
        for (const NpmCertificate &c : m_certificates) {
            QJsonObject item = certificateJson(c);
            if (expand.contains(u"owner"_s))
                item.insert(u"owner"_s, owner);
            out.append(item);
        }
        return HttpResponse::json(out);
    }
    if (path.startsWith(u"/api/nginx/certificates/"_s)) {
        const int id = path.mid(24).toInt();
        for (const NpmCertificate &c : m_certificates) {
            if (c.id == id)
                return HttpResponse::json(certificateJson(c));
        }
        return npmError(u"Not Found - %1"_s.arg(id), 404);
    }
    if (path == u"/api/nginx/proxy-hosts"_s || path.startsWith(u"/api/nginx/proxy-hosts/"_s)) {
        const int wanted = path.size() > 23 ? path.mid(23).toInt() : 0;
        QJsonArray out;
        int id = 0;
        for (const Host &h : hosts) {
            ++id;
            if (wanted != 0 && id != wanted)
                continue;
            const QString sub = QString::fromUtf16(h.sub);
            const bool isPublic = sub == u"request"_s;
            QStringList domains;
            if (isPublic) {
                domains = {sub + u'.' + m_domain};
            } else {
                domains = {sub + u".local."_s + m_domain, sub + u".tail."_s + m_domain};
            }
            int certificate = isPublic ? 2 : 1;
            QJsonObject item{{u"id"_s, id},
                             {u"created_on"_s, npmTime(m_clock.nowSecs() - (300 - id) * 86400)},
                             {u"modified_on"_s, npmTime(m_clock.nowSecs() - (40 - id) * 86400)},
                             {u"owner_user_id"_s, 1},
                             {u"domain_names"_s, QJsonArray::fromStringList(domains)},
                             {u"forward_scheme"_s, h.port == 9443 ? u"https"_s : u"http"_s},
                             {u"forward_host"_s, QString::fromUtf16(h.forwardHost)},
                             {u"forward_port"_s, h.port},
                             {u"access_list_id"_s, 0},
                             {u"certificate_id"_s, certificate},
                             {u"ssl_forced"_s, true},
                             {u"hsts_enabled"_s, isPublic},
                             {u"hsts_subdomains"_s, false},
                             {u"http2_support"_s, true},
                             {u"block_exploits"_s, true},
                             {u"caching_enabled"_s, false},
                             {u"allow_websocket_upgrade"_s, h.websocket},
                             {u"advanced_config"_s, sub == u"photos"_s ? u"client_max_body_size 50000M;"_s : u""_s},
                             {u"enabled"_s, true},
                             {u"locations"_s, QJsonArray()},
                             {u"meta"_s, QJsonObject{{u"nginx_online"_s, true}, {u"nginx_err"_s, QJsonValue::Null}}},
                             {u"trust_forwarded_proto"_s, false}};
            if (expand.contains(u"owner"_s))
                item.insert(u"owner"_s, owner);
            if (expand.contains(u"certificate"_s)) {
                for (const NpmCertificate &c : m_certificates) {
                    if (c.id == certificate)
                        item.insert(u"certificate"_s, certificateJson(c));
                }
            }
            if (expand.contains(u"access_list"_s))
                item.insert(u"access_list"_s, QJsonValue::Null);
            if (wanted != 0)
                return HttpResponse::json(item);
            out.append(item);
        }
        if (wanted != 0)
            return npmError(u"Not Found - %1"_s.arg(wanted), 404);
        return HttpResponse::json(out);
    }
    if (path == u"/api/reports/hosts"_s) {
        return HttpResponse::json(
            QJsonObject{{u"proxy"_s, int(std::size(hosts))}, {u"redirection"_s, 1}, {u"stream"_s, 0}, {u"dead"_s, 0}});
    }
    return npmError(u"Not Found"_s, 404);
}

} // namespace KryNet::LabSim
