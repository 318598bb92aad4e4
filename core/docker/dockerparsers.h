#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "core/common/result.h"
#include "core/docker/container.h"

namespace KryNet::Docker
{

/**
 * Pure parsers of Docker Engine API answers (DOCKER-NOTES.md), safe on any input (fuzzed): unknown keys
 * are ignored, missing keys give defaults, wrong types give a Parse error for the document (never a
 * crash). Container names are validated (isValidContainerName) and items with invalid names or ids are
 * dropped, so nothing from the server reaches a path or command unchecked.
 */
class Parsers final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Docker::Parsers)

public:
    Parsers() = delete;

    /// GET /containers/json (array of ContainerSummary).
    [[nodiscard]] static Result<QList<Container>> containerList(const QByteArray &json);
    /// One ContainerSummary object.
    [[nodiscard]] static std::optional<Container> containerSummary(const QJsonObject &object);
    /// GET /containers/{id}/json: fills the inspect fields of @p container (and refreshes the list fields).
    [[nodiscard]] static Result<Container> inspect(const QByteArray &json, const Container &base = {});
    /// One /events message (a JSON object). Fails on a non-object.
    [[nodiscard]] static Result<DockerEvent> event(const QByteArray &json);
    /// One /stats sample; @p previous (same container) supplies the CPU baseline when precpu_stats is empty.
    [[nodiscard]] static Result<ContainerStats> stats(const QByteArray &json, const ContainerStats *previous = nullptr);
    /// GET /version.
    [[nodiscard]] static Result<DockerVersion> version(const QByteArray &json);
    /// The {"message": …} of a Docker (or Portainer) error body; the raw text if not JSON.
    [[nodiscard]] static QString errorMessage(const QByteArray &body);
    /// GET /api/endpoints of Portainer.
    [[nodiscard]] static Result<QList<PortainerEnvironment>> portainerEnvironments(const QByteArray &json);
    /// GET /api/stacks of Portainer (items without id or name dropped).
    [[nodiscard]] static Result<QList<PortainerStack>> portainerStacks(const QByteArray &json);

    /// CPU % per DOCKER-NOTES.md: cpu_delta / system_delta * ncpu * 100, 0 when a delta is not positive.
    [[nodiscard]] static double cpuPercent(quint64 cpuTotal, quint64 preCpuTotal, quint64 systemTotal,
                                           quint64 preSystemTotal, int onlineCpus);
    /// Docker's name grammar: [a-zA-Z0-9][a-zA-Z0-9_.-]*, at most 255 characters (a leading '/' is removed).
    [[nodiscard]] static bool isValidContainerName(const QString &name);
    /// 12-64 lowercase hex characters.
    [[nodiscard]] static bool isValidContainerId(const QString &id);
    /// RFC 3339 with up to nanosecond fractions ("2025-11-26T10:00:00.123456789Z", offsets); invalid for
    /// Docker's "0001-01-01T00:00:00Z" (never).
    [[nodiscard]] static QDateTime timestamp(const QString &text);
    /// "1.47" → 1047, for comparisons; 0 when unparsable.
    [[nodiscard]] static int versionNumber(const QString &apiVersion);
};

/**
 * Splits the /events body into messages: JSON values separated by newlines, tolerating RS (0x1E)
 * prefixes of json-seq and CRs. Incremental: feed() any split of the stream, it returns the complete
 * messages seen so far. A message over maxMessageBytes without a separator is dropped.
 */
class EventSplitter final
{
public:
    static constexpr qsizetype maxMessageBytes = 1024 * 1024;

    [[nodiscard]] QList<QByteArray> feed(const QByteArray &data);

private:
    QByteArray m_pending;
    bool m_discarding = false;
};

} // namespace KryNet::Docker
