#include "repositories/locationrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

const Table<Location> &locationTable()
{
    static const Table<Location> table(
        QStringLiteral("locations"),
        {column(QStringLiteral("id"), &Location::id, ColumnWrite::Never),
         column(QStringLiteral("tenant_id"), &Location::tenantId, ColumnWrite::OnInsert),
         column(QStringLiteral("name"), &Location::name),
         column(QStringLiteral("address"), &Location::address),
         column(QStringLiteral("latitude"), &Location::latitude),
         column(QStringLiteral("longitude"), &Location::longitude),
         column(QStringLiteral("time_zone"), &Location::timeZone),
         textColumn(
             QStringLiteral("service_area"), &Location::serviceArea,
             [](const QString &text) { return geoAreaFromJson(text.toUtf8()); },
             [](const QList<GeoPoint> &area) {
                 return nullableText(QString::fromUtf8(geoAreaJson(area)));
             }),
         column(QStringLiteral("created_at"), &Location::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &Location::updatedAt)});
    return table;
}

} // namespace

const ListSpec &LocationRepository::listSpec()
{
    const Table<Location> &table = locationTable();
    static const ListSpec spec{
        table.orderable({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at"),
                         QStringLiteral("updated_at")}),
        QStringLiteral("name"),
        {QStringLiteral("name"), QStringLiteral("address")},
        {table.filter(QStringLiteral("id"), FilterType::Integer, true),
         table.filter(QStringLiteral("name"), FilterType::Text),
         table.filter(QStringLiteral("time_zone"), FilterType::Text, true)},
        {}};
    return spec;
}

std::optional<Location> LocationRepository::find(qint64 tenantId, qint64 id)
{
    return locationTable().find(m_db, tenantId, id);
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
    return locationTable().page(m_db, filter, query);
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
    location.id = locationTable().insert(m_db, location);
    return location;
}

void LocationRepository::update(const Location &location)
{
    locationTable().update(m_db, location, location.tenantId);
}

void LocationRepository::remove(qint64 tenantId, qint64 id)
{
    locationTable().remove(m_db, tenantId, id);
}

} // namespace fielddesk::server
