#include "fielddesk/money/reportchartdata.h"

#include "fielddesk/money/reporttext.h"

#include <QHash>

#include <algorithm>

namespace fielddesk::money {

namespace {

// The bars' grouping: the first period of the query, else its first grouping.
Dimension barDimensionOf(const ReportQuery &query)
{
    for (const Dimension dimension : query.groupBy) {
        if (isPeriod(dimension))
            return dimension;
    }
    return query.groupBy.value(0, Dimension::Month);
}

// The pie's grouping: category (or type), else the one that is not a period, else the first.
Dimension pieDimensionOf(const ReportQuery &query)
{
    if (query.groupBy.contains(Dimension::Category))
        return Dimension::Category;
    for (const Dimension dimension : query.groupBy) {
        if (!isPeriod(dimension))
            return dimension;
    }
    return query.groupBy.value(0, Dimension::Category);
}

// The order key of a value: periods and statuses by their text, others by label.
QString orderKey(const ReportKey &key, const QLocale &locale)
{
    return isPeriod(key.dimension) ? key.text : ReportText::keyLabel(key, locale);
}

} // namespace

qint64 StackedBars::highestBarMinor() const
{
    qint64 highest = 0;
    for (int bar = 0; bar < bars.size(); ++bar) {
        qint64 sum = 0;
        for (const BarStack &stack : stacks)
            sum += stack.valuesMinor.value(bar);
        highest = std::max(highest, sum);
    }
    return highest;
}

StackedBars stackedBarsOf(const Report &report, const QString &currency, const QLocale &locale)
{
    StackedBars chart;
    chart.currency = currency;
    chart.barDimension = barDimensionOf(report.query);
    for (const Dimension dimension : report.query.groupBy) {
        if (dimension != chart.barDimension)
            chart.stackDimension = dimension;
    }
    // The bars in order, and each stack's sum per bar.
    QMap<QString, QString> barLabels;            // order key -> label
    QHash<QString, QHash<QString, qint64>> sums; // stack label -> bar order key -> sum
    QHash<QString, qint64> stackTotals;
    for (const ReportRow &row : report.rows) {
        if (row.currency != currency)
            continue;
        const ReportKey *bar = row.key(chart.barDimension);
        if (!bar)
            continue;
        const QString barKey = orderKey(*bar, locale);
        barLabels.insert(barKey, ReportText::keyLabel(*bar, locale));
        const ReportKey *stack = chart.stackDimension ? row.key(*chart.stackDimension) : nullptr;
        const QString stackLabel = stack ? ReportText::keyLabel(*stack, locale)
                                         : ReportText::ledgerTitle(report.query.ledger);
        sums[stackLabel][barKey] += row.totalMinor;
        stackTotals[stackLabel] += row.totalMinor;
    }
    const QStringList barKeys = barLabels.keys();
    chart.bars = barLabels.values();
    QStringList stackLabels = stackTotals.keys();
    std::sort(stackLabels.begin(), stackLabels.end(), [&](const QString &a, const QString &b) {
        return stackTotals.value(a) != stackTotals.value(b)
                   ? stackTotals.value(a) > stackTotals.value(b)
                   : a < b;
    });
    for (const QString &label : std::as_const(stackLabels)) {
        BarStack stack{label, {}};
        for (const QString &barKey : barKeys)
            stack.valuesMinor << sums.value(label).value(barKey);
        chart.stacks << stack;
    }
    return chart;
}

PieShares pieSharesOf(const Report &report, const QString &currency, const QLocale &locale)
{
    PieShares pie;
    pie.currency = currency;
    pie.dimension = pieDimensionOf(report.query);
    QHash<QString, qint64> sums;
    for (const ReportRow &row : report.rows) {
        const ReportKey *key = row.key(pie.dimension);
        if (row.currency == currency && key)
            sums[ReportText::keyLabel(*key, locale)] += row.totalMinor;
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (it.value() > 0)
            pie.slices << PieSlice{it.key(), it.value()};
    }
    std::sort(pie.slices.begin(), pie.slices.end(), [](const PieSlice &a, const PieSlice &b) {
        return a.totalMinor != b.totalMinor ? a.totalMinor > b.totalMinor : a.label < b.label;
    });
    return pie;
}

} // namespace fielddesk::money
