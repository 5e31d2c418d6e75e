// The tenant (company) the signed-in user belongs to, as the server describes it.
// Part of fielddesk_client: QtCore only.
#pragma once

#include <QJsonObject>
#include <QString>

namespace fielddesk::client {

struct TenantProfile
{
    QString id;
    QString name;
    QString timeZone;

    static TenantProfile fromJson(const QJsonObject &json);
};

} // namespace fielddesk::client
