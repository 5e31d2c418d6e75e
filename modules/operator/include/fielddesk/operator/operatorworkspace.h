// The operator's workspace (role operator): every tenant of the installation with its status;
// New tenant… makes one with its first admin (name, email, a password the admin changes at
// the first sign-in); Suspend… and Resume… after confirming. A page made from a ResourceSpec
// (fielddesk_admin's ResourcePage), so it lists, sends and shows refusals like the admin's
// pages. Depends on QtWidgets, fielddesk_admin and fielddesk_client.
#pragma once

#include "fielddesk/admin/resourcespec.h"

#include <QWidget>

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::admin {
class ResourcePage;
}

namespace fielddesk::operatorconsole {

class OperatorWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit OperatorWorkspace(client::ApiClient *api, QWidget *parent = nullptr);

    // "Tenants": the workspace's title in the navigation.
    static QString title();
    // What the workspace knows of a tenant (`/api/v1/tenants`).
    static admin::ResourceSpec tenants();

    void start();
    void stop();
    admin::ResourcePage *page() const { return m_page; }

private:
    admin::ResourcePage *m_page;
};

} // namespace fielddesk::operatorconsole
