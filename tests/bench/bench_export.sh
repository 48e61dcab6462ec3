#!/usr/bin/env bash
# Sealed export benchmark (issue 6). Run on demand, never in CI:
#   tests/bench/bench_export.sh [BUILD_DIR] [EVIDENCE_MIB]
# Makes an inspection with one EVIDENCE_MIB (default 1024) evidence item and
# times, AB_BENCH_RUNS (default 3) times each: the two ways SQLite can copy it
# (the sqlite3 shell's .backup, i.e. the online backup API, and VACUUM INTO,
# both followed by a sync), `export` as a plain copy, and `export --seal`
# (copy + full verify + signature), beside `cp` + sync of the same file.
set -euo pipefail
build=${1:-build}
mib=${2:-1024}
runs=${AB_BENCH_RUNS:-3}
cli=$(realpath "$build/app/auditbench-cli")
work=$(mktemp -d "${TMPDIR:-/tmp}/ab-bench-export.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
export AUDITBENCH_PASSPHRASE=$(openssl rand -hex 16)
openssl req -x509 -nodes -newkey rsa:2048 -keyout k.key -out k.crt -subj "/CN=Bench Leader" -days 2 \
    -addext keyUsage=critical,digitalSignature 2>/dev/null
openssl rand -hex 16 > kp.txt
openssl pkcs12 -export -inkey k.key -in k.crt -out k.p12 -passout file:kp.txt
"$cli" init src.inspection --regime vn-mic --org Bench --system CCTV:3 > /dev/null
head -c "$((mib << 20))" /dev/urandom > big.bin
"$cli" evidence add src.inspection big.bin > /dev/null 2>&1
rm big.bin

measure() { # label, command...
    local label=$1; shift
    local times=()
    for _ in $(seq "$runs"); do
        rm -f out.inspection
        sync
        local start end
        start=$(date +%s.%N)
        "$@" > /dev/null 2>&1
        sync
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    local sorted
    sorted=$(printf '%s\n' "${times[@]}" | sort -g)
    printf '%-28s median %6.2f s  best %6.2f s\n' "$label" \
        "$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")" "$(echo "$sorted" | head -1)"
}

echo "inspection with ${mib} MiB of evidence ($(du -h src.inspection | cut -f1)), $runs runs each"
measure "cp + sync" cp src.inspection out.inspection
measure "sqlite3 .backup (API)" sqlite3 src.inspection ".backup out.inspection"
measure "sqlite3 VACUUM INTO" sqlite3 src.inspection "VACUUM INTO 'out.inspection'"
measure "export (plain copy)" "$cli" export src.inspection out.inspection
measure "export --seal" "$cli" export src.inspection out.inspection --seal k.p12 --key-passphrase-file kp.txt
"$cli" export src.inspection sealed.inspection --seal k.p12 --key-passphrase-file kp.txt > /dev/null 2>&1
measure "verify (sealed copy)" "$cli" verify sealed.inspection
