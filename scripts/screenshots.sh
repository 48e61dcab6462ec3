#!/usr/bin/env bash
# Retakes docs/screenshots/: every step of the guided inspection
# (step-{setup,interview,document,probe,findings,report,evidence,custody}-LANG.png,
# and the Report tab beside the score: step-report-page-LANG.png)
# and two pages of the New inspection wizard (wizard-{2,5}-LANG.png), in en,
# zh_CN and vi, at 1366x768 — the window grabbed offscreen by
# tests/gui/shoot_steps (QWidget::grab, no X server needed). The sample
# inspection is made by the workbench itself and first gets a real probe of
# the demo devices (scripts/demo-devices.sh), so no step is empty.
# Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
app=$build/app/auditbench
cli=$build/app/auditbench-cli
shoot=$build/tests/gui/shoot_steps
out=$PWD/docs/screenshots
work=$(mktemp -d)
demo=$work/demo
trap 'scripts/demo-devices.sh stop "$demo" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
sample=$XDG_DATA_HOME/AuditBench/AuditBench/sample.inspection

# The workbench makes the sample on its first start with --sample.
"$app" --sample & pid=$!
for _ in $(seq 50); do [ -f "$sample" ] && break; sleep 0.2; done
sleep 1; kill "$pid"; wait "$pid" 2>/dev/null || true
[ -f "$sample" ] || { echo "the sample inspection was not made" >&2; exit 1; }

export AUDITBENCH_PASSPHRASE=auditbench-sample
scripts/demo-devices.sh start "$demo" >/dev/null
"$cli" probe "$sample" --target 127.0.0.0/29 --ports 2121,18080,11883 >/dev/null || true
"$cli" answer "$sample" INT-02 partial --note "An IT officer is named, without a written mandate." >/dev/null

# Old names of the tab era, replaced by the step shots.
rm -f "$out"/{main-window,interview,score,probe}-{en,zh_CN,vi}.png
for lang in en zh_CN vi; do
    "$shoot" "$sample" "$out" --lang "$lang" --wizard 2,5 | sed "s|^$PWD/||"
done
# The supervisor's views of a sealed copy (supervisor-{review,setup,custody,viewer,broken}-LANG.png)
# and the Compare window (compare-LANG.png), grabbed by their GUI tests.
# (ctest gives them their environment; AB_SHOTS_DIR passes through.)
AB_SHOTS_DIR=$out ctest --test-dir "$build" -R '^(tst_supervisor|tst_comparewindow)$' --output-on-failure > "$work/shots.log" 2>&1 \
    || { cat "$work/shots.log" >&2; exit 1; }
ls "$out"/supervisor-*.png "$out"/compare-*.png | sed "s|^$PWD/||"
