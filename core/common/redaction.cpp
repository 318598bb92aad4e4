#include "core/common/redaction.h"

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

constexpr qsizetype MinimumSecretLength = 4;

QReadWriteLock s_lock;
QSet<QString> s_secrets;

// Header (or header-like key) names whose value is a credential.
const QString SecretHeaderNames = u"authorization|proxy-authorization|x-api-key|x-emby-token|x-mediabrowser-token|"
                                  u"x-plex-token|cookie|set-cookie|cf-access-client-secret|x-auth-token|"
                                  u"x-litellm-api-key|api-key"_s;

// Query-string or form parameter names whose value is a credential.
const QString SecretParameterNames = u"apikey|api_key|api-key|token|access_token|refresh_token|password|passwd|"
                                     u"pass|secret|client_secret|master_key|x-plex-token|sid"_s;

// JSON member names whose string value is a credential.
const QString SecretJsonNames = u"apikey|api_key|apiKey|password|passwd|secret|token|access_token|refresh_token|"
                                u"client_secret|master_key|key|litellm_master_key|challenge_token|SID"_s;

const QRegularExpression &headerPattern()
{
    // `Name: value` or `"Name": "value"`; the value runs to the end of the line or the closing quote.
    static const QRegularExpression re(u"(\\b(?:"_s + SecretHeaderNames + u")\"?\\s*[:=]\\s*\"?)([^\\r\\n\",}]+)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &parameterPattern()
{
    static const QRegularExpression re(u"((?:^|[?&;\\s])(?:"_s + SecretParameterNames + u")=)([^&\\s#\"']+)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &jsonPattern()
{
    static const QRegularExpression re(u"(\"(?:"_s + SecretJsonNames + u")\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &schemePattern()
{
    static const QRegularExpression re(u"(\\b(?:Bearer|Basic|Digest)\\s+)([A-Za-z0-9._~+/=-]+)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &mediaBrowserPattern()
{
    static const QRegularExpression re(u"(\\bToken\\s*=\\s*\")([^\"]*)"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &providerKeyPattern()
{
    // OpenAI / Anthropic / LiteLLM style keys: sk-…, sk-ant-…, plus Google's AIza… keys.
    static const QRegularExpression re(u"()\\b((?:sk-[A-Za-z0-9_-]{8,})|(?:AIza[A-Za-z0-9_-]{20,}))"_s);
    return re;
}

// Replaces capture 2 of every match by the mask, keeping capture 1 (the name).
QString maskValues(const QString &text, const QRegularExpression &re)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(2) == 0)
            continue;
        out += QStringView(text).mid(last, m.capturedStart(2) - last);
        out += Redaction::mask();
        last = m.capturedEnd(2);
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString Redaction::mask()
{
    return u"<redacted>"_s;
}

QString Redaction::redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    {
        // Exact values first: they may sit anywhere, also inside what the patterns keep.
        const QReadLocker locker(&s_lock);
        for (const QString &secret : std::as_const(s_secrets))
            out.replace(secret, mask());
    }
    for (const QRegularExpression *re : {&headerPattern(), &parameterPattern(), &jsonPattern(), &schemePattern(),
                                         &mediaBrowserPattern(), &providerKeyPattern()})
        out = maskValues(out, *re);
    return out;
}

QByteArray Redaction::redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

void Redaction::registerSecret(const QString &secret)
{
    if (secret.size() < MinimumSecretLength)
        return;
    const QWriteLocker locker(&s_lock);
    s_secrets.insert(secret);
}

void Redaction::forgetSecret(const QString &secret)
{
    const QWriteLocker locker(&s_lock);
    s_secrets.remove(secret);
}

} // namespace KryNet
