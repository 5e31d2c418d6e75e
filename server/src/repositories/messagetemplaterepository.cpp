#include "repositories/messagetemplaterepository.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

namespace {

const QString kTemplateColumns =
    QStringLiteral("id, subject, email_body, sms_body, updated_at, name, language");

OwnMessageWords ownFrom(const SqlQuery &q)
{
    return {q.integer(0), {q.text(1), q.text(2), q.text(3)}, q.text(4)};
}

} // namespace

std::optional<MessageWords>
MessageTemplateRepository::find(qint64 tenantId, const QString &name, const QString &language)
{
    const std::optional<OwnMessageWords> own = findOwn(tenantId, name, language);
    return own ? std::optional<MessageWords>(own->words) : std::nullopt;
}

std::optional<OwnMessageWords>
MessageTemplateRepository::findOwn(qint64 tenantId, const QString &name, const QString &language)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM message_templates WHERE tenant_id = ? AND "
                                    "name = ? AND language = ?")
                         .arg(kTemplateColumns));
    q.bind(tenantId).bind(name).bind(language).exec();
    if (!q.next())
        return std::nullopt;
    return ownFrom(q);
}

QHash<QString, OwnMessageWords> MessageTemplateRepository::allOwn(qint64 tenantId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM message_templates WHERE tenant_id = ?")
                         .arg(kTemplateColumns));
    q.bind(tenantId).exec();
    QHash<QString, OwnMessageWords> own;
    while (q.next())
        own.insert(q.text(5) + QLatin1Char('/') + q.text(6), ownFrom(q));
    return own;
}

qint64 MessageTemplateRepository::store(qint64 tenantId,
                                        const QString &name,
                                        const QString &language,
                                        const MessageWords &words)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO message_templates (tenant_id, name, language, subject, "
                              "email_body, sms_body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON "
                              "CONFLICT (tenant_id, name, language) DO UPDATE SET subject = "
                              "excluded.subject, email_body = excluded.email_body, sms_body = "
                              "excluded.sms_body, updated_at = excluded.updated_at RETURNING id"));
    q.bind(tenantId)
        .bind(name)
        .bind(language)
        .bind(words.subject)
        .bind(words.emailBody)
        .bind(words.smsBody)
        .bind(nowTimestamp())
        .exec();
    return q.next() ? q.integer(0) : 0;
}

void MessageTemplateRepository::remove(qint64 tenantId,
                                       const QString &name,
                                       const QString &language)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM message_templates WHERE tenant_id = ? AND name = "
                                    "? AND language = ?"));
    q.bind(tenantId).bind(name).bind(language).exec();
}

} // namespace fielddesk::server
