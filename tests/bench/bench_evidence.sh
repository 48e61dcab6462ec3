#!/usr/bin/env bash
# Evidence import and verify benchmark (issue 2). Run on demand, never in CI:
#   tests/bench/bench_evidence.sh [BUILD_DIR] [LARGE_MIB] [SMALL_COUNT]
# AB_BENCH_RUNS (default 3) sets the runs per measurement.
# Prints, for one large file and for many small files, the wall time and
# peak RSS of `auditbench-cli evidence add` and `verify` beside `cp` (with
# and without a sync) and `openssl dgst -sha256` of the same data, all in the
# same run on the same disk.
set -euo pipefail
build=${1:-build}
large_mib=${2:-1024}
small_count=${3:-10000}
cli=$(realpath "$build/app/auditbench-cli")
work=$(mktemp -d "${TMPDIR:-/tmp}/ab-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
pass=$(openssl rand -hex 16)
printf '%s\n' "$pass" > pass.txt
chmod 600 pass.txt

runs=${AB_BENCH_RUNS:-3}
# Runs a command $runs times (the optional setup before each run is not
# timed) and prints the median and best wall time and the largest peak RSS.
measure() { # label, setup-command (or ""), command...
    local label=$1 setup=$2; shift 2
    local times=() rss_max=0
    for _ in $(seq "$runs"); do
        [ -z "$setup" ] || eval "$setup"
        sync
        if ! /usr/bin/time -f '%e %M' -o t.out "$@" > /dev/null 2> err.log; then
            echo "$label failed:"; cat err.log; exit 1
        fi
        read -r secs rss < t.out
        times+=("$secs")
        [ "$rss" -gt "$rss_max" ] && rss_max=$rss
    done
    local sorted median best
    sorted=$(printf '%s\n' "${times[@]}" | sort -g)
    median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
    best=$(echo "$sorted" | head -1)
    printf '%-34s median %6.2f s  best %6.2f s  peak RSS %6.1f MiB\n' "$label" "$median" "$best" "$(echo "$rss_max / 1024" | bc -l)"
    echo "$median" > last.secs
}

echo "AuditBench evidence benchmark — $(date -u +%FT%TZ), $(nproc) cores, $(uname -r)"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo

echo "== one large file: ${large_mib} MiB of random bytes =="
head -c "$((large_mib * 1024 * 1024))" /dev/urandom > large.bin
sync
cat large.bin > /dev/null   # same page-cache state for everyone
fresh_large='rm -f large.inspection* && "$cli" init large.inspection --regime vn-mic --org Bench --passphrase-file pass.txt > /dev/null'
measure "cp" "rm -f copy.bin" cp large.bin copy.bin; cp_s=$(cat last.secs)
measure "cp + sync" "rm -f copy.bin" sh -c 'cp large.bin copy.bin && sync copy.bin'; cps_s=$(cat last.secs)
rm -f copy.bin
measure "openssl dgst -sha256" "" openssl dgst -sha256 large.bin
measure "auditbench-cli evidence add" "$fresh_large" "$cli" evidence add large.inspection large.bin --passphrase-file pass.txt; add_s=$(cat last.secs)
measure "auditbench-cli verify" "" "$cli" verify large.inspection --passphrase-file pass.txt
printf 'import / cp = %.2f   import / (cp + sync) = %.2f   file size %s\n' \
    "$(echo "$add_s / $cp_s" | bc -l)" "$(echo "$add_s / $cps_s" | bc -l)" "$(du -h large.inspection | cut -f1)"
rm -f large.bin large.inspection*
echo

echo "== ${small_count} small files (1-8 KiB) =="
mkdir small
python3 - "$small_count" <<'PY'
import os, random, sys
random.seed(7)
n = int(sys.argv[1])
for i in range(n):
    d = os.path.join('small', f'd{i // 1000:02d}')
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f'f{i:05d}.bin'), 'wb') as f:
        f.write(os.urandom(random.randint(1024, 8192)))
PY
sync
measure "cp -r" "rm -rf small-copy" cp -r small small-copy
measure "cp -r + sync" "rm -rf small-copy" sh -c 'cp -r small small-copy && sync'
rm -rf small-copy
measure "openssl dgst -sha256 (xargs)" "" sh -c 'find small -type f -print0 | xargs -0 openssl dgst -sha256'
fresh_small='rm -f small.inspection* && "$cli" init small.inspection --regime vn-mic --org Bench --passphrase-file pass.txt > /dev/null'
measure "auditbench-cli evidence add" "$fresh_small" "$cli" evidence add small.inspection small --passphrase-file pass.txt; small_s=$(cat last.secs)
measure "auditbench-cli verify" "" "$cli" verify small.inspection --passphrase-file pass.txt
printf 'import rate = %.0f files/s\n' "$(echo "$small_count / $small_s" | bc -l)"
