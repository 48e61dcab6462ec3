#!/usr/bin/env bash
# Retakes docs/screenshots/main-window-{en,zh_CN,vi}.png: the workbench on
# the sample inspection under Xvfb at 1366x768, one shot per language.
# Needs xvfb and imagemagick (import, convert). Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
app=$(realpath "${1:-build}/app/auditbench")
out=$PWD/docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for lang in en zh_CN vi; do
    home="$work/$lang"
    mkdir -p "$home"
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
        xvfb-run -a -s "-screen 0 1366x768x24" sh -c \
        "'$app' --sample --lang $lang & sleep 5; import -window root '$work/$lang.png'; kill \$!"
    # the window opens at 1280x720 in the top-left corner of the screen
    convert "$work/$lang.png" -crop 1280x720+0+0 +repage "$out/main-window-$lang.png"
    echo "$out/main-window-$lang.png"
done
