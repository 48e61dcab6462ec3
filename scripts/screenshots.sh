#!/usr/bin/env bash
# Retakes docs/screenshots/{main-window,interview,score,probe}-{en,zh_CN,vi}.png:
# the workbench on the sample inspection under Xvfb at 1366x768, one shot per
# tab and language. Needs xvfb and imagemagick (import, convert).
# Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
app=$(realpath "${1:-build}/app/auditbench")
out=$PWD/docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# shot name -> tab shown when the sample opens
# The Device probing tab shows a real probe of the demo devices
# (scripts/demo-devices.sh) recorded into each language's sample first.
demo=$work/demo
scripts/demo-devices.sh start "$demo" >/dev/null
trap 'scripts/demo-devices.sh stop "$demo"; rm -rf "$work"' EXIT
cli=$(dirname "$app")/auditbench-cli
for shot in main-window:evidence interview:interview score:score probe:probe; do
    name=${shot%%:*}
    tab=${shot#*:}
    for lang in en zh_CN vi; do
        home="$work/$name-$lang"
        mkdir -p "$home"
        if [ "$tab" = probe ]; then
            # The sample is made on first start; then the CLI probes it.
            HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
                xvfb-run -a -s "-screen 0 1366x768x24" sh -c "'$app' --sample & sleep 4; kill \$!"
            AUDITBENCH_PASSPHRASE=auditbench-sample "$cli" probe "$home/data/AuditBench/AuditBench/sample.inspection" \
                --target 127.0.0.0/29 --ports 2121,18080,11883 >/dev/null
        fi
        HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
            xvfb-run -a -s "-screen 0 1366x768x24" sh -c \
            "'$app' --sample --lang $lang --tab $tab & sleep 5; import -window root '$work/$name-$lang.png'; kill \$!"
        # the window opens at 1280x720 in the top-left corner of the screen
        convert "$work/$name-$lang.png" -crop 1280x720+0+0 +repage "$out/$name-$lang.png"
        echo "$out/$name-$lang.png"
    done
done
