#include "core/http/httperrors.h"

#include <QRegularExpression>

#include "core/config/servicecatalog.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

QString serviceName(const QString &service)
{
    return ServiceCatalog::displayName(service);
}

QString withFingerprint(const QString &detail, const QString &fingerprint)
{
    if (fingerprint.isEmpty())
        return detail;
    return u"SHA256:"_s + fingerprint + (detail.isEmpty() ? QString() : u"; "_s + detail);
}

} // namespace

Error HttpErrors::dns(const QString &host, AccessMode mode, const QString &detail)
{
    QString message;
    switch (mode) {
    case AccessMode::Tail:
        message = tr("%1 does not resolve: is Tailscale connected?").arg(host);
        break;
    case AccessMode::Local:
        message = tr("%1 does not resolve: are you on the LAN?").arg(host);
        break;
    case AccessMode::Public:
        message = tr("%1 does not resolve: check the lab's domain and your internet connection.").arg(host);
        break;
    }
    return Error(Error::Code::Dns, message, detail);
}

Error HttpErrors::refused(const QString &host, int port, const QString &detail)
{
    return Error(
        Error::Code::Network,
        tr("%1 refused the connection on port %2: is the service (or its reverse proxy) running?").arg(host).arg(port),
        detail);
}

Error HttpErrors::network(const QString &host, const QString &detail)
{
    return Error(Error::Code::Network, tr("Could not talk to %1: the connection failed.").arg(host), detail);
}

Error HttpErrors::timeout(const QString &host, qint64 seconds, const QString &detail)
{
    return Error(
        Error::Code::Timeout,
        tr("%1 did not answer within %2 s: the service may be overloaded or unreachable.").arg(host).arg(seconds),
        detail);
}

Error HttpErrors::tlsUntrusted(const QString &host, const QString &reasons, const QString &fingerprint,
                               const QString &detail)
{
    return Error(Error::Code::Tls,
                 tr("The certificate of %1 is not trusted (%2). If it is your own self-signed certificate, check "
                    "its SHA-256 fingerprint %3 and pin it.")
                     .arg(host, reasons, fingerprint),
                 withFingerprint(detail, fingerprint));
}

Error HttpErrors::tlsPinMismatch(const QString &host, const QString &fingerprint, const QString &detail)
{
    return Error(Error::Code::Tls,
                 tr("The certificate of %1 changed: it does not match the pinned fingerprint. This may be an "
                    "attack; the connection was refused. Presented certificate: SHA-256 %2.")
                     .arg(host, fingerprint),
                 withFingerprint(detail, fingerprint));
}

Error HttpErrors::tlsHandshake(const QString &host, const QString &detail)
{
    return Error(Error::Code::Tls, tr("The secure connection to %1 failed.").arg(host), detail);
}

Error HttpErrors::authRejected(const QString &service, int status, const QString &detail)
{
    return Error(Error::Code::Auth,
                 tr("%1 rejected the credentials (HTTP %2): wrong key for %1?").arg(serviceName(service)).arg(status),
                 detail)
        .withHttpStatus(status);
}

Error HttpErrors::missingSecret(const QString &service, const QString &what, const QString &profile)
{
    return Error(Error::Code::Auth,
                 tr("No %1 for %2 is stored for profile “%3”: set it first.").arg(what, serviceName(service), profile));
}

Error HttpErrors::loginFailed(const QString &service, const QString &detail)
{
    return Error(Error::Code::Auth,
                 tr("%1 rejected the user name or password: wrong password for %1?").arg(serviceName(service)), detail);
}

Error HttpErrors::notFound(const QString &service, const QString &path, const QString &detail)
{
    return Error(Error::Code::Remote,
                 tr("%1 answered 404 Not Found for %2: wrong base URL or API version?").arg(serviceName(service), path),
                 detail)
        .withHttpStatus(404);
}

Error HttpErrors::serverError(const QString &service, int status, const QString &detail)
{
    return Error(Error::Code::Remote,
                 tr("%1 reported a server error (HTTP %2): check the service's logs.")
                     .arg(serviceName(service))
                     .arg(status),
                 detail)
        .withHttpStatus(status);
}

Error HttpErrors::clientError(const QString &service, int status, const QString &detail)
{
    return Error(Error::Code::Remote, tr("%1 refused the request (HTTP %2).").arg(serviceName(service)).arg(status),
                 detail)
        .withHttpStatus(status);
}

Error HttpErrors::htmlInsteadOfJson(const QString &service, const QString &detail)
{
    return Error(Error::Code::Parse,
                 tr("%1 returned an HTML page where JSON was expected: a login page or a proxy error page? Check "
                    "the URL and the reverse proxy.")
                     .arg(serviceName(service)),
                 detail);
}

Error HttpErrors::cloudflareAccess(const QString &detail)
{
    return Error(Error::Code::Auth,
                 tr("Cloudflare Access blocked the request: set a service token (CF-Access-Client-Id and its "
                    "secret) in the profile."),
                 detail);
}

Error HttpErrors::truncated(const QString &service, const QString &detail)
{
    return Error(Error::Code::Parse,
                 tr("The answer from %1 was cut off before its end: try again, and check the reverse proxy if it "
                    "keeps happening.")
                     .arg(serviceName(service)),
                 detail);
}

Error HttpErrors::invalidJson(const QString &service, const QString &detail)
{
    return Error(Error::Code::Parse,
                 tr("%1 answered with something that is not valid JSON: wrong URL or an incompatible version?")
                     .arg(serviceName(service)),
                 detail);
}

Error HttpErrors::tooLarge(const QString &service, qint64 limitBytes, const QString &detail)
{
    return Error(Error::Code::Remote,
                 tr("The answer from %1 is larger than the limit of %2 MiB: refused.")
                     .arg(serviceName(service))
                     .arg(double(limitBytes) / (1024.0 * 1024.0), 0, 'f', 1),
                 detail);
}

Error HttpErrors::crossOriginRedirect(const QString &service, const QString &target, const QString &detail)
{
    return Error(Error::Code::Remote,
                 tr("%1 redirected to another site (%2): not followed. A login page or a wrong URL?")
                     .arg(serviceName(service), target),
                 detail);
}

Error HttpErrors::tooManyRedirects(const QString &service, const QString &detail)
{
    return Error(Error::Code::Remote, tr("%1 redirected too many times.").arg(serviceName(service)), detail);
}

Error HttpErrors::cancelled(const QString &detail)
{
    return Error(Error::Code::Cancelled, tr("The request was cancelled."), detail);
}

QString HttpErrors::presentedFingerprint(const Error &error)
{
    if (error.code() != Error::Code::Tls)
        return {};
    static const QRegularExpression re(u"SHA256:((?:[0-9A-F]{2}:){31}[0-9A-F]{2})"_s);
    const auto match = re.match(error.detail());
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace KryNet
