#include "services/messageservice.h"

#include "repositories/auditrepository.h"

namespace fielddesk::server {

namespace {

Failure noSuchMessage()
{
    return Failure::notFound(QStringLiteral("There is no such message."));
}

} // namespace

Result<Page<MessageDelivery>> MessageService::list(const Principal &caller, const ListQuery &query)
{
    return MessageRepository(m_db).list(caller.tenantId, caller.visibleLocations(), query);
}

Result<MessageDelivery> MessageService::get(const Principal &caller, qint64 id)
{
    const std::optional<MessageDelivery> found =
        MessageRepository(m_db).find(caller.tenantId, id, caller.visibleLocations());
    if (!found)
        return noSuchMessage();
    return *found;
}

Result<MessageDelivery> MessageService::resend(const CallContext &call, qint64 id)
{
    const Principal &caller = call.principal;
    MessageRepository messages(m_db);
    Transaction tx(m_db);
    const std::optional<MessageDelivery> original =
        messages.find(caller.tenantId, id, caller.visibleLocations());
    if (!original)
        return noSuchMessage();
    const qint64 copyId = messages.copyForResend(caller.tenantId, id);
    const std::optional<MessageDelivery> copy =
        messages.find(caller.tenantId, copyId, caller.visibleLocations());
    if (!copy)
        return noSuchMessage();
    AuditRepository(m_db).append(call.audit(QStringLiteral("message.resent"),
                                            QStringLiteral("message"), copy->id, copy->locationId,
                                            toJsonText(*original), toJsonText(*copy)));
    tx.commit();
    return *copy;
}

} // namespace fielddesk::server
