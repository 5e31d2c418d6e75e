// expenses.expense.changed.v1 and spiffs.spiff.changed.v1: the events at an entry's location
// that every change of an expense or a spiff writes in its transaction (filed, changed, each
// step, each comment), as requests.request.changed.v1 does for requests. They say which entry
// changed and how, never what it holds: a console fetches it, and that read applies who may
// see what. The live stream carries them to those who may read such entries
// (services/moneyvisibility.h): managers of the location and admins.
#pragma once

#include "auth/principal.h"
#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/money.h"
#include "services/callcontext.h"
#include "storage/database.h"

namespace fielddesk::server {

class MoneyEvents
{
public:
    static const QString kExpenseChanged; // "expenses.expense.changed.v1"
    static const QString kSpiffChanged;   // "spiffs.spiff.changed.v1"

    // Inside the change's transaction. action: the history's word ("submitted", "approved",
    // "updated", "commented", …). Data: {expense_id, status, version, action}.
    static void
    announce(Database &db, const CallContext &call, const Expense &expense, const QString &action);
    // Data: {spiff_id, status, version, action}.
    static void
    announce(Database &db, const CallContext &call, const Spiff &spiff, const QString &action);

    // An event of the money sources (expenses.*, spiffs.*): the stream asks visibleTo().
    static bool isMoneyEvent(const DomainEvent &event);
    static bool visibleTo(const Principal &principal, const DomainEvent &event);
};

} // namespace fielddesk::server
