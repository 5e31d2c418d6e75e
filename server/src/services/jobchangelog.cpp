#include "services/jobchangelog.h"

#include "events/eventrepository.h"
#include "fielddesk/domain/organisation.h"
#include "messaging/customermessages.h"
#include "repositories/dispatchhistoryrepository.h"
#include "services/techniciannotices.h"

namespace fielddesk::server {

void JobChangeLog::record(const QString &action,
                          const QString &eventType,
                          const std::optional<Job> &before,
                          const Job &after,
                          const QList<std::pair<QByteArray, QByteArray>> &extraData)
{
    const Principal &who = m_call.principal;
    DispatchHistoryEntry entry;
    entry.jobId = after.id;
    entry.locationId = after.locationId;
    entry.action = action;
    if (who.userId > 0)
        entry.actorUserId = who.userId;
    entry.actorName = who.name;
    entry.apiKeyId = who.apiKeyId;
    entry.clientId = m_call.clientId;
    if (before)
        entry.beforeJson = toJsonText(*before);
    entry.afterJson = toJsonText(after);
    entry.requestId = m_call.requestId;
    entry = DispatchHistoryRepository(m_db).append(who.tenantId, entry);

    JsonWriter data(1024);
    data.beginObject();
    data.key("job").rawValue(entry.afterJson);
    data.field("action", action);
    data.field("actor_name", who.name);
    data.field("actor_user_id", entry.actorUserId);
    data.field("client_id", m_call.clientId);
    data.field("history_id", entry.id);
    for (const auto &[key, json] : extraData)
        data.key(std::string_view(key.constData(), size_t(key.size()))).rawValue(json);
    data.endObject();

    DomainEvent event;
    event.tenantId = who.tenantId;
    event.locationId = after.locationId;
    event.type = eventType;
    event.occurredAt = entry.occurredAt;
    event.correlationId = m_call.requestId;
    event.dataJson = data.take();
    EventRepository(m_db).append(event);
    CustomerMessages::queueFor(m_db, m_call, m_serverTravel, before, after);
    TechnicianNotices::raiseFor(m_db, m_call, m_lookups, before, after);
    m_recorded = true;
}

} // namespace fielddesk::server
