// The reports workspace for managers and admins: expense and spiff reports for a period,
// grouped and filtered as chosen (ReportSettingsBar), as a table with totals per currency and
// charts beside it; a row opens the entries it sums; the report goes out as the server's CSV,
// as a PDF, or to a printer with a preview. The last choices are kept per user.
// Depends on QtWidgets, Qt Charts, Qt Print Support, fielddesk_money and fielddesk_client;
// never on the shell.
#pragma once

#include "fielddesk/money/moneyclient.h"
#include "fielddesk/money/report.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::money {
class ReportTableModel;
}

namespace fielddesk::reports {

class ReportChartPane;
class ReportEntriesDialog;
class ReportSettingsBar;

class ReportsWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsWorkspace(client::ApiClient *api, QWidget *parent = nullptr);

    static QString title();

    // For a signed-in user: their last choices, the filters' lists, the first report. The
    // presets count days in the tenant's time zone.
    void start(qint64 userId, const QString &userName, const QTimeZone &timeZone);
    void stop();
    // Asks the server for the report as the choices say now.
    void refresh();

    // Writes the server's CSV of the report as chosen now; csvExported or exportFailed follows.
    void exportCsv(const QString &fileName);
    // Writes the report as shown to a PDF; false (and exportFailed) when it cannot.
    bool exportPdf(const QString &fileName);
    void printPreview();
    // The entries behind a row of the table (as shown, sorted or not).
    ReportEntriesDialog *openEntries(int tableRow);

    ReportSettingsBar *settingsBar() const { return m_settings; }
    QTableView *table() const { return m_table; }
    money::ReportTableModel *model() const { return m_model; }
    ReportChartPane *charts() const { return m_charts; }
    QLabel *stateLabel() const { return m_state; }
    bool isLoading() const { return m_loading; }

signals:
    // A report arrived and is shown (table and charts).
    void reportShown();
    void csvExported(const QString &fileName);
    void exportFailed(const QString &message);

private:
    void choicesChanged();
    void chooseCsvFile();
    void choosePdfFile();
    QString settingsKey() const;
    QString madeAtText() const;

    money::MoneyClient *m_client;
    ReportSettingsBar *m_settings;
    money::ReportTableModel *m_model;
    QTableView *m_table;
    ReportChartPane *m_charts;
    QLabel *m_state;
    QPushButton *m_csvButton;
    QPushButton *m_pdfButton;
    QPushButton *m_printButton;
    QTimer *m_debounce;
    qint64 m_userId = 0;
    QString m_userName;
    QTimeZone m_timeZone = QTimeZone::utc();
    int m_generation = 0; // answers of older asks are dropped
    bool m_loading = false;
    bool m_started = false;
};

} // namespace fielddesk::reports
