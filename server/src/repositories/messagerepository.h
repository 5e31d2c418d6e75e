// SQL for outbound messages: queueing one inside its cause's transaction, the delivery
// worker's claims and results, and the list managers read. A claim marks rows as being sent
// until a moment; a worker that dies mid-send leaves the claim to run out, and the message is
// sent again (once) by whoever claims it next. On PostgreSQL several servers claim side by side
// (FOR UPDATE SKIP LOCKED): each message goes to one of them.
#pragma once

#include "fielddesk/domain/messages.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

// A message as the delivery worker sends it.
struct ClaimedMessage
{
    qint64 id = 0;
    qint64 tenantId = 0;
    QString channel;
    QString recipient;
    QString subject;
    QString body;
    QString idempotencyKey;
    int attempts = 0; // before this one
    QString createdAt;
    QString templateName;            // a webhook call: the event's type
    std::optional<qint64> webhookId; // a webhook call: whose secret signs it
};

class MessageRepository
{
public:
    explicit MessageRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    // Inside the caller's transaction; false (nothing written) when a message with this key
    // exists already. The message is due at once, or at its nextAttemptAt when that is later
    // (held through its recipient's quiet hours).
    bool queue(qint64 tenantId, const MessageDelivery &message, const QString &idempotencyKey);

    // Claims up to `limit` messages due at `now` until `claimedUntil` (one short transaction).
    QList<ClaimedMessage> claimDue(const QString &now, const QString &claimedUntil, int limit);
    // Gives back what a stopping courier claimed and did not try: due again at once, for any
    // courier, instead of when the claim runs out. Only claims still as given (`claimedUntil`).
    void releaseClaims(const QList<qint64> &ids, const QString &claimedUntil);
    void recordSent(qint64 id, const QString &now);
    // A failed attempt: tried again at `nextAttemptAt`, or given up when that is empty.
    void recordFailure(qint64 id, const QString &error, const QString &nextAttemptAt);

    Page<MessageDelivery> list(qint64 tenantId,
                               const std::optional<QList<qint64>> &visibleLocations,
                               const ListQuery &query);
    std::optional<MessageDelivery>
    find(qint64 tenantId, qint64 id, const std::optional<QList<qint64>> &visibleLocations);
    // A new message with the same recipient and words, due at once; its id.
    qint64 copyForResend(qint64 tenantId, qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
