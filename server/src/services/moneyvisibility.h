// Who may read which expenses and spiffs, in one place for every way they are read: lists, one
// entry and its history, reports, the receipts attached (services/attachmentvisibility.h) and
// the live stream's expenses.* and spiffs.* events. Everyone reads their own; admins
// everyone's; managers those at their locations; dispatchers, employees and API keys nobody
// else's.
#pragma once

#include "auth/principal.h"
#include "core/result.h"
#include "repositories/decisionscope.h"
#include "storage/database.h"
#include "storage/listquery.h"

#include <optional>

namespace fielddesk::server {

OwnedScope moneyScopeOf(const Principal &caller);

// Whether the caller may read an entry of ownerId's at this location (nullopt: not known to be
// the caller's own, as in an event).
bool canSeeMoney(const Principal &caller, std::optional<qint64> ownerId, qint64 locationId);

// A list's awaiting_me, from and to (dates on the tenant's clock); 422 when one is wrong.
Result<MoneyListFilter>
moneyListFilterOf(Database &db, const Principal &caller, const ListQuery &query);

} // namespace fielddesk::server
