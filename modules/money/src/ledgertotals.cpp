#include "fielddesk/money/ledgertotals.h"

#include <algorithm>

namespace fielddesk::money {

QList<LedgerTotal> ledgerTotals(const QList<LedgerEntry> &entries)
{
    QList<LedgerTotal> totals;
    for (const LedgerEntry &entry : entries) {
        qint64 LedgerTotal::*bucket = nullptr;
        if (entry.status == QLatin1String("submitted"))
            bucket = &LedgerTotal::awaitingMinor;
        else if (entry.status == QLatin1String("approved"))
            bucket = &LedgerTotal::approvedMinor;
        else if (entry.status == QLatin1String("reimbursed") ||
                 entry.status == QLatin1String("paid"))
            bucket = &LedgerTotal::settledMinor;
        else
            continue; // rejected, cancelled
        auto it = std::find_if(totals.begin(), totals.end(), [&entry](const LedgerTotal &t) {
            return t.ledger == entry.ledger && t.currency == entry.currency;
        });
        if (it == totals.end()) {
            totals.append({entry.ledger, entry.currency});
            it = totals.end() - 1;
        }
        ++it->count;
        (*it).*bucket += entry.amountMinor;
    }
    std::sort(totals.begin(), totals.end(), [](const LedgerTotal &a, const LedgerTotal &b) {
        return std::tie(a.ledger, a.currency) < std::tie(b.ledger, b.currency);
    });
    return totals;
}

} // namespace fielddesk::money
