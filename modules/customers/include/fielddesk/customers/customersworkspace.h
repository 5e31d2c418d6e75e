// The customers workspace (dispatchers, managers, admins): a search over name, phone, email and
// addresses as the user types, the matching customers a page at a time, and beside them the
// chosen customer in full (CustomerDetails: details, service addresses, job history); "New
// customer" starts an empty one. Depends on fielddesk_client, fielddesk_domain and
// fielddesk_forms; never on the shell (the application registers it as a workspace).
#pragma once

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::customers {

class CustomerClient;
class CustomerDetails;
class CustomerTableModel;

class CustomersWorkspace : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    static constexpr int kSearchDelayMs = 250;
    // No column but the address grows wider than this many average characters.
    static constexpr int kWidestColumnChars = 30;

    explicit CustomersWorkspace(client::ApiClient *api, QWidget *parent = nullptr);

    // "Customers": the workspace's title.
    static QString title();

    // Loads the first page; times read in the tenant's zone.
    void start(const QTimeZone &zone);
    void stop();

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *table() const { return m_table; }
    CustomerTableModel *model() const { return m_model; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *moreButton() const { return m_more; }
    QLabel *countLabel() const { return m_count; }
    CustomerDetails *details() const { return m_details; }

signals:
    // A page of the search is shown.
    void searched();

private:
    void search(bool nextPage);
    void openRow(int row);

    CustomerClient *m_client;
    QLineEdit *m_search;
    QPushButton *m_new;
    QTableView *m_table;
    CustomerTableModel *m_model;
    QLabel *m_count;
    QPushButton *m_more;
    CustomerDetails *m_details;
    QTimer *m_debounce;
    quint64 m_generation = 0;
    qint64 m_total = 0;
};

} // namespace fielddesk::customers
