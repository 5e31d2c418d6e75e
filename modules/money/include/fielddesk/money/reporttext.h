// The words a report is shown with: dimension titles, the label of a row's key (a name, a
// day, a week, a month, a status), the period presets and the ledgers' statuses. Part of
// fielddesk_money: QtCore only (translations through QCoreApplication::translate).
#pragma once

#include "fielddesk/money/report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace fielddesk::money {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static QString ledgerTitle(Ledger ledger);                         // "Expenses"
    static QString reportTitle(Ledger ledger);                         // "Expense report"
    static QString dimensionTitle(Dimension dimension, Ledger ledger); // "Category" / "Type"
    static QString presetTitle(PeriodPreset preset);                   // "This month"
    static QString statusText(const QString &status);                  // "Reimbursed"
    // What a person reads for a row's key: the name ("(none)" when there is none), the day in
    // the locale's short format, "Week 49, 2026", "November 2026", the status's word.
    static QString keyLabel(const ReportKey &key, const QLocale &locale = QLocale());
    // "1 Nov 2026 – 30 Nov 2026"
    static QString rangeText(const DateRange &range, const QLocale &locale = QLocale());
};

} // namespace fielddesk::money
