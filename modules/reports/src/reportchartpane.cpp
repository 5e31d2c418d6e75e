#include "fielddesk/reports/reportchartpane.h"

#include "fielddesk/domain/currency.h"
#include "fielddesk/money/reporttext.h"
#include "fielddesk/theme/palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fielddesk::reports {

namespace {

constexpr int kMostStacks = 8; // beyond that, stacks are summed as "Other"
constexpr int kMostSlices = 8; // the same for the pie
constexpr int kMinimumChartHeight = 220;

// A chart's value: major units as a plotting scale only (labels are formatted from integers).
qreal plotted(qint64 amountMinor, const QString &currency)
{
    qint64 power = 1;
    for (int i = 0; i < currencyMinorDigits(currency); ++i)
        power *= 10;
    return qreal(amountMinor) / qreal(power);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace

ReportChartPane::ReportChartPane(QWidget *parent)
    : QWidget(parent)
    , m_currency(new QComboBox(this))
    , m_barView(new QChartView(this))
    , m_pieView(new QChartView(this))
{
    m_currency->setObjectName(QStringLiteral("reportCurrency"));
    m_barView->setObjectName(QStringLiteral("reportBarChart"));
    m_pieView->setObjectName(QStringLiteral("reportPieChart"));
    for (QChartView *view : {m_barView, m_pieView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(kMinimumChartHeight); // its own empty chart until a report
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *currencyRow = new QHBoxLayout;
    auto *currencyLabel = new QLabel(tr("C&urrency:"), this);
    currencyLabel->setBuddy(m_currency);
    currencyRow->addWidget(currencyLabel);
    currencyRow->addWidget(m_currency);
    currencyRow->addStretch(1);
    layout->addLayout(currencyRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("charts"));
    splitter->addWidget(m_barView);
    splitter->addWidget(m_pieView);
    layout->addWidget(splitter, 1);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &ReportChartPane::redraw);
}

QString ReportChartPane::currency() const
{
    return m_currency->currentText();
}

void ReportChartPane::setReport(const money::Report &report)
{
    m_report = report;
    const QString chosen = m_currency->currentText();
    const QSignalBlocker blocker(m_currency);
    m_currency->clear();
    m_currency->addItems(report.currencies());
    const int again = m_currency->findText(chosen);
    m_currency->setCurrentIndex(again >= 0 ? again : 0);
    // One currency needs no choice.
    m_currency->setEnabled(m_currency->count() > 1);
    redraw();
}

void ReportChartPane::redraw()
{
    const QLocale locale;
    const QString code = currency();
    m_bars = money::stackedBarsOf(m_report, code, locale);
    m_pie = money::pieSharesOf(m_report, code, locale);
    const money::Ledger ledger = m_report.query.ledger;

    // Stacked bars; beyond kMostStacks the smallest stacks are summed as "Other".
    QChart *bars = newChart(
        m_bars.stackDimension
            ? tr("%1 by %2 and %3")
                  .arg(money::ReportText::ledgerTitle(ledger),
                       money::ReportText::dimensionTitle(m_bars.barDimension, ledger).toLower(),
                       money::ReportText::dimensionTitle(*m_bars.stackDimension, ledger).toLower())
            : tr("%1 by %2")
                  .arg(money::ReportText::ledgerTitle(ledger),
                       money::ReportText::dimensionTitle(m_bars.barDimension, ledger).toLower()));
    auto *series = new QStackedBarSeries;
    QList<money::BarStack> stacks = m_bars.stacks;
    if (stacks.size() > kMostStacks) {
        money::BarStack other{tr("Other"), QList<qint64>(m_bars.bars.size(), 0)};
        for (qsizetype i = kMostStacks - 1; i < stacks.size(); ++i) {
            for (int bar = 0; bar < m_bars.bars.size(); ++bar)
                other.valuesMinor[bar] += stacks.at(i).valuesMinor.value(bar);
        }
        stacks.resize(kMostStacks - 1);
        stacks << other;
    }
    for (int i = 0; i < stacks.size(); ++i) {
        auto *set = new QBarSet(stacks.at(i).label);
        set->setColor(theme::seriesColour(i));
        for (const qint64 value : stacks.at(i).valuesMinor)
            *set << plotted(value, code);
        series->append(set);
    }
    bars->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(m_bars.bars);
    bars->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(code);
    bars->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    // Rounded once the series gave the axis its range; nothing to draw: an empty scale.
    if (m_bars.highestBarMinor() > 0)
        values->applyNiceNumbers();
    else
        values->setRange(0, 1);
    bars->legend()->setVisible(stacks.size() > 1);
    QChart *oldBars = m_barView->chart();
    m_barView->setChart(bars);
    delete oldBars;

    // The pie, labelled with each share's amount.
    QChart *pie =
        newChart(tr("Shares by %1")
                     .arg(money::ReportText::dimensionTitle(m_pie.dimension, ledger).toLower()));
    auto *slices = new QPieSeries;
    qint64 otherMinor = 0;
    for (int i = 0; i < m_pie.slices.size(); ++i) {
        const money::PieSlice &share = m_pie.slices.at(i);
        if (i >= kMostSlices - 1 && m_pie.slices.size() > kMostSlices) {
            otherMinor += share.totalMinor;
            continue;
        }
        QPieSlice *slice = slices->append(
            tr("%1 %2").arg(share.label, formatMoney(share.totalMinor, code, locale)),
            plotted(share.totalMinor, code));
        slice->setColor(theme::seriesColour(i));
    }
    if (otherMinor > 0) {
        QPieSlice *slice =
            slices->append(tr("%1 %2").arg(tr("Other"), formatMoney(otherMinor, code, locale)),
                           plotted(otherMinor, code));
        slice->setColor(theme::seriesColour(kMostSlices - 1));
    }
    pie->addSeries(slices);
    // Beside the pie the legend has the room for each name with its whole amount.
    pie->legend()->setAlignment(Qt::AlignRight);
    QChart *oldPie = m_pieView->chart();
    m_pieView->setChart(pie);
    delete oldPie;
}

void ReportChartPane::render(QPainter *painter, const QRectF &target)
{
    const qreal gap = target.width() / 40;
    const qreal half = (target.width() - gap) / 2;
    m_barView->render(painter, QRectF(target.left(), target.top(), half, target.height()));
    m_pieView->render(painter,
                      QRectF(target.left() + half + gap, target.top(), half, target.height()));
}

} // namespace fielddesk::reports
