#include "services/webhookservice.h"

#include "auth/secrettoken.h"
#include "events/eventtypes.h"
#include "services/auditedwrite.h"
#include "services/shownonce.h"

#include <QRegularExpression>
#include <QUrl>

namespace fielddesk::server {

namespace {

constexpr int kShortestSecret = 16;

Failure webhookNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such webhook."));
}

AuditedRow<Webhook> webhookRow()
{
    return {QStringLiteral("webhook"), webhookNotFound(), {}, {}};
}

QString newWebhookSecret()
{
    return QStringLiteral("whsec_") + QString::fromLatin1(newSecretToken());
}

// Applies the named fields (not the secret); a failure naming a field that would be wrong.
std::optional<Failure> applyWebhookFields(Webhook &webhook, const WebhookFields &fields)
{
    applyPatch(webhook.url, fields.url);
    applyPatch(webhook.eventTypes, fields.eventTypes);
    applyPatch(webhook.description, fields.description);
    applyPatch(webhook.active, fields.active);
    const QUrl url(webhook.url, QUrl::StrictMode);
    const bool web =
        url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!url.isValid() || !web || url.host().isEmpty() || !url.userInfo().isEmpty())
        return Failure::validation(QStringLiteral("url"),
                                   QStringLiteral("is not an http:// or https:// address with a "
                                                  "host (and no user or password)"));
    if (webhook.eventTypes.isEmpty())
        return Failure::validation(QStringLiteral("event_types"),
                                   QStringLiteral("names no event type"));
    static const QRegularExpression kType(
        QStringLiteral(R"(^(\*|[a-z][a-z0-9_]*(\.[a-z0-9_]+)*(\.\*)?)$)"));
    for (const QString &type : std::as_const(webhook.eventTypes)) {
        if (!kType.match(type).hasMatch())
            return Failure::validation(
                QStringLiteral("event_types"),
                QStringLiteral("\"%1\" is not an event type (\"scheduling.job.assigned.v1\") or "
                               "a prefix ending in \"*\" (\"scheduling.job.*\")")
                    .arg(type));
        Webhook one;
        one.eventTypes = {type};
        const QList<EventTypeInfo> &known = webhookEventTypes();
        if (std::none_of(known.begin(), known.end(),
                         [&](const EventTypeInfo &info) { return one.wants(info.name); }))
            return Failure::validation(
                QStringLiteral("event_types"),
                QStringLiteral("\"%1\" names no event type a webhook can have (GET "
                               "/api/v1/event-types lists them)")
                    .arg(type));
    }
    if (fields.secret && fields.secret->size() < kShortestSecret)
        return Failure::validation(
            QStringLiteral("secret"),
            QStringLiteral("is shorter than %1 characters").arg(kShortestSecret));
    return std::nullopt;
}

} // namespace

void WebhookWithSecret::writeJson(JsonWriter &w) const
{
    writeWithSecret(w, webhook, "secret", secret);
}

Page<EventTypeInfo> WebhookService::eventTypes(const Principal &, const ListQuery &query)
{
    const QList<EventTypeInfo> &all = webhookEventTypes();
    return {all.size(), all.mid(query.offset, query.limit), {}};
}

const ListSpec &WebhookService::eventTypeListSpec()
{
    static const ListSpec spec{{}, {}, {}, {}, {}};
    return spec;
}

Page<Webhook> WebhookService::list(const Principal &caller, const ListQuery &query)
{
    return WebhookRepository(m_db).list(caller.tenantId, query);
}

Result<Webhook> WebhookService::get(const Principal &caller, qint64 id)
{
    const std::optional<Webhook> webhook = WebhookRepository(m_db).find(caller.tenantId, id);
    if (!webhook)
        return webhookNotFound();
    return *webhook;
}

Result<WebhookWithSecret> WebhookService::create(const CallContext &call,
                                                 const WebhookFields &fields)
{
    Webhook webhook;
    if (auto problem = applyWebhookFields(webhook, fields))
        return *problem;
    const QString secret = fields.secret ? *fields.secret : newWebhookSecret();
    const Result<Webhook> created =
        createAudited(m_db, call, webhookRow(), [&]() -> Result<Webhook> {
            return WebhookRepository(m_db).insert(call.principal.tenantId, webhook, secret);
        });
    if (!created)
        return created.failure();
    return WebhookWithSecret{*created, secret};
}

Result<Webhook>
WebhookService::update(const CallContext &call, qint64 id, const WebhookFields &fields)
{
    WebhookRepository webhooks(m_db);
    return updateAudited(
        m_db, call, webhookRow(), [&] { return webhooks.find(call.principal.tenantId, id); },
        [&](Webhook &webhook) { return applyWebhookFields(webhook, fields); },
        [&](const Webhook &webhook) {
            webhooks.update(call.principal.tenantId, webhook);
            if (fields.secret)
                webhooks.replaceSecret(call.principal.tenantId, id, *fields.secret);
        });
}

Result<WebhookWithSecret> WebhookService::renewSecret(const CallContext &call, qint64 id)
{
    const QString secret = newWebhookSecret();
    WebhookFields fields;
    fields.secret = secret;
    const Result<Webhook> updated = update(call, id, fields);
    if (!updated)
        return updated.failure();
    return WebhookWithSecret{*updated, secret};
}

Status WebhookService::remove(const CallContext &call, qint64 id)
{
    WebhookRepository webhooks(m_db);
    return removeAudited(
        m_db, call, webhookRow(), [&] { return webhooks.find(call.principal.tenantId, id); },
        [&] { webhooks.remove(call.principal.tenantId, id); });
}

} // namespace fielddesk::server
