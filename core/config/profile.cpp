#include "core/config/profile.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include "core/config/servicecatalog.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

constexpr qsizetype Sha256Size = 32;

// Known member names, so unknown ones can be kept verbatim.
const auto KeyId = u"id"_s;
const auto KeyName = u"name"_s;
const auto KeySsh = u"ssh"_s;
const auto KeyDomain = u"domain"_s;
const auto KeyAccessMode = u"accessMode"_s;
const auto KeyCfClientId = u"cfAccessClientId"_s;
const auto KeyServices = u"services"_s;
const auto KeyTlsPins = u"tlsPins"_s;

Error configError(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::Config, message, detail);
}

} // namespace

Profile::Profile()
    : m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Result<QUrl> Profile::serviceUrl(const QString &service) const
{
    return serviceUrl(service, m_accessMode);
}

Result<QUrl> Profile::serviceUrl(const QString &service, AccessMode mode) const
{
    const auto it = m_services.constFind(service);
    if (it == m_services.cend()) {
        return configError(tr("%1 is not part of profile “%2”: add it with --service %3=URL or enable it in the "
                              "profile settings.")
                               .arg(ServiceCatalog::displayName(service), m_name, service));
    }
    if (!it->url.isEmpty())
        return it->url;

    QString subdomain = it->subdomain;
    if (subdomain.isEmpty()) {
        if (const ServiceInfo *info = ServiceCatalog::find(service))
            subdomain = info->defaultSubdomain;
    }
    if (subdomain.isEmpty()) {
        return configError(tr("%1 has no sub-domain in the lab's DNS plan: set its URL in profile “%2”.")
                               .arg(ServiceCatalog::displayName(service), m_name));
    }
    if (m_domain.isEmpty())
        return configError(tr("Profile “%1” has no domain: set the lab's DOMAIN first.").arg(m_name));

    QString host;
    switch (mode) {
    case AccessMode::Local:
        host = subdomain + u".local."_s + m_domain;
        break;
    case AccessMode::Tail:
        host = subdomain + u".tail."_s + m_domain;
        break;
    case AccessMode::Public:
        host = subdomain + u'.' + m_domain;
        break;
    }
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host);
    if (!url.isValid())
        return configError(tr("“%1” is not a valid host name.").arg(host));
    return url;
}

std::optional<QByteArray> Profile::tlsPin(const QString &host, int port) const
{
    const QString lowered = host.toLower();
    const auto withPort = m_tlsPins.constFind(lowered + u':' + QString::number(port));
    if (withPort != m_tlsPins.cend())
        return *withPort;
    const auto hostOnly = m_tlsPins.constFind(lowered);
    if (hostOnly != m_tlsPins.cend())
        return *hostOnly;
    return std::nullopt;
}

QString Profile::secretKey(const QString &purpose) const
{
    return m_id + u'/' + purpose;
}

bool Profile::isValidName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z0-9._][A-Za-z0-9._-]{0,63}$"_s);
    return re.match(name).hasMatch();
}

Result<void> Profile::validate() const
{
    if (!isValidName(m_name)) {
        return configError(tr("“%1” is not a valid profile name: use 1 to 64 letters, digits, dots, dashes or "
                              "underscores.")
                               .arg(m_name));
    }
    if (m_ssh.port < 1 || m_ssh.port > 65535)
        return configError(tr("SSH port %1 is out of range (1-65535).").arg(m_ssh.port));
    for (auto it = m_services.cbegin(); it != m_services.cend(); ++it) {
        // Services this version does not know (written by a newer one) are kept, not rejected; only
        // a malformed id is an error. User input is checked against the catalogue where it is typed.
        static const QRegularExpression serviceId(u"^[a-z0-9][a-z0-9_-]{0,31}$"_s);
        if (!serviceId.match(it.key()).hasMatch()) {
            return configError(tr("“%1” is not a valid service name. Known services: %2.")
                                   .arg(it.key(), ServiceCatalog::ids().join(u", "_s)));
        }
        if (!it->url.isEmpty()) {
            const QString scheme = it->url.scheme();
            if (!it->url.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || it->url.host().isEmpty()) {
                return configError(tr("The URL of %1 must be an absolute http(s) URL, not “%2”.")
                                       .arg(ServiceCatalog::displayName(it.key()), it->url.toDisplayString()));
            }
        }
    }
    return success();
}

