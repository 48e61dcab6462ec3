#!/usr/bin/env bash
# Real Debian daemons with the weaknesses inspectors meet on camera networks,
# on loopback addresses only, for demonstrations and screenshots:
#   127.0.0.2:18080  lighttpd, whole site behind HTTP Basic with admin/admin
#   127.0.0.3:2121   vsftpd with anonymous login
#   127.0.0.4:11883  mosquitto allowing anonymous clients
#   127.0.0.5:161    snmpd answering the community "public" (udp; needs root)
# Usage: scripts/demo-devices.sh start DIR | stop DIR
# Then e.g.: auditbench-cli probe FILE --target 127.0.0.0/29 --ports 2121,18080,11883
set -euo pipefail
cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
case "$cmd" in
start)
    mkdir -p "$dir/www" "$dir/ftp" "$dir/empty"
    dir=$(realpath "$dir")
    echo '<html><head><title>Network Camera</title></head><body>live view</body></html>' > "$dir/www/index.html"
    # A throwaway demo account in a file, never on a command line.
    printf 'admin:admin\n' > "$dir/users.plain"
    cat > "$dir/lighttpd.conf" <<CONF
server.document-root = "$dir/www"
server.bind = "127.0.0.2"
server.port = 18080
index-file.names = ( "index.html" )
server.modules += ("mod_auth", "mod_authn_file")
auth.backend = "plain"
auth.backend.plain.userfile = "$dir/users.plain"
auth.require = ( "/" => ( "method" => "basic", "realm" => "IPCam", "require" => "valid-user" ) )
CONF
    cat > "$dir/vsftpd.conf" <<CONF
listen=YES
listen_address=127.0.0.3
listen_port=2121
anonymous_enable=YES
anon_root=$dir/ftp
background=NO
secure_chroot_dir=$dir/empty
seccomp_sandbox=NO
CONF
    printf 'listener 11883 127.0.0.4\nallow_anonymous true\n' > "$dir/mosquitto.conf"
    printf 'rocommunity public 127.0.0.0/8\nsysDescr IP camera firmware V5.4.1 build 160525\n' > "$dir/snmpd.conf"
    lighttpd -D -f "$dir/lighttpd.conf" > "$dir/lighttpd.log" 2>&1 & echo $! > "$dir/pids"
    /usr/sbin/vsftpd "$dir/vsftpd.conf" > "$dir/vsftpd.log" 2>&1 & echo $! >> "$dir/pids"
    mosquitto -c "$dir/mosquitto.conf" > "$dir/mosquitto.log" 2>&1 & echo $! >> "$dir/pids"
    /usr/sbin/snmpd -f -Lo -C -c "$dir/snmpd.conf" udp:127.0.0.5:161 > "$dir/snmpd.log" 2>&1 & echo $! >> "$dir/pids"
    sleep 1
    echo "demo devices running on 127.0.0.2-5 (pids in $dir/pids)"
    ;;
stop)
    [ -f "$dir/pids" ] && xargs -r kill < "$dir/pids" 2>/dev/null || true
    rm -f "$dir/pids"
    ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
