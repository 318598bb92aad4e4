#pragma once

#include <optional>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include "core/common/result.h"

namespace KryNet::Zfs::Json
{

/**
 * Shared helpers of the JSON parsers in core/zfs (internal header).
 *
 * ZFS prints numbers as JSON integers (--json-int), exact strings (-p) or human strings ("62.6G");
 * number() accepts all three. Values that are absent, null, "-" or not numbers give nullopt.
 */
[[nodiscard]] std::optional<quint64> number(const QJsonValue &value);
[[nodiscard]] std::optional<double> real(const QJsonValue &value);
[[nodiscard]] QString text(const QJsonValue &value);
/// Parses @p json (size-limited, nesting-limited) into a document; Parse error otherwise.
[[nodiscard]] Result<QJsonDocument> parse(const QByteArray &json, const QString &what);
[[nodiscard]] Error error(const QString &what, const QString &detail);

} // namespace KryNet::Zfs::Json
