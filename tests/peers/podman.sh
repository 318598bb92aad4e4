#!/usr/bin/env bash
# Real podman serving the Docker Engine API on a private unix socket, for the container tests
# (../shared/testpeers/NOTES.md, "podman as the Docker Engine API peer").
#
#   podman.sh start STATEDIR
#   podman.sh stop  STATEDIR
#   podman.sh exec  STATEDIR ARGS…      runs `podman ARGS…` with the peer's private configuration
#   podman.sh restart-service STATEDIR  ends the API service (by its PID) and starts a new one on the same
#                                       socket: clients see their streams drop (reconnect tests)
#
# start: private containers.conf + storage.conf in STATEDIR (ulimits, netns none, runc, cgroupfs, file
# events logger, every directory inside STATEDIR), imports a busybox image from busybox-static (no
# registry), creates the test containers (compose labels, a healthcheck, a network parent and its
# dependant, all with --stop-timeout 1), starts `podman system service --time=0 unix://STATEDIR/podman.sock`,
# records its PID and polls /_ping until it answers (no fixed sleep). Only one rootful podman at a time
# (shared /dev/shm/libpod_lock): tests use RESOURCE_LOCK podman.
# stop: ends exactly the recorded PID, stops and removes the containers, releases the storage's overlay mount.
set -euo pipefail

cmd=${1:?start|stop|exec}
state=${2:?state dir}
shift 2
state=$(mkdir -p "$state" && cd "$state" && pwd)

export CONTAINERS_CONF="$state/containers.conf"
export CONTAINERS_STORAGE_CONF="$state/storage.conf"
export CONTAINERS_REGISTRIES_CONF="$state/registries.conf"
export XDG_RUNTIME_DIR="$state/run"
# podman refuses a runroot longer than 50 characters: a short directory under /tmp, remembered in the state.
if [ -f "$state/runroot.path" ]; then
    runroot=$(cat "$state/runroot.path")
else
    runroot=$(mktemp -d /tmp/kpod.XXXXXX)
    echo "$runroot" >"$state/runroot.path"
fi
podman_() {
    podman --root "$state/storage" --runroot "$runroot" --tmpdir "$state/tmp" "$@"
}

stop_peer() {
    if [ -f "$state/pids" ]; then
        while read -r pid; do
            [ -n "$pid" ] || continue
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 500); do kill -0 "$pid" 2>/dev/null || break; sleep 0.01; done
        done <"$state/pids"
        rm -f "$state/pids"
    fi
    if [ -f "$state/storage.conf" ]; then
        podman_ stop -a -t 1 >/dev/null 2>&1 || true
        podman_ rm -a -f >/dev/null 2>&1 || true
    fi
    # containers/storage bind-mounts its overlay folder onto itself and leaves it mounted: release it,
    # so the state folder can be deleted (scripts/bench keeps it in a temporary folder).
    if mountpoint -q "$state/storage/overlay" 2>/dev/null; then
        umount "$state/storage/overlay" 2>/dev/null || true
    fi
}

start_service() {
    rm -f "$state/podman.sock"
    # exec: $! must be podman itself, not a subshell running the podman_ function.
    (exec podman --root "$state/storage" --runroot "$runroot" --tmpdir "$state/tmp" system service --time=0 \
        "unix://$state/podman.sock" </dev/null >>"$state/service.log" 2>&1) &
    pid=$!
    echo "$pid" >"$state/pids"
    deadline=$((SECONDS + 20))
    until curl -s --max-time 1 --unix-socket "$state/podman.sock" http://d/v1.41/_ping 2>/dev/null | grep -q OK; do
        if ! kill -0 "$pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
            echo "podman system service did not start; log:" >&2
            cat "$state/service.log" >&2
            exit 1
        fi
        sleep 0.02
    done
}

case "$cmd" in
restart-service)
    # SIGKILL, like a crash: on SIGTERM the service would wait for its open event streams to end.
    if [ -f "$state/pids" ]; then
        while read -r pid; do
            [ -n "$pid" ] || continue
            kill -9 "$pid" 2>/dev/null || true
            for _ in $(seq 500); do kill -0 "$pid" 2>/dev/null || break; sleep 0.01; done
        done <"$state/pids"
    fi
    start_service
    sed -i "s/^PID=.*/PID=$pid/" "$state/peer.env"
    exit 0
    ;;
stop)
    stop_peer
    exit 0
    ;;
exec)
    podman_ "$@"
    exit $?
    ;;
start) ;;
*)
    echo "usage: $0 start|stop|exec STATEDIR" >&2
    exit 2
    ;;
esac

command -v podman >/dev/null || { echo "podman is not installed (scripts/deps/test.txt)" >&2; exit 1; }
stop_peer
mkdir -p "$runroot" "$state"/{storage,tmp,run,volumes,networks,rootfs/bin,events}
chmod 700 "$state/run"
nofile=$(ulimit -Hn)
cat >"$state/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=32768:32768"]
netns = "none"
log_driver = "k8s-file"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$state/events/events.log"
tmp_dir = "$state/tmp"
volume_path = "$state/volumes"
static_dir = "$state/storage/libpod"

[network]
network_config_dir = "$state/networks"
CONF
cat >"$state/storage.conf" <<CONF
[storage]
driver = "overlay"
graphroot = "$state/storage"
runroot = "$runroot"
CONF
printf 'unqualified-search-registries = []\n' >"$state/registries.conf"

# A local image from busybox-static: no registry needed.
if ! podman_ image exists local/busybox:test 2>/dev/null; then
    cp /bin/busybox "$state/rootfs/bin/busybox"
    for app in sh sleep echo cat true false date printf test touch rm; do ln -sf busybox "$state/rootfs/bin/$app"; done
    tar -C "$state/rootfs" -c . | podman_ import --change 'CMD ["/bin/sleep","3600"]' - local/busybox:test >/dev/null
fi

labels() { # project service
    echo --label "com.docker.compose.project=$1" --label "com.docker.compose.service=$2" \
        --label "com.docker.compose.project.working_dir=/srv/compose/$1" \
        --label "com.docker.compose.project.config_files=/srv/compose/$1/docker-compose.yml"
}
# web: logs on stdout and stderr, then sleeps; has a healthcheck driven by `podman healthcheck run`.
# shellcheck disable=SC2046
podman_ create --name web --stop-timeout 1 $(labels shop web) \
    --health-cmd 'test -f /healthy' --health-interval 0 --health-retries 1 \
    local/busybox:test sh -c 'echo hello stdout; echo oops stderr >&2; i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.2; done' >/dev/null
# shellcheck disable=SC2046
podman_ create --name db --stop-timeout 1 $(labels shop db) local/busybox:test >/dev/null
# vpn + a dependant sharing its network namespace (gluetun → qbittorrent in the reference lab).
# shellcheck disable=SC2046
podman_ create --name vpn --stop-timeout 1 $(labels media vpn) local/busybox:test >/dev/null
# shellcheck disable=SC2046
podman_ create --name torrent --stop-timeout 1 --network container:vpn $(labels media torrent) local/busybox:test >/dev/null
podman_ create --name loner --stop-timeout 1 local/busybox:test >/dev/null
podman_ start web db vpn torrent >/dev/null

start_service
{
    echo "SOCKET=$state/podman.sock"
    echo "PID=$pid"
    echo "WORK=$state"
    echo "SCRIPT=$(readlink -f "$0")"
} >"$state/peer.env"
echo "podman API on $state/podman.sock (pid $pid)"
