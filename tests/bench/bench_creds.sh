#!/usr/bin/env bash
# Credential check benchmark. Run on demand, never in CI:
#   tests/bench/bench_creds.sh [BUILD_DIR]
# AB_BENCH_RUNS (default 3) sets the runs per measurement; AB_BENCH_USERS
# (default 5) and AB_BENCH_PASSWORDS (default 200) the list sizes;
# AB_BENCH_HYDRA_TASKS (default "4 16") the extra hydra -t values shown for
# context.
#
# lighttpd 1.4.69 with one HTTP Digest directory on 127.0.0.2 (loopback only),
# a user list and a password list; the right password is the last one of the
# last user, so both tools make every attempt (users x passwords). Measured in
# the same run: hydra `http-get` and our check (cred_tool: checkHttpCredentials
# with the per-account budget, the rate limit and the connection limits lifted)
# with ONE connection at a time each (hydra -t 1), then hydra with more tasks
# for context. Our check is deliberately sequential per service: one WebSession
# answers one challenge at a time, so a lockout signal stops the run after the
# attempt that provoked it instead of after N in flight, and the attempt budget
# is spent in list order. Prints the median wall time (process start to exit),
# attempts/s, HTTP requests per attempt (lighttpd's access log) and logins
# lighttpd rejected (its error log) per run, the rate relative to hydra -t 1,
# and fails unless both tools found the same (the right) pair in every run.
#
# lighttpd delays the answer to a failed login by about a second by default
# (feature flag auth.delay-invalid-creds); it is disabled here, or every tool
# would measure that delay. Passwords are in files in the temp dir only.
set -euo pipefail
build=${1:-build}
tool=$(realpath "$build/tests/probe/cred_tool")
# A private network namespace (root: unshare -n), as bench_probe.sh: nothing
# can leave its loopback and no other listener can take the port.
if [ "${AB_BENCH_NETNS:-1}" = 1 ] && [ -z "${AB_BENCH_IN_NETNS:-}" ]; then
    if unshare -n true 2> /dev/null; then
        exec env AB_BENCH_IN_NETNS=1 unshare -n bash -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
    fi
    echo "note: cannot create a network namespace (not root?); running in the machine's own"
