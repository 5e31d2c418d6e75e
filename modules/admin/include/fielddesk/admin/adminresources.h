// The records an admin keeps in the console, each as a ResourceSpec: locations, users,
// technicians, skills, services, expense categories, spiff types and customers' API keys. The field
// names are the server's (`/api/v1/...`); the titles are what the admin reads. Part of
// fielddesk_admin.
#pragma once

#include "fielddesk/admin/resourcespec.h"

#include <QCoreApplication>

namespace fielddesk::admin {

class AdminResources
{
    Q_DECLARE_TR_FUNCTIONS(AdminResources)

public:
    static ResourceSpec locations();
    static ResourceSpec users();
    static ResourceSpec technicians();
    static ResourceSpec skills();
    static ResourceSpec services();
    static ResourceSpec expenseCategories();
    static ResourceSpec spiffTypes();
    static ResourceSpec apiKeys();
    static ResourceSpec webhooks();
    // Every one of them, in the order the workspace lists them.
    static QList<ResourceSpec> all();
};

} // namespace fielddesk::admin
