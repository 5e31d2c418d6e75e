// The catalogs employees request from: tools and clothing items. Admins and managers write
// them, everyone in the tenant reads them; once requests may name an entry it is deactivated
// rather than deleted. Every change writes an audit row.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "repositories/supplyrepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

struct ToolFields
{
    Patch<QString> name;
    Patch<QString> code;
    NullablePatch<qint64> locationId;
    Patch<bool> active;
};

struct ClothingItemFields
{
    Patch<QString> name;
    Patch<QStringList> sizes;
    Patch<bool> active;
};

class SupplyCatalogService
{
public:
    explicit SupplyCatalogService(Database &db)
        : m_db(db)
    {}

    Page<Tool> tools(const Principal &caller, const ListQuery &query);
    Result<Tool> tool(const Principal &caller, qint64 id);
    Result<Tool> createTool(const CallContext &call, const ToolFields &fields);
    Result<Tool> updateTool(const CallContext &call, qint64 id, const ToolFields &fields);

    Page<ClothingItem> clothingItems(const Principal &caller, const ListQuery &query);
    Result<ClothingItem> clothingItem(const Principal &caller, qint64 id);
    Result<ClothingItem> createClothingItem(const CallContext &call,
                                            const ClothingItemFields &fields);
    Result<ClothingItem>
    updateClothingItem(const CallContext &call, qint64 id, const ClothingItemFields &fields);

private:
    std::optional<Failure> applyTool(const Principal &caller, Tool &tool, const ToolFields &fields);

    Database &m_db;
};

} // namespace fielddesk::server
