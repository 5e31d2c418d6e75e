#include "fielddesk/customers/customersworkspace.h"

#include "fielddesk/customers/customerclient.h"
#include "fielddesk/customers/customerdetails.h"
#include "fielddesk/customers/customertablemodel.h"
#include "fielddesk/forms/tablecolumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fielddesk::customers {

CustomersWorkspace::CustomersWorkspace(client::ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_client(new CustomerClient(api, this))
    , m_search(new QLineEdit(this))
    , m_new(new QPushButton(tr("New customer"), this))
    , m_table(new QTableView(this))
    , m_model(new CustomerTableModel(this))
    , m_count(new QLabel(this))
    , m_more(new QPushButton(tr("Show more"), this))
    , m_details(new CustomerDetails(m_client, this))
    , m_debounce(new QTimer(this))
{
    m_table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    setObjectName(QStringLiteral("customersWorkspace"));
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Find by name, phone, email or address"));
    m_search->setAccessibleName(tr("Find customers"));
    m_search->setClearButtonEnabled(true);
    m_new->setObjectName(QStringLiteral("newCustomerButton"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("A new customer (Ctrl+N)"));
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setAccessibleName(tr("Customers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_count->setObjectName(QStringLiteral("customerCount"));
    m_more->setObjectName(QStringLiteral("moreCustomersButton"));
    m_more->hide();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_new);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_more);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(footer);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("listAndDetails"));
    splitter->addWidget(listPane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { search(false); });
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        search(false);
    });
    connect(m_more, &QPushButton::clicked, this, [this] { search(true); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        m_details->startNew();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openRow(current.row());
            });
    connect(m_details, &CustomerDetails::customerSaved, this, [this](const Customer &customer) {
        m_model->upsert(customer);
        const int row = m_model->rowOf(customer.id);
        const QSignalBlocker quiet(m_table->selectionModel());
        m_table->selectRow(row);
    });
}

QString CustomersWorkspace::title()
{
    return tr("Customers");
}

void CustomersWorkspace::start(const QTimeZone &zone)
{
    m_details->setTimeZone(zone);
    search(false);
}

void CustomersWorkspace::stop()
{
    m_debounce->stop();
    ++m_generation; // answers still out are dropped
    m_model->setCustomers({});
}

void CustomersWorkspace::search(bool nextPage)
{
    const quint64 generation = nextPage ? m_generation : ++m_generation;
    const int offset = nextPage ? m_model->rowCount() : 0;
    m_more->setEnabled(false);
    m_client->search(
        m_search->text(), kPageSize, offset, this,
        [this, generation, nextPage](const client::ApiResult<CustomerPage> &page) {
            if (generation != m_generation)
                return; // a newer search decides what shows
            m_more->setEnabled(true);
            if (!page) {
                m_count->setText(page.error().message());
                return;
            }
            if (nextPage)
                m_model->appendCustomers(page->customers);
            else
                m_model->setCustomers(page->customers);
            forms::fitColumnsOnceAround(m_table, CustomerTableModel::AddressColumn,
                                        m_table->fontMetrics().averageCharWidth() *
                                            kWidestColumnChars);
            m_total = page->count;
            m_count->setText(
                tr("%1 of %n customer(s)", nullptr, int(m_total)).arg(m_model->rowCount()));
            m_more->setVisible(m_model->rowCount() < m_total);
            emit searched();
        });
}

void CustomersWorkspace::openRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_details->showCustomer(m_model->customerAt(row).id);
}

} // namespace fielddesk::customers
