#!/usr/bin/env bash
# Installs what is missing, builds, starts fielddesk-server on a SQLite file with demo data
# and opens the console signed in as the demo dispatcher. Without a display it runs the
# server alone (Ctrl+C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh run
# Only what the demo runs, in the test command's build folder and flags (preset ci), so that
# packaging/run-tests.sh afterwards reuses every object built here.
packaging/build.sh ci fielddesk-server fielddesk
data=${FIELDDESK_DEMO_DIR:-$PWD/build/demo}
port=${FIELDDESK_DEMO_PORT:-8080}
mkdir -p "$data"
. packaging/demo-server.sh
trap 'kill $demo_server 2>/dev/null; wait $demo_server 2>/dev/null' EXIT
start_demo_server "$data/fielddesk.db" "$port" "$data/server.log"
echo "FieldDesk server on http://127.0.0.1:$port (log: $data/server.log)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    FIELDDESK_PASSWORD=fielddesk-demo build/bin/fielddesk --server "http://127.0.0.1:$port" \
        --email dispatcher@demo.local
else
    echo "No display here: running the server alone. Press Ctrl+C to stop it."
    wait $demo_server
fi
