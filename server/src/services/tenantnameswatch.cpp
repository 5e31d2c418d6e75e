#include "services/tenantnameswatch.h"

namespace fielddesk::server {

TenantNamesWatch::TenantNamesWatch(int recheckMs, ReadVersion readVersion, Clock clock)
    : m_recheckMs(recheckMs)
    , m_readVersion(std::move(readVersion))
    , m_clock(std::move(clock))
{}

quint64 TenantNamesWatch::epoch(qint64 tenantId)
{
    {
        QMutexLocker lock(&m_mutex);
        TenantNames &names = m_tenants[tenantId];
        if (names.version && m_clock.now() - names.checkedAtMs < m_recheckMs)
            return names.epoch;
        names.checkedAtMs = m_clock.now(); // one caller reads it; the others go on meanwhile
    }
    const qint64 version = m_readVersion(tenantId);
    QMutexLocker lock(&m_mutex);
    TenantNames &names = m_tenants[tenantId];
    if (names.version != version) {
        names.version = version;
        ++names.epoch;
    }
    return names.epoch;
}

quint64 TenantNamesWatch::lastEpoch(qint64 tenantId)
{
    QMutexLocker lock(&m_mutex);
    return m_tenants.value(tenantId).epoch;
}

} // namespace fielddesk::server
