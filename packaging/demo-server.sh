# Sourced by scripts that need a demo server: start_demo_server DB_FILE PORT LOG_FILE starts
# build/bin/fielddesk-server on a SQLite file with the demo data at 127.0.0.1:PORT, sets
# $demo_server to its pid and returns once it answers /readyz (or fails with its log).
demo_server=""
start_demo_server() {
    local db=$1 port=$2 log=$3
    build/bin/fielddesk-server --database "sqlite:$db" --listen "127.0.0.1:$port" --demo 2>"$log" &
    demo_server=$!
    for _ in $(seq 100); do
        curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && return 0
        kill -0 "$demo_server" 2>/dev/null || { cat "$log" >&2; return 1; }
        sleep 0.2
    done
    echo "fielddesk-server did not get ready on port $port (log: $log)" >&2
    return 1
}
