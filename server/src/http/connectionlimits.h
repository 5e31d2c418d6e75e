// How long a client may take over a request and how many connections one address may hold:
// what keeps slow and idle clients from holding the server. Set through the server's settings
// (request_header_timeout_seconds, request_body_timeout_seconds, request_body_min_rate,
// keep_alive_timeout_seconds, max_connections_per_address: ServerConfig).
#pragma once

#include <QtGlobal>

namespace fielddesk::server {

struct ConnectionLimits
{
    // A request's line and headers, from its first byte (a new connection's first request:
    // from the connection) to the blank line after them.
    int headerTimeoutMs = 10 * 1000;
    // A body may take this long, plus one second for every bodyMinBytesPerSecond received:
    // a slow but steady upload goes on, one that stalls or trickles is closed.
    int bodyTimeoutMs = 10 * 1000;
    int bodyMinBytesPerSecond = 500;
    // A keep-alive connection with no request under way, and an answer the client does not
    // read: closed after this long without progress.
    int keepAliveTimeoutMs = 30 * 1000;
    // Connections open at once from one client address (an IPv6 client: its /64), WebSockets
    // included; 0: no cap. Behind a load balancer every connection comes from its address.
    int maxConnectionsPerAddress = 512;
};

} // namespace fielddesk::server
