#include <QRegularExpression>
#include <QStringList>

#include "core/secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace KryNet::SecretKeys
{

QString apiKey(const QString &service)
{
    return service + u".api-key"_s;
}

QString password(const QString &service)
{
    return service + u".password"_s;
}

bool isValidPurpose(const QString &purpose)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    return re.match(purpose).hasMatch();
}

QStringList knownPurposes()
{
    QStringList out{QString::fromLatin1(SshPassphrase), QString::fromLatin1(CfAccessSecret),
                    QString::fromLatin1(LiteLlmMasterKey)};
    for (const auto *service : {"jellyfin", "seerr", "sonarr", "radarr", "bazarr", "prowlarr", "sabnzbd", "immich",
                                "portainer", "gluetun", "truenas"})
        out.append(apiKey(QString::fromLatin1(service)));
    for (const auto *service : {"qbittorrent", "prometheus", "uptimekuma", "npm"})
        out.append(password(QString::fromLatin1(service)));
    return out;
}

} // namespace KryNet::SecretKeys
