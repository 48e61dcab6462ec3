#!/bin/sh
# Regenerates Format4Findings.inspection: an inspection written by AuditBench
# at file format 4 (before finding.merged_into), with the devices, services
# and findings of an nmap import, so tests can check the upgrade to format 5
# and that verify replays it. Needs an auditbench-cli built from a commit of
# format 4 (git archive 884bd1f, for instance).
# Usage: tests/data/make_format4_fixture.sh path/to/format-4/auditbench-cli
# Passphrase: "format-4 fixture".
set -eu
cli=${1:?path to a format-4 auditbench-cli}
cd "$(dirname "$0")"
export AUDITBENCH_PASSPHRASE="format-4 fixture" AUDITBENCH_USER=fixtures
rm -f Format4Findings.inspection
"$cli" init Format4Findings.inspection --regime vn-mic --org "Format 4 operator" --system CCTV:3 \
    --scope 192.0.2.0/29 --scope 2001:db8::/64 --inspector "Fixture inspector" --catalog catalogs/MiniCatalog.json
"$cli" import-nmap Format4Findings.inspection nmap/multi-host.xml
"$cli" answer Format4Findings.inspection INT-01 noncompliant --note "made at format 4"
test "$(sqlite3 Format4Findings.inspection 'PRAGMA user_version')" = 4
"$cli" findings Format4Findings.inspection
