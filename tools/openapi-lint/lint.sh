#!/usr/bin/env bash
# Lints the OpenAPI document that a freshly started fielddesk-server serves, with Redocly's
# recommended rules (redocly.yaml). Fails on any error; prints the warnings.
#   lint.sh PATH/TO/fielddesk-server
set -euo pipefail
server=$1
here=$(cd "$(dirname "$0")" && pwd)
redocly=$here/node_modules/.bin/redocly
if [ ! -x "$redocly" ]; then
    # Skipped, and said so, on a developer's machine; CI installed it, so there it fails.
    echo "Redocly is not installed here: run packaging/install-deps.sh test" >&2
    [ "${CI:-}" = true ] && exit 1
    exit 77
fi
work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
"$server" --database "sqlite:$work/lint.db" --listen 127.0.0.1:0 --data-dir "$work" \
    --no-request-log > "$work/server.log" 2>&1 &
pid=$!
port=
for _ in $(seq 600); do
    port=$(grep -o '"event":"listening"[^}]*"port":[0-9]*' "$work/server.log" | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$port" ] || { echo "the server did not start listening" >&2; cat "$work/server.log" >&2; exit 1; }
curl -sf "http://127.0.0.1:$port/api/v1/openapi.json" -o "$work/openapi.json"
cd "$here"
# No telemetry or update check: tests never reach the internet.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
"$redocly" lint --config "$here/redocly.yaml" --max-problems 1000 "$work/openapi.json"
