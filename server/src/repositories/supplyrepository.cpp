#include "repositories/supplyrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/table.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fielddesk::server {

namespace {

QString sizesJson(const QStringList &sizes)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(sizes)).toJson(QJsonDocument::Compact));
}

QStringList sizesFromJson(const QString &json)
{
    QStringList sizes;
    for (const QJsonValue &size : QJsonDocument::fromJson(json.toUtf8()).array())
        sizes << size.toString();
    return sizes;
}

const Table<Tool> &toolTable()
{
    static const Table<Tool> table(
        QStringLiteral("tools"),
        {column(QStringLiteral("id"), &Tool::id, ColumnWrite::Never),
         column(QStringLiteral("name"), &Tool::name), column(QStringLiteral("code"), &Tool::code),
         column(QStringLiteral("location_id"), &Tool::locationId),
         column(QStringLiteral("active"), &Tool::active),
         column(QStringLiteral("created_at"), &Tool::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &Tool::updatedAt)});
    return table;
}

const Table<ClothingItem> &clothingTable()
{
    static const Table<ClothingItem> table(
        QStringLiteral("clothing_items"),
        {column(QStringLiteral("id"), &ClothingItem::id, ColumnWrite::Never),
         column(QStringLiteral("name"), &ClothingItem::name),
         textColumn(QStringLiteral("sizes"), &ClothingItem::sizes, sizesFromJson, sizesJson),
         column(QStringLiteral("active"), &ClothingItem::active),
         column(QStringLiteral("created_at"), &ClothingItem::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &ClothingItem::updatedAt)});
    return table;
}

// The conventions both catalogs share: by name, searchable by name, filtered by active.
template<typename T>
ListSpec
catalogListSpec(const Table<T> &table, QList<FilterSpec> extraFilters, QStringList searchColumns)
{
    QList<FilterSpec> filters{table.filter(QStringLiteral("active"), FilterType::Boolean)};
    filters << extraFilters;
    return ListSpec{table.orderable({QStringLiteral("id"), QStringLiteral("name"),
                                     QStringLiteral("created_at")}),
                    QStringLiteral("name"),
                    std::move(searchColumns),
                    filters,
                    {}};
}

} // namespace

const ListSpec &SupplyRepository::toolListSpec()
{
    static const ListSpec spec = catalogListSpec(
        toolTable(), {toolTable().filter(QStringLiteral("location_id"), FilterType::Integer, true)},
        {QStringLiteral("name"), QStringLiteral("code")});
    return spec;
}

const ListSpec &SupplyRepository::clothingListSpec()
{
    static const ListSpec spec = catalogListSpec(clothingTable(), {}, {QStringLiteral("name")});
    return spec;
}

std::optional<Tool> SupplyRepository::findTool(qint64 tenantId, qint64 id)
{
    return toolTable().find(m_db, tenantId, id);
}

Page<Tool> SupplyRepository::tools(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, toolListSpec());
    return toolTable().page(m_db, filter, query);
}

Tool SupplyRepository::insertTool(qint64 tenantId, Tool tool)
{
    tool.createdAt = tool.updatedAt = nowTimestamp();
    tool.id = toolTable().insert(m_db, tool, {{QStringLiteral("tenant_id"), tenantId}});
    return tool;
}

void SupplyRepository::updateTool(qint64 tenantId, const Tool &tool)
{
    toolTable().update(m_db, tool, tenantId);
}

std::optional<ClothingItem> SupplyRepository::findClothingItem(qint64 tenantId, qint64 id)
{
    return clothingTable().find(m_db, tenantId, id);
}

Page<ClothingItem> SupplyRepository::clothingItems(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, clothingListSpec());
    return clothingTable().page(m_db, filter, query);
}

ClothingItem SupplyRepository::insertClothingItem(qint64 tenantId, ClothingItem item)
{
    item.createdAt = item.updatedAt = nowTimestamp();
    item.id = clothingTable().insert(m_db, item, {{QStringLiteral("tenant_id"), tenantId}});
    return item;
}

void SupplyRepository::updateClothingItem(qint64 tenantId, const ClothingItem &item)
{
    clothingTable().update(m_db, item, tenantId);
}

} // namespace fielddesk::server
