#!/usr/bin/env python3
"""KryNet Control performance harness (issue 15): measures every budget of DESIGN.md §5 in one run and
prints one table: figure, budget, median of N runs, ratio to the anchor measured in the same run.

Run through scripts/bench, which installs and builds what this needs. Benchmarks, not tests: the exit
status is 0 unless --check is given and a figure is over its budget by more than 20 %.
"""
import argparse
import contextlib
import glob
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOLERANCE = 1.2  # --check fails above budget × this


class Figure:
    def __init__(self, fid, label, values, unit, budget=None, anchor=None, note=""):
        self.id, self.label, self.unit, self.budget, self.anchor, self.note = fid, label, unit, budget, anchor, note
        self.values = [v for v in values if v is not None]

    @property
    def median(self):
        return statistics.median(self.values) if self.values else None

    def verdict(self):
        if self.median is None:
            return "n/a"
        if self.budget is None:
            return "anchor" if "anchor" in self.id else "info"
        if self.median <= self.budget:
            return "ok"
        return "OVER" if self.median > self.budget * TOLERANCE else "over (<20%)"


def log(msg):
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def bench_lines(output):
    for line in output.splitlines():
        if line.startswith("KRYNET-BENCH "):
            yield json.loads(line[len("KRYNET-BENCH "):])


