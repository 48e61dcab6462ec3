#!/usr/bin/env bash
# GUI benchmark (issue 6). Run on demand, never in CI:
#   tests/bench/bench_gui.sh [BUILD_DIR] [EVIDENCE] [FINDINGS]
# AB_BENCH_RUNS (default 5) sets the runs per measurement. Offscreen unless
# QT_QPA_PLATFORM says otherwise (xvfb-run works too).
# 1. Cold start: process start (exec, loading, linking) to the main window
#    painted, the median of the runs.
# 2. A generated inspection of 100,000 evidence items and 5,000 findings
#    (tests/bench/gen_inspection.cpp, through the core APIs; kept between
#    runs in $AB_BENCH_DIR, default /tmp/ab-bench-gui): passphrase to the
#    evidence browser's rows painted, the findings page's rows painted, and a
#    scroll through the evidence, the findings and the custody log with the
#    time of every step (each step painted); a filter and a sort over all items.
# Targets: start under 0.5 s, open under 1 s (the scrypt key derivation,
# about 0.25 s by design, included).
set -euo pipefail
build=$(realpath "${1:-build}")
evidence=${2:-100000}
findings=${3:-5000}
runs=${AB_BENCH_RUNS:-5}
dir=${AB_BENCH_DIR:-/tmp/ab-bench-gui}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export AUDITBENCH_PASSPHRASE=${AUDITBENCH_PASSPHRASE:-gui bench passphrase}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
mkdir -p "$dir"
file=$dir/bench-$evidence-$findings.inspection
bench=$build/tests/gui/gui_bench

echo "AuditBench GUI benchmark — $(date -u +%FT%TZ), $(nproc) cores, $(uname -r), QPA $QT_QPA_PLATFORM"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== cold start ($runs runs) =="
for _ in $(seq "$runs"); do "$bench" start 2>/dev/null | awk '/process start/ {print $(NF-1)}'; done > "$dir/start.txt"
printf 'process start to window painted: median %s ms, best %s ms\n' "$(median < "$dir/start.txt")" "$(sort -g "$dir/start.txt" | head -1)"
echo

if [ ! -f "$file" ]; then
    echo "generating $file ($evidence evidence items, $findings findings)…"
    "$build/tests/gui/gen_inspection" "$file" "$evidence" "$findings"
fi
echo "== open $(basename "$file") ($(du -h "$file" | cut -f1)), $runs runs =="
for _ in $(seq "$runs"); do AB_BENCH_NO_SCROLL=1 "$bench" open "$file" 2>/dev/null; done > "$dir/open.txt"
for what in "key derivation alone" "passphrase to window filled" "passphrase to evidence rows painted" "findings step to rows painted"; do
    printf '%-40s median %s ms\n' "$what" "$(grep "$what" "$dir/open.txt" | awk '{print $(NF-1)}' | median)"
done
echo
echo "== one run with scrolling =="
"$bench" open "$file" 2>/dev/null | grep -v "^open: key"
