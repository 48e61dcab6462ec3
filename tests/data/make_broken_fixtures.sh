#!/bin/sh
# Regenerates the static Broken* inputs of the integration tests.
# Usage: tests/data/make_broken_fixtures.sh path/to/auditbench-cli
# Needs the sqlite3 command-line tool. Passphrase of the AuditBench-made ones:
# "fixture passphrase".
set -eu
cli=${1:?path to auditbench-cli}
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export AUDITBENCH_PASSPHRASE="fixture passphrase" AUDITBENCH_USER=fixtures

# Plain text with a .inspection suffix.
printf 'This is not an inspection file, just text someone renamed.\n%.0s' 1 2 3 > BrokenNotSqlite.inspection
# An SQLite database of some other program.
rm -f BrokenForeignSchema.inspection
sqlite3 BrokenForeignSchema.inspection "CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('a', '1');"
# AuditBench's header (application id, format 1) but none of its tables.
rm -f BrokenNoTables.inspection
sqlite3 BrokenNoTables.inspection "PRAGMA page_size = 8192; PRAGMA application_id = 1096107074; PRAGMA user_version = 1; CREATE TABLE notes (x TEXT);"
# An empty file.
: > BrokenEmpty.inspection

"$cli" init "$tmp/good.inspection" --regime vn-mic --org "Fixture Org" --scope 127.0.0.0/24 > /dev/null
# Written by a "newer" AuditBench: file format 99.
cp "$tmp/good.inspection" BrokenNewerVersion.inspection
sqlite3 BrokenNewerVersion.inspection "PRAGMA user_version = 99"
# Cut short: the first 3 of its pages.
head -c 24576 "$tmp/good.inspection" > BrokenTruncated.inspection
# Hostile key-derivation settings: scrypt N = 2^40 (16 TiB of memory).
cp "$tmp/good.inspection" BrokenHostileKdf.inspection
sqlite3 BrokenHostileKdf.inspection "UPDATE meta SET value = json_set(value, '$.kdf.n', 1099511627776) WHERE key = 'keyslot'"
