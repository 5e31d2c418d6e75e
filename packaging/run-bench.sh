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
packaging/pg-test-server.sh start "$pg_dir" "$pg_port"
trap 'packaging/pg-test-server.sh stop "$pg_dir" "$pg_port" >/dev/null' EXIT
"$bench" --database "postgresql://fielddesk@127.0.0.1:$pg_port/fielddesk_test" "$@"
