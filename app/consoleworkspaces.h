// The console's workspaces, registered with the shell in navigation order, and where a chosen
// notification leads. main.cpp composes them; tests compose the same window.
#pragma once

#include "fielddesk/domain/requests.h"

namespace fielddesk::client {
class ApiClient;
class AuthSession;
} // namespace fielddesk::client

namespace fielddesk::shell {
class MainWindow;
}

namespace fielddesk::console {

// Approvals, dispatch board, customers, fleet, reports, admin, tenants (operators), my work;
// the first one a role may use opens at sign-in. Chosen notifications open their target.
void addWorkspaces(shell::MainWindow &window,
                   client::ApiClient &api,
                   const client::AuthSession &session);

// What a chosen notification opens (see consoleworkspaces.cpp).
void openNotificationTarget(shell::MainWindow &window, const Notification &notification);

} // namespace fielddesk::console
