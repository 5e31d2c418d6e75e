// Whether the names a tenant's jobs carry have changed: its customers', its technicians'
// users' and its skills' names, which a job is written out and searched with (its JSON, its
// search text) and which another server renames without an event of the job, or any event.
// Triggers count each rename in the tenant's names version (JobRepository::namesVersion,
// migration 39); this watch reads it at most every `recheckMs` per tenant and gives an epoch
// that moves whenever the version read differs from the last one. What was read of a tenant's
// jobs under one epoch holds while the epoch stays: the kept jobs (JobRowCache), a day's
// search texts and the search indexes' look at renamed customers all follow this one watch.
#pragma once

#include "services/millisecondclock.h"

#include <QHash>
#include <QMutex>

#include <functional>
#include <optional>

namespace fielddesk::server {

class TenantNamesWatch
{
public:
    // Reads a tenant's names version (a statement).
    using ReadVersion = std::function<qint64(qint64 tenantId)>;
    // The time in milliseconds, counting up (tests give their own).
    using Clock = MillisecondClock::Source;

    TenantNamesWatch(int recheckMs, ReadVersion readVersion, Clock clock = {});

    // The tenant's epoch, the version read again first when the last read is `recheckMs` old
    // (by one caller: the others take the epoch as it is meanwhile). The first read moves it
    // from 0, so nothing read before the first look counts as seen under it.
    quint64 epoch(qint64 tenantId);
    // The tenant's epoch as last found, reading nothing (0: never looked at).
    quint64 lastEpoch(qint64 tenantId);

private:
    struct TenantNames
    {
        std::optional<qint64> version; // none: not read yet
        qint64 checkedAtMs = 0;
        quint64 epoch = 0;
    };

    const int m_recheckMs;
    const ReadVersion m_readVersion;
    MillisecondClock m_clock;
    QMutex m_mutex;
    QHash<qint64, TenantNames> m_tenants;
};

} // namespace fielddesk::server
