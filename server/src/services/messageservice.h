// Reading outbound messages and sending one again: managers see the messages of their
// locations (and those of no location), admins the whole tenant. A resend is a new message with
// the same recipient and words (and an idempotency key of its own), audited.
#pragma once

#include "core/result.h"
#include "repositories/messagerepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

class MessageService
{
public:
    explicit MessageService(Database &db)
        : m_db(db)
    {}

    Result<Page<MessageDelivery>> list(const Principal &caller, const ListQuery &query);
    Result<MessageDelivery> get(const Principal &caller, qint64 id);
    // The new message, queued.
    Result<MessageDelivery> resend(const CallContext &call, qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
