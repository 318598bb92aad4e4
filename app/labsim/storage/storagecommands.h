#pragma once

#include <functional>

#include <QJsonArray>
#include <QStringList>

#include "app/labsim/ssh/labshell.h"
#include "app/labsim/storage/storagestate.h"
#include "app/labsim/storage/truenasapi.h"

namespace KryNet::LabSim::Storage
{

/**
 * The storage programs of the simulated TrueNAS host, as the SSH server's shell runs them: zpool
 * (status, list, scrub, version), zfs (list, version), smartctl, midclt, and the probes a client makes
 * for the server's time zone (cat /etc/timezone, timedatectl, readlink -f /etc/localtime, date +%z).
 * Output follows OpenZFS 2.3 / TrueNAS 25.04 (ZFS-NOTES.md, TRUENAS-NOTES.md). Every run first moves
 * the state to @p now() so running scrubs progress with the lab clock. Pool and dataset names are
 * checked against the ZFS grammar before anything acts on them.
 */
class StorageCommands final
{
public:
    StorageCommands(StorageState &state, std::function<qint64()> now);

    /// Adds every program to @p shell (they reference this object: it must outlive the shell's use).
    void registerPrograms(LabShell &shell);

    [[nodiscard]] CommandOutput zpool(const QStringList &argv);
    [[nodiscard]] CommandOutput zfs(const QStringList &argv);
    [[nodiscard]] CommandOutput smartctl(const QStringList &argv);
    [[nodiscard]] CommandOutput midclt(const QStringList &argv);
    [[nodiscard]] CommandOutput system(const QStringList &argv); ///< cat, timedatectl, date, hostname, uname, readlink

    [[nodiscard]] const QJsonArray &midcltCalls() const { return m_midclt.calls(); }
    [[nodiscard]] Midclt &midcltApi() { return m_midclt; }
    [[nodiscard]] StorageState &state() { return m_state; }

private:
    void sync();
    [[nodiscard]] CommandOutput zpoolStatus(const QStringList &args);
    [[nodiscard]] CommandOutput zpoolList(const QStringList &args);
    [[nodiscard]] CommandOutput zpoolScrub(const QStringList &args);
    /// Resolves pool arguments (all pools when empty); problems are appended to @p err.
    [[nodiscard]] QList<const Pool *> selectPools(const QStringList &names, QByteArray *err, bool *failed) const;

    StorageState &m_state;
    std::function<qint64()> m_now;
    Midclt m_midclt;
};

} // namespace KryNet::LabSim::Storage
