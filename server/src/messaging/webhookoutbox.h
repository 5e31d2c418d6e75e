// Queues a webhook call for each of the tenant's active subscriptions that wants an event, in
// the transaction that appends the event (EventRepository::append): a call exists exactly when
// its event was committed. The body is the event's JSON as the live stream carries it; the
// object it is about (the job of a job event) orders the calls of one subscription. Only the
// types of webhookEventTypes() go out (not one person's notifications, not a plan's progress).
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/messages.h"

#include <QHash>
#include <QList>

namespace fielddesk::server {

class Database;

class WebhookOutbox
{
public:
    // The tenant's active subscriptions that want this event (none, without a query, for a
    // type that never goes out). `activeByTenant`, when given, keeps the subscriptions read
    // for the events of one commit.
    static QList<Webhook> subscribersOf(Database &db,
                                        const DomainEvent &event,
                                        QHash<qint64, QList<Webhook>> *activeByTenant = nullptr);
    // Queues a call of the stored event (its id set) to each of them.
    static void queue(Database &db, const DomainEvent &event, const QList<Webhook> &subscribers);

    // What an event is about, from its type's second part and its data ("job" and the job's
    // id for scheduling.job.assigned.v1); an empty type when the data names no id.
    static std::pair<QString, std::optional<qint64>> subjectOf(const DomainEvent &event);
};

} // namespace fielddesk::server
