#!/usr/bin/env bash
# Report rendering benchmark (issue 5). Run on demand, never in CI:
#   tests/bench/bench_report.sh [BUILD_DIR]
# AB_BENCH_RUNS (default 3) sets the runs per measurement of auditbench-cli,
# AB_BENCH_CHROMIUM_RUNS (default 1) those of Chromium (slow).
# Makes inspections with 1,000 and 2,000 findings and 2,000 evidence items
# (tests/bench/report_fixture), renders the inspection report in zh_CN and
# vi with `auditbench-cli report`, and prints the wall time and peak RSS
# (/usr/bin/time -v) beside `chromium --headless --print-to-pdf` of the same
# report's HTML (`report --format html`), in the same run. Checks:
#   2,000 findings cost at most 2.2x 1,000 findings;
#   auditbench-cli takes at most half of Chromium's time.
# Each report is rendered unsigned and rendered + signed (`--sign KEY.p12`,
# RSA 3072, the visible block on the last page); the checks use the signed
# times. Signing alone is measured by bench_sign.sh.
set -euo pipefail
build=${1:-build}
cli=$(realpath "$build/app/auditbench-cli")
fixture=$(realpath "$build/tests/bench/report_fixture")
chromium=$(command -v chromium || true)
[ -n "$chromium" ] || { echo "chromium is not installed (apt-get install chromium)"; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/ab-bench-report.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
AUDITBENCH_PASSPHRASE=$(openssl rand -hex 16)
export AUDITBENCH_PASSPHRASE
runs=${AB_BENCH_RUNS:-3}
chromium_runs=${AB_BENCH_CHROMIUM_RUNS:-1}

# Runs "$@" $2 times after the setup in $1 (not timed); prints the median
# wall time in seconds and the largest peak RSS in MiB.
measure() { # setup, times, command...
    local setup=$1 n=$2; shift 2
    local times=() rss_max=0
    for _ in $(seq "$n"); do
        [ -z "$setup" ] || eval "$setup"
        sync
        if ! /usr/bin/time -v -o t.out "$@" > run.log 2>&1; then
            echo "failed: $*" >&2; cat run.log >&2; exit 1
        fi
        local wall rss
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' t.out | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' t.out)
        times+=("$wall")
        [ "$rss" -gt "$rss_max" ] && rss_max=$rss
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (n + 1) / 2 ))p")
    echo "$median $(( rss_max / 1024 ))"
}

openssl req -x509 -newkey rsa:3072 -nodes -keyout key.pem -out cert.pem -days 30 -utf8 \
    -subj "/CN=王芳/O=检查组" 2> /dev/null
openssl rand -hex 16 > key.pass
openssl pkcs12 -export -inkey key.pem -in cert.pem -out key.p12 -passout file:key.pass
echo "Making the inspections (report_fixture) ..."
for regime in cn-miit vn-mic; do
    for findings in 1000 2000; do
        "$fixture" "$regime-$findings.inspection" "$regime" "$findings" 2000
    done
done

declare -A wall rss pages
for lang in zh_CN vi; do
    regime=cn-miit; [ "$lang" = vi ] && regime=vn-mic
    for findings in 1000 2000; do
        # A fresh copy each run: issuing a document records it in the file.
        read -r w r < <(measure "cp $regime-$findings.inspection run.inspection" "$runs" \
            "$cli" report run.inspection --out "$lang-$findings.pdf" --lang "$lang" --date 2025-03-06)
        wall[$lang-$findings]=$w; rss[$lang-$findings]=$r
        pages[$lang-$findings]=$(pdfinfo "$lang-$findings.pdf" | awk '/^Pages:/ { print $2 }')
        read -r w r < <(measure "cp $regime-$findings.inspection run.inspection" "$runs" \
            "$cli" report run.inspection --out "$lang-$findings-signed.pdf" --lang "$lang" --date 2025-03-06 \
            --sign key.p12 --key-passphrase-file key.pass)
        wall[$lang-$findings-signed]=$w; rss[$lang-$findings-signed]=$r
        pages[$lang-$findings-signed]=$(pdfinfo "$lang-$findings-signed.pdf" | awk '/^Pages:/ { print $2 }')
        pdfsig "$lang-$findings-signed.pdf" | grep -q "Signature is Valid" || { echo "pdfsig: $lang-$findings-signed.pdf not valid"; exit 1; }
    done
    cp "$regime-1000.inspection" run.inspection
    "$cli" report run.inspection --out "$lang-1000.html" --format html --lang "$lang" --date 2025-03-06 > /dev/null 2>&1
    read -r w r < <(measure "rm -rf chrome-profile; mkdir chrome-profile" "$chromium_runs" \
        "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
        --disable-sync --no-first-run --user-data-dir="$work/chrome-profile" --no-pdf-header-footer \
        --print-to-pdf="$work/$lang-chromium.pdf" "file://$work/$lang-1000.html")
    wall[$lang-chromium]=$w; rss[$lang-chromium]=$r
    pages[$lang-chromium]=$(pdfinfo "$lang-chromium.pdf" | awk '/^Pages:/ { print $2 }')
done

echo
printf '%-44s %9s %10s %7s\n' "what" "wall (s)" "peak RSS" "pages"
for lang in zh_CN vi; do
    for findings in 1000 2000; do
        printf '%-44s %9s %7s MiB %7s\n' "auditbench-cli report $lang, $findings findings" "${wall[$lang-$findings]}" \
            "${rss[$lang-$findings]}" "${pages[$lang-$findings]}"
        printf '%-44s %9s %7s MiB %7s\n' "  the same, rendered + signed" "${wall[$lang-$findings-signed]}" \
            "${rss[$lang-$findings-signed]}" "${pages[$lang-$findings-signed]}"
    done
    printf '%-44s %9s %7s MiB %7s\n' "chromium --print-to-pdf $lang, 1000 findings" "${wall[$lang-chromium]}" "${rss[$lang-chromium]}" \
        "${pages[$lang-chromium]}"
done
echo "(2,000 evidence items in each; median of $runs runs, Chromium $chromium_runs; CLI times include opening the file: scrypt)"
echo
status=0
for lang in zh_CN vi; do
    ratio=$(awk -v a="${wall[$lang-2000-signed]}" -v b="${wall[$lang-1000-signed]}" 'BEGIN { printf "%.2f", a / b }')
    share=$(awk -v a="${wall[$lang-1000-signed]}" -v b="${wall[$lang-chromium]}" 'BEGIN { printf "%.2f", a / b }')
    if awk -v r="$ratio" 'BEGIN { exit !(r <= 2.2) }'; then v=PASS; else v=FAIL; status=1; fi
    echo "$v $lang: 2,000 findings cost ${ratio}x 1,000, rendered + signed (at most 2.2x)"
    if awk -v s="$share" 'BEGIN { exit !(s <= 0.5) }'; then v=PASS; else v=FAIL; status=1; fi
    echo "$v $lang: auditbench-cli render + sign takes ${share} of Chromium's time (at most 0.5)"
done
exit $status
