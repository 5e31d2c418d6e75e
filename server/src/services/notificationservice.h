// Each person's in-app inbox: reading it, and raising notifications inside the transaction of
// their cause (a request filed, decided or commented; a job given to or taken from a
// technician), so a notification exists exactly when its cause was committed.
#pragma once

#include "core/result.h"
#include "repositories/notificationrepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

// Where a notification goes: the bell and, by the person's preferences, email and text
// messages (PeopleMessages); or the bell alone (news that can wait, such as a change to
// another day than today).
enum class NotificationReach { Everywhere, BellOnly };

class NotificationService
{
public:
    explicit NotificationService(Database &db)
        : m_db(db)
    {}

    Result<Page<Notification>> list(const Principal &caller, const ListQuery &query);
    qint64 unreadCount(const Principal &caller);
    Status markRead(const Principal &caller, qint64 id);
    qint64 markAllRead(const Principal &caller);

    // Inside the caller's transaction; nobody is told about their own action. Each
    // recipient's live streams get a notification.created.v1 event (the caller's commit wakes
    // the event hub through its EventNotifier).
    static void raise(Database &db,
                      const CallContext &cause,
                      QList<qint64> userIds,
                      const Notification &notification,
                      NotificationReach reach = NotificationReach::Everywhere);

private:
    Database &m_db;
};

} // namespace fielddesk::server
