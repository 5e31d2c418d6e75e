// User roles and what each one may do, shared by the server (authorisation) and the console
// (what to show). Depends on QtCore only.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk {

// Operator: the hosting company's account, in no tenant (it creates, suspends and resumes
// tenants and sees none of their business data); every other role is a tenant's.
enum class Role { Admin, Manager, Dispatcher, Employee, Operator };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
QStringList allRoleNames();
// The roles a tenant's users may have (every role but operator).
QStringList tenantRoleNames();

} // namespace fielddesk
