#include "core/http/tailscalestatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace KryNet
{

QString TailscaleStatus::describe() const
{
    if (isConnected())
        return tr("Tailscale is connected as %1").arg(selfDnsName.isEmpty() ? tr("this device") : selfDnsName);
    if (backendState == u"Running"_s)
        return tr("Tailscale is running but this device is offline");
    if (backendState == u"NeedsLogin"_s || backendState == u"NeedsMachineAuth"_s)
        return tr("Tailscale needs a login (%1)").arg(backendState);
    if (backendState.isEmpty())
        return tr("Tailscale state is unknown");
    return tr("Tailscale is not connected (%1)").arg(backendState);
}

Result<TailscaleStatus> TailscaleStatus::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Error(Error::Code::Parse, tr("`tailscale status --json` printed something that is not a JSON object."),
                     error.errorString());
    }
    const QJsonObject root = document.object();
    TailscaleStatus status;
    status.backendState = root.value(u"BackendState"_s).toString();
    status.magicDnsSuffix = root.value(u"MagicDNSSuffix"_s).toString();
    const QJsonObject self = root.value(u"Self"_s).toObject();
    status.selfOnline = self.value(u"Online"_s).toBool();
    status.selfDnsName = self.value(u"DNSName"_s).toString();
    if (status.selfDnsName.endsWith(u'.'))
        status.selfDnsName.chop(1);
    const QJsonArray ips = root.value(u"TailscaleIPs"_s).toArray();
    for (const QJsonValue &ip : ips)
        status.tailscaleIps.append(ip.toString());
    return status;
}

} // namespace KryNet
