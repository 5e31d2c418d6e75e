// "My work"'s money: the signed-in user's expenses and spiffs of one month (newest first, the
// month chosen with ◀ ▶ or This month), what they add up to (awaiting approval, approved,
// reimbursed or paid, per currency), the selected entry in full with its receipt, Cancel while
// it awaits a decision, New expense (Ctrl+E) and Claim a spiff. Part of fielddesk_mywork.
#pragma once

#include "fielddesk/domain/money.h"
#include "fielddesk/money/ledgerentry.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::money {
class LedgerTableModel;
class MoneyClient;
} // namespace fielddesk::money

namespace fielddesk::moneyview {
class LedgerEntryView;
}

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::mywork {

class ClaimSpiffDialog;
class NewExpenseDialog;

class MyMoneyPane : public QWidget
{
    Q_OBJECT

public:
    explicit MyMoneyPane(client::ApiClient *api, QWidget *parent = nullptr);
    ~MyMoneyPane() override;

    void start(qint64 userId);
    void stop();
    bool isLoading() const { return m_loading; }

    // The month shown (its first day).
    QDate month() const { return m_month; }
    void setMonth(QDate anyDayOfIt);

    NewExpenseDialog *openNewExpenseDialog();
    ClaimSpiffDialog *openClaimSpiffDialog();
    void selectEntry(money::Ledger ledger, qint64 id);
    std::optional<money::LedgerEntry> selectedEntry() const;

    money::MoneyClient *client() const { return m_client; }
    money::LedgerTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    moneyview::LedgerEntryView *details() const { return m_details; }
    QLabel *monthLabel() const { return m_monthLabel; }
    QLabel *totalsLabel() const { return m_totals; }
    QPushButton *newExpenseButton() const { return m_newExpense; }
    QPushButton *claimSpiffButton() const { return m_claimSpiff; }
    QPushButton *cancelButton() const { return m_cancel; }
    forms::MessageLabel *notice() const { return m_notice; }
    QString tenantCurrency() const { return m_currency; }

public slots:
    void reload();
    // An expense or spiff of the user's changed elsewhere (a decision): the month again.
    void entryChanged(fielddesk::money::Ledger ledger, qint64 id);
    void cancelSelectedEntry();

signals:
    void loaded();
    void entryFiled(const fielddesk::money::LedgerEntry &entry);
    void entryCancelled(const fielddesk::money::LedgerEntry &entry);

private:
    QWidget *buildToolBar();
    void loadCatalogs();
    void loadEntries();
    void showTotals();
    void showSelected();
    void updateActions();
    void takeFiled(const money::LedgerEntry &entry);

    money::MoneyClient *m_client;
    money::LedgerTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QList<ExpenseCategory> m_categories;
    QList<SpiffType> m_spiffTypes;
    QString m_currency;
    qint64 m_userId = 0;
    quint64 m_epoch = 0;             // a new user, or none
    quint64 m_entriesGeneration = 0; // a new month or reload
    bool m_loading = false;
    QDate m_month;
    std::optional<std::pair<money::Ledger, qint64>> m_toSelect;

    QPushButton *m_newExpense = nullptr;
    QPushButton *m_claimSpiff = nullptr;
    QLabel *m_monthLabel = nullptr;
    QLabel *m_totals = nullptr;
    forms::MessageLabel *m_notice = nullptr;
    QTableView *m_table = nullptr;
    moneyview::LedgerEntryView *m_details = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace fielddesk::mywork
