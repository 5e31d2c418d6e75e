#include "repositories/odometerrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

const Table<OdometerReading> &readingTable()
{
    static const Table<OdometerReading> table(
        QStringLiteral("odometer_readings"),
        {column(QStringLiteral("id"), &OdometerReading::id, ColumnWrite::Never),
         column(QStringLiteral("vehicle_id"), &OdometerReading::vehicleId, ColumnWrite::OnInsert),
         column(QStringLiteral("reading_km"), &OdometerReading::readingKm),
         column(QStringLiteral("read_at"), &OdometerReading::readAt),
         column(QStringLiteral("source"), &OdometerReading::source),
         column(QStringLiteral("flagged"), &OdometerReading::flagged),
         column(QStringLiteral("flag_reason"), &OdometerReading::flagReason),
         column(QStringLiteral("recorded_by"), &OdometerReading::recordedByUserId,
                ColumnWrite::OnInsert),
         column(QStringLiteral("created_at"), &OdometerReading::createdAt, ColumnWrite::OnInsert)},
        QStringLiteral("r"));
    return table;
}

} // namespace

const ListSpec &OdometerRepository::listSpec()
{
    const Table<OdometerReading> &table = readingTable();
    static const ListSpec spec{
        table.orderable({QStringLiteral("read_at"), QStringLiteral("id")}),
        QStringLiteral("-read_at"),
        {},
        {table.filter(QStringLiteral("flagged"), FilterType::Boolean),
         table.filter(QStringLiteral("source"), FilterType::Enum, true, allOdometerSources())},
        {QStringLiteral("from"), QStringLiteral("to")},
        table.qualified(QStringLiteral("id"))};
    return spec;
}

std::optional<OdometerReading>
OdometerRepository::find(qint64 tenantId, qint64 vehicleId, qint64 id)
{
    return readingTable().findWhere(
        m_db, QStringLiteral("r.tenant_id = ? AND r.vehicle_id = ? AND r.id = ?"),
        {tenantId, vehicleId, id});
}

Page<OdometerReading> OdometerRepository::list(qint64 tenantId,
                                               qint64 vehicleId,
                                               const QString &from,
                                               const QString &to,
                                               const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("r.tenant_id = ? AND r.vehicle_id = ?"), {tenantId, vehicleId});
    if (!from.isEmpty())
        filter.where(QStringLiteral("r.read_at >= ?"), {from});
    if (!to.isEmpty())
        filter.where(QStringLiteral("r.read_at < ?"), {to});
    filter.apply(query, listSpec());
    return readingTable().page(m_db, filter, query);
}

std::optional<OdometerReading> OdometerRepository::before(qint64 vehicleId, const QString &readAt)
{
    return readingTable().findWhere(
        m_db,
        QStringLiteral("r.vehicle_id = ? AND r.read_at <= ? ORDER BY r.read_at DESC, r.id DESC "
                       "LIMIT 1"),
        {vehicleId, readAt});
}

std::optional<OdometerReading> OdometerRepository::after(qint64 vehicleId, const QString &readAt)
{
    return readingTable().findWhere(
        m_db, QStringLiteral("r.vehicle_id = ? AND r.read_at > ? ORDER BY r.read_at, r.id LIMIT 1"),
        {vehicleId, readAt});
}

QList<OdometerReading> OdometerRepository::since(qint64 vehicleId, const QString &since)
{
    SqlFilter filter;
    filter.where(QStringLiteral("r.vehicle_id = ? AND r.read_at >= ?"), {vehicleId, since});
    return readingTable().all(m_db, filter, QStringLiteral("r.read_at, r.id"));
}

OdometerReading OdometerRepository::insert(qint64 tenantId, OdometerReading reading)
{
    reading.createdAt = nowTimestamp();
    reading.id = readingTable().insert(m_db, reading, {{QStringLiteral("tenant_id"), tenantId}});
    return reading;
}

void OdometerRepository::remove(qint64 tenantId, qint64 id)
{
    readingTable().remove(m_db, tenantId, id);
}

} // namespace fielddesk::server
