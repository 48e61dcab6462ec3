#!/usr/bin/env bash
# Fails when any user-visible string of core, cli or ui lacks a zh_CN or vi
# translation: lupdate runs over the current sources into a copy of the .ts
# files, so a string added without translating it is caught too.
#   check_translations.sh LUPDATE SOURCE_ROOT SOURCES_LIST TS_FILE...
set -euo pipefail
lupdate=$1 root=$2 list=$3
shift 3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
copies=()
for ts in "$@"; do
    cp "$ts" "$tmp/"
    copies+=("$tmp/$(basename "$ts")")
done
"$lupdate" -silent -I "$root" -no-obsolete -locations none "@$list" -ts "${copies[@]}"
status=0
for ts in "${copies[@]}"; do
    n=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$n" -gt 0 ]; then
        echo "$(basename "$ts"): $n unfinished translation(s):"
        grep -B2 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ */  /'
        status=1
    else
        echo "$(basename "$ts"): complete ($(grep -c '<source>' "$ts") messages)"
    fi
done
exit $status
