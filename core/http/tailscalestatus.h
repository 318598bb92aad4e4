#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/common/result.h"

namespace KryNet
{

/**
 * The part of `tailscale status --json` (ipnstate.Status, specs/infra/SMALL-SERVICES-NOTES.md) that
 * mode detection needs. Parsing is lenient: unknown fields are ignored, missing ones stay empty;
 * only text that is not a JSON object is an error.
 */
struct TailscaleStatus
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::TailscaleStatus)

public:
    QString backendState; ///< NoState, NeedsLogin, NeedsMachineAuth, Stopped, Starting, Running…
    bool selfOnline = false;
    QString selfDnsName; ///< without the trailing dot
    QStringList tailscaleIps;
    QString magicDnsSuffix;

    /// Running and this device connected to the control plane.
    [[nodiscard]] bool isConnected() const { return backendState == QLatin1String("Running") && selfOnline; }
    /// Translated one-line description ("connected as laptop.tail1234.ts.net", "stopped"…).
    [[nodiscard]] QString describe() const;

    [[nodiscard]] static Result<TailscaleStatus> parse(const QByteArray &json);
};

} // namespace KryNet