def pss_kib(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(pid):
    children = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            with open(stat) as f:
                text = f.read()
            fields = text[text.rindex(")") + 2:].split()
            children.setdefault(int(fields[1]), []).append(int(stat.split("/")[2]))
        except (OSError, ValueError):
            continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


@contextlib.contextmanager
def xserver():
    """A private Xvfb at 1280×800 (falls back to Qt's offscreen platform without Xvfb)."""
    xvfb = shutil.which("Xvfb")
    if not xvfb:
        log("Xvfb not found: using QT_QPA_PLATFORM=offscreen")
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    for n in range(91, 140):
        if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"):
            break
    proc = subprocess.Popen([xvfb, f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not os.path.exists(f"/tmp/.X11-unix/X{n}"):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("Xvfb did not start")
        time.sleep(0.05)
    try:
        yield {"DISPLAY": f":{n}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        proc.terminate()
        proc.wait(10)


def isolated_env(display, home):
    env = dict(os.environ)
    env.update(display)
    env.update({"HOME": home, "XDG_CONFIG_HOME": f"{home}/.config", "XDG_DATA_HOME": f"{home}/.local/share",
                "XDG_CACHE_HOME": f"{home}/.cache", "QT_LOGGING_RULES": "*.debug=false"})
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return env


def run_krynet(build, env, extra, timeout):
    cmd = [f"{build}/app/gui/krynet", "--demo", "--exit-when-ready"] + extra
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    for line in reversed(res.stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"krynet printed no report (exit {res.returncode}): {res.stderr[-2000:]}")


def traffic(report):
    """What krynet-labsim served during the measured full refresh (StartupTimer's refreshTraffic)."""
    return report.get("refreshTraffic") or {}


def trips_note(reports):
    counted = [r for r in reports if traffic(r).get("chainDepth")]
    if not counted:
        return "not counted (no refreshTraffic in the report)"
    walls = [r["fullRefreshMs"] / 50 for r in counted if r.get("fullRefreshMs", -1) >= 0]
    deepest = max(counted, key=lambda r: traffic(r)["chainDepth"])
    note = f"wall time / RTT {statistics.median(walls):.1f}; " if walls else ""
    return note + "longest chain: " + " → ".join(traffic(deepest).get("chain", []))


def served_note(reports):
    counted = [traffic(r) for r in reports if traffic(r)]
    if not counted:
        return ""
    http = statistics.median(t.get("httpRequests", 0) for t in counted)
    ssh = statistics.median(t.get("sshCommands", 0) for t in counted)
    return f"HTTP {http:.0f}, SSH commands {ssh:.0f} (medians)"


def app_figures(build, env, runs, soak):
    reports = []
    for i in range(runs):
        log(f"krynet --demo --exit-when-ready, run {i + 1}/{runs}")
        reports.append(run_krynet(build, env, [], 120))
    slow = []
    for i in range(runs):
        log(f"krynet --demo --demo-latency 50 --exit-when-ready, run {i + 1}/{runs}")
        slow.append(run_krynet(build, env, ["--demo-latency", "50"], 180))
    placeholders = sorted(set(p for r in reports for p in r.get("placeholders", [])))
    figs = [
        Figure("app.start.painted", "krynet --demo: process start → main window painted",
               [r["windowPaintedMs"] for r in reports], "ms", 300, "anchor.chromium.load"),
        Figure("app.start.allpanels", "krynet --demo: process start → every panel populated",
               [r["allPanelsAnsweredMs"] for r in reports], "ms", 1000, "anchor.chromium.load",
               note=("placeholders: " + ", ".join(placeholders)) if placeholders else ""),
        Figure("app.pss.visited", "krynet PSS, demo lab, every panel visited",
               [r.get("pssAllPanelsVisitedKiB", 0) / 1024 for r in reports], "MiB", 80, "anchor.chromium.pss"),
        Figure("app.refresh.full", "full refresh of every panel (loopback)",
               [r.get("fullRefreshMs") if r.get("fullRefreshMs", -1) >= 0 else None for r in reports], "ms", None),
        Figure("app.refresh.rtt50", "full refresh over a 50 ms RTT link (budget 3 RTT + 100 ms)",
               [r.get("fullRefreshMs") if r.get("fullRefreshMs", -1) >= 0 else None for r in slow], "ms", 250),
        Figure("app.refresh.rtt50.trips", "… round trips taken vs the minimum of 1 (longest dependent chain "
               "counted by krynet-labsim; performance.md)",
               [traffic(r).get("chainDepth") for r in slow], "RTT", 3),
        Figure("app.refresh.rtt50.served", "… requests and SSH commands served during that refresh",
               [traffic(r).get("requests") for r in slow], "", None),
        Figure("app.stall.startup", "longest GUI-thread stall during start-up (fonts, first paint, panels built)",
               [r.get("startupLongestStallMs") for r in reports], "ms", None),
        Figure("app.stall.refresh", "longest GUI-thread stall during the visits and full refreshes",
               [r.get("refreshLongestStallMs") for r in reports + slow], "ms", 50),
    ]
    def slowest(rs):
        per_panel = {}
        for r in rs:
            for panel, ms in r.get("refreshPanelsMs", {}).items():
                per_panel.setdefault(panel, []).append(ms)
        if not per_panel:
            return ""
        ranked = sorted(((statistics.median(v), p) for p, v in per_panel.items()), reverse=True)[:3]
        return "slowest: " + ", ".join(f"{p} {ms:.0f} ms" for ms, p in ranked)

    figs[3].note, figs[4].note = slowest(reports), slowest(slow)
    figs[5].note = trips_note(slow)
    figs[6].note = served_note(slow)
    unanswered = sorted(set(p for r in reports + slow for p in r.get("refreshUnanswered", [])))
    if unanswered:
        figs[3].note += "; no refresh answer from: " + ", ".join(unanswered)
    if soak > 0:
        log(f"krynet --demo soak for {soak} s")
        r = run_krynet(build, env, ["--soak", str(soak)], soak + 300)
        # Growth of the process's own (anonymous) memory: PSS also moves when other processes on the machine
        # start or stop mapping the same libraries (performance.md), so it is printed beside it only.
        start, end = r.get("anonSoakStartKiB", 0), r.get("anonSoakEndKiB", 0)
        pss_start, pss_end = r.get("pssSoakStartKiB", 0), r.get("pssSoakEndKiB", 0)
        growth = (end - start) * 100.0 / start if start > 0 else None
        figs.append(Figure("app.pss.soak", f"memory growth over {soak} s of refreshes ({r.get('soakRefreshes', 0)} "
                           f"full refreshes; anonymous {start // 1024} → {end // 1024} MiB, "
                           f"PSS {pss_start // 1024} → {pss_end // 1024} MiB)", [growth], "%", 5))
        figs.append(Figure("app.stall.soak", "longest GUI-thread stall during the soak",
                           [r.get("soakLongestStallMs")], "ms", 50))
    return figs


SCALES = [
    ("containers", "containers=1000", "1,000 containers"),
    ("torrents", "torrents=10000", "10,000 torrents"),
    ("disks", "disks=200", "a 200-disk pool"),
    ("requests", "requests=500", "500 media requests"),
    ("monitors", "monitors=50", "50 monitors × 30 days"),
]


def scale_figures(build, env, runs):
    """The scale scenarios of DESIGN.md §5 through the app: labsim grows one dimension at a time (then all of
    them at once), the app starts, visits every panel and refreshes them; its stall detector reports the
    longest GUI-thread stall."""
    figs = []
    for key, spec, words in SCALES + [("all", ",".join(s for _, s, _ in SCALES), "all of them at once")]:
        reports = []
        for i in range(runs):
            log(f"krynet --demo --demo-scale {spec} --exit-when-ready, run {i + 1}/{runs}")
            reports.append(run_krynet(build, env, ["--demo-scale", spec], 300))
        stalls = [max(r.get("startupLongestStallMs") or 0, r.get("refreshLongestStallMs") or 0) for r in reports]
        figs.append(Figure(f"scale.{key}.stall", f"scale, {words}: longest GUI-thread stall (start-up, visits, "
                           "refreshes)", stalls, "ms", 50))
        figs.append(Figure(f"scale.{key}.allpanels", f"scale, {words}: start → every panel populated",
                           [r["allPanelsAnsweredMs"] for r in reports], "ms", None))
    return figs


DASHBOARD = """<!doctype html><html><head><meta charset="utf-8"><title>loading</title><style>
body{font-family:sans-serif;margin:0;background:#f5f6f8} header{background:#243447;color:#fff;padding:12px 20px}
main{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;padding:16px}
.tile{background:#fff;border-radius:6px;padding:12px;box-shadow:0 1px 3px #0002} .ok{color:#1a7f37}
.warn{color:#b26a00} table{border-collapse:collapse;width:100%} td{border-bottom:1px solid #eee;padding:4px}
</style></head><body><header>Homelab dashboard</header><main id="m"></main><script>
const names=["andromeda","orion","comet","jellyfin","sonarr","radarr","prowlarr","qbittorrent","sabnzbd",
"bazarr","immich","openwebui","litellm","uptime-kuma","prometheus","npm"];
const m=document.getElementById("m");
for(const n of names){const d=document.createElement("div");d.className="tile";
d.innerHTML=`<b>${n}</b><p class="${n.length%3?"ok":"warn"}">${n.length%3?"healthy":"warning"}</p>
<table>${[1,2,3,4].map(i=>`<tr><td>metric ${i}</td><td>${(i*n.length*7)%100} %</td></tr>`).join("")}</table>`;
m.appendChild(d);}
window.addEventListener("load",()=>{requestAnimationFrame(()=>{document.title="ready";});});
</script></body></html>"""


def chromium_figures(runs, tmp):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        log("chromium not found: no anchor (scripts/bench installs it from scripts/deps/bench.txt)")
        return []
    page = os.path.join(tmp, "dashboard.html")
    with open(page, "w") as f:
        f.write(DASHBOARD)
    loads, pss = [], []
    for i in range(runs):
        log(f"anchor: headless Chromium loading a static dashboard page, run {i + 1}/{runs}")
        profile = tempfile.mkdtemp(dir=tmp)
        t0 = time.monotonic()
        proc = subprocess.Popen([exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                 "--disable-extensions", "--disable-background-networking",
                                 f"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1",
                                 "--remote-debugging-port=0", "file://" + page],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            port, ready = None, None
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and ready is None:
                if port is None:
                    with contextlib.suppress(OSError, ValueError):
                        with open(os.path.join(profile, "DevToolsActivePort")) as f:
                            port = int(f.readline())
                else:
                    with contextlib.suppress(OSError, ValueError):
                        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as r:
                            if any(t.get("title") == "ready" for t in json.load(r)):
                                ready = time.monotonic() - t0
                time.sleep(0.005)
            if ready is None:
                log("anchor: Chromium did not load the page within 60 s")
                continue
            loads.append(ready * 1000)
            time.sleep(0.5)  # let the renderer settle, as the app's figure is read after painting
            pss.append(sum(pss_kib(p) for p in descendants(proc.pid)) / 1024)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
    return [Figure("anchor.chromium.load", "anchor: headless Chromium, spawn → static dashboard page loaded",
                   loads, "ms"),
            Figure("anchor.chromium.pss", "anchor: headless Chromium with that page, summed PSS", pss, "MiB")]


def program_figures(build, runs):
    figs = []
    skip = {"bench_ssh", "bench_events"}
    for exe in sorted(glob.glob(f"{build}/tests/bench/*/bench_*")):
        name = os.path.basename(exe)
        if name in skip or not os.access(exe, os.X_OK) or os.path.isdir(exe):
            continue
        log(f"{name}")
        res = subprocess.run([exe], capture_output=True, text=True, timeout=900,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        found = list(bench_lines(res.stdout))
        if res.returncode != 0 or not found:
            log(f"{name} failed (exit {res.returncode}) or printed no KRYNET-BENCH line")
            figs.append(Figure(f"{name}.failed", f"{name}: failed, see its output", [], "ms"))
            continue
        figs += [Figure(f["id"], f["label"], [f["value"]], f["unit"], f.get("budget"),
                        note=f"median of {f.get('runs', 1)} runs") for f in found]
    ssh = f"{build}/tests/bench/ssh/bench_ssh"
    if os.access(ssh, os.X_OK):
        per_run = {}
        for i in range(runs):
            log(f"bench_ssh (20 commands vs OpenSSH), run {i + 1}/{runs}")
            res = subprocess.run([ssh, "20"], capture_output=True, text=True, timeout=600)
            for f in bench_lines(res.stdout):
                per_run.setdefault(f["id"], (f, []))[1].append(f["value"])
        for fid, (f, values) in per_run.items():
            figs.append(Figure(fid, f["label"], values, f["unit"], f.get("budget"),
                               anchor="ssh.anchor.controlmaster" if "anchor" not in fid else None))
    return figs


def events_figures(build, tmp):
    exe = f"{build}/tests/bench/containers/bench_events"
    if not os.access(exe, os.X_OK) or not shutil.which("podman"):
        return []
    sshd, podman = os.path.join(tmp, "sshd"), os.path.join(tmp, "podman")
    peers = [(f"{ROOT}/tests/peers/sshd.sh", sshd), (f"{ROOT}/tests/peers/podman.sh", podman)]
    started = []
    try:
        for script, state in peers:
            log(f"starting peer {os.path.basename(script)}")
            subprocess.run(["bash", script, "start", state], check=True, capture_output=True, timeout=300)
            started.append((script, state))
        res = subprocess.run([exe, sshd, podman, "10"], capture_output=True, text=True, timeout=600)
        found = list(bench_lines(res.stdout))
        if not found:
            log(f"bench_events printed no figure: {res.stdout[-500:]} {res.stderr[-500:]}")
        return [Figure(f["id"], f["label"], [f["value"]], f["unit"], f.get("budget"),
                       note=f"median of {f.get('runs', 1)} changes") for f in found]
    except subprocess.SubprocessError as e:
        log(f"events benchmark skipped: {e}")
        return []
    finally:
        for script, state in reversed(started):
            subprocess.run(["bash", script, "stop", state], capture_output=True, timeout=120)


def fmt(v):
    if v is None:
        return "—"
    return f"{v:.3f}" if abs(v) < 10 else f"{v:.1f}" if abs(v) < 1000 else f"{v:.0f}"


def print_table(figs):
    byid = {f.id: f for f in figs}
    rows = []
    for f in figs:
        anchor = byid.get(f.anchor) if f.anchor else None
        ratio = (f"{f.median / anchor.median:.2f}× {anchor.id.split('.')[-1]}"
                 if anchor and anchor.median and f.median is not None else "")
        budget = f"≤ {fmt(f.budget)} {f.unit}" if f.budget is not None else ""
        median = f"{fmt(f.median)} {f.unit}" if f.median is not None else "—"
        rows.append((f.label + (f"  [{f.note}]" if f.note else ""), budget, median, ratio, f.verdict()))
    widths = [max(len(r[i]) for r in rows + [("figure", "budget", "median", "vs anchor", "")]) for i in range(5)]
    header = ("figure", "budget", "median", "vs anchor", "")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    budgeted = [f for f in figs if f.budget is not None and f.median is not None]
    over = [f for f in budgeted if f.median > f.budget]
    failing = [f for f in budgeted if f.median > f.budget * TOLERANCE]
    missing = [f for f in figs if f.median is None]
    summary = f"{len(budgeted)} budgeted figures: {len(budgeted) - len(over)} within budget, {len(over)} over"
    if over:
        worst = max(over, key=lambda f: f.median / f.budget)
        summary += f" (worst: {worst.id} at {worst.median / worst.budget:.2f}× budget)"
    if missing:
        summary += f"; {len(missing)} not measured"
    print(summary)
    return failing


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=f"{ROOT}/build/bench")
    ap.add_argument("--runs", type=int, default=5, help="runs per app/anchor figure (median reported)")
    ap.add_argument("--soak", type=int, default=600, help="seconds of the memory soak (0: skip)")
    ap.add_argument("--scale-runs", type=int, default=3, help="runs per scale scenario (0: skip them)")
    ap.add_argument("--quick", action="store_true", help="3 runs, 1 per scale scenario and a 60 s soak")
    ap.add_argument("--check", action="store_true", help="exit 1 when a figure is > 20 %% over its budget")
    ap.add_argument("--json", help="also write every figure to this file")
    args = ap.parse_args()
    if args.quick:
        args.runs, args.soak, args.scale_runs = 3, min(args.soak, 60), min(args.scale_runs, 1)
    figs = []
    with tempfile.TemporaryDirectory(prefix="krynet-bench-") as tmp:
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        with xserver() as display:
            env = isolated_env(display, home)
            figs += app_figures(args.build, env, args.runs, args.soak)
            if args.scale_runs > 0:
                figs += scale_figures(args.build, env, args.scale_runs)
        figs += chromium_figures(args.runs, tmp)
        figs += program_figures(args.build, args.runs)
        figs += events_figures(args.build, tmp)
    with open("/proc/cpuinfo") as f:
        cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    print(f"\nKryNet Control benchmarks — {os.cpu_count()} cores ({cpu}), {time.strftime('%Y-%m-%d %H:%M')}, "
          f"build {args.build}\n")
    failing = print_table(figs)
    if args.json:
        with open(args.json, "w") as f:
            json.dump([{"id": x.id, "label": x.label, "unit": x.unit, "budget": x.budget, "median": x.median,
                        "values": x.values} for x in figs], f, indent=1)
    if args.check and failing:
        print("over budget by more than 20 %: " + ", ".join(f.id for f in failing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
