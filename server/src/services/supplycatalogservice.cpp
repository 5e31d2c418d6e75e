#include "services/supplycatalogservice.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/locationrepository.h"

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

// Runs a catalog write with its audit row; a unique name or code taken already is a 409.
template<typename T, typename Write>
Result<T> auditedWrite(Database &db,
                       const CallContext &call,
                       const QString &action,
                       const QString &objectType,
                       const std::optional<T> &before,
                       const QString &duplicate,
                       Write write)
{
    try {
        Transaction tx(db);
        const T after = write();
        AuditRepository(db).append(call.audit(action, objectType, after.id, std::nullopt,
                                              before ? toJsonText(*before) : QByteArray(),
                                              toJsonText(after)));
        tx.commit();
        return after;
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::UniqueViolation)
            return Failure::conflict(duplicate);
        throw;
    }
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
    return auditedWrite<Tool>(
        m_db, call, QStringLiteral("tool.created"), QStringLiteral("tool"), std::nullopt,
        QStringLiteral("A tool with the code \"%1\" exists already.").arg(tool.code),
        [&] { return SupplyRepository(m_db).insertTool(call.principal.tenantId, tool); });
}

Result<Tool>
SupplyCatalogService::updateTool(const CallContext &call, qint64 id, const ToolFields &fields)
{
    const std::optional<Tool> before = SupplyRepository(m_db).findTool(call.principal.tenantId, id);
    if (!before)
        return noSuchTool(id);
    Tool after = *before;
    if (std::optional<Failure> wrong = applyTool(call.principal, after, fields))
        return *wrong;
    after.updatedAt = nowTimestamp();
    return auditedWrite<Tool>(
        m_db, call, QStringLiteral("tool.updated"), QStringLiteral("tool"), before,
        QStringLiteral("A tool with the code \"%1\" exists already.").arg(after.code), [&] {
            SupplyRepository(m_db).updateTool(call.principal.tenantId, after);
            return after;
        });
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
    applyPatch(item.name, fields.name);
    applyPatch(item.sizes, fields.sizes);
    applyPatch(item.active, fields.active);
    return auditedWrite<ClothingItem>(
        m_db, call, QStringLiteral("clothing_item.created"), QStringLiteral("clothing_item"),
        std::nullopt, QStringLiteral("A clothing item named \"%1\" exists already.").arg(item.name),
        [&] { return SupplyRepository(m_db).insertClothingItem(call.principal.tenantId, item); });
}

Result<ClothingItem> SupplyCatalogService::updateClothingItem(const CallContext &call,
                                                              qint64 id,
                                                              const ClothingItemFields &fields)
{
    const std::optional<ClothingItem> before =
        SupplyRepository(m_db).findClothingItem(call.principal.tenantId, id);
    if (!before)
        return noSuchClothingItem(id);
    ClothingItem after = *before;
    applyPatch(after.name, fields.name);
    applyPatch(after.sizes, fields.sizes);
    applyPatch(after.active, fields.active);
    after.updatedAt = nowTimestamp();
    return auditedWrite<ClothingItem>(
        m_db, call, QStringLiteral("clothing_item.updated"), QStringLiteral("clothing_item"),
        before, QStringLiteral("A clothing item named \"%1\" exists already.").arg(after.name),
        [&] {
            SupplyRepository(m_db).updateClothingItem(call.principal.tenantId, after);
            return after;
        });
}

} // namespace fielddesk::server
