#pragma once

#include <QByteArray>
#include <QString>

namespace KryNet
{

/**
 * Scrubs secrets from text before it reaches a log, an error detail or the clipboard.
 *
 * Two layers:
 *  - patterns: auth headers (Authorization, X-Api-Key, Cookie, Set-Cookie, CF-Access-Client-Secret…),
 *    Bearer/Basic credentials, secret-looking query parameters (apikey=, token=, password=…),
 *    JSON members named like secrets, Jellyfin's `Token="…"`, OpenAI-style `sk-…` keys;
 *  - exact values: every secret read from the SecretStore is registered here for the life of the
 *    process, so it is masked wherever it shows up, whatever surrounds it.
 *
 * Thread-safe. The mask keeps the name (the header or parameter) and replaces only the value.
 */
class Redaction final
{
public:
    Redaction() = delete;

    /// Text that replaces a secret value.
    static QString mask();

    [[nodiscard]] static QString redact(const QString &text);
    [[nodiscard]] static QByteArray redact(const QByteArray &text);

    /// Masks @p secret verbatim from now on. Values shorter than 4 characters are ignored (they would
    /// mask ordinary text and are not secrets worth the name).
    static void registerSecret(const QString &secret);
    static void forgetSecret(const QString &secret);
};

} // namespace KryNet
