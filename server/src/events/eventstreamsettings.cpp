#include "events/eventstreamsettings.h"

#include <limits>

namespace fielddesk::server {

namespace {

// The value of a positive integer variable, or fallback when it is absent or not one.
qint64 positive(const QProcessEnvironment &environment, const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = environment.value(QLatin1String(name)).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

int clampedInt(qint64 value)
{
    return int(qMin<qint64>(value, std::numeric_limits<int>::max()));
}

} // namespace

EventStreamSettings EventStreamSettings::fromEnvironment(const QProcessEnvironment &environment)
{
    EventStreamSettings s;
    s.pollIntervalMs =
        clampedInt(positive(environment, "FIELDDESK_EVENT_POLL_MS", s.pollIntervalMs));
    s.pingIntervalMs = clampedInt(
        positive(environment, "FIELDDESK_EVENT_PING_SECONDS", s.pingIntervalMs / 1000) * 1000);
    s.retentionSeconds =
        positive(environment, "FIELDDESK_EVENT_RETENTION_SECONDS", s.retentionSeconds);
    s.pruneIntervalMs = clampedInt(
        positive(environment, "FIELDDESK_EVENT_PRUNE_SECONDS", s.pruneIntervalMs / 1000) * 1000);
    s.maxQueuedBytes = positive(environment, "FIELDDESK_EVENT_MAX_QUEUED_BYTES", s.maxQueuedBytes);
    return s;
}

} // namespace fielddesk::server
