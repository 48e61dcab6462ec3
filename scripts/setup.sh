#!/usr/bin/env bash
# AuditBench set-up on Debian 12: installs what is missing, builds, then
#   scripts/setup.sh          opens the workbench on a ready sample inspection
#   scripts/setup.sh --test   runs every test (what CI runs)
# Packages are installed with apt-get as root (through sudo when not root).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=run
case "${1:-}" in
    --test) mode=test ;;
    ""|--run) mode=run ;;
    *) echo "usage: scripts/setup.sh [--test]" >&2; exit 2 ;;
esac

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    libqt6sql6-sqlite libsqlite3-dev libgl-dev libxkbcommon-dev libssl-dev zlib1g-dev
    # printing the documents (QPrinter, QPrintPreviewDialog; headers in qt6-base-dev)
    libqt6printsupport6
    # run: Qt's own translations, fonts for Chinese and Vietnamese
    # (fonts-liberation2: Liberation 2.x, with the Vietnamese letters 1.07 lacks)
    qt6-translations-l10n fonts-noto-cjk fonts-liberation fonts-liberation2
    # signing: keys on PKCS#11 tokens through libp11's engine and p11-kit
    libengine-pkcs11-openssl p11-kit p11-kit-modules
    # tests: the sqlite3 tool edits files behind our back, openssl makes data
    sqlite3 openssl xvfb xauth
)
# Probing: libssh for SSH password checks; the test suite starts real Debian
# daemons on 127.x addresses (never any other) and compares with nmap/hydra.
packages+=(libssh-dev)
[ "$mode" = test ] && packages+=(
    lighttpd apache2-utils snmpd snmp vsftpd mosquitto openssh-server openssh-client
    inetutils-telnetd openbsd-inetd nmap hydra clang
    softhsm2 opensc poppler-utils qpdf
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update
    # The daemons are for the tests, which start their own on 127.x: keep
    # their packages from starting system-wide services (policy-rc.d 101).
    added_policy=no
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee /usr/sbin/policy-rc.d >/dev/null
        "${sudo_cmd[@]}" chmod +x /usr/sbin/policy-rc.d
        added_policy=yes
    fi
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
    if [ "$added_policy" = yes ]; then "${sudo_cmd[@]}" rm -f /usr/sbin/policy-rc.d; fi
fi

build=${AB_BUILD_DIR:-build}
werror=OFF
[ "$mode" = test ] && werror=ON
# Optimised as RelWithDebInfo (-O2) but without debug info, which took a third
# of the compile time (measured on one GUI source: 34.8 s with -g, 23.2 s without);
# configure your own build dir with RelWithDebInfo or Debug to debug.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" -DAB_WERROR=$werror
cmake --build "$build"

if [ "$mode" = test ]; then
    # Every test: unit, integration (the real CLI) and GUI (offscreen).
    ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)"
    exit $?
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the workbench under xvfb-run (no window will be visible)." >&2
    exec xvfb-run -a "$build/app/auditbench" --sample
fi
exec "$build/app/auditbench" --sample
