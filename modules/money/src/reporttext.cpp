#include "fielddesk/money/reporttext.h"

namespace fielddesk::money {

QString ReportText::ledgerTitle(Ledger ledger)
{
    return ledger == Ledger::Expenses ? tr("Expenses") : tr("Spiffs");
}

QString ReportText::reportTitle(Ledger ledger)
{
    return ledger == Ledger::Expenses ? tr("Expense report") : tr("Spiff report");
}

QString ReportText::dimensionTitle(Dimension dimension, Ledger ledger)
{
    switch (dimension) {
    case Dimension::Employee:
        return tr("Employee");
    case Dimension::Location:
        return tr("Location");
    case Dimension::Category:
        return ledger == Ledger::Expenses ? tr("Category") : tr("Type");
    case Dimension::Day:
        return tr("Day");
    case Dimension::Week:
        return tr("Week");
    case Dimension::Month:
        return tr("Month");
    case Dimension::Status:
        return tr("Status");
    }
    return {};
}

QString ReportText::presetTitle(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::ThisMonth:
        return tr("This month");
    case PeriodPreset::LastMonth:
        return tr("Last month");
    case PeriodPreset::ThisQuarter:
        return tr("This quarter");
    case PeriodPreset::LastQuarter:
        return tr("Last quarter");
    case PeriodPreset::ThisYear:
        return tr("This year");
    case PeriodPreset::LastYear:
        return tr("Last year");
    case PeriodPreset::Custom:
        return tr("Custom range");
    }
    return {};
}

QString ReportText::statusText(const QString &status)
{
    if (status == QLatin1String("submitted"))
        return tr("Submitted");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("reimbursed"))
        return tr("Reimbursed");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QString ReportText::keyLabel(const ReportKey &key, const QLocale &locale)
{
    switch (key.dimension) {
    case Dimension::Employee:
    case Dimension::Location:
    case Dimension::Category:
        return key.text.isEmpty() ? tr("(none)") : key.text;
    case Dimension::Day: {
        const QDate day = QDate::fromString(key.text, Qt::ISODate);
        return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : key.text;
    }
    case Dimension::Week: {
        // "2026-W49"
        const QStringList parts = key.text.split(QStringLiteral("-W"));
        if (parts.size() != 2)
            return key.text;
        return tr("Week %1, %2").arg(parts.at(1).toInt()).arg(parts.at(0));
    }
    case Dimension::Month: {
        const QDate first = QDate::fromString(key.text + QStringLiteral("-01"), Qt::ISODate);
        return first.isValid() ? locale.standaloneMonthName(first.month()) + QLatin1Char(' ') +
                                     QString::number(first.year())
                               : key.text;
    }
    case Dimension::Status:
        return statusText(key.text);
    }
    return key.text;
}

QString ReportText::rangeText(const DateRange &range, const QLocale &locale)
{
    return tr("%1 – %2").arg(locale.toString(range.from, QLocale::ShortFormat),
                             locale.toString(range.to, QLocale::ShortFormat));
}

} // namespace fielddesk::money
