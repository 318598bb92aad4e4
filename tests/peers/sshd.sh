#!/usr/bin/env bash
# Real OpenSSH sshd on 127.0.0.1 for the SSH tests (../shared/testpeers/NOTES.md, "OpenSSH server").
#
#   sshd.sh start STATEDIR [--port N] [--new-host-key] [--max-sessions N] [--no-extras] [--keys DIR]
#   sshd.sh stop  STATEDIR
#
# start: keeps keys already in STATEDIR (so a restart on the same --port keeps the host key unless
# --new-host-key), writes a private sshd_config, starts `sshd -D -e`, polls until the port accepts
# connections (no fixed sleep), and records KEY=VALUE lines in STATEDIR/peer.env.
# Unless --no-extras: an ssh-agent holding an agent-only key, and a socat echo server on a unix socket.
# --keys DIR uses (and creates if missing) the client keys in DIR, so a second sshd accepts the same keys.
# stop: kills exactly the PIDs recorded in STATEDIR/pids.
set -euo pipefail

cmd=${1:?start|stop}
state=${2:?state dir}
shift 2
port=""
new_host_key=0
max_sessions=10
extras=1
keys_dir=""
while [ $# -gt 0 ]; do
    case "$1" in
    --port) port=$2; shift 2 ;;
    --new-host-key) new_host_key=1; shift ;;
    --max-sessions) max_sessions=$2; shift 2 ;;
    --no-extras) extras=0; shift ;;
    --keys) keys_dir=$2; shift 2 ;;
    *) echo "sshd.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

stop_peer() {
    if [ -f "$state/pids" ]; then
        while read -r pid; do
            [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
        done <"$state/pids"
        # Wait (bounded) for them to be gone so a restart can reuse the port.
        for _ in $(seq 200); do
            alive=0
            while read -r pid; do
                [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && alive=1
            done <"$state/pids"
            [ $alive = 0 ] && break
            sleep 0.01
        done
        rm -f "$state/pids"
    fi
}

if [ "$cmd" = stop ]; then
    stop_peer
    exit 0
fi
[ "$cmd" = start ] || { echo "usage: $0 start|stop STATEDIR" >&2; exit 2; }

stop_peer # a leftover from a crashed run
mkdir -p "$state/keys" "$state/home"
chmod 700 "$state" "$state/keys"
mkdir -p -m 0755 /run/sshd
user=$(id -un)
keys=${keys_dir:-$state/keys}

[ -f "$keys/id_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C krynet-test -f "$keys/id_ed25519"
[ -f "$keys/id_encrypted" ] || ssh-keygen -q -t ed25519 -N 'correct horse battery' -C krynet-enc -f "$keys/id_encrypted"
[ -f "$keys/id_agent" ] || ssh-keygen -q -t ed25519 -N '' -C krynet-agent -f "$keys/id_agent"
[ -f "$keys/id_wrong" ] || ssh-keygen -q -t ed25519 -N '' -C krynet-wrong -f "$keys/id_wrong"
if [ $new_host_key = 1 ] || [ ! -f "$state/host_ed25519" ]; then
    rm -f "$state/host_ed25519" "$state/host_ed25519.pub"
    ssh-keygen -q -t ed25519 -N '' -C krynet-host -f "$state/host_ed25519"
fi
cat "$keys/id_ed25519.pub" "$keys/id_encrypted.pub" "$keys/id_agent.pub" >"$state/authorized_keys"

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Poll until something accepts on 127.0.0.1:$1 (deadline 10 s) or process $2 died.
wait_port() {
    local deadline=$((SECONDS + 10))
    while [ $SECONDS -lt $deadline ]; do
        kill -0 "$2" 2>/dev/null || return 1
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
            return 0
        fi
        sleep 0.01
    done
    return 1
}

: >"$state/pids"
started=0
for attempt in 1 2 3 4 5; do
    p=${port:-$(free_port)}
    cat >"$state/sshd_config" <<CONF
ListenAddress 127.0.0.1
Port $p
HostKey $state/host_ed25519
PidFile $state/sshd.pid
AuthorizedKeysFile $state/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
AllowStreamLocalForwarding yes
AllowTcpForwarding yes
MaxSessions $max_sessions
MaxStartups 100:30:200
LogLevel ERROR
SetEnv HOME=$state/home
Subsystem sftp internal-sftp
CONF
    /usr/sbin/sshd -D -e -f "$state/sshd_config" -p "$p" </dev/null >>"$state/sshd.log" 2>&1 &
    pid=$!
    if wait_port "$p" "$pid"; then
        port=$p
        echo "$pid" >>"$state/pids"
        started=1
        break
    fi
    kill "$pid" 2>/dev/null || true
    [ -n "$port" ] && break # a fixed port that does not work: do not try others
done
[ $started = 1 ] || { echo "sshd did not start; log:" >&2; cat "$state/sshd.log" >&2; exit 1; }

fingerprint=$(ssh-keygen -l -E sha256 -f "$state/host_ed25519.pub" | awk '{print $2}')
{
    echo "HOST=127.0.0.1"
    echo "PORT=$port"
    echo "PID=$pid"
    echo "WORK=$state"
    echo "USER=$user"
    echo "KEY=$keys/id_ed25519"
    echo "KEY_ENCRYPTED=$keys/id_encrypted"
    echo "KEY_ENCRYPTED_PASSPHRASE=correct horse battery"
    echo "KEY_AGENT_ONLY=$keys/id_agent"
    echo "KEY_WRONG=$keys/id_wrong"
    echo "HOST_PUBKEY=$(cut -d' ' -f1,2 "$state/host_ed25519.pub")"
    echo "HOST_FINGERPRINT=$fingerprint"
    echo "SCRIPT=$(readlink -f "$0")"
} >"$state/peer.env"

if [ $extras = 1 ]; then
    rm -f "$state/agent.sock"
    eval "$(ssh-agent -s -a "$state/agent.sock" 2>>"$state/agent.log" </dev/null)" >/dev/null
    echo "$SSH_AGENT_PID" >>"$state/pids"
    SSH_AUTH_SOCK="$state/agent.sock" ssh-add -q "$keys/id_agent"
    socat "UNIX-LISTEN:$state/echo.sock,fork,unlink-early" EXEC:cat </dev/null >>"$state/socat.log" 2>&1 &
    socat_pid=$!
    echo "$socat_pid" >>"$state/pids"
    for _ in $(seq 500); do [ -S "$state/echo.sock" ] && break; sleep 0.01; done
    [ -S "$state/echo.sock" ] || { echo "socat echo socket did not appear" >&2; exit 1; }
    {
        echo "AGENT_SOCK=$state/agent.sock"
        echo "AGENT_PID=$SSH_AGENT_PID"
        echo "ECHO_SOCK=$state/echo.sock"
        echo "SOCAT_PID=$socat_pid"
    } >>"$state/peer.env"
fi
echo "sshd peer on 127.0.0.1:$port (pid $pid), state in $state"
