// The report's charts beside its table (Qt Charts): stacked bars by period (or by the first
// grouping) stacked by the other grouping, and a pie of the shares by category or type, in
// one currency at a time. Part of fielddesk_reports.
#pragma once

#include "fielddesk/money/report.h"
#include "fielddesk/money/reportchartdata.h"

#include <QWidget>

class QComboBox;
class QPainter;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace fielddesk::reports {

class ReportChartPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReportChartPane(QWidget *parent = nullptr);

    void setReport(const money::Report &report);
    // The currency the charts are drawn in (the report's first unless chosen).
    QString currency() const;

    const money::StackedBars &bars() const { return m_bars; }
    const money::PieShares &pie() const { return m_pie; }
    QChartView *barView() const { return m_barView; }
    QChartView *pieView() const { return m_pieView; }
    QComboBox *currencyBox() const { return m_currency; }

    // Draws both charts into `target` (a printed or PDF page), side by side.
    void render(QPainter *painter, const QRectF &target);

private:
    void redraw();

    money::Report m_report;
    money::StackedBars m_bars;
    money::PieShares m_pie;
    QComboBox *m_currency;
    QChartView *m_barView;
    QChartView *m_pieView;
};

} // namespace fielddesk::reports
