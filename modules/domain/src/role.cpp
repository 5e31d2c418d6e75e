#include "fielddesk/domain/role.h"

namespace fielddesk {

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Dispatcher:
        return QStringLiteral("dispatcher");
    case Role::Employee:
        return QStringLiteral("employee");
    case Role::Operator:
        return QStringLiteral("operator");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const Role role :
         {Role::Admin, Role::Manager, Role::Dispatcher, Role::Employee, Role::Operator}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QStringList allRoleNames()
{
    return tenantRoleNames() << roleName(Role::Operator);
}

QStringList tenantRoleNames()
{
    return {roleName(Role::Admin), roleName(Role::Manager), roleName(Role::Dispatcher),
            roleName(Role::Employee)};
}

} // namespace fielddesk
