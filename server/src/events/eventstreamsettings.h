// How the live event stream behaves: how often it polls the outbox, pings consoles, prunes
// old events, and how much it lets a slow console queue before dropping it. Set through the
// server's settings (event_poll_ms, event_ping_seconds, event_retention_seconds,
// event_prune_seconds, event_max_queued_bytes: ServerConfig).
#pragma once

#include <QtGlobal>

namespace fielddesk::server {

struct EventStreamSettings
{
    // A commit on this server is delivered at once (EventNotifier), another server's on the
    // same PostgreSQL too (LISTEN/NOTIFY); the poll is what catches them when a notification
    // is lost (a connection replaced) and, on SQLite, other processes' commits.
    int pollIntervalMs = 500;
    // A WebSocket ping every interval; a console that has not answered for two is dropped.
    int pingIntervalMs = 30 * 1000;
    // Outbox rows older than this are deleted (a console away longer resynchronises).
    qint64 retentionSeconds = 7 * 24 * 3600;
    int pruneIntervalMs = 60 * 60 * 1000;
    // Frames waiting to be written to one console; beyond this it is closed (4429).
    qint64 maxQueuedBytes = 4 * 1024 * 1024;
    // Rows read from the outbox at a time, for live delivery and for replay.
    int pageSize = 500;
};

} // namespace fielddesk::server
