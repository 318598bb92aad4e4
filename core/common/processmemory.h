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

/**
 * Anonymous memory of a process in KiB (heap, stacks, anonymous mappings; "Anonymous:" in
 * /proc/PID/smaps_rollup): what the process itself allocated. Unlike PSS it does not move when other
 * processes start or stop mapping the same libraries, so growth over a soak is measured with it. -1 where
 * it cannot be read. @p pid 0 means this process.
 */
[[nodiscard]] qint64 anonymousMemoryKiB(qint64 pid = 0);

/**
 * Gives the memory the allocator holds free back to the system (glibc: malloc_trim; under
 * AddressSanitizer its allocator's purge). A refresh parses megabytes of JSON on worker threads and
 * glibc keeps the freed pages in its per-thread arenas: without this the app's anonymous memory grows by
 * a few MiB over the first minutes of refreshes and stays there (docs/performance.md § Memory).
 * Thread-safe; takes a few milliseconds, so call it off the GUI thread. A no-op elsewhere.
 */
void releaseFreeHeapMemory();

} // namespace KryNet
