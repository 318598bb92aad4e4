#pragma once

#include <QHash>

#include "app/labsim/simservice.h"

namespace KryNet::LabSim
{

class LabClock;

/// One TLS certificate NPM manages; expiry in unix seconds.
struct NpmCertificate
{
    int id = 0;
    QString provider; ///< letsencrypt | other
    QString niceName;
    QStringList domains;
    qint64 expiresOn = 0;
    bool dnsChallenge = false;
};

/**
 * Nginx Proxy Manager's API (v2.12): POST /api/tokens (identity/secret → JWT-like token for a day),
 * GET /api/tokens (refresh), proxy hosts and certificates with `expires_on` (the wildcard and the
 * request.<domain> certificate Uptime Kuma watches — the latter expires in 9 days — plus a public
 * wildcard), `GET /api/` health without auth, `{"error": {"code", "message"}}` errors.
 */
class NpmService final : public SimService
{
public:
    NpmService(LabClock &clock, QString domain, QList<NpmCertificate> certificates, QString identity, QString secret);

    [[nodiscard]] QString id() const override { return QStringLiteral("npm"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;
    /// Control route PUT /npm/certificates/<id>?expiresInDays=N: that certificate now expires N days from
    /// the lab clock (a renewal that failed, a certificate about to lapse) — for overview tests.
    [[nodiscard]] HttpResponse control(const HttpRequest &request);

private:
    [[nodiscard]] HttpResponse issueToken();
    [[nodiscard]] QJsonObject certificateJson(const NpmCertificate &c) const;

    LabClock &m_clock;
    QString m_domain;
    QList<NpmCertificate> m_certificates;
    QString m_identity;
    QString m_secret;
    QHash<QString, qint64> m_tokens; ///< token → expiry (unix secs)
    int m_issued = 0;
};

} // namespace KryNet::LabSim
