#!/usr/bin/env bash
# Report signing benchmark (issue 5). Run on demand, never in CI:
#   tests/bench/bench_sign.sh [BUILD_DIR] [LARGE_MIB]
# For a typical 20-page report and one of LARGE_MIB (default 50) MiB with
# photographs: wall time and peak RSS of `auditbench-cli sign-report` (first
# and second signature), `verify-report`, beside `openssl cms -sign` and
# `openssl dgst -sha256` of the same file; and what each signature adds.
set -euo pipefail
build=${1:-build}
large_mib=${2:-50}
cli=$(realpath "$build/app/auditbench-cli")
tool=$(realpath "$build/tests/unit/pdf_tool")
work=$(mktemp -d "${TMPDIR:-/tmp}/ab-bench-sign.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
runs=${AB_BENCH_RUNS:-3}

openssl req -x509 -newkey rsa:3072 -nodes -keyout key.pem -out cert.pem -days 30 -utf8 \
    -subj "/CN=Nguyễn Văn A/O=Đoàn kiểm tra" 2> /dev/null
openssl rand -hex 16 > pass.txt
openssl pkcs12 -export -inkey key.pem -in cert.pem -out key.p12 -passout file:pass.txt

measure() { # label, setup (or ""), command...
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
    local sorted median
    sorted=$(printf '%s\n' "${times[@]}" | sort -g)
    median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
    printf '  %-40s median %6.2f s  best %6.2f s  peak RSS %6.1f MiB\n' "$label" "$median" "$(echo "$sorted" | head -1)" \
        "$(echo "$rss_max / 1024" | bc -l)"
}

echo "AuditBench signing benchmark — $(date -u +%FT%TZ), $(nproc) cores, $(uname -r)"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); key RSA 3072"
for spec in "typical:20:0" "large:20:$large_mib"; do
    IFS=: read -r name pages mib <<< "$spec"
    "$tool" "$name.pdf" "$pages" "$mib" 2> >(grep -v XDG_RUNTIME_DIR >&2)
    size=$(stat -c %s "$name.pdf")
    echo
    echo "== $name: $(pdfinfo "$name.pdf" | awk '/^Pages/ {print $2}') pages, $(numfmt --to=iec-i --suffix=B "$size") =="
    cat "$name.pdf" > /dev/null
    sign1=(env AUDITBENCH_KEY_PASSPHRASE="$(cat pass.txt)" "$cli" sign-report "$name.pdf" --out "$name-1.pdf" --sign key.p12)
    measure "sign-report (first signature)" "" "${sign1[@]}"
    sign2=(env AUDITBENCH_KEY_PASSPHRASE="$(cat pass.txt)" "$cli" sign-report "$name-1.pdf" --out "$name-2.pdf" --sign key.p12)
    measure "sign-report (second signature)" "" "${sign2[@]}"
    sign3=(env AUDITBENCH_KEY_PASSPHRASE="$(cat pass.txt)" "$cli" sign-report "$name-2.pdf" --out "$name-3.pdf" --sign key.p12)
    "${sign3[@]}" > /dev/null
    measure "verify-report (three signatures)" "" "$cli" verify-report "$name-3.pdf"
    measure "openssl cms -sign (detached, same file)" "" openssl cms -sign -binary -in "$name.pdf" -signer cert.pem -inkey key.pem \
        -outform DER -out cms.der -md sha256
    measure "openssl dgst -sha256" "" openssl dgst -sha256 "$name.pdf"
    s0=$size; s1=$(stat -c %s "$name-1.pdf"); s2=$(stat -c %s "$name-2.pdf"); s3=$(stat -c %s "$name-3.pdf")
    echo "  size: prepared $s0 B; +$((s1 - s0)) B first (visible), +$((s2 - s1)) B second (visible), +$((s3 - s2)) B third (invisible)"
    pdfsig "$name-3.pdf" | grep -c 'Signature is Valid' | sed 's/^/  pdfsig: valid signatures: /'
done
