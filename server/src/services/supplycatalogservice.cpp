#include "services/supplycatalogservice.h"

#include "repositories/locationrepository.h"
#include "services/auditedwrite.h"

namespace fielddesk::server {

namespace {

Failure noSuchTool(qint64 id)
{
    return Failure::notFound(QStringLiteral("There is no tool #%1.").arg(id));
}

Failure noSuchClothingItem(qint64 id)
{
    return Failure::notFound(QStringLiteral("There is no clothing item #%1.").arg(id));
}

// How tools and clothing are audited and refused; `taken` the code or name in use.
AuditedRow<Tool> toolRow(qint64 id, const QString &taken)
{
    return {QStringLiteral("tool"),
            noSuchTool(id),
            QStringLiteral("A tool with the code \"%1\" exists already.").arg(taken),
            {}};
}

AuditedRow<ClothingItem> clothingRow(qint64 id, const QString &taken)
{
    return {QStringLiteral("clothing_item"),
            noSuchClothingItem(id),
            QStringLiteral("A clothing item named \"%1\" exists already.").arg(taken),
            {}};
}

void applyClothingItem(ClothingItem &item, const ClothingItemFields &fields)
{
    applyPatch(item.name, fields.name);
    applyPatch(item.sizes, fields.sizes);
    applyPatch(item.active, fields.active);
}

} // namespace

Page<Tool> SupplyCatalogService::tools(const Principal &caller, const ListQuery &query)
{
    return SupplyRepository(m_db).tools(caller.tenantId, query);
}

Result<Tool> SupplyCatalogService::tool(const Principal &caller, qint64 id)
{
    const std::optional<Tool> tool = SupplyRepository(m_db).findTool(caller.tenantId, id);
    if (!tool)
        return noSuchTool(id);
    return *tool;
}

std::optional<Failure>
SupplyCatalogService::applyTool(const Principal &caller, Tool &tool, const ToolFields &fields)
{
    applyPatch(tool.name, fields.name);
    applyPatch(tool.code, fields.code);
    applyPatch(tool.locationId, fields.locationId);
    applyPatch(tool.active, fields.active);
    if (tool.locationId && !LocationRepository(m_db).find(caller.tenantId, *tool.locationId))
        return Failure::validation(QStringLiteral("location_id"),
                                   QStringLiteral("is not a location of this tenant"));
    return std::nullopt;
}

Result<Tool> SupplyCatalogService::createTool(const CallContext &call, const ToolFields &fields)
{
    Tool tool;
    if (std::optional<Failure> wrong = applyTool(call.principal, tool, fields))
        return *wrong;
    return createAudited(m_db, call, toolRow(0, tool.code), [&]() -> Result<Tool> {
        return SupplyRepository(m_db).insertTool(call.principal.tenantId, tool);
    });
}

Result<Tool>
SupplyCatalogService::updateTool(const CallContext &call, qint64 id, const ToolFields &fields)
{
    SupplyRepository supplies(m_db);
    return updateAudited(
        m_db, call, toolRow(id, fields.code.value_or(QString())),
        [&] { return supplies.findTool(call.principal.tenantId, id); },
        [&](Tool &tool) { return applyTool(call.principal, tool, fields); },
        [&](const Tool &tool) { supplies.updateTool(call.principal.tenantId, tool); });
}

Page<ClothingItem> SupplyCatalogService::clothingItems(const Principal &caller,
                                                       const ListQuery &query)
{
    return SupplyRepository(m_db).clothingItems(caller.tenantId, query);
}

Result<ClothingItem> SupplyCatalogService::clothingItem(const Principal &caller, qint64 id)
{
    const std::optional<ClothingItem> item =
        SupplyRepository(m_db).findClothingItem(caller.tenantId, id);
    if (!item)
        return noSuchClothingItem(id);
    return *item;
}

Result<ClothingItem> SupplyCatalogService::createClothingItem(const CallContext &call,
                                                              const ClothingItemFields &fields)
{
    ClothingItem item;
    applyClothingItem(item, fields);
    return createAudited(m_db, call, clothingRow(0, item.name), [&]() -> Result<ClothingItem> {
        return SupplyRepository(m_db).insertClothingItem(call.principal.tenantId, item);
    });
}

Result<ClothingItem> SupplyCatalogService::updateClothingItem(const CallContext &call,
                                                              qint64 id,
                                                              const ClothingItemFields &fields)
{
    SupplyRepository supplies(m_db);
    return updateAudited(
        m_db, call, clothingRow(id, fields.name.value_or(QString())),
        [&] { return supplies.findClothingItem(call.principal.tenantId, id); },
        [&](ClothingItem &item) -> std::optional<Failure> {
            applyClothingItem(item, fields);
            return std::nullopt;
        },
        [&](const ClothingItem &item) {
            supplies.updateClothingItem(call.principal.tenantId, item);
        });
}

} // namespace fielddesk::server
