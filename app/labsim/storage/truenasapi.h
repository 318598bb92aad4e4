#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include "app/labsim/ssh/labshell.h"
#include "app/labsim/storage/storagestate.h"

namespace KryNet::LabSim::Storage
{

/// Result of a TrueNAS `*.query` filter/options evaluation.
struct QueryResult
{
    QJsonValue value;
    QString error;         ///< "[EINVAL] …" text when the filters or options are malformed
    bool notFound = false; ///< {"get": true} matched nothing
};

/// TrueNAS query semantics (TRUENAS-NOTES.md): [[field, op, value]…] with nested "OR", options get, select,
/// order_by, limit, offset, count. Fields may be dotted paths ("schedule.dow").
[[nodiscard]] QueryResult applyQuery(const QJsonArray &rows, const QJsonValue &filters, const QJsonValue &options);

// Rows in the shapes of TrueNAS 25.04 (dates as {"$date": ms}).
[[nodiscard]] QJsonArray poolQueryRows(const StorageState &state);
[[nodiscard]] QJsonArray diskQueryRows(const StorageState &state, bool withPools);
[[nodiscard]] QJsonArray scrubTaskRows(const StorageState &state);

/// Python's json.dumps() of a value (", " and ": " separators), as midclt prints results.
[[nodiscard]] QByteArray pythonJson(const QJsonValue &value);

/**
 * `midclt` of TrueNAS SCALE 25.04 over SSH: `midclt [-t N] [-q] call [-j] METHOD [ARG…]` (each ARG JSON
 * if it parses, else a string) and `midclt ping`. Methods: pool.query, pool.scrub.query/create/update/
 * delete/scrub/run, disk.query, disk.temperatures, system.info, system.version, system.general.config.
 * Errors go to stderr with exit status 1, as midclt prints them. Every call is recorded (calls()).
 */
class Midclt final
{
public:
    explicit Midclt(StorageState &state);

    [[nodiscard]] CommandOutput run(const QStringList &argv);
    /// Every `midclt call` so far: {"time", "method", "params", "ok"}.
    [[nodiscard]] const QJsonArray &calls() const { return m_calls; }
    /// Makes every call of @p method fail with @p error (a CallError line such as "[EFAULT] …"); an empty
    /// error removes the switch. The failed calls are recorded too (ok false) and change nothing.
    void setFailure(const QString &method, const QString &error);
    [[nodiscard]] QJsonObject failures() const;

private:
    struct Outcome
    {
        QJsonValue result;
        QString error;    ///< first line, e.g. "[EINVAL] pool_scrub_create.pool: …"
        bool raw = false; ///< print the string result as is
    };
    [[nodiscard]] Outcome call(const QString &method, const QJsonArray &params, bool job);

    StorageState &m_state;
    QJsonArray m_calls;
    QHash<QString, QString> m_failures;
    int m_nextJobId = 4117;
};

/// `smartctl` 7.4 (-j/--json, -a, -x, -i, -H, -A, --scan, --version) for the lab's disks.
[[nodiscard]] CommandOutput smartctl(const StorageState &state, const QStringList &argv);

} // namespace KryNet::LabSim::Storage
