#include "fielddesk/reports/reportsworkspace.h"

#include "fielddesk/money/reporttablemodel.h"
#include "fielddesk/money/reporttext.h"
#include "fielddesk/reports/reportchartpane.h"
#include "fielddesk/reports/reportentriesdialog.h"
#include "fielddesk/reports/reportprinter.h"
#include "fielddesk/reports/reportsettingsbar.h"
#include "fielddesk/theme/palette.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fielddesk::reports {

namespace {

constexpr int kMargin = 12;
constexpr int kTitlePointSizeDelta = 4;
constexpr int kDebounceMs = 150; // several choices changed at once ask once
constexpr int kTableStretch = 5;
constexpr int kChartStretch = 4;

} // namespace

ReportsWorkspace::ReportsWorkspace(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_client(new money::MoneyClient(api, this))
    , m_settings(new ReportSettingsBar(this))
    , m_model(new money::ReportTableModel(this))
    , m_table(new QTableView(this))
    , m_charts(new ReportChartPane(this))
    , m_state(new QLabel(this))
    , m_csvButton(new QPushButton(tr("Export &CSV…"), this))
    , m_pdfButton(new QPushButton(tr("Export P&DF…"), this))
    , m_printButton(new QPushButton(tr("P&rint preview…"), this))
    , m_debounce(new QTimer(this))
{
    m_table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    setObjectName(QStringLiteral("reportsWorkspace"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
    auto *heading = new QHBoxLayout;
    auto *titleLabel = new QLabel(title(), this);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSize(titleFont.pointSize() + kTitlePointSizeDelta);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    m_state->setObjectName(QStringLiteral("reportState"));
    m_state->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Colour::TextSubtle)));
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_printButton->setObjectName(QStringLiteral("printPreviewButton"));
    heading->addWidget(titleLabel);
    heading->addWidget(m_state, 1);
    heading->addWidget(m_csvButton);
    heading->addWidget(m_pdfButton);
    heading->addWidget(m_printButton);
    layout->addLayout(heading);
    layout->addWidget(m_settings);

    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Report"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    // A header starts with a descending indicator: the first sort is A to Z by the grouping.
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Double-click a row (or press Enter) to see its entries"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("tableAndCharts"));
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, kTableStretch);
    splitter->setStretchFactor(1, kChartStretch);
    splitter->setSizes({kTableStretch * 1000, kChartStretch * 1000});
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ReportsWorkspace::refresh);
    connect(m_settings, &ReportSettingsBar::queryChanged, this, &ReportsWorkspace::choicesChanged);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openEntries(index.row()); });
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsWorkspace::chooseCsvFile);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsWorkspace::choosePdfFile);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsWorkspace::printPreview);
    for (QPushButton *button : {m_csvButton, m_pdfButton, m_printButton})
        button->setEnabled(false);
}

QString ReportsWorkspace::title()
{
    return tr("Reports");
}

QString ReportsWorkspace::settingsKey() const
{
    return QStringLiteral("reports/user-%1").arg(m_userId);
}

void ReportsWorkspace::start(qint64 userId, const QString &userName, const QTimeZone &timeZone)
{
    m_userId = userId;
    m_userName = userName;
    m_timeZone = timeZone.isValid() ? timeZone : QTimeZone::utc();
    m_started = true;
    m_settings->setToday(QDateTime::currentDateTimeUtc().toTimeZone(m_timeZone).date());
    m_settings->restore(settingsKey());
    m_client->choices(this, [this](const client::ApiResult<money::ReportChoices> &result) {
        if (!result)
            return; // the filters keep "all"; the report says what went wrong, if anything
        const money::ReportQuery before = m_settings->query();
        m_settings->setChoices(*result);
        // A filter restored from the settings may only now be chosen.
        if (!(m_settings->query() == before))
            refresh();
    });
    refresh();
}

void ReportsWorkspace::stop()
{
    if (m_started)
        m_settings->save(settingsKey());
    m_started = false;
    ++m_generation;
    m_debounce->stop();
}

void ReportsWorkspace::choicesChanged()
{
    if (!m_started)
        return;
    m_settings->save(settingsKey());
    m_debounce->start();
}

