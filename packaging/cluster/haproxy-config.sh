#!/usr/bin/env bash
# Prints an HAProxy configuration that spreads FieldDesk's HTTP requests and WebSockets over
# several fielddesk-server instances (round robin, request by request; a server that fails
# /readyz is taken out until it answers again). Used by cluster-demo.sh and the cluster test.
#   haproxy-config.sh LISTEN_ADDRESS:PORT SERVER_ADDRESS:PORT...
# HTTPS, when the environment names the files:
#   FIELDDESK_BALANCER_PEM  the balancer serves HTTPS (and wss) to consoles with this file: the
#                           certificate, its intermediates and its key in one PEM file
#   FIELDDESK_SERVERS_CA    the instances serve HTTPS themselves (tls_cert, tls_key): the balancer
#                           connects to them, /readyz checks included, over TLS and verifies their
#                           certificates against this CA file
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 LISTEN_ADDRESS:PORT SERVER_ADDRESS:PORT..." >&2
    exit 2
fi
listen=$1
shift
bind_tls=""
[ -n "${FIELDDESK_BALANCER_PEM:-}" ] && bind_tls=" ssl crt ${FIELDDESK_BALANCER_PEM}"
server_tls=""
[ -n "${FIELDDESK_SERVERS_CA:-}" ] && server_tls=" ssl verify required ca-file ${FIELDDESK_SERVERS_CA}"
cat <<CONFIG
global
    maxconn 4096

defaults
    mode http
    option forwardfor
    # Every request is balanced on its own; a client's keep-alive connection does not pin it.
    option http-server-close
    timeout connect 2s
    timeout client 60s
    timeout server 120s
    # An upgraded WebSocket stays open while the console lives (the server pings every 30 s).
    timeout tunnel 1h
    timeout http-request 10s

frontend fielddesk
    bind ${listen}${bind_tls}
    default_backend fielddesk_servers

backend fielddesk_servers
    balance roundrobin
    option httpchk GET /readyz
    http-check expect status 200
    default-server inter 1s fall 2 rise 1${server_tls}
CONFIG
n=0
for server in "$@"; do
    n=$((n + 1))
    echo "    server fielddesk${n} ${server} check"
done
