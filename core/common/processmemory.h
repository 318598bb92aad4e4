#pragma once

#include <QtGlobal>

namespace KryNet
{

/**
 * Proportional set size (PSS) of a process in KiB, from /proc/PID/smaps_rollup (Linux): the memory
 * the process really costs, shared pages divided among their users. -1 where it cannot be read.
 * @p pid 0 means this process.
 */
[[nodiscard]] qint64 proportionalSetSizeKiB(qint64 pid = 0);

} // namespace KryNet
