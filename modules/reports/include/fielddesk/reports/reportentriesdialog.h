// The entries behind one row of a report (its drill-down): every expense or spiff the row
// sums, with date, employee, category or type, what it was for, status and amount, and their
// sum checked against the row. Part of fielddesk_reports.
#pragma once

#include "fielddesk/money/ledgerentry.h"
#include "fielddesk/money/moneyclient.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace fielddesk::reports {

class ReportEntriesDialog : public QDialog
{
    Q_OBJECT

public:
    ReportEntriesDialog(money::MoneyClient *client,
                        const money::ReportQuery &report,
                        const money::ReportRow &row,
                        QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    const QList<money::LedgerEntry> &entries() const { return m_entries; }
    QTableWidget *table() const { return m_table; }
    QLabel *stateLabel() const { return m_state; }

private:
    void show(const QList<money::LedgerEntry> &entries);

    money::Ledger m_ledger;
    money::ReportRow m_row;
    QLabel *m_state;
    QTableWidget *m_table;
    QList<money::LedgerEntry> m_entries;
    bool m_loaded = false;
};

} // namespace fielddesk::reports
