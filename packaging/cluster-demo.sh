#!/usr/bin/env bash
# FieldDesk scaled out on this machine: a private PostgreSQL, three fielddesk-server instances
# on it (demo data) and HAProxy in front of them on http://127.0.0.1:8080, as several machines
# would run them (README, "Several servers"). Ctrl+C stops everything.
#   cluster-demo.sh   (FIELDDESK_CLUSTER_INSTANCES, _PORT, _PG_PORT, _DIR change the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh cluster
packaging/build.sh ci fielddesk-server
dir=${FIELDDESK_CLUSTER_DIR:-$PWD/build/cluster-demo}
port=${FIELDDESK_CLUSTER_PORT:-8080}
pg_port=${FIELDDESK_CLUSTER_PG_PORT:-25450}
instances=${FIELDDESK_CLUSTER_INSTANCES:-3}
mkdir -p "$dir"
packaging/pg-test-server.sh start "$dir/pg" "$pg_port"
database="postgresql://fielddesk@127.0.0.1:$pg_port/fielddesk_test"
# What every instance must share: the database, the token secret (a token one instance signed
# is good on all), and a media folder (here one disk; on several machines a shared mount).
export FIELDDESK_JWT_SECRET=${FIELDDESK_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')}
export FIELDDESK_DATA_DIR="$dir/data"
# Every request reaches the servers from HAProxy's address: trusting it (its X-Forwarded-For
# names the client) makes the per-address limits and the sign-in throttle count each client.
export FIELDDESK_TRUSTED_PROXIES=127.0.0.1
mkdir -p "$FIELDDESK_DATA_DIR"
# Migrations run once, before any instance serves.
build/bin/fielddesk-server --database "$database" migrate

pids=()
stop_all() {
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
    packaging/pg-test-server.sh stop "$dir/pg" "$pg_port" >/dev/null || true
}
trap stop_all EXIT
backends=()
for i in $(seq "$instances"); do
    instance_port=$((port + i))
    # The first seeds the demo data into the empty database; the others find it there.
    build/bin/fielddesk-server --database "$database" --listen "127.0.0.1:$instance_port" \
        --demo 2>"$dir/server$i.log" &
    pids+=($!)
    for _ in $(seq 300); do
        curl -sf "http://127.0.0.1:$instance_port/readyz" >/dev/null && break
        kill -0 "${pids[-1]}" 2>/dev/null || { cat "$dir/server$i.log" >&2; exit 1; }
        sleep 0.2
    done
    backends+=("127.0.0.1:$instance_port")
done
packaging/cluster/haproxy-config.sh "127.0.0.1:$port" "${backends[@]}" >"$dir/haproxy.cfg"
/usr/sbin/haproxy -db -f "$dir/haproxy.cfg" >"$dir/haproxy.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do
    curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
    sleep 0.2
done
echo "FieldDesk on http://127.0.0.1:$port: HAProxy over ${backends[*]}, PostgreSQL on port $pg_port"
echo "Logs in $dir. Sign in as dispatcher@demo.local (password fielddesk-demo). Ctrl+C stops it."
wait "${pids[-1]}"
