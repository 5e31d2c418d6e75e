#!/usr/bin/env bash
# Checks the files that make FieldDesk a Debian application, as the tools that read them do:
# the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli), the systemd
# unit (systemd-analyze verify, pointed at the built server), the man pages (groff warnings),
# and the configuration file (the server reads it, and it documents every key the server knows).
#   check.sh PATH/TO/fielddesk-server
set -euo pipefail
server=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }

desktop-file-validate "$here/org.fielddesk.FieldDesk.desktop" || fail "desktop entry"
appstreamcli validate --no-net "$here/org.fielddesk.FieldDesk.metainfo.xml" || fail "metainfo"

# The unit as installed, but starting the server just built (verify checks the binary exists;
# the man page is checked below, not by man(1) here).
sed "s#/usr/bin/fielddesk-server#$server#g" "$here/fielddesk-server.service" \
    > "$work/fielddesk-server.service"
systemd-analyze verify --man=no "$work/fielddesk-server.service" || fail "systemd unit"

for page in "$here"/*.1; do
    warnings=$(groff -man -ww -z "$page" 2>&1)
    [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done

# The server accepts the file as shipped (its database and state moved to a scratch folder).
FIELDDESK_DATABASE="sqlite:$work/check.db" FIELDDESK_DATA_DIR="$work" \
    "$server" --config "$here/fielddesk.conf" migrate > "$work/migrate.log" 2>&1 ||
    { cat "$work/migrate.log" >&2; fail "the server refused fielddesk.conf"; }
# Every key the server knows is documented: an unknown key makes it list them all.
echo "no_such_setting = 1" > "$work/unknown.conf"
if "$server" --config "$work/unknown.conf" migrate > "$work/unknown.log" 2>&1; then
    fail "the server accepted an unknown setting"
fi
known=$(grep -o 'known: [a-z_, 0-9]*' "$work/unknown.log" | sed 's/^known: //; s/, /\n/g')
[ -n "$known" ] || fail "the server did not list its settings: $(cat "$work/unknown.log")"
for key in $known; do
    grep -Eq "^;?$key =" "$here/fielddesk.conf" || fail "fielddesk.conf does not document $key"
done

[ "$failed" = 0 ] && echo "desktop entry, metainfo, unit, man pages and fielddesk.conf: OK"
exit "$failed"