fi
command -v hydra > /dev/null || { echo "hydra is not installed"; exit 1; }
lighttpd=$(command -v lighttpd || echo /usr/sbin/lighttpd)
[ -x "$lighttpd" ] || { echo "lighttpd is not installed"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/ab-bench-creds.XXXXXX")
chmod 700 "$work"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2> /dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
runs=${AB_BENCH_RUNS:-3}
nusers=${AB_BENCH_USERS:-5}
npass=${AB_BENCH_PASSWORDS:-200}
address=127.0.0.2
realm=AuditBench

# Lists: users u01..uNN; wrong passwords are random, the right one (random
# too) is the last line, and only the last user has it.
for i in $(seq "$nusers"); do printf 'u%02d\n' "$i"; done > users.txt
user=$(tail -n 1 users.txt)
right=$(openssl rand -hex 8)
{ for _ in $(seq $((npass - 1))); do openssl rand -hex 8; done; printf '%s\n' "$right"; } > passwords.txt
chmod 600 passwords.txt
# htdigest lines (user:realm:md5(user:realm:password)) written here: htdigest
# itself only reads a password from a terminal. printf is a shell builtin, so
# no password is in a process's arguments. The other users get a password
# that is not in the list.
{
    for u in $(cat users.txt); do
        if [ "$u" = "$user" ]; then pw=$right; else pw=$(openssl rand -hex 12); fi
        printf '%s:%s:%s\n' "$u" "$realm" "$(printf '%s:%s:%s' "$u" "$realm" "$pw" | md5sum | cut -d' ' -f1)"
    done
} > htdigest
chmod 600 htdigest
masked="${right:0:1}***${right: -1}"

port=$(python3 -c 'import socket,sys; s=socket.socket(); s.bind((sys.argv[1],0)); print(s.getsockname()[1])' "$address")
mkdir -p www/protected
echo hi > www/index.html
echo secret > www/protected/index.html
cat > lighttpd.conf <<EOF
server.document-root = "$work/www"
server.bind = "$address"
server.port = $port
server.errorlog = "$work/error.log"
server.modules += ("mod_auth", "mod_authn_file", "mod_accesslog")
server.feature-flags += ("auth.delay-invalid-creds" => "disable")
accesslog.filename = "$work/access.log"
index-file.names = ("index.html")
auth.backend = "htdigest"
auth.backend.htdigest.userfile = "$work/htdigest"
auth.require = ("/protected/" => ("method" => "digest", "realm" => "$realm", "require" => "valid-user"))
EOF
"$lighttpd" -D -f lighttpd.conf > lighttpd.out 2>&1 &
lighttpd_pid=$!
pids+=("$lighttpd_pid")
for _ in $(seq 50); do (exec 3<> "/dev/tcp/$address/$port") 2> /dev/null && break; sleep 0.1; done
(exec 3<> "/dev/tcp/$address/$port") 2> /dev/null || { echo "lighttpd did not start:"; cat lighttpd.out error.log; exit 1; }

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
# Requests lighttpd logged so far, and logins it rejected ("auth failed" in
# its error log, written at once). The access log is buffered and written
# lazily: SIGHUP (log cycling) flushes it; wait until lighttpd says so.
requests() {
    local n
    n=$(grep -c 'logfiles cycled' error.log || true)
    kill -HUP "$lighttpd_pid"
    for _ in $(seq 100); do
        [ "$(grep -c 'logfiles cycled' error.log || true)" -gt "$n" ] && break
        sleep 0.05
    done
    cat access.log 2> /dev/null | wc -l
}
rejected() { grep -c 'auth failed' error.log || true; }
# lighttpd must still be running after every run; if not, say how it ended.
server_alive() {
    kill -0 "$lighttpd_pid" 2> /dev/null && return 0
    local st=0
    wait "$lighttpd_pid" || st=$?
    echo "lighttpd is gone (exit status $st$([ "$st" -gt 128 ] && echo ", signal $((st - 128))")); its last log lines:"
    tail -n 5 lighttpd.out error.log
    exit 1
}

fail=0
rows=()
# hydra: every "login: U   password: P" line must be exactly the right pair.
hydra_ok() {
    python3 - "$1" "$user" passwords.txt <<'PY'
import re, sys
out = open(sys.argv[1], errors='replace').read()
right = open(sys.argv[3]).read().splitlines()[-1]
hits = re.findall(r'login: (\S+)\s+password: (\S*)', out)
sys.exit(0 if hits == [(sys.argv[2], right)] else 1)
PY
}

# One measurement, $runs times: wall time (process start to exit), requests
# lighttpd logged and logins it rejected during the run. $1 is the label, $2
# a function that runs the tool once (arg: run number) and checks its result.
measure() {
    local label=$1 once=$2 times=() reqs=() rejs=() t0 t1 r0 j0
    for i in $(seq "$runs"); do
        server_alive
        r0=$(requests)
        j0=$(rejected)
        t0=$(now)
        "$once" "$i"
        t1=$(now)
        server_alive
        times+=("$(echo "$t1 - $t0" | bc -l)")
        reqs+=($(( $(requests) - r0 )))
        rejs+=($(( $(rejected) - j0 )))
    done
    row "$label" "$attempts" "$(median "${times[@]}")" "$(median "${reqs[@]}")" "$(median "${rejs[@]}")" "${times[*]}"
}

attempts=0
hydra_tasks=1
hydra_once() {
    local out="hydra-$hydra_tasks-$1.out"
    hydra -I -L users.txt -P passwords.txt -s "$port" -t "$hydra_tasks" "$address" http-get /protected/ > "$out" 2>&1 || true
    attempts=$(sed -n 's/.* \([0-9][0-9]*\) login tries.*/\1/p' "$out" | head -1)
    if ! hydra_ok "$out"; then
        echo "hydra -t $hydra_tasks run $1 did not find exactly the right pair:"
        grep -v 'login:' "$out" | tail -5
        fail=1
    fi
}
ours_once() {
    local found
    "$tool" "http://$address:$port/protected/" users.txt passwords.txt 1 > "ours-$1.json" 2> "ours-$1.err" || true
    attempts=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["attempts"])' "ours-$1.json" 2> /dev/null || echo 0)
    found=$(python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["found"] or {}; print(f.get("user",""), f.get("password_masked",""))' \
        "ours-$1.json" 2> /dev/null || echo "")
    if [ "$found" != "$user $masked" ]; then
        echo "cred_tool run $1 did not find the right pair: $(cat "ours-$1.json" "ours-$1.err")"
        fail=1
    fi
}

base_rate=""
row() { # label attempts wall requests rejected runs
    local rate ratio
    rate=$(echo "$2 / $3" | bc -l)
    [ -n "$base_rate" ] || base_rate=$rate
    ratio=$(echo "$rate / $base_rate" | bc -l)
    rows+=("$(printf '%-20s %8s %9.3f %11.1f %9.2f %9s %8.2f   runs: %s' "$1" "$2" "$3" "$rate" "$(echo "$4 / $2" | bc -l)" "$5" "$ratio" "$6")")
}

echo "credential benchmark: lighttpd $("$lighttpd" -v | sed -n 's/^lighttpd\/\([^ ]*\).*/\1/p') HTTP Digest on $address:$port," \
    "$nusers users x $npass passwords (right pair last), median of $runs runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
hydra_tasks=1
measure "hydra -t 1" hydra_once
measure "ours (sequential)" ours_once
ours_ms=$(python3 -c 'import json,sys; print(" ".join(str(json.load(open(f))["elapsed_ms"]) for f in sys.argv[1:]))' ours-*.json)
for hydra_tasks in ${AB_BENCH_HYDRA_TASKS:-4 16}; do measure "hydra -t $hydra_tasks" hydra_once; done
printf '%-20s %8s %9s %11s %9s %9s %8s\n' "" attempts "wall s" attempts/s req/att rejected "x hydra-t1"
printf '%s\n' "${rows[@]}"
echo "ours, the check loop alone (cred_tool's elapsed_ms, without process start and the first probe): $ours_ms ms"
if [ "$fail" -ne 0 ]; then
    echo "FAIL: a tool did not find the right pair"
    exit 1
fi
echo "both tools found the same pair ($user, password $masked) in every run"
