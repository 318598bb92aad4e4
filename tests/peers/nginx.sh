#!/usr/bin/env bash
# Real nginx as the TLS peer (tests/integration/http): self-signed certificates, a private config,
# loopback ports only. Usage: nginx.sh start|stop|rotate STATEDIR
#
#   PORT          TLS, certificate A: default server (GET /api/ping) and the reverse proxy in front of
#                 BACKEND_PORT for the virtual hosts in HOSTS (as Nginx Proxy Manager is in the lab)
#   ROTATE_PORT   TLS, certificate B; `rotate` replaces B by a fresh certificate and reloads nginx
#   BACKEND_PORT  plain HTTP backend answering JSON that says which Host and credentials it saw
# peer.env: PORT ROTATE_PORT BACKEND_PORT PID WORK HOSTS CERT_SHA256 ROTATE_CERT_SHA256
set -euo pipefail

action=${1:?start|stop|rotate}
state=${2:?state directory}
hosts="sonarr.local.test radarr.local.test sonarr.tail.test radarr.tail.test"

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

make_cert() { # name
    local san="IP:127.0.0.1,DNS:localhost"
    for h in $hosts; do san="$san,DNS:$h"; done
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 30 -subj "/CN=krynet-test-$1" \
        -addext "subjectAltName=$san" -keyout "$state/$1.key.new" -out "$state/$1.crt.new" 2>/dev/null
    mv -f "$state/$1.key.new" "$state/$1.key"
    mv -f "$state/$1.crt.new" "$state/$1.crt"
}

fingerprint() { # cert file → AA:BB:…
    openssl x509 -in "$1" -noout -fingerprint -sha256 | sed 's/^.*=//'
}

served_fingerprint() { # port
    openssl s_client -connect "127.0.0.1:$1" -servername localhost </dev/null 2>/dev/null |
        openssl x509 -noout -fingerprint -sha256 2>/dev/null | sed 's/^.*=//'
}

env_get() { sed -n "s/^$1=//p" "$state/peer.env"; }

wait_until() { # deadline-seconds command...
    local deadline=$((SECONDS + $1)); shift
    until "$@"; do
        if [ $SECONDS -ge $deadline ]; then return 1; fi
        sleep 0.02
    done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

case "$action" in
start)
    command -v nginx >/dev/null || { echo "nginx is not installed (scripts/deps/test.txt)" >&2; exit 1; }
    if [ -f "$state/peer.env" ]; then "$0" stop "$state" || true; fi
    rm -rf "$state"
    mkdir -p "$state/tmp"
    make_cert a
    make_cert b
    port=$(free_port); rotate_port=$(free_port); backend_port=$(free_port)
    server_names=""
    for h in $hosts; do server_names="$server_names $h"; done
    cat >"$state/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $state/nginx.pid;
error_log $state/error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $state/tmp/body;
    proxy_temp_path $state/tmp/proxy;
    fastcgi_temp_path $state/tmp/fastcgi;
    uwsgi_temp_path $state/tmp/uwsgi;
    scgi_temp_path $state/tmp/scgi;
    default_type application/json;
    map \$http_x_api_key \$api_key_seen { "" "absent"; default "present"; }

    server {
        listen 127.0.0.1:$port ssl default_server;
        ssl_certificate $state/a.crt;
        ssl_certificate_key $state/a.key;
        location = /api/ping { return 200 '{"ok":true,"server":"default"}'; }
        location / { return 404 '{"error":"not here"}'; }
    }
    server {
        listen 127.0.0.1:$port ssl;
        server_name$server_names;
        ssl_certificate $state/a.crt;
        ssl_certificate_key $state/a.key;
        location / {
            proxy_pass http://127.0.0.1:$backend_port;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-Proto https;
        }
    }
    server {
        listen 127.0.0.1:$rotate_port ssl;
        ssl_certificate $state/b.crt;
        ssl_certificate_key $state/b.key;
        location = /api/ping { return 200 '{"ok":true,"server":"rotating"}'; }
    }
    server {
        listen 127.0.0.1:$backend_port;
        location / { return 200 '{"host":"\$host","uri":"\$uri","apiKey":"\$api_key_seen","proto":"\$http_x_forwarded_proto"}'; }
    }
}
CONF
    nginx -t -q -c "$state/nginx.conf" -p "$state" -e "$state/error.log"
    setsid nginx -c "$state/nginx.conf" -p "$state" -e "$state/error.log" </dev/null >>"$state/stdout.log" 2>&1 &
    pid=$!
    {
        echo "PID=$pid"
        echo "PORT=$port"
        echo "ROTATE_PORT=$rotate_port"
        echo "BACKEND_PORT=$backend_port"
        echo "WORK=$state"
        echo "HOSTS=${hosts// /,}"
        echo "CERT_SHA256=$(fingerprint "$state/a.crt")"
        echo "ROTATE_CERT_SHA256=$(fingerprint "$state/b.crt")"
    } >"$state/peer.env"
    ready() { kill -0 "$pid" 2>/dev/null && port_open "$port" && port_open "$rotate_port" && port_open "$backend_port"; }
    if ! wait_until 15 ready; then
        echo "nginx did not come up:" >&2; cat "$state/error.log" "$state/stdout.log" >&2 || true
        kill "$pid" 2>/dev/null || true
        exit 1
    fi
    echo "nginx up: pid $pid, TLS port $port, rotating port $rotate_port, backend $backend_port"
    ;;
rotate)
    pid=$(env_get PID); rotate_port=$(env_get ROTATE_PORT)
    make_cert b
    new=$(fingerprint "$state/b.crt")
    sed -i "s/^ROTATE_CERT_SHA256=.*/ROTATE_CERT_SHA256=$new/" "$state/peer.env"
    # The old worker keeps accepting for a moment after the reload: ready once it is gone and the
    # new certificate is what a fresh handshake gets.
    old_workers=$(pgrep -P "$pid" || true)
    kill -HUP "$pid"
    rotated() {
        local w
        for w in $old_workers; do kill -0 "$w" 2>/dev/null && return 1; done
        [ "$(served_fingerprint "$rotate_port")" = "$new" ]
    }
    if ! wait_until 15 rotated; then echo "nginx still serves the old certificate" >&2; exit 1; fi
    echo "$new"
    ;;
stop)
    [ -f "$state/peer.env" ] || exit 0
    pid=$(env_get PID)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -QUIT "$pid"
        gone() { ! kill -0 "$pid" 2>/dev/null; }
        wait_until 10 gone || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$state/peer.env"
    ;;
*)
    echo "usage: $0 start|stop|rotate STATEDIR" >&2; exit 2 ;;
esac
