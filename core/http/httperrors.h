#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include "core/common/error.h"
#include "core/config/accessmode.h"

namespace KryNet
{

/**
 * The typed, translated errors of the HTTP layer (DESIGN.md §4, issue 4): every one says what happened
 * and what to do. Messages name the service and host; details hold the technical cause and never a
 * secret (callers pass URLs through Redaction first, and SABnzbd's key never enters a detail at all).
 *
 * TLS errors put the presented certificate's fingerprint in the detail as "SHA256:AA:BB:…" so the
 * CLI and the GUI can offer to pin it (presentedFingerprint() reads it back).
 */
class HttpErrors final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::HttpErrors)

public:
    HttpErrors() = delete;

    [[nodiscard]] static Error dns(const QString &host, AccessMode mode, const QString &detail);
    [[nodiscard]] static Error refused(const QString &host, int port, const QString &detail);
    [[nodiscard]] static Error network(const QString &host, const QString &detail);
    [[nodiscard]] static Error timeout(const QString &host, qint64 seconds, const QString &detail);
    [[nodiscard]] static Error tlsUntrusted(const QString &host, const QString &reasons, const QString &fingerprint,
                                            const QString &detail);
    [[nodiscard]] static Error tlsPinMismatch(const QString &host, const QString &fingerprint, const QString &detail);
    [[nodiscard]] static Error tlsHandshake(const QString &host, const QString &detail);
    [[nodiscard]] static Error authRejected(const QString &service, int status, const QString &detail);
    [[nodiscard]] static Error missingSecret(const QString &service, const QString &what, const QString &profile);
    [[nodiscard]] static Error loginFailed(const QString &service, const QString &detail);
    [[nodiscard]] static Error notFound(const QString &service, const QString &path, const QString &detail);
    [[nodiscard]] static Error serverError(const QString &service, int status, const QString &detail);
    [[nodiscard]] static Error clientError(const QString &service, int status, const QString &detail);
    [[nodiscard]] static Error htmlInsteadOfJson(const QString &service, const QString &detail);
    [[nodiscard]] static Error cloudflareAccess(const QString &detail);
    [[nodiscard]] static Error truncated(const QString &service, const QString &detail);
    [[nodiscard]] static Error invalidJson(const QString &service, const QString &detail);
    [[nodiscard]] static Error tooLarge(const QString &service, qint64 limitBytes, const QString &detail);
    [[nodiscard]] static Error crossOriginRedirect(const QString &service, const QString &target,
                                                   const QString &detail);
    [[nodiscard]] static Error tooManyRedirects(const QString &service, const QString &detail);
    [[nodiscard]] static Error cancelled(const QString &detail);

    /// "AA:BB:…" of the certificate a TLS error was about; empty when the error carries none.
    [[nodiscard]] static QString presentedFingerprint(const Error &error);
};

} // namespace KryNet
