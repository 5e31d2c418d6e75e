#!/usr/bin/env bash
# Starts or stops a private PostgreSQL server for the tests: loopback only, its own data
# directory and port, a fresh empty database "fielddesk_test" owned by "fielddesk".
#   pg-test-server.sh start DIR PORT | stop DIR PORT | resume DIR PORT
# resume starts the server stopped before on the same data (a restart, for the fault tests).
# FIELDDESK_PG_OPTIONS adds server options ("-c shared_preload_libraries=pg_stat_statements").
set -euo pipefail
action=$1 dir=$2 port=$3
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

# PostgreSQL refuses to run as root: run it as the postgres user then.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# Starts the server on the data directory and waits until it accepts connections.
run_server() {
    as_pg "$bin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400 ${FIELDDESK_PG_OPTIONS:-}" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
}

case $action in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -A trust -U fielddesk -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    run_server
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U fielddesk fielddesk_test
    echo "PostgreSQL ready on 127.0.0.1:$port (data in $dir/data)"
    ;;
resume)
    run_server
    echo "PostgreSQL on port $port resumed"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    echo "PostgreSQL on port $port stopped"
    ;;
*)
    echo "usage: $0 start|stop|resume DIR PORT" >&2
    exit 2
    ;;
esac
