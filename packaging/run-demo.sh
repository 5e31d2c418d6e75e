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
# The demo has no internet: its forecasts come from a local replay of recorded ones, with rain
# over the demo locations on the next weekday (the lawn jobs of that day are flagged at risk).
weather_port=${FIELDDESK_DEMO_WEATHER_PORT:-8099}
python3 tools/weather/replay-server.py --port "$weather_port" --quiet &
weather_server=$!
trap 'kill $demo_server $weather_server 2>/dev/null; wait $demo_server $weather_server 2>/dev/null' EXIT
for _ in $(seq 50); do
    curl -sf "http://127.0.0.1:$weather_port/health" >/dev/null && break
    sleep 0.2
done
export FIELDDESK_WEATHER_URL="http://127.0.0.1:$weather_port"
export FIELDDESK_WEATHER_POLL_MINUTES=${FIELDDESK_WEATHER_POLL_MINUTES:-5}
start_demo_server "$data/fielddesk.db" "$port" "$data/server.log"
echo "FieldDesk server on http://127.0.0.1:$port (log: $data/server.log)"
echo "Recorded forecasts on $FIELDDESK_WEATHER_URL (tools/weather/replay-server.py)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    FIELDDESK_PASSWORD=fielddesk-demo build/bin/fielddesk --server "http://127.0.0.1:$port" \
        --email dispatcher@demo.local
else
    echo "No display here: running the server alone. Press Ctrl+C to stop it."
    wait $demo_server
fi
