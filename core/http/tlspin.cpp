#include "core/http/tlspin.h"

#include <QCryptographicHash>

#include "core/config/profile.h"

namespace KryNet
{

QByteArray TlsPin::sha256(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

QString TlsPin::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = sha256(certificate);
    return digest.isEmpty() ? QString() : Profile::formatFingerprint(digest);
}

bool TlsPin::isExcusedByPin(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

std::optional<QList<QSslError>> TlsPin::errorsToIgnore(const QList<QSslError> &errors, const QSslCertificate &leaf,
                                                       const std::optional<QByteArray> &pin)
{
    if (!pin || leaf.isNull() || sha256(leaf) != *pin)
        return std::nullopt;
    for (const QSslError &error : errors) {
        if (!isExcusedByPin(error.error()))
            return std::nullopt;
        // An error about some other certificate in the chain is not what the user pinned.
        if (!error.certificate().isNull() && error.certificate() != leaf &&
            error.error() != QSslError::SelfSignedCertificateInChain)
            return std::nullopt;
    }
    return errors;
}

} // namespace KryNet
