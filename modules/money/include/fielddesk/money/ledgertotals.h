// What entries add up to, per ledger and currency, the way an employee follows their money:
// awaiting a decision (submitted), approved and not yet settled, settled (reimbursed or paid).
// Rejected and cancelled entries count nowhere. Sums in minor units, exact. Part of
// fielddesk_money: QtCore only.
#pragma once

#include "fielddesk/money/ledgerentry.h"

#include <QList>
#include <QString>

namespace fielddesk::money {

struct LedgerTotal
{
    Ledger ledger = Ledger::Expenses;
    QString currency;
    int count = 0; // the entries that count (not rejected or cancelled)
    qint64 awaitingMinor = 0;
    qint64 approvedMinor = 0;
    qint64 settledMinor = 0;

    qint64 totalMinor() const { return awaitingMinor + approvedMinor + settledMinor; }
};

// Expenses before spiffs, each by currency code; a ledger without counting entries is left out.
QList<LedgerTotal> ledgerTotals(const QList<LedgerEntry> &entries);

} // namespace fielddesk::money
