#include "services/messagetemplateservice.h"

#include "messaging/messagetemplates.h"
#include "repositories/auditrepository.h"
#include "repositories/messagetemplaterepository.h"
#include "storage/database.h"

namespace fielddesk::server {

namespace {

std::optional<Failure> unknownTemplate(const QString &name, const QString &language)
{
    if (!MessageTemplates::names().contains(name))
        return Failure::notFound(QStringLiteral("There is no message template \"%1\".").arg(name));
    if (!MessageTemplates::languages().contains(language))
        return Failure::notFound(
            QStringLiteral("Message templates are in %1, not \"%2\".")
                .arg(MessageTemplates::languages().join(QStringLiteral(", ")), language));
    return std::nullopt;
}

std::optional<Failure> checkWords(const QString &name, const MessageWords &words)
{
    const std::pair<const char *, const QString *> parts[] = {{"subject", &words.subject},
                                                              {"email_body", &words.emailBody},
                                                              {"sms_body", &words.smsBody}};
    for (const auto &[field, text] : parts) {
        const QStringList unknown = MessageTemplates::unknownPlaceholders(name, *text);
        if (!unknown.isEmpty())
            return Failure::validation(
                QLatin1String(field),
                QStringLiteral("uses {%1}, which \"%2\" does not have (it has: {%3})")
                    .arg(unknown.join(QStringLiteral("}, {")), name,
                         MessageTemplates::placeholders(name).join(QStringLiteral("}, {"))));
    }
    if (words.subject.contains(QLatin1Char('\n')) || words.subject.contains(QLatin1Char('\r')))
        return Failure::validation(QStringLiteral("subject"), QStringLiteral("must be one line"));
    return std::nullopt;
}

} // namespace

const ListSpec &MessageTemplateService::listSpec()
{
    static const ListSpec spec{{}, {}, {}, {}, {}};
    return spec;
}

MessageTemplate
MessageTemplateService::inForce(qint64 tenantId, const QString &name, const QString &language)
{
    MessageTemplate t;
    t.name = name;
    t.language = language;
    MessageWords words;
    if (const std::optional<OwnMessageWords> own =
            MessageTemplateRepository(m_db).findOwn(tenantId, name, language)) {
        words = own->words;
        t.customized = true;
        t.updatedAt = own->updatedAt;
    } else {
        words =
            MessageTemplates::shipped(name, language)
                .value_or(
                    MessageTemplates::shipped(name, QStringLiteral("en")).value_or(MessageWords()));
    }
    t.subject = words.subject;
    t.emailBody = words.emailBody;
    t.smsBody = words.smsBody;
    t.placeholders = MessageTemplates::placeholders(name);
    t.example = MessageTemplates::fill(words, MessageTemplates::sampleValues(name));
    return t;
}

Page<MessageTemplate> MessageTemplateService::list(const Principal &caller, const ListQuery &query)
{
    QList<MessageTemplate> all;
    for (const QString &name : MessageTemplates::names()) {
        for (const QString &language : MessageTemplates::languages())
            all << inForce(caller.tenantId, name, language);
    }
    return {all.size(), all.mid(query.offset, query.limit), {}};
}

Result<MessageTemplate>
MessageTemplateService::get(const Principal &caller, const QString &name, const QString &language)
{
    if (auto problem = unknownTemplate(name, language))
        return *problem;
    return inForce(caller.tenantId, name, language);
}

Result<MessageTemplate> MessageTemplateService::replace(const CallContext &call,
                                                        const QString &name,
                                                        const QString &language,
                                                        const MessageWords &words)
{
    if (auto problem = unknownTemplate(name, language))
        return *problem;
    if (auto problem = checkWords(name, words))
        return *problem;
    const qint64 tenantId = call.principal.tenantId;
    Transaction tx(m_db);
    const MessageTemplate before = inForce(tenantId, name, language);
    const qint64 id = MessageTemplateRepository(m_db).store(tenantId, name, language, words);
    const MessageTemplate after = inForce(tenantId, name, language);
    AuditRepository(m_db).append(call.audit(QStringLiteral("message_template.updated"),
                                            QStringLiteral("message_template"), id, std::nullopt,
                                            toJsonText(before), toJsonText(after)));
    tx.commit();
    return after;
}

Result<MessageTemplate>
MessageTemplateService::reset(const CallContext &call, const QString &name, const QString &language)
{
    if (auto problem = unknownTemplate(name, language))
        return *problem;
    const qint64 tenantId = call.principal.tenantId;
    Transaction tx(m_db);
    MessageTemplateRepository templates(m_db);
    const std::optional<OwnMessageWords> own = templates.findOwn(tenantId, name, language);
    if (!own)
        return inForce(tenantId, name, language);
    const MessageTemplate before = inForce(tenantId, name, language);
    templates.remove(tenantId, name, language);
    const MessageTemplate after = inForce(tenantId, name, language);
    AuditRepository(m_db).append(call.audit(QStringLiteral("message_template.reset"),
                                            QStringLiteral("message_template"), own->id,
                                            std::nullopt, toJsonText(before), toJsonText(after)));
    tx.commit();
    return after;
}

} // namespace fielddesk::server
