#include "services/moneyevents.h"

#include "events/eventrepository.h"
#include "services/moneyvisibility.h"

namespace fielddesk::server {

namespace {

void append(Database &db,
            const CallContext &call,
            qint64 locationId,
            const QString &type,
            const QString &source,
            QByteArray data)
{
    DomainEvent event;
    event.tenantId = call.principal.tenantId;
    event.locationId = locationId;
    event.type = type;
    event.source = source;
    event.correlationId = call.requestId;
    event.dataJson = std::move(data);
    EventRepository(db).append(event);
}

} // namespace

const QString MoneyEvents::kExpenseChanged = QStringLiteral("expenses.expense.changed.v1");
const QString MoneyEvents::kSpiffChanged = QStringLiteral("spiffs.spiff.changed.v1");

void MoneyEvents::announce(Database &db,
                           const CallContext &call,
                           const Expense &expense,
                           const QString &action)
{
    JsonWriter data(128);
    data.beginObject()
        .field("expense_id", expense.id)
        .field("status", expense.status)
        .field("version", expense.version)
        .field("action", action)
        .endObject();
    append(db, call, expense.locationId, kExpenseChanged, QStringLiteral("fielddesk/expenses"),
           data.take());
}

void MoneyEvents::announce(Database &db,
                           const CallContext &call,
                           const Spiff &spiff,
                           const QString &action)
{
    JsonWriter data(128);
    data.beginObject()
        .field("spiff_id", spiff.id)
        .field("status", spiff.status)
        .field("version", spiff.version)
        .field("action", action)
        .endObject();
    append(db, call, spiff.locationId, kSpiffChanged, QStringLiteral("fielddesk/spiffs"),
           data.take());
}

bool MoneyEvents::isMoneyEvent(const DomainEvent &event)
{
    return event.type.startsWith(QLatin1String("expenses.")) ||
           event.type.startsWith(QLatin1String("spiffs."));
}

bool MoneyEvents::visibleTo(const Principal &principal, const DomainEvent &event)
{
    if (!event.locationId)
        return false; // every entry is at a location; a stray event is nobody's
    return canSeeMoney(principal, std::nullopt, *event.locationId);
}

} // namespace fielddesk::server
