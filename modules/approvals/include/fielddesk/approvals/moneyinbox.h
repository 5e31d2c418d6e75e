// Expenses and spiffs in the approvals inbox: what awaits the manager's decision (or, switched,
// what was approved and waits to be reimbursed or paid), the selected entry in full with its
// receipt beside the amount, over-limit amounts marked; approve (A, several after one
// confirmation), reject with a comment (R), reimburse or pay (the workspace's keys reach
// it while its tab is shown). Every step names the version it
// saw; a refusal is told and the list reloads. Part of fielddesk_approvals.
#pragma once

#include "fielddesk/money/ledgerentry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
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

namespace fielddesk::approvals {

class MoneyInbox : public QWidget
{
    Q_OBJECT

public:
    explicit MoneyInbox(client::ApiClient *api, QWidget *parent = nullptr);
    ~MoneyInbox() override;

    void reload();
    // Shows what was approved and waits to be reimbursed or paid instead of what awaits a
    // decision.
    void showToSettle(bool toSettle);

    // The workspace's keys act here while this tab is shown (A, R, Ctrl+Enter...).
    void approveSelected();
    void askToReject(); // RejectDialog, then rejectSelected
    void rejectSelected(const QString &comment);
    void settleSelected();

    money::LedgerTableModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    moneyview::LedgerEntryView *details() const { return m_details; }
    QLabel *notice() const { return m_notice; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *settleButton() const { return m_settle; }
    bool isLoading() const { return m_loading; }

signals:
    void loaded(int count);
    // Steps done (succeeded) and refused after one action.
    void stepsTaken(int succeeded, int failed);

private:
    QList<money::LedgerEntry> selectedEntries() const;
    void step(const QList<money::LedgerEntry> &entries,
              const std::function<QString(const money::LedgerEntry &)> &stepOf,
              const QString &comment);
    void showCurrent();
    void updateButtons();

    money::MoneyClient *m_client;
    money::LedgerTableModel *m_model;
    QComboBox *m_view;
    QLabel *m_notice;
    QTableView *m_list;
    moneyview::LedgerEntryView *m_details;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_settle;
    bool m_toSettle = false;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace fielddesk::approvals
