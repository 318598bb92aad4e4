#!/usr/bin/env bash
# Real qbittorrent-nox (WebUI API v2) for the cookie-login tests. Usage: qbittorrent.sh start|stop STATEDIR
# A private profile, WebUI on 127.0.0.1:PORT, no DHT/LSD/PeX, no failed-login ban, user admin with the
# password recorded in peer.env (the test's own secret, never a real one).
# peer.env: PORT PID WORK USERNAME PASSWORD
set -euo pipefail

action=${1:?start|stop}
state=${2:?state directory}

env_get() { sed -n "s/^$1=//p" "$state/peer.env"; }

wait_until() { # deadline-seconds command...
    local deadline=$((SECONDS + $1)); shift
    until "$@"; do
        if [ $SECONDS -ge $deadline ]; then return 1; fi
        sleep 0.02
    done
}

case "$action" in
start)
    command -v qbittorrent-nox >/dev/null || { echo "qbittorrent-nox is not installed (scripts/deps/test.txt)" >&2; exit 1; }
    if [ -f "$state/peer.env" ]; then "$0" stop "$state" || true; fi
    rm -rf "$state"
    mkdir -p "$state/profile/qBittorrent/config" "$state/downloads"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    password="krynet-test-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    # qBittorrent >= 4.2 stores PBKDF2-HMAC-SHA512 (100000 rounds, 16-byte salt, 64-byte key), base64.
    hash=$(KRYNET_QBT_PASSWORD="$password" python3 -c '
import base64, hashlib, os
salt = os.urandom(16)
key = hashlib.pbkdf2_hmac("sha512", os.environ["KRYNET_QBT_PASSWORD"].encode(), salt, 100000, 64)
print(base64.b64encode(salt).decode() + ":" + base64.b64encode(key).decode())')
    cat >"$state/profile/qBittorrent/config/qBittorrent.conf" <<CONF
[LegalNotice]
Accepted=true

[BitTorrent]
Session\DHTEnabled=false
Session\LSDEnabled=false
Session\PeXEnabled=false
Session\Interface=lo
Session\InterfaceName=lo
Session\InterfaceAddress=127.0.0.1
Session\DefaultSavePath=$state/downloads
Session\Port=0

[Network]
PortForwardingEnabled=false

[Preferences]
Connection\ResolvePeerCountries=false
Connection\UPnP=false
Downloads\SavePath=$state/downloads
General\Locale=en
WebUI\Address=127.0.0.1
WebUI\Port=$port
WebUI\Username=admin
WebUI\Password_PBKDF2="@ByteArray($hash)"
WebUI\LocalHostAuth=true
WebUI\MaxAuthenticationFailCount=0
WebUI\CSRFProtection=true
WebUI\HostHeaderValidation=true
CONF
    chmod 600 "$state/profile/qBittorrent/config/qBittorrent.conf"
    setsid qbittorrent-nox --profile="$state/profile" --webui-port="$port" </dev/null >>"$state/qbittorrent.log" 2>&1 &
    pid=$!
    {
        echo "PID=$pid"
        echo "PORT=$port"
        echo "WORK=$state"
        echo "USERNAME=admin"
        echo "PASSWORD=$password"
    } >"$state/peer.env"
    chmod 600 "$state/peer.env"
    ready() { kill -0 "$pid" 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }
    if ! wait_until 20 ready; then
        echo "qbittorrent-nox did not come up:" >&2; cat "$state/qbittorrent.log" >&2 || true
        kill "$pid" 2>/dev/null || true
        exit 1
    fi
    echo "qbittorrent-nox up: pid $pid, WebUI 127.0.0.1:$port"
    ;;
stop)
    [ -f "$state/peer.env" ] || exit 0
    pid=$(env_get PID)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        gone() { ! kill -0 "$pid" 2>/dev/null; }
        wait_until 15 gone || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$state/peer.env"
    ;;
*)
    echo "usage: $0 start|stop STATEDIR" >&2; exit 2 ;;
esac
