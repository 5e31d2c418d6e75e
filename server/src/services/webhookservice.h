// Webhook subscriptions of the company's other systems: admins list, make, change and delete
// them. A URL is http(s) with a host; event types are names ("scheduling.job.assigned.v1") or
// prefixes ending in "*". The secret that signs the calls is made here unless one is given,
// answered once (on creation, or when a new one is asked for), and never written to the
// audit log.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "events/eventtypes.h"
#include "repositories/webhookrepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

struct WebhookFields
{
    Patch<QString> url;
    Patch<QStringList> eventTypes;
    Patch<QString> secret; // at least 16 characters; none on creation: one is made
    Patch<QString> description;
    Patch<bool> active;
};

// A subscription with its secret: the answer to a creation and to a new secret only.
struct WebhookWithSecret
{
    Webhook webhook;
    QString secret;

    void writeJson(JsonWriter &w) const;
};

class WebhookService
{
public:
    explicit WebhookService(Database &db)
        : m_db(db)
    {}

    // The event types a subscription may name (a list answer; no ordering, no filters).
    Page<EventTypeInfo> eventTypes(const Principal &caller, const ListQuery &query);
    static const ListSpec &eventTypeListSpec();

    Page<Webhook> list(const Principal &caller, const ListQuery &query);
    Result<Webhook> get(const Principal &caller, qint64 id);
    Result<WebhookWithSecret> create(const CallContext &call, const WebhookFields &fields);
    // A secret in the fields replaces the old one (the calls still queued are signed with it).
    Result<Webhook> update(const CallContext &call, qint64 id, const WebhookFields &fields);
    // A new secret, made here and answered once.
    Result<WebhookWithSecret> renewSecret(const CallContext &call, qint64 id);
    // Calls still queued for it are given up when their turn comes.
    Status remove(const CallContext &call, qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
