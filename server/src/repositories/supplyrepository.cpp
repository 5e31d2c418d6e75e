#include "repositories/supplyrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fielddesk::server {

namespace {

const QString kToolColumns =
    QStringLiteral("id, name, code, location_id, active, created_at, updated_at");
const QString kClothingColumns = QStringLiteral("id, name, sizes, active, created_at, updated_at");

Tool readTool(const SqlQuery &q)
{
    Tool t;
    t.id = q.integer(0);
    t.name = q.text(1);
    t.code = q.text(2);
    if (!q.isNull(3))
        t.locationId = q.integer(3);
    t.active = q.integer(4) != 0;
    t.createdAt = q.text(5);
    t.updatedAt = q.text(6);
    return t;
}

QString sizesJson(const QStringList &sizes)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(sizes)).toJson(QJsonDocument::Compact));
}

ClothingItem readClothingItem(const SqlQuery &q)
{
    ClothingItem c;
    c.id = q.integer(0);
    c.name = q.text(1);
    for (const QJsonValue &size : QJsonDocument::fromJson(q.text(2).toUtf8()).array())
        c.sizes << size.toString();
    c.active = q.integer(3) != 0;
    c.createdAt = q.text(4);
    c.updatedAt = q.text(5);
    return c;
}

// The conventions both catalogs share: by name, searchable by name, filtered by active.
ListSpec catalogListSpec(QList<FilterSpec> extraFilters, QStringList searchColumns)
{
    QList<FilterSpec> filters{
        {QStringLiteral("active"), QStringLiteral("active"), FilterType::Boolean, false, {}}};
    filters << extraFilters;
    return ListSpec{{{QStringLiteral("id"), QStringLiteral("id")},
                     {QStringLiteral("name"), QStringLiteral("name")},
                     {QStringLiteral("created_at"), QStringLiteral("created_at")}},
                    QStringLiteral("name"),
                    std::move(searchColumns),
                    filters,
                    {}};
}

template<typename T, typename Read>
std::optional<T> findIn(Database &db,
                        const QString &columns,
                        const QString &table,
                        qint64 tenantId,
                        qint64 id,
                        Read read)
{
    SqlQuery q(
        db, QStringLiteral("SELECT %1 FROM %2 WHERE tenant_id = ? AND id = ?").arg(columns, table));
    q.bind(tenantId).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

} // namespace

const ListSpec &SupplyRepository::toolListSpec()
{
    static const ListSpec spec = catalogListSpec({{QStringLiteral("location_id"),
                                                   QStringLiteral("location_id"),
                                                   FilterType::Integer,
                                                   true,
                                                   {}}},
                                                 {QStringLiteral("name"), QStringLiteral("code")});
    return spec;
}

const ListSpec &SupplyRepository::clothingListSpec()
{
    static const ListSpec spec = catalogListSpec({}, {QStringLiteral("name")});
    return spec;
}

std::optional<Tool> SupplyRepository::findTool(qint64 tenantId, qint64 id)
{
    return findIn<Tool>(m_db, kToolColumns, QStringLiteral("tools"), tenantId, id, readTool);
}

Page<Tool> SupplyRepository::tools(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, toolListSpec());
    return selectPage<Tool>(m_db, kToolColumns, QStringLiteral("tools"), filter, query, readTool);
}

Tool SupplyRepository::insertTool(qint64 tenantId, Tool tool)
{
    tool.createdAt = tool.updatedAt = nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO tools (tenant_id, name, code, location_id, "
                                    "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                    "RETURNING id"));
    q.bind(tenantId)
        .bind(tool.name)
        .bind(tool.code)
        .bind(nullableId(tool.locationId))
        .bind(tool.active ? 1 : 0)
        .bind(tool.createdAt)
        .bind(tool.updatedAt)
        .exec();
    q.next();
    tool.id = q.integer(0);
    return tool;
}

void SupplyRepository::updateTool(qint64 tenantId, const Tool &tool)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE tools SET name = ?, code = ?, location_id = ?, "
                                    "active = ?, updated_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(tool.name)
        .bind(tool.code)
        .bind(nullableId(tool.locationId))
        .bind(tool.active ? 1 : 0)
        .bind(tool.updatedAt)
        .bind(tenantId)
        .bind(tool.id)
        .exec();
}

std::optional<ClothingItem> SupplyRepository::findClothingItem(qint64 tenantId, qint64 id)
{
    return findIn<ClothingItem>(m_db, kClothingColumns, QStringLiteral("clothing_items"), tenantId,
                                id, readClothingItem);
}

Page<ClothingItem> SupplyRepository::clothingItems(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, clothingListSpec());
    return selectPage<ClothingItem>(m_db, kClothingColumns, QStringLiteral("clothing_items"),
                                    filter, query, readClothingItem);
}

ClothingItem SupplyRepository::insertClothingItem(qint64 tenantId, ClothingItem item)
{
    item.createdAt = item.updatedAt = nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO clothing_items (tenant_id, name, sizes, active, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                                    "RETURNING id"));
    q.bind(tenantId)
        .bind(item.name)
        .bind(sizesJson(item.sizes))
        .bind(item.active ? 1 : 0)
        .bind(item.createdAt)
        .bind(item.updatedAt)
        .exec();
    q.next();
    item.id = q.integer(0);
    return item;
}

void SupplyRepository::updateClothingItem(qint64 tenantId, const ClothingItem &item)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE clothing_items SET name = ?, sizes = ?, active = ?, "
                                    "updated_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(item.name)
        .bind(sizesJson(item.sizes))
        .bind(item.active ? 1 : 0)
        .bind(item.updatedAt)
        .bind(tenantId)
        .bind(item.id)
        .exec();
}

} // namespace fielddesk::server
