#include "services/moneyevents.h"

#include "events/eventtypes.h"
#include "services/entryevents.h"
#include "services/moneyvisibility.h"

namespace fielddesk::server {

const QString MoneyEvents::kExpenseChanged = eventtype::expenseChanged();
const QString MoneyEvents::kSpiffChanged = eventtype::spiffChanged();

void MoneyEvents::announce(Database &db,
                           const CallContext &call,
                           const Expense &expense,
                           const QString &action)
{
    static const EntryEventType type{kExpenseChanged, QStringLiteral("fielddesk/expenses"),
                                     "expense_id"};
    announceEntryChange(db, call, type, expense, action);
}

void MoneyEvents::announce(Database &db,
                           const CallContext &call,
                           const Spiff &spiff,
                           const QString &action)
{
    static const EntryEventType type{kSpiffChanged, QStringLiteral("fielddesk/spiffs"), "spiff_id"};
    announceEntryChange(db, call, type, spiff, action);
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
