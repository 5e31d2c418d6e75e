#!/usr/bin/env bash
# Takes the user guide's pictures afresh: builds the console and the screenshot tool, starts
# fielddesk-server with the demo data on a throw-away SQLite file, and writes one PNG per
# picture into OUTDIR (default docs/user-guide). Runs without a display (offscreen). Without
# options it takes every picture of the guide; with options, only what they ask for.
#   tools/guide-screenshots/make-screenshots.sh [OUTDIR] [--language es] [--appearance dark]
#                                               [--only a,b] [--suffix -dark]
# Commit the pictures with the guide; tst_preferences checks that every one it shows is there.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/user-guide
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
    out=$1
    shift
fi
packaging/install-deps.sh run
packaging/build.sh ci fielddesk-server fielddesk fielddesk-guide-screenshots
work=$(mktemp -d)
port=${FIELDDESK_GUIDE_PORT:-8080}
. packaging/demo-server.sh
trap 'kill $demo_server 2>/dev/null; wait $demo_server 2>/dev/null; rm -rf "$work"' EXIT
start_demo_server "$work/guide.db" "$port" "$work/server.log"
# Settings in a private folder (nothing remembered from the user's own console), no keychain.
shoot() {
    XDG_CONFIG_HOME="$work/config" DBUS_SESSION_BUS_ADDRESS= QT_QPA_PLATFORM=offscreen \
        build/bin/fielddesk-guide-screenshots --server "http://127.0.0.1:$port" --out "$out" \
        --translations build/app "$@" 2> >(grep -v 'This plugin does not support' >&2)
}
if [ $# -gt 0 ]; then
    shoot "$@"
else
    shoot
    # The guide's Preferences section: the board dark and in high contrast, approvals in Spanish.
    shoot --appearance dark --only dispatch-board --suffix -dark
    shoot --appearance high-contrast --only dispatch-board --suffix -high-contrast
    shoot --language es --only approvals --suffix -es
fi
