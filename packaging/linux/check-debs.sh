#!/usr/bin/env bash
# The package test: builds both .deb packages from this build folder, checks them with
# lintian (no errors), appstreamcli and dpkg-deb -c, unpacks them into a throw-away root and
# starts the unpacked server once with the unpacked configuration file.
#   check-debs.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
root=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$root"
}
trap cleanup EXIT

(cd "$build" && cpack -G DEB -B "$root/debs" >/dev/null)
server_deb=$(ls "$root"/debs/fielddesk-server_*.deb)
console_deb=$(ls "$root"/debs/fielddesk_*.deb)

echo "== lintian"
lintian --fail-on error --tag-display-limit 0 "$server_deb" "$console_deb" 2>&1 |
    grep -v 'running with root privileges' || true
lintian --fail-on error "$server_deb" "$console_deb" >/dev/null 2>&1

echo "== contents"
contents() { dpkg-deb -c "$1" | awk '{print $6}'; }
for path in ./usr/bin/fielddesk-server ./lib/systemd/system/fielddesk-server.service \
    ./etc/fielddesk/fielddesk.conf ./usr/share/man/man1/fielddesk-server.1.gz \
    ./usr/share/doc/fielddesk-server/copyright; do
    contents "$server_deb" | grep -qx "$path" || { echo "fielddesk-server lacks $path"; exit 1; }
done
for path in ./usr/bin/fielddesk ./usr/share/applications/org.fielddesk.FieldDesk.desktop \
    ./usr/share/metainfo/org.fielddesk.FieldDesk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.fielddesk.FieldDesk.svg \
    ./usr/share/icons/hicolor/16x16/apps/org.fielddesk.FieldDesk.png \
    ./usr/share/icons/hicolor/48x48/apps/org.fielddesk.FieldDesk.png \
    ./usr/share/icons/hicolor/256x256/apps/org.fielddesk.FieldDesk.png \
    ./usr/share/man/man1/fielddesk.1.gz ./usr/share/doc/fielddesk/copyright; do
    contents "$console_deb" | grep -qx "$path" || { echo "fielddesk lacks $path"; exit 1; }
done
dpkg-deb -f "$server_deb" Depends | grep -q libqt6httpserver6 ||
    { echo "fielddesk-server does not depend on Qt HTTP Server"; exit 1; }
dpkg-deb --ctrl-tarfile "$server_deb" | tar -xO ./conffiles | grep -qx /etc/fielddesk/fielddesk.conf ||
    { echo "fielddesk.conf is not a conffile"; exit 1; }

echo "== unpacked"
dpkg-deb -x "$server_deb" "$root/fs"
dpkg-deb -x "$console_deb" "$root/fs"
appstreamcli validate --no-net "$root/fs/usr/share/metainfo/org.fielddesk.FieldDesk.metainfo.xml"
"$root/fs/usr/bin/fielddesk" --version
mkdir -p "$root/state"
FIELDDESK_DATABASE="sqlite:$root/state/fielddesk.db" FIELDDESK_DATA_DIR="$root/state" \
    FIELDDESK_LISTEN=127.0.0.1:0 \
    "$root/fs/usr/bin/fielddesk-server" --config "$root/fs/etc/fielddesk/fielddesk.conf" \
    > "$root/server.log" 2>&1 &
pid=$!
port=
for _ in $(seq 300); do
    port=$(grep -o '"event":"listening"[^}]*"port":[0-9]*' "$root/server.log" | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$root/server.log"; exit 1; }
    sleep 0.1
done
[ -n "$port" ] || { echo "the unpacked server did not start"; cat "$root/server.log"; exit 1; }
curl -sf "http://127.0.0.1:$port/readyz" >/dev/null || { echo "not ready"; exit 1; }
# The unpacked console, offscreen, in Spanish and dark, opens its sign-in dialog for the unpacked
# server and keeps running.
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$root/config" DBUS_SESSION_BUS_ADDRESS= \
    "$root/fs/usr/bin/fielddesk" --server "http://127.0.0.1:$port" --language es \
    --appearance dark > "$root/console.log" 2>&1 &
console=$!
sleep 4
kill -0 "$console" 2>/dev/null || { echo "the unpacked console stopped"; cat "$root/console.log"; exit 1; }
kill -TERM "$console"
wait "$console" || true
kill -TERM "$pid"
wait "$pid"
pid=
echo "packages built, checked, unpacked, the server started and the console ran: OK"
