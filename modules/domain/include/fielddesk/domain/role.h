// User roles and what each one may do, shared by the server (authorisation) and the console
// (what to show). Depends on QtCore only.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk {

enum class Role { Admin, Manager, Dispatcher, Employee };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
QStringList allRoleNames();

} // namespace fielddesk
