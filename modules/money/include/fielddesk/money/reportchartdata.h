// What a report's charts draw, computed from its rows in one currency: stacked bars (one bar
// per period, or per value of the first grouping, stacked by the other grouping) and a pie
// (shares by category or type, else by the grouping that is not a period). Sums are made in
// minor units; the chart widgets only scale them. Part of fielddesk_money: QtCore only.
#pragma once

#include "fielddesk/money/report.h"

#include <QLocale>
#include <QStringList>

namespace fielddesk::money {

struct BarStack
{
    QString label;             // the stacking group's value ("Fuel"); the ledger's name if none
    QList<qint64> valuesMinor; // one per bar
};

struct StackedBars
{
    Dimension barDimension = Dimension::Month;
    std::optional<Dimension> stackDimension;
    QStringList bars;       // the bars' labels, in order (periods in time order)
    QList<BarStack> stacks; // the largest first
    QString currency;

    qint64 highestBarMinor() const; // the tallest bar's total (0 for none)
};

struct PieSlice
{
    QString label;
    qint64 totalMinor = 0;
};

struct PieShares
{
    Dimension dimension = Dimension::Category;
    QList<PieSlice> slices; // the largest first; groups of zero or less are left out
    QString currency;
};

StackedBars stackedBarsOf(const Report &report, const QString &currency, const QLocale &locale);
PieShares pieSharesOf(const Report &report, const QString &currency, const QLocale &locale);

} // namespace fielddesk::money