void ReportsWorkspace::refresh()
{
    if (!m_started)
        return;
    m_debounce->stop();
    const int generation = ++m_generation;
    const money::ReportQuery query = m_settings->query();
    m_loading = true;
    m_state->setText(tr("Loading…"));
    m_client->report(
        query, this, [this, generation](const client::ApiResult<money::Report> &result) {
            if (generation != m_generation)
                return; // the choices changed meanwhile; a newer ask is under way
            m_loading = false;
            if (!result) {
                // The last report stays in sight; the reason is told above it.
                m_state->setText(
                    tr("The report could not be made: %1").arg(result.error().message()));
                return;
            }
            const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
            const Qt::SortOrder sortOrder = m_table->horizontalHeader()->sortIndicatorOrder();
            m_model->setReport(*result);
            if (sortColumn >= 0 && sortColumn < m_model->columnCount())
                m_model->sort(sortColumn, sortOrder);
            m_table->resizeColumnsToContents();
            // The first grouping takes the room the numbers leave.
            m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
            m_charts->setReport(*result);
            const int groups = m_model->groupCount();
            m_state->setText(groups == 0 ? tr("Nothing to report for these choices.")
                                         : tr("%n group(s)", nullptr, groups));
            for (QPushButton *button : {m_csvButton, m_pdfButton, m_printButton})
                button->setEnabled(true);
            emit reportShown();
        });
}

ReportEntriesDialog *ReportsWorkspace::openEntries(int tableRow)
{
    const money::ReportRow *row = m_model->groupAt(tableRow);
    if (!row)
        return nullptr; // a total row
    auto *dialog = new ReportEntriesDialog(m_client, m_model->report().query, *row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ReportsWorkspace::exportCsv(const QString &fileName)
{
    m_client->reportCsv(
        m_settings->query(), this, [this, fileName](const client::ApiResult<QByteArray> &result) {
            if (!result) {
                emit exportFailed(result.error().message());
                return;
            }
            QFile file(fileName);
            if (!file.open(QIODevice::WriteOnly) || file.write(*result) != result->size() ||
                !file.flush()) {
                emit exportFailed(
                    tr("%1 could not be written: %2").arg(fileName, file.errorString()));
                return;
            }
            emit csvExported(fileName);
        });
}

QString ReportsWorkspace::madeAtText() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(m_timeZone);
    return tr("Made %1 by %2").arg(QLocale().toString(now, QLocale::ShortFormat), m_userName);
}

bool ReportsWorkspace::exportPdf(const QString &fileName)
{
    const PrintedReport printed{money::ReportText::reportTitle(m_model->report().query.ledger),
                                m_settings->description(), madeAtText(), m_model, m_charts};
    QString error;
    if (!ReportPrinter::writePdf(fileName, printed, &error)) {
        emit exportFailed(tr("%1 could not be written: %2").arg(fileName, error));
        return false;
    }
    return true;
}

void ReportsWorkspace::printPreview()
{
    auto *preview = new QPrintPreviewDialog(this);
    preview->setObjectName(QStringLiteral("reportPrintPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) {
        ReportPrinter::paint(printer,
                             {money::ReportText::reportTitle(m_model->report().query.ledger),
                              m_settings->description(), madeAtText(), m_model, m_charts});
    });
    preview->open();
}

namespace {

QString suggestedName(const money::ReportQuery &query, const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("%1-%2-%3.%4")
            .arg(query.ledger == money::Ledger::Expenses ? QStringLiteral("expenses")
                                                         : QStringLiteral("spiffs"),
                 query.range.from.toString(Qt::ISODate), query.range.to.toString(Qt::ISODate),
                 suffix);
    return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
}

} // namespace

void ReportsWorkspace::chooseCsvFile()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export the report as CSV"),
        suggestedName(m_settings->query(), QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        exportCsv(fileName);
}

void ReportsWorkspace::choosePdfFile()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export the report as PDF"),
        suggestedName(m_settings->query(), QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    if (!fileName.isEmpty())
        exportPdf(fileName);
}

} // namespace fielddesk::reports
