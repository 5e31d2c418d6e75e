// SQL for the catalogs employees request from: tools and clothing items. Rows are never
// deleted once requests may name them; they are deactivated instead.
#pragma once

#include "fielddesk/domain/requests.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

class SupplyRepository
{
public:
    explicit SupplyRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &toolListSpec();
    static const ListSpec &clothingListSpec();

    std::optional<Tool> findTool(qint64 tenantId, qint64 id);
    Page<Tool> tools(qint64 tenantId, const ListQuery &query);
    Tool insertTool(qint64 tenantId, Tool tool);
    void updateTool(qint64 tenantId, const Tool &tool);

    std::optional<ClothingItem> findClothingItem(qint64 tenantId, qint64 id);
    Page<ClothingItem> clothingItems(qint64 tenantId, const ListQuery &query);
    ClothingItem insertClothingItem(qint64 tenantId, ClothingItem item);
    void updateClothingItem(qint64 tenantId, const ClothingItem &item);

private:
    Database &m_db;
};

} // namespace fielddesk::server
