// The signed-in user as the server describes it (login, refresh and /me answers).
// Part of fielddesk_client: QtCore and fielddesk_domain only.
#pragma once

#include "fielddesk/domain/role.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk::client {

struct UserProfile
{
    QString id;
    QString tenantId;
    QString email;
    QString name;
    QString roleName; // as sent by the server ("dispatcher")
    std::optional<Role> role;
    QString phone;
    bool active = true;
    QStringList locationIds;

    static UserProfile fromJson(const QJsonObject &json);
};

} // namespace fielddesk::client
