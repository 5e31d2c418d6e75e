// What the company's own people are sent besides the bell: each notification raised for a
// person (a decision on their request or expense, a change to their day, their plan for
// tomorrow) goes out on the channels they chose in their preferences and the server delivers
// on: an email to their account's address, a text message to their phone. During their quiet
// hours (on their location's clock) it waits until the quiet hours end. Called by
// NotificationService::raise inside the cause's transaction, so a message exists exactly when
// its notification does.
#pragma once

#include "fielddesk/domain/requests.h"
#include "storage/database.h"

namespace fielddesk::server {

class PeopleMessages
{
public:
    // `raised`: each recipient's user id and the notification stored for them.
    static void
    queueFor(Database &db, qint64 tenantId, const QList<std::pair<qint64, Notification>> &raised);
};

} // namespace fielddesk::server
