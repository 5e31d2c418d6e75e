#!/usr/bin/env bash
# The dispatch API benchmark of issue 3: builds with the CI preset (RelWithDebInfo, warnings
# are errors), then runs fielddesk-bench on SQLite and on a private PostgreSQL that this
# script starts on a loopback port and stops afterwards. Arguments go to fielddesk-bench
# (e.g. --duration 5, --jobs 20000).
#   packaging/run-bench.sh [fielddesk-bench options]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${FIELDDESK_BENCH_BUILD:-build}
pg_dir=$root/$build/pg-bench
pg_port=${FIELDDESK_BENCH_PG_PORT:-25439} # below the ephemeral ports

if [ "$build" = build ]; then
    packaging/build.sh ci
else
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFIELDDESK_WERROR=ON >/dev/null
    cmake --build "$build" --target fielddesk-bench -- -j2
fi
bench=$root/$build/bin/fielddesk-bench

echo "== SQLite"
"$bench" "$@"

echo "== PostgreSQL"
# pg_stat_statements counts every statement the scenarios make: the hot ones are printed after.
FIELDDESK_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_utility=off" \
    packaging/pg-test-server.sh start "$pg_dir" "$pg_port"
trap 'packaging/pg-test-server.sh stop "$pg_dir" "$pg_port" >/dev/null' EXIT
psql_pg() { psql -X -q -h 127.0.0.1 -p "$pg_port" -U fielddesk -d postgres "$@"; }
psql_pg -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
"$bench" --database "postgresql://fielddesk@127.0.0.1:$pg_port/fielddesk_test" "$@"

echo "== PostgreSQL: the statements that took the most time (seeding left out: 100 calls or more)"
psql_pg -P pager=off -c "SELECT calls, round(mean_exec_time::numeric, 3) AS mean_ms,
    round((total_exec_time / 1000)::numeric, 1) AS total_s,
    round(100.0 * shared_blks_hit / nullif(shared_blks_hit + shared_blks_read, 0), 1) AS hit_pct,
    left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS statement
  FROM pg_stat_statements
  WHERE calls >= 100 AND dbid = (SELECT oid FROM pg_database WHERE datname = 'fielddesk_test')
  ORDER BY total_exec_time DESC LIMIT 15"
