#include "repositories/locationrepository.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

namespace {

const QString kLocationColumns = QStringLiteral(
    "id, tenant_id, name, address, latitude, longitude, time_zone, created_at, updated_at");

Location readLocation(const SqlQuery &q)
{
    Location l;
    l.id = q.integer(0);
    l.tenantId = q.integer(1);
    l.name = q.text(2);
    l.address = q.text(3);
    if (!q.isNull(4))
        l.latitude = q.number(4);
    if (!q.isNull(5))
        l.longitude = q.number(5);
    l.timeZone = q.text(6);
    l.createdAt = q.text(7);
    l.updatedAt = q.text(8);
    return l;
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace

const ListSpec &LocationRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("id")},
         {QStringLiteral("name"), QStringLiteral("name")},
         {QStringLiteral("created_at"), QStringLiteral("created_at")},
         {QStringLiteral("updated_at"), QStringLiteral("updated_at")}},
        QStringLiteral("name"),
        {QStringLiteral("name"), QStringLiteral("address")},
        {{QStringLiteral("id"), QStringLiteral("id"), FilterType::Integer, true, {}},
         {QStringLiteral("name"), QStringLiteral("name"), FilterType::Text, false, {}},
         {QStringLiteral("time_zone"), QStringLiteral("time_zone"), FilterType::Text, true, {}}},
        {}};
    return spec;
}

std::optional<Location> LocationRepository::find(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kLocationColumns +
                         QStringLiteral(" FROM locations WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readLocation(q);
}

Page<Location> LocationRepository::list(qint64 tenantId,
                                        const std::optional<QList<qint64>> &visibleIds,
                                        const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId});
    if (visibleIds)
        filter.whereIn(QStringLiteral("id"), *visibleIds);
    filter.apply(query, listSpec());
    return selectPage<Location>(m_db, kLocationColumns, QStringLiteral("locations"), filter, query,
                                readLocation);
}

QList<qint64> LocationRepository::existing(qint64 tenantId, const QList<qint64> &ids)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).whereIn(QStringLiteral("id"), ids);
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM locations") + filter.clause());
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    QList<qint64> found;
    while (q.next())
        found.append(q.integer(0));
    return found;
}

Location LocationRepository::insert(Location location)
{
    location.createdAt = location.updatedAt = nowTimestamp();
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO locations (tenant_id, name, address, latitude, longitude, "
            "time_zone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(location.tenantId)
        .bind(location.name)
        .bind(location.address)
        .bind(optionalValue(location.latitude))
        .bind(optionalValue(location.longitude))
        .bind(location.timeZone)
        .bind(location.createdAt)
        .bind(location.updatedAt)
        .exec();
    q.next();
    location.id = q.integer(0);
    return location;
}

void LocationRepository::update(const Location &location)
{
    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE locations SET name = ?, address = ?, latitude = ?, longitude = ?, "
                         "time_zone = ?, updated_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(location.name)
        .bind(location.address)
        .bind(optionalValue(location.latitude))
        .bind(optionalValue(location.longitude))
        .bind(location.timeZone)
        .bind(location.updatedAt)
        .bind(location.tenantId)
        .bind(location.id)
        .exec();
}

void LocationRepository::remove(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM locations WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
}

} // namespace fielddesk::server
