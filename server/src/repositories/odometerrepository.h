// SQL for odometer readings: a vehicle's readings in read_at order, the neighbours of a new
// reading (what the monotonic rule compares with) and the recent ones (the daily distance).
#pragma once

#include "repositories/fleetrecords.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

class OdometerRepository
{
public:
    explicit OdometerRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<OdometerReading> find(qint64 tenantId, qint64 vehicleId, qint64 id);
    // from/to: UTC timestamps (empty: open).
    Page<OdometerReading> list(qint64 tenantId,
                               qint64 vehicleId,
                               const QString &from,
                               const QString &to,
                               const ListQuery &query);
    // The latest reading at or before `readAt`, and the earliest after it.
    std::optional<OdometerReading> before(qint64 vehicleId, const QString &readAt);
    std::optional<OdometerReading> after(qint64 vehicleId, const QString &readAt);
    // The readings at or after `since`, oldest first.
    QList<OdometerReading> since(qint64 vehicleId, const QString &since);
    OdometerReading insert(qint64 tenantId, OdometerReading reading);
    void remove(qint64 tenantId, qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
