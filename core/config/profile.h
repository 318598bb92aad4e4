#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>

#include "core/common/result.h"
#include "core/config/accessmode.h"

namespace KryNet
{

/// How to reach the server's shell. Secrets (key passphrase) live in the SecretStore, never here.
struct SshSettings
{
    QString host; ///< host name, address or ~/.ssh/config alias
    int port = 22;
    QString user;
    QString identityFile;
    bool useAgent = false;
    QString knownHostsFile; ///< empty: the user's ~/.ssh/known_hosts
    QString jumpHost;       ///< [user@]host[:port] reached first (ProxyJump)
    bool useSudo = false;   ///< prefix privileged commands with `sudo -n`
    QString dockerSocket;   ///< empty: /var/run/docker.sock
    QJsonObject extra;      ///< fields written by newer versions, kept verbatim
};

/// One service that exists in this lab, with optional overrides of the derived URL.
struct ServiceSettings
{
    QString subdomain; ///< empty: the catalogue's default sub-domain
    QUrl url;          ///< non-empty: used as is, whatever the access mode
    QJsonObject extra;
};

/**
 * A server profile: everything KryNet needs to reach one lab, minus its secrets.
 *
 * Contracts:
 *  - id() is stable for the life of the profile (secrets are keyed by it); name() is what users type.
 *  - serviceUrl() derives `https://<sub>.<mode>.<domain>` per DESIGN.md §1 (`local` → sub.local.DOMAIN,
 *    `tail` → sub.tail.DOMAIN, `public` → sub.DOMAIN); a service's explicit URL always wins.
 *  - fromJson()/toJson() round-trip every field, including ones this version does not know.
 *  - TLS pins are SHA-256 digests of the DER certificate, keyed by "host" or "host:port".
 */
class Profile final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Profile)

public:
    Profile();

    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    [[nodiscard]] const SshSettings &ssh() const { return m_ssh; }
    [[nodiscard]] SshSettings &ssh() { return m_ssh; }

    [[nodiscard]] const QString &domain() const { return m_domain; }
    void setDomain(const QString &domain) { m_domain = domain.trimmed().toLower(); }

    [[nodiscard]] AccessMode accessMode() const { return m_accessMode; }
    void setAccessMode(AccessMode mode) { m_accessMode = mode; }

    [[nodiscard]] const QString &cfAccessClientId() const { return m_cfAccessClientId; }
    void setCfAccessClientId(const QString &id) { m_cfAccessClientId = id; }

    // Services present in this lab.
    [[nodiscard]] const QMap<QString, ServiceSettings> &services() const { return m_services; }
    [[nodiscard]] bool hasService(const QString &id) const { return m_services.contains(id); }
    void setService(const QString &id, const ServiceSettings &settings) { m_services.insert(id, settings); }
    void removeService(const QString &id) { m_services.remove(id); }

    /// Base URL of @p service in the profile's current access mode.
    [[nodiscard]] Result<QUrl> serviceUrl(const QString &service) const;
    /// Base URL of @p service if the profile were in @p mode (for mode auto-detection).
    [[nodiscard]] Result<QUrl> serviceUrl(const QString &service, AccessMode mode) const;

    // TLS certificate pins.
    [[nodiscard]] const QMap<QString, QByteArray> &tlsPins() const { return m_tlsPins; }
    /// Pin for host:port, falling back to the host alone; nullopt when the host is not pinned.
    [[nodiscard]] std::optional<QByteArray> tlsPin(const QString &host, int port) const;
    void setTlsPin(const QString &hostAndPort, const QByteArray &sha256)
    {
        m_tlsPins.insert(hostAndPort.toLower(), sha256);
    }
    bool removeTlsPin(const QString &hostAndPort) { return m_tlsPins.remove(hostAndPort.toLower()) > 0; }

    /// Key under which a secret of this profile is stored: "<id>/<purpose>".
    [[nodiscard]] QString secretKey(const QString &purpose) const;

    /// Checks what a profile needs before it can be saved: a valid name, a sane port, known modes.
    [[nodiscard]] Result<void> validate() const;

    [[nodiscard]] static Result<Profile> fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;

    /// Parses "SHA256:AA:BB:…", "aabb…" or "AA BB …" (case and separators optional) into 32 bytes.
    [[nodiscard]] static Result<QByteArray> parseFingerprint(const QString &text);
    /// "AA:BB:…" as `openssl x509 -fingerprint -sha256` prints it.
    [[nodiscard]] static QString formatFingerprint(const QByteArray &sha256);
    /// Profile names: 1-64 chars of letters, digits, '.', '_' and '-', not starting with '-'.
    [[nodiscard]] static bool isValidName(const QString &name);

private:
    QString m_id;
    QString m_name;
    SshSettings m_ssh;
    QString m_domain;
    AccessMode m_accessMode = AccessMode::Local;
    QString m_cfAccessClientId;
    QMap<QString, ServiceSettings> m_services;
    QMap<QString, QByteArray> m_tlsPins;
    QJsonObject m_extra;
};

} // namespace KryNet
