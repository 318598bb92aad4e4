#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

#include "core/common/result.h"

namespace KryNet
{

class ServiceClient;
class SecretStore;

/// One certificate Nginx Proxy Manager manages (GET /api/nginx/certificates).
struct NpmCertificate
{
    int id = 0;
    QString niceName;
    QString provider; ///< "letsencrypt" | "other"
    QStringList domains;
    QDateTime expiresOn; ///< UTC; invalid when NPM did not say (or said something unreadable)

    /// Whole days from @p now to the expiry (negative once expired); nullopt without an expiry.
    [[nodiscard]] std::optional<int> daysLeft(const QDateTime &now) const;
    /// "*.lab.example" or the first domain, else the nice name.
    [[nodiscard]] QString label() const;
};

/// One proxy host (GET /api/nginx/proxy-hosts).
struct NpmProxyHost
{
    int id = 0;
    QStringList domains;
    QString forwardHost;
    int forwardPort = 0;
    int certificateId = 0; ///< 0: none
    bool enabled = true;
};

/// What the lab's NPM says: its certificates and proxy hosts.
struct NpmState
{
    QList<NpmCertificate> certificates;
    QList<NpmProxyHost> proxyHosts;

    /// The certificate expiring first (ignoring ones without an expiry); nullptr when there is none.
    [[nodiscard]] const NpmCertificate *nearestExpiry() const;
};

/**
 * Pure parsers of NPM's answers (specs/infra/SMALL-SERVICES-NOTES.md "Nginx Proxy Manager API").
 * Lenient per item: an entry that is not an object, or without a usable id, is skipped; missing or
 * mistyped fields stay empty; only a top level of the wrong shape is an error (Parse).
 */
class NpmParsers final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::NpmParsers)

public:
    NpmParsers() = delete;

    /// POST /api/tokens → the token; a 2FA challenge or no token is an Auth error.
    [[nodiscard]] static Result<QString> token(const QByteArray &body);
    [[nodiscard]] static Result<QList<NpmCertificate>> certificates(const QByteArray &body);
    [[nodiscard]] static Result<QList<NpmProxyHost>> proxyHosts(const QByteArray &body);
    /// NPM's ISO-8601 times ("2026-02-24T10:00:00.000Z", also without milliseconds or with an offset).
    [[nodiscard]] static QDateTime parseTime(const QString &text);
};

/**
 * Reads NPM's certificates and proxy hosts through the session's ServiceClient for "npm".
 *
 * NPM has no API keys: the profile's user (the service's "username" setting, an e-mail) and the
 * keychain's "npm.password" are exchanged for a bearer token (POST /api/tokens), kept in memory only
 * and sent as an Authorization header — never logged (registered with Redaction), never in a URL.
 * A 401 on a read means the token expired: one new login, then that read once more (a refused GET
 * did nothing). A refused login is not retried.
 */
class NpmClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NpmClient)

public:
    NpmClient(ServiceClient &client, SecretStore &secrets, QObject *parent = nullptr);
    ~NpmClient() override;

    [[nodiscard]] QFuture<Result<NpmState>> read();

private:
    struct Run;
    void login(std::function<void(Result<void>)> done);
    void readLists(const std::shared_ptr<Run> &run);
    void get(const std::shared_ptr<Run> &run, const QString &path, bool mayRelogin,
             std::function<void(Result<QByteArray>)> done);

    ServiceClient &m_client;
    SecretStore &m_secrets;
    QString m_token;
};

} // namespace KryNet
