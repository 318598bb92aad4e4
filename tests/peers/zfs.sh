#!/usr/bin/env bash
# Real ZFS for the pool tests: zfs-fuse (pool version 23) with file-vdev pools in a private state dir
# (../shared/testpeers/NOTES.md, "zfs-fuse"). ONE zfs-fuse per machine (fixed socket and lock paths):
# every test using this peer takes RESOURCE_LOCK zfs.
#
#   zfs.sh start STATEDIR     start the daemon, create the pools below, record peer.env
#   zfs.sh stop  STATEDIR     destroy our pools, end the daemon we started (by its recorded PID)
#
# Pools (names prefixed kt so nothing else on the machine is touched):
#   kthealthy  mirror of two 128M files, a little data
#   ktdegraded mirror, second side OFFLINE
#   ktcksum    mirror, one side overwritten in the middle, then scrubbed: CKSUM errors + repaired bytes
#   ktunavail  mirror, exported, one file moved away, imported: UNAVAIL device shown as "was PATH"
#   ktscrub    mirror of two 512M files with 300M of data: a scrub that runs long enough to stop
# peer.env: PID, WORK, POOLS, and per pool its vdev paths (KTHEALTHY_VDEVS="a b").
set -euo pipefail

cmd=${1:?start|stop}
state=${2:?state dir}
pools="kthealthy ktdegraded ktcksum ktunavail ktscrub"

stop_peer() {
    if [ -f "$state/pid" ]; then
        pid=$(cat "$state/pid")
        if kill -0 "$pid" 2>/dev/null; then
            for p in $pools; do
                timeout 30 zpool destroy -f "$p" >/dev/null 2>&1 || true
            done
            kill "$pid" 2>/dev/null || true
            # zfs-fuse takes ~5 s to stop; wait (bounded) so the next start finds the socket free.
            for _ in $(seq 300); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.05
            done
            kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$state/pid"
    fi
}

if [ "$cmd" = stop ]; then
    stop_peer
    exit 0
fi
[ "$cmd" = start ] || { echo "usage: $0 start|stop STATEDIR" >&2; exit 2; }

command -v zfs-fuse >/dev/null || { echo "zfs-fuse is not installed (scripts/deps/test.txt)" >&2; exit 1; }
stop_peer # a leftover of a crashed run of ours
# A daemon that is still shutting down (it takes ~5 s) answers for a moment: give it 15 s to go.
deadline=$((SECONDS + 15))
while zpool list >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
        echo "another ZFS daemon already answers on this machine; refusing to share it" >&2
        exit 1
    fi
    sleep 0.1
done

rm -rf "$state/vdevs" "$state/moved" "$state/mnt"
mkdir -p "$state/vdevs" "$state/moved" "$state/mnt"
zfs-fuse --no-daemon --no-kstat-mount </dev/null >>"$state/zfs-fuse.log" 2>&1 &
pid=$!
echo "$pid" >"$state/pid"

deadline=$((SECONDS + 30))
until zpool list >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "zfs-fuse died; log:" >&2; cat "$state/zfs-fuse.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "zfs-fuse did not answer within 30 s" >&2; stop_peer; exit 1; }
    sleep 0.05
done

v=$state/vdevs
mkpool() { # name size file...
    local name=$1 size=$2
    shift 2
    for f in "$@"; do truncate -s "$size" "$v/$f"; done
    local args=()
    for f in "$@"; do args+=("$v/$f"); done
    zpool create -o cachefile=none -m "$state/mnt/$name" "$name" mirror "${args[@]}" >/dev/null 2>&1
}

# Poll until `zpool status POOL` shows a finished scan (scrubs and resilvers block on zfs-fuse).
wait_scan_done() {
    local deadline=$((SECONDS + 120))
    until zpool status "$1" | grep -Eq 'scrub: (scrub|resilver) (completed|stopped)'; do
        [ $SECONDS -lt $deadline ] || { echo "scan of $1 did not finish" >&2; return 1; }
        sleep 0.05
    done
}

mkpool kthealthy 128M h1 h2
dd if=/dev/urandom of="$state/mnt/kthealthy/data" bs=1M count=8 status=none

mkpool ktdegraded 128M d1 d2
zpool offline ktdegraded "$v/d2"

mkpool ktcksum 128M c1 c2
dd if=/dev/urandom of="$state/mnt/ktcksum/data" bs=1M count=60 status=none
sync
dd if=/dev/urandom of="$v/c2" bs=1M seek=10 count=80 conv=notrunc status=none
setsid nohup zpool scrub ktcksum >/dev/null 2>&1 </dev/null &
wait_scan_done ktcksum

mkpool ktunavail 128M u1 u2
zpool export ktunavail
mv "$v/u2" "$state/moved/u2"
zpool import -d "$v" -o cachefile=none ktunavail

mkpool ktscrub 512M s1 s2
dd if=/dev/zero of="$state/mnt/ktscrub/zero" bs=1M count=300 status=none
sync

{
    echo "PID=$pid"
    echo "WORK=$state"
    echo "POOLS=$pools"
    echo "KTHEALTHY_VDEVS=$v/h1 $v/h2"
    echo "KTDEGRADED_VDEVS=$v/d1 $v/d2"
    echo "KTCKSUM_VDEVS=$v/c1 $v/c2"
    echo "KTUNAVAIL_VDEVS=$v/u1 $v/u2"
    echo "KTSCRUB_VDEVS=$v/s1 $v/s2"
} >"$state/peer.env"
echo "zfs-fuse peer (pid $pid) with pools: $pools"
