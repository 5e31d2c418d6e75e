// SQL for webhook subscriptions. The secret lives in its own column, outside the Webhook the
// API shows: it is written when a subscription is made or given a new one, and read only by
// the delivery worker that signs with it.
#pragma once

#include "fielddesk/domain/messages.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

class WebhookRepository
{
public:
    explicit WebhookRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<Webhook> find(qint64 tenantId, qint64 id);
    Page<Webhook> list(qint64 tenantId, const ListQuery &query);
    Webhook insert(qint64 tenantId, Webhook webhook, const QString &secret);
    void update(qint64 tenantId, const Webhook &webhook);
    void replaceSecret(qint64 tenantId, qint64 id, const QString &secret);
    void remove(qint64 tenantId, qint64 id);

    // The tenant's active subscriptions (for matching an event against their types).
    QList<Webhook> active(qint64 tenantId);
    // The secret of an active subscription; nullopt when it is gone or switched off.
    std::optional<QString> activeSecret(qint64 tenantId, qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
