#!/usr/bin/env bash
# Real Prometheus + node exporter for the metrics tests. Usage: prometheus.sh start|stop STATEDIR
# Node exporter and Prometheus on 127.0.0.1 with free ports; Prometheus scrapes node exporter every
# second (job "node") and holds a backfilled Uptime-Kuma-style history (promtool tsdb
# create-blocks-from openmetrics, 4 days at a 300 s step so CI stays fast) whose samples are kept in
# STATEDIR/history.om for the tests to compute availability from independently.
# peer.env: PORT PID NODE_PORT NODE_PID WORK HISTORY STEP START END
set -euo pipefail

action=${1:?start|stop}
state=${2:?state directory}

env_get() { sed -n "s/^$1=//p" "$state/peer.env"; }

wait_until() { # deadline-seconds command...
    local deadline=$((SECONDS + $1)); shift
    until "$@"; do
        if [ $SECONDS -ge $deadline ]; then return 1; fi
        sleep 0.05
    done
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

http_ok() { # url: true on a 2xx answer
    python3 - "$1" <<'PY' 2>/dev/null
import sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
        sys.exit(0 if 200 <= r.status < 300 else 1)
except Exception:
    sys.exit(1)
PY
}

stop_pid() {
    local pid=$1
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        gone() { ! kill -0 "$pid" 2>/dev/null; }
        wait_until 15 gone || kill -KILL "$pid" 2>/dev/null || true
    fi
}

case "$action" in
start)
    for tool in prometheus promtool prometheus-node-exporter; do
        command -v "$tool" >/dev/null || { echo "$tool is not installed (scripts/deps/test.txt)" >&2; exit 1; }
    done
    if [ -f "$state/peer.env" ]; then "$0" stop "$state" || true; fi
    rm -rf "$state"
    mkdir -p "$state/data"
    step=300
    end=$(( ($(date +%s) / step) * step - step ))
    start=$(( end - 4 * 86400 ))
    # The history: three monitors with an outage, pending retries, a maintenance window and a gap.
    python3 - "$state/history.om" "$start" "$end" "$step" <<'PY'
import sys
path, start, end, step = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
monitors = [
    ("Jellyfin", "http", "https://jf.example.test"),
    ("Immich", "http", "https://photos.example.test"),
    ("Offsite backup", "port", "null"),
]
def status(m, t):
    k = (t - start) // step
    if m == 0:
        if 300 <= k < 312: return 0          # 1 h down
        if k in (298, 299): return 2         # pending before it
        if 600 <= k < 606: return 3          # maintenance
        if 900 <= k < 903: return 0          # 15 min down
    if m == 1:
        if 100 <= k < 148: return None       # 4 h gap (no samples)
        if k % 97 == 0: return 0             # blips
    if m == 2:
        if k >= (end - start) // step - 10: return 0   # down at the end, still down
        if 400 <= k < 420: return None
    return 1
with open(path, "w") as f:
    f.write("# HELP monitor_status Monitor Status (1 = UP, 0= DOWN, 2= PENDING, 3= MAINTENANCE)\n")
    f.write("# TYPE monitor_status gauge\n")
    for i, (name, typ, url) in enumerate(monitors):
        labels = 'monitor_name="%s",monitor_type="%s",monitor_url="%s",monitor_hostname="null",monitor_port="null"' % (name, typ, url)
        for t in range(start, end + 1, step):
            s = status(i, t)
            if s is not None:
                f.write("monitor_status{%s} %d %d\n" % (labels, s, t))
    f.write("# HELP monitor_response_time Monitor Response Time (ms)\n")
    f.write("# TYPE monitor_response_time gauge\n")
    for i, (name, typ, url) in enumerate(monitors):
        labels = 'monitor_name="%s",monitor_type="%s",monitor_url="%s",monitor_hostname="null",monitor_port="null"' % (name, typ, url)
        for t in range(start, end + 1, step):
            s = status(i, t)
            if s is not None:
                ping = -1 if s != 1 else 20 + (i * 13 + (t // step) * 7) % 50
                f.write("monitor_response_time{%s} %d %d\n" % (labels, ping, t))
    f.write("# EOF\n")
PY
    promtool tsdb create-blocks-from openmetrics --max-block-duration=96h "$state/history.om" "$state/data" >"$state/promtool.log" 2>&1 || {
        echo "promtool could not backfill:" >&2; cat "$state/promtool.log" >&2; exit 1; }

    node_port=$(free_port)
    setsid prometheus-node-exporter --web.listen-address="127.0.0.1:$node_port" --no-collector.systemd \
        </dev/null >>"$state/node-exporter.log" 2>&1 &
    node_pid=$!
    port=$(free_port)
    cat >"$state/prometheus.yml" <<CONF
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["127.0.0.1:$node_port"]
CONF
    setsid prometheus --config.file="$state/prometheus.yml" --storage.tsdb.path="$state/data" \
        --storage.tsdb.retention.time=400d --web.listen-address="127.0.0.1:$port" \
        </dev/null >>"$state/prometheus.log" 2>&1 &
    pid=$!
    {
        echo "PID=$pid"
        echo "PORT=$port"
        echo "NODE_PID=$node_pid"
        echo "NODE_PORT=$node_port"
        echo "WORK=$state"
        echo "HISTORY=$state/history.om"
        echo "STEP=$step"
        echo "START=$start"
        echo "END=$end"
    } >"$state/peer.env"
    ready() { kill -0 "$pid" 2>/dev/null && http_ok "http://127.0.0.1:$port/-/ready"; }
    node_ready() { kill -0 "$node_pid" 2>/dev/null && http_ok "http://127.0.0.1:$node_port/metrics"; }
    if ! wait_until 30 node_ready || ! wait_until 30 ready; then
        echo "prometheus / node exporter did not come up:" >&2
        cat "$state/prometheus.log" "$state/node-exporter.log" >&2 || true
        stop_pid "$pid"; stop_pid "$node_pid"
        exit 1
    fi
    echo "prometheus up: pid $pid on 127.0.0.1:$port; node exporter pid $node_pid on 127.0.0.1:$node_port"
    ;;
stop)
    [ -f "$state/peer.env" ] || exit 0
    stop_pid "$(env_get PID)"
    stop_pid "$(env_get NODE_PID)"
    rm -f "$state/peer.env"
    ;;
*)
    echo "usage: $0 start|stop STATEDIR" >&2; exit 2 ;;
esac
