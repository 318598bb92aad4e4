#pragma once

// Helpers shared by the LiteLLM tests (integration and gui): labsim's LiteLLM control requests
// (reject a provider key, list every secret it holds) and fresh provider-like keys.
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTest>

#include "core/lab/demolab.h"
#include "tests/support/labcontrol.h"

namespace KryNet::Test::Llm
{

/// Sends a control request to labsim (through LabControl); the body of a 200 answer, std::nullopt otherwise.
inline std::optional<QByteArray> labControl(const DemoLabSetup &setup, QNetworkAccessManager & /*network*/,
                                            const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    LabControl control;
    control.attach(setup);
    const LabControl::Reply reply = control.request(method, path, body);
    if (!reply.ok())
        return std::nullopt;
    return reply.body;
}

/// Makes the simulated providers refuse @p key (its /health entries become unhealthy).
inline bool rejectProviderKey(const DemoLabSetup &setup, QNetworkAccessManager &network, const QString &key)
{
    const QJsonObject body{{QStringLiteral("key"), key}};
    return labControl(setup, network, "POST", QStringLiteral("/litellm/reject-key"),
                      QJsonDocument(body).toJson(QJsonDocument::Compact))
        .has_value();
}

/// Every full secret labsim's LiteLLM holds or ever received (master, provider and virtual keys).
inline QStringList liteLlmSecrets(const DemoLabSetup &setup, QNetworkAccessManager &network)
{
    const auto body = labControl(setup, network, "GET", QStringLiteral("/litellm/secrets"));
    QStringList out;
    if (!body)
        return out;
    const QJsonArray list = QJsonDocument::fromJson(*body).object().value(QStringLiteral("secrets")).toArray();
    for (const QJsonValue &v : list)
        out.append(v.toString());
    return out;
}

/// A fresh key: @p prefix + @p length random letters and digits.
inline QString freshKey(const QString &prefix, int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString out = prefix;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return out;
}

/// @p text with every secret of @p secrets longer than 4 characters that appears in it beyond its
/// last 4 characters (a leak); empty when clean. Checks the secret without its last 4 characters, so a
/// masked "…9XyZ" passes and any longer piece of the key fails.
inline QStringList leaksIn(const QString &text, const QStringList &secrets)
{
    QStringList out;
    for (const QString &secret : secrets) {
        if (secret.size() <= 8)
            continue;
        // Any 8 consecutive characters of its random part other than within its last 4 (the providers'
        // fixed prefixes such as "sk-proj-" are no secret and may well appear in a placeholder text).
        qsizetype prefix = 0;
        for (const char *known : {"sk-ant-api03-", "sk-proj-", "AIzaSy", "sk-"}) {
            if (secret.startsWith(QLatin1String(known))) {
                prefix = qsizetype(qstrlen(known));
                break;
            }
        }
        const QString head = secret.mid(prefix, secret.size() - 4 - prefix);
        for (qsizetype i = 0; i + 8 <= head.size(); ++i) {
            if (text.contains(head.mid(i, 8))) {
                out.append(secret.right(4));
                break;
            }
        }
    }
    return out;
}

} // namespace KryNet::Test::Llm