Result<Profile> Profile::fromJson(const QJsonObject &json)
{
    Profile p;
    p.m_extra = json;
    const QString id = json.value(KeyId).toString();
    if (!id.isEmpty())
        p.m_id = id;
    p.m_name = json.value(KeyName).toString();

    const QJsonObject ssh = json.value(KeySsh).toObject();
    p.m_ssh.extra = ssh;
    p.m_ssh.host = ssh.value(u"host"_s).toString();
    p.m_ssh.port = ssh.value(u"port"_s).toInt(22);
    p.m_ssh.user = ssh.value(u"user"_s).toString();
    p.m_ssh.identityFile = ssh.value(u"identityFile"_s).toString();
    p.m_ssh.useAgent = ssh.value(u"useAgent"_s).toBool(false);
    p.m_ssh.knownHostsFile = ssh.value(u"knownHostsFile"_s).toString();
    p.m_ssh.jumpHost = ssh.value(u"jumpHost"_s).toString();
    p.m_ssh.useSudo = ssh.value(u"sudo"_s).toBool(false);
    p.m_ssh.dockerSocket = ssh.value(u"dockerSocket"_s).toString();

    p.m_domain = json.value(KeyDomain).toString();
    const QString mode = json.value(KeyAccessMode).toString(u"local"_s);
    const auto parsedMode = AccessModes::fromId(mode);
    if (!parsedMode) {
        return configError(
            tr("Profile “%1” has an unknown access mode “%2” (expected local, tail or public).").arg(p.m_name, mode));
    }
    p.m_accessMode = *parsedMode;
    p.m_cfAccessClientId = json.value(KeyCfClientId).toString();

    const QJsonObject services = json.value(KeyServices).toObject();
    for (auto it = services.constBegin(); it != services.constEnd(); ++it) {
        const QJsonObject s = it.value().toObject();
        ServiceSettings settings;
        settings.extra = s;
        settings.subdomain = s.value(u"subdomain"_s).toString();
        const QString url = s.value(u"url"_s).toString();
        if (!url.isEmpty())
            settings.url = QUrl(url, QUrl::StrictMode);
        p.m_services.insert(it.key(), settings);
    }

    const QJsonObject pins = json.value(KeyTlsPins).toObject();
    for (auto it = pins.constBegin(); it != pins.constEnd(); ++it) {
        auto digest = parseFingerprint(it.value().toString());
        if (!digest)
            return digest.error().withContext(u"TLS pin for "_s + it.key());
        p.m_tlsPins.insert(it.key().toLower(), digest.value());
    }
    return p;
}

QJsonObject Profile::toJson() const
{
    QJsonObject json = m_extra;
    json.insert(KeyId, m_id);
    json.insert(KeyName, m_name);

    QJsonObject ssh = m_ssh.extra;
    ssh.insert(u"host"_s, m_ssh.host);
    ssh.insert(u"port"_s, m_ssh.port);
    ssh.insert(u"user"_s, m_ssh.user);
    ssh.insert(u"identityFile"_s, m_ssh.identityFile);
    ssh.insert(u"useAgent"_s, m_ssh.useAgent);
    ssh.insert(u"knownHostsFile"_s, m_ssh.knownHostsFile);
    ssh.insert(u"jumpHost"_s, m_ssh.jumpHost);
    ssh.insert(u"sudo"_s, m_ssh.useSudo);
    ssh.insert(u"dockerSocket"_s, m_ssh.dockerSocket);
    json.insert(KeySsh, ssh);

    json.insert(KeyDomain, m_domain);
    json.insert(KeyAccessMode, AccessModes::toId(m_accessMode));
    json.insert(KeyCfClientId, m_cfAccessClientId);

    QJsonObject services;
    for (auto it = m_services.cbegin(); it != m_services.cend(); ++it) {
        QJsonObject s = it->extra;
        s.insert(u"subdomain"_s, it->subdomain);
        s.insert(u"url"_s, it->url.toString());
        services.insert(it.key(), s);
    }
    json.insert(KeyServices, services);

    QJsonObject pins;
    for (auto it = m_tlsPins.cbegin(); it != m_tlsPins.cend(); ++it)
        pins.insert(it.key(), formatFingerprint(it.value()));
    json.insert(KeyTlsPins, pins);
    return json;
}

Result<QByteArray> Profile::parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(u"sha256:"_s, Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(u':');
    hex.remove(u' ');
    static const QRegularExpression hexOnly(u"^[0-9A-Fa-f]{64}$"_s);
    if (!hexOnly.match(hex).hasMatch()) {
        return configError(tr("“%1” is not a SHA-256 fingerprint: expected 64 hexadecimal digits, as "
                              "`openssl x509 -noout -fingerprint -sha256` prints them.")
                               .arg(text));
    }
    const QByteArray digest = QByteArray::fromHex(hex.toLatin1());
    Q_ASSERT(digest.size() == Sha256Size);
    return digest;
}

QString Profile::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

} // namespace KryNet
