#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace KryNet
{

/**
 * Certificate pinning rules (DESIGN.md §4): a self-signed certificate is trusted only when the
 * SHA-256 digest of the presented leaf's DER encoding equals the pin stored for that host.
 *
 * Contracts:
 *  - errorsToIgnore() returns the exact list to pass to QNetworkReply::ignoreSslErrors(), or nullopt
 *    when the handshake must fail: no pin, pin mismatch, or any error that a pin does not excuse
 *    (expired, revoked, not-yet-valid, blacklisted, a chain problem unrelated to the leaf…);
 *  - the errors a matching pin excuses are the "who vouches for this certificate" ones (self-signed,
 *    unknown issuer, untrusted) and a host-name mismatch: the pin already binds this exact certificate
 *    to this host, which is a stronger statement than a name in the certificate;
 *  - nothing here ever ignores errors globally.
 */
class TlsPin final
{
public:
    TlsPin() = delete;

    /// SHA-256 of the certificate's DER encoding (what `openssl x509 -fingerprint -sha256` digests).
    [[nodiscard]] static QByteArray sha256(const QSslCertificate &certificate);
    /// "AA:BB:…" form of sha256(), as Profile::formatFingerprint prints it.
    [[nodiscard]] static QString fingerprint(const QSslCertificate &certificate);
    /// True when a matching pin may excuse @p error.
    [[nodiscard]] static bool isExcusedByPin(QSslError::SslError error);
    [[nodiscard]] static std::optional<QList<QSslError>>
    errorsToIgnore(const QList<QSslError> &errors, const QSslCertificate &leaf, const std::optional<QByteArray> &pin);
};

} // namespace KryNet
