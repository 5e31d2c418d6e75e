#include "repositories/webhookrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

QStringList typesFrom(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString typesText(const QStringList &types)
{
    return types.join(QLatin1Char('\n'));
}

const Table<Webhook> &webhookTable()
{
    static const Table<Webhook> table(
        QStringLiteral("webhooks"),
        {column(QStringLiteral("id"), &Webhook::id, ColumnWrite::Never),
         column(QStringLiteral("url"), &Webhook::url),
         textColumn(QStringLiteral("event_types"), &Webhook::eventTypes, typesFrom, typesText),
         column(QStringLiteral("description"), &Webhook::description),
         column(QStringLiteral("active"), &Webhook::active),
         column(QStringLiteral("created_at"), &Webhook::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &Webhook::updatedAt)});
    return table;
}

} // namespace

const ListSpec &WebhookRepository::listSpec()
{
    static const ListSpec spec{
        webhookTable().orderable(
            {QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("created_at")}),
        QStringLiteral("id"),
        {QStringLiteral("url"), QStringLiteral("description")},
        {webhookTable().filter(QStringLiteral("active"), FilterType::Boolean)},
        {}};
    return spec;
}

std::optional<Webhook> WebhookRepository::find(qint64 tenantId, qint64 id)
{
    return webhookTable().find(m_db, tenantId, id);
}

Page<Webhook> WebhookRepository::list(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, listSpec());
    return webhookTable().page(m_db, filter, query);
}

Webhook WebhookRepository::insert(qint64 tenantId, Webhook webhook, const QString &secret)
{
    webhook.createdAt = webhook.updatedAt = nowTimestamp();
    webhook.id = webhookTable().insert(
        m_db, webhook,
        {{QStringLiteral("tenant_id"), tenantId}, {QStringLiteral("secret"), secret}});
    return webhook;
}

void WebhookRepository::update(qint64 tenantId, const Webhook &webhook)
{
    webhookTable().update(m_db, webhook, tenantId);
}

void WebhookRepository::replaceSecret(qint64 tenantId, qint64 id, const QString &secret)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE webhooks SET secret = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(secret).bind(tenantId).bind(id).exec();
}

void WebhookRepository::remove(qint64 tenantId, qint64 id)
{
    webhookTable().remove(m_db, tenantId, id);
}

QList<Webhook> WebhookRepository::active(qint64 tenantId)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ? AND active = ?"), {tenantId, 1});
    return webhookTable().all(m_db, filter, QStringLiteral("id"));
}

std::optional<QString> WebhookRepository::activeSecret(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT secret FROM webhooks WHERE tenant_id = ? AND id = ? "
                                    "AND active = ?"));
    q.bind(tenantId).bind(id).bind(1).exec();
    if (!q.next())
        return std::nullopt;
    return q.text(0);
}

} // namespace fielddesk::server
