#!/usr/bin/env bash
# Probe benchmark, sweep part. Run on demand, never in CI:
#   tests/bench/bench_probe.sh [BUILD_DIR]
# AB_BENCH_RUNS (default 3) sets the runs per measurement.
# In the same run, on loopback only, with a few listeners started here:
#   (a) 127.0.0.1 x all 65,535 TCP ports
#   (b) 127.0.0.1-254 x nmap's top 100 TCP ports
# each with `nmap -n -sT -Pn -T4` and with our sweep (sweep_tool: rate limit
# off, 4096 in flight). Prints the median wall time of each, the ratio, and
# fails when the sets of open host:port differ in any run.
# Listeners already on this machine count too (both tools see them).
set -euo pipefail
build=${1:-build}
tool=$(realpath "$build/tests/probe/sweep_tool")
command -v nmap > /dev/null || { echo "nmap is not installed"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/ab-bench-probe.XXXXXX")
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
runs=${AB_BENCH_RUNS:-3}

# Listeners bound to single 127.x addresses only: one bound to 127.0.0.1 is
# reachable at 127.0.0.1 alone (one bound to 0.0.0.0 would answer on every
# 127.x). Ports in (b)'s top 100 on a few hosts, high ports for (a).
python3 -m http.server 18080 --bind 127.0.0.1 > /dev/null 2>&1 &
pids+=($!)
cat > listen.py <<'PY'
import socket, sys, time
socks = []
for spec in sys.argv[1:]:
    host, port = spec.rsplit(':', 1)
    s = socket.socket()
    s.bind((host, int(port)))
    s.listen(64)
    socks.append(s)
print('ready', flush=True)
while True:
    time.sleep(3600)
PY
python3 listen.py 127.0.0.1:8080 127.0.0.1:31337 127.0.0.1:50505 127.0.0.2:22 127.0.0.5:554 127.0.0.77:8000 \
    127.0.0.200:23 127.0.0.254:443 > listen.out 2>&1 &
pids+=($!)
for _ in $(seq 50); do
    grep -q ready listen.out 2> /dev/null && (exec 3<> /dev/tcp/127.0.0.1/18080) 2> /dev/null && break
    sleep 0.1
done
grep -q ready listen.out || { echo "could not start the listeners:"; cat listen.out; exit 1; }

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }

# Open host:port lines, sorted, from nmap's XML.
nmap_open() {
    python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
out = []
for h in ET.parse(sys.argv[1]).getroot().iter('host'):
    addr = h.find('address').get('addr')
    for p in h.iter('port'):
        if p.find('state').get('state') == 'open':
            out.append('%s:%s' % (addr, p.get('portid')))
print('\n'.join(sorted(out)))
PY
}
ours_open() {
    python3 -c 'import json,sys; print("\n".join(sorted(json.load(open(sys.argv[1]))["open"])))' "$1"
}

fail=0
bench() { # label, nmap target, nmap port option, our targets, our ports
    local label=$1 ntarget=$2 nports=$3 otarget=$4 oports=$5
    local nt=() ot=() t0 t1
    for i in $(seq "$runs"); do
        t0=$(now)
        nmap -n -sT -Pn -T4 $nports -oX "nmap-$label-$i.xml" "$ntarget" > /dev/null
        t1=$(now)
        nt+=("$(echo "$t1 - $t0" | bc -l)")
        nmap_open "nmap-$label-$i.xml" > "nmap-$label-$i.txt"
        t0=$(now)
        "$tool" "$otarget" "$oports" > "ours-$label-$i.json"
        t1=$(now)
        ot+=("$(echo "$t1 - $t0" | bc -l)")
        ours_open "ours-$label-$i.json" > "ours-$label-$i.txt"
        if ! diff -u "nmap-$label-$i.txt" "ours-$label-$i.txt" > "diff-$label-$i.txt"; then
            echo "$label run $i: open ports differ (nmap vs ours):"
            cat "diff-$label-$i.txt"
            fail=1
        fi
    done
    local nm om
    nm=$(median "${nt[@]}")
    om=$(median "${ot[@]}")
    printf '%-22s nmap %6.3f s   ours %6.3f s   ours/nmap %5.2f   open %s (%s)\n' "$label" "$nm" "$om" \
        "$(echo "$om / $nm" | bc -l)" "$(wc -l < "ours-$label-1.txt")" "$(paste -sd' ' "ours-$label-1.txt")"
    printf '  runs nmap: %s   ours: %s\n' "${nt[*]}" "${ot[*]}"
}

echo "sweep benchmark: median of $runs wall times (process start to exit), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
bench "127.0.0.1 x 65535" 127.0.0.1 "-p-" 127.0.0.1 all
bench "127.0.0.1-254 x top100" 127.0.0.1-254 "--top-ports 100" 127.0.0.1-254 top100
if [ "$fail" -ne 0 ]; then
    echo "FAIL: the open ports found differ"
    exit 1
fi
echo "open ports identical in every run"
