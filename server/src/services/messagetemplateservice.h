// A company's message templates: managers and admins read the words in force for every
// template and language (with their placeholders and a preview); admins replace them with the
// company's own or go back to FieldDesk's. Words may only use the template's placeholders; a
// subject is one line. Every change is audited (message_template.updated / .reset).
#pragma once

#include "core/result.h"
#include "fielddesk/domain/messages.h"
#include "services/callcontext.h"
#include "storage/page.h"

namespace fielddesk::server {

class Database;

class MessageTemplateService
{
public:
    static constexpr int kLongestSubject = 200;
    static constexpr int kLongestEmail = 20000;
    static constexpr int kLongestSms = 1600; // ten SMS segments

    explicit MessageTemplateService(Database &db)
        : m_db(db)
    {}

    // Every template in every language, by name then language.
    Page<MessageTemplate> list(const Principal &caller, const ListQuery &query);
    static const ListSpec &listSpec();
    Result<MessageTemplate>
    get(const Principal &caller, const QString &name, const QString &language);
    Result<MessageTemplate> replace(const CallContext &call,
                                    const QString &name,
                                    const QString &language,
                                    const MessageWords &words);
    // Back to the shipped words (nothing to do when the company has none of its own).
    Result<MessageTemplate>
    reset(const CallContext &call, const QString &name, const QString &language);

private:
    MessageTemplate inForce(qint64 tenantId, const QString &name, const QString &language);

    Database &m_db;
};

} // namespace fielddesk::server
