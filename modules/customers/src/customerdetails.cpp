#include "fielddesk/customers/customerdetails.h"

#include "fielddesk/client/jobstatustext.h"
#include "fielddesk/customers/addressdialog.h"
#include "fielddesk/customers/customerclient.h"
#include "fielddesk/domain/aboutme.h"
#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/forms/confirmation.h"
#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/forms/formrefusal.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/sectiontitle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fielddesk::customers {

namespace {

// The column `stretched` takes the room the others leave.
QTableWidget *
makeTable(const QStringList &headers, int stretched, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setTabKeyNavigation(false); // Tab leaves the grid; the arrow keys move in it
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretched, QHeaderView::Stretch);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

CustomerDetails::CustomerDetails(CustomerClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_marks(std::make_unique<forms::FieldErrorMarks>())
    , m_title(new forms::SectionTitle(tr("Customer"), QStringLiteral("customerTitle"), this))
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, QStringLiteral("customerMessage"), this))
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_noEmail(new QCheckBox(tr("No emails"), this))
    , m_noTexts(new QCheckBox(tr("No text messages"), this))
    , m_language(new QComboBox(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_addresses(makeTable({tr("Label"), tr("Address"), tr("On the map")},
                            AddressTextColumn,
                            QStringLiteral("addressTable"),
                            this))
    , m_addAddress(new QPushButton(tr("Add address…"), this))
    , m_changeAddress(new QPushButton(tr("Change…"), this))
    , m_removeAddress(new QPushButton(tr("Remove"), this))
    , m_jobs(makeTable({tr("When"), tr("Job"), tr("Status"), tr("Technician")},
                       JobTitleColumn,
                       QStringLiteral("customerJobs"),
                       this))
    , m_existingOnly(new QWidget(this))
{
    setStyleSheet(forms::FieldErrorMarks::styleSheet());
    auto *form = new QFormLayout;
    m_name->setMaxLength(200);
    m_marks->addRow(form, QStringLiteral("name"), tr("Name"), m_name);
    m_marks->addRow(form, QStringLiteral("phone"), tr("Phone"), m_phone);
    m_marks->addRow(form, QStringLiteral("email"), tr("Email"), m_email);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_marks->addRow(form, QStringLiteral("notes"), tr("Notes"), m_notes);
    // What FieldDesk may send the customer (scheduled, on the way, done).
    m_noEmail->setObjectName(QStringLiteral("noEmailBox"));
    m_noTexts->setObjectName(QStringLiteral("noTextsBox"));
    auto *optOuts = new QWidget(this);
    auto *optOutRow = new QHBoxLayout(optOuts);
    optOutRow->setContentsMargins(0, 0, 0, 0);
    optOutRow->addWidget(m_noEmail);
    optOutRow->addWidget(m_noTexts);
    optOutRow->addStretch();
    m_marks->addRow(form, QStringLiteral("email_opt_out"), tr("Messages"), optOuts);
    // The language those messages are written in; none chosen: the company's customer_language.
    m_language->addItem(tr("Company default"), QString());
    for (const QString &code : UserPreferences::supportedLanguages())
        m_language->addItem(UserPreferences::languageName(code), code);
    m_language->setToolTip(tr("The language FieldDesk writes to this customer in; the company's "
                              "default unless one is chosen"));
    m_marks->addRow(form, QStringLiteral("language"), tr("Messages in"), m_language);
    m_save->setObjectName(QStringLiteral("saveCustomerButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &CustomerDetails::save);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);

    m_addAddress->setObjectName(QStringLiteral("addAddressButton"));
    m_changeAddress->setObjectName(QStringLiteral("changeAddressButton"));
    m_removeAddress->setObjectName(QStringLiteral("removeAddressButton"));
    m_addresses->setAccessibleName(tr("Service addresses"));
    m_jobs->setAccessibleName(tr("The customer's jobs"));
    connect(m_addAddress, &QPushButton::clicked, this, &CustomerDetails::addAddress);
    connect(m_changeAddress, &QPushButton::clicked, this, &CustomerDetails::changeAddress);
    connect(m_removeAddress, &QPushButton::clicked, this, &CustomerDetails::removeAddress);
    connect(m_addresses, &QTableWidget::itemActivated, this, &CustomerDetails::changeAddress);
    const auto followSelection = [this] {
        const bool selected = m_addresses->currentRow() >= 0;
        m_changeAddress->setEnabled(selected);
        m_removeAddress->setEnabled(selected);
    };
    connect(m_addresses, &QTableWidget::currentCellChanged, this, followSelection);
    followSelection();
    auto *addressButtons = new QHBoxLayout;
    addressButtons->addWidget(m_addAddress);
    addressButtons->addWidget(m_changeAddress);
    addressButtons->addWidget(m_removeAddress);
    addressButtons->addStretch();

    auto *existing = new QVBoxLayout(m_existingOnly);
    existing->setContentsMargins(0, 0, 0, 0);
    existing->addWidget(
        new forms::SectionTitle(tr("Service addresses"), QStringLiteral("addressesTitle"), this));
    existing->addWidget(m_addresses, 1);
    existing->addLayout(addressButtons);
    existing->addWidget(
        new forms::SectionTitle(tr("Job history"), QStringLiteral("jobsTitle"), this));
    existing->addWidget(m_jobs, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addLayout(saveRow);
    layout->addWidget(m_existingOnly, 1);
    setEnabled(false); // until a customer is chosen or a new one begun
}

CustomerDetails::~CustomerDetails() = default;

void CustomerDetails::showCustomer(qint64 customerId)
{
    m_message->showMessage({});
    m_client->customer(customerId, this, [this](const client::ApiResult<Customer> &customer) {
        if (!customer) {
            m_message->showMessage(customer.error().message());
            return;
        }
        show(*customer);
        loadJobs();
        emit loaded();
    });
}

void CustomerDetails::startNew()
{
    m_customer.reset();
    m_marks->clear();
    m_message->showMessage({});
    m_title->setText(tr("New customer"));
    for (QLineEdit *edit : {m_name, m_phone, m_email})
        edit->clear();
    m_notes->clear();
    m_noEmail->setChecked(false);
    m_noTexts->setChecked(false);
    m_language->setCurrentIndex(0);
    m_save->setText(tr("Create customer"));
    m_existingOnly->hide();
    setEnabled(true);
    m_name->setFocus();
}

void CustomerDetails::show(const Customer &customer)
{
    m_customer = customer;
    m_marks->clear();
    m_title->setText(customer.name);
    m_name->setText(customer.name);
    m_phone->setText(customer.phone);
    m_email->setText(customer.email);
    m_notes->setPlainText(customer.notes);
    m_noEmail->setChecked(customer.emailOptOut);
    m_noTexts->setChecked(customer.smsOptOut);
    // A language this console does not know yet shows as itself, so that saving keeps it.
    int language = m_language->findData(customer.language);
    if (language < 0) {
        m_language->addItem(customer.language, customer.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_save->setText(tr("Save"));
    m_existingOnly->show();
    setEnabled(true);
    showAddresses();
}

void CustomerDetails::showAddresses()
{
    m_addresses->setRowCount(0);
    if (!m_customer)
        return;
    for (const CustomerAddress &a : m_customer->addresses) {
        const int row = m_addresses->rowCount();
        m_addresses->insertRow(row);
        auto *label = cell(a.label);
        label->setData(Qt::UserRole, a.id);
        m_addresses->setItem(row, AddressLabelColumn, label);
        m_addresses->setItem(row, AddressTextColumn, cell(a.address));
        m_addresses->setItem(row, AddressOnMapColumn,
                             cell(a.latitude && a.longitude ? tr("yes") : tr("no")));
    }
}

void CustomerDetails::loadJobs()
{
    m_jobs->setRowCount(0);
    if (!m_customer)
        return;
    const qint64 customerId = m_customer->id;
    m_client->jobsOf(customerId, this,
                     [this, customerId](const client::ApiResult<QList<Job>> &jobs) {
                         if (!m_customer || m_customer->id != customerId)
                             return; // another customer is shown meanwhile
                         if (!jobs) {
                             m_message->showMessage(jobs.error().message());
                             return;
                         }
                         const LocalClock clock(QString::fromUtf8(m_zone.id()));
                         for (const Job &job : *jobs) {
                             const int row = m_jobs->rowCount();
                             m_jobs->insertRow(row);
                             // When it is planned, else its window, else when it was taken.
                             const QString when = !job.plannedStart.isEmpty()  ? job.plannedStart
                                                  : !job.windowStart.isEmpty() ? job.windowStart
                                                                               : job.createdAt;
                             const std::optional<QDateTime> at = parseTimestamp(when);
                             auto *whenItem = cell(at ? clock.dateTime(*at) : QString());
                             whenItem->setData(Qt::UserRole, job.id);
                             m_jobs->setItem(row, JobWhenColumn, whenItem);
                             m_jobs->setItem(row, JobTitleColumn, cell(job.title));
                             m_jobs->setItem(row, JobStatusColumn,
                                             cell(client::JobStatusText::title(job.status)));
                             m_jobs->setItem(row, JobTechnicianColumn, cell(job.technicianName));
                         }
                         emit jobsLoaded(int(jobs->size()));
                     });
}

Customer CustomerDetails::formCustomer() const
{
    Customer customer = m_customer.value_or(Customer());
    customer.name = m_name->text().trimmed();
    customer.phone = m_phone->text().trimmed();
    customer.email = m_email->text().trimmed();
    customer.notes = m_notes->toPlainText();
    customer.emailOptOut = m_noEmail->isChecked();
    customer.smsOptOut = m_noTexts->isChecked();
    customer.language = m_language->currentData().toString();
    return customer;
}

void CustomerDetails::save()
{
    m_marks->clear();
    m_message->showMessage({});
    if (m_name->text().trimmed().isEmpty()) {
        m_marks->show({{QStringLiteral("name"), tr("The customer needs a name.")}});
        return;
    }
    const Customer wanted = formCustomer();
    const auto answered = [this](const client::ApiResult<Customer> &saved) {
        m_save->setEnabled(true);
        if (!saved) {
            refused(saved.error());
            return;
        }
        const bool created = !m_customer;
        show(*saved);
        if (created)
            loadJobs();
        emit customerSaved(*saved);
    };
    m_save->setEnabled(false);
    if (!m_customer) {
        m_client->create(wanted, this, answered);
        return;
    }
    // Only what changed: a rename rewrites the search text of all the customer's jobs.
    const QJsonObject before = CustomerClient::bodyOf(*m_customer, false);
    QJsonObject changes = CustomerClient::bodyOf(wanted, false);
    for (const QString &key : before.keys()) {
        if (before.value(key) == changes.value(key))
            changes.remove(key);
    }
    if (changes.isEmpty()) {
        m_save->setEnabled(true);
        return;
    }
    m_client->update(m_customer->id, changes, this, answered);
}

void CustomerDetails::refused(const client::ApiError &error)
{
    forms::FormRefusal::show(
        error,
        [this](const QList<forms::FieldErrorMarks::FieldError> &errors) {
            return m_marks->show(errors);
        },
        m_message);
}

void CustomerDetails::addAddress()
{
    editAddress(CustomerAddress());
}

void CustomerDetails::changeAddress()
{
    const int row = m_addresses->currentRow();
    if (m_customer && row >= 0 && row < m_customer->addresses.size())
        editAddress(m_customer->addresses.at(row));
}

void CustomerDetails::editAddress(const CustomerAddress &address)
{
    if (!m_customer)
        return;
    auto *dialog = new AddressDialog(address, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 customerId = m_customer->id;
        const auto answered = [this, customerId](const client::ApiResult<CustomerAddress> &saved) {
            if (!saved) {
                m_message->showMessage(saved.error().message());
                return;
            }
            showCustomer(customerId);
        };
        const CustomerAddress typed = dialog->address();
        if (typed.id == 0)
            m_client->addAddress(customerId, typed, this, answered);
        else
            m_client->updateAddress(customerId, typed, this, answered);
    });
    dialog->open();
}

void CustomerDetails::removeAddress()
{
    const int row = m_addresses->currentRow();
    if (!m_customer || row < 0 || row >= m_customer->addresses.size())
        return;
    const CustomerAddress address = m_customer->addresses.at(row);
    forms::askToConfirm(this,
                        {.title = tr("Remove address"),
                         .question = tr("Remove the address “%1”?").arg(address.address),
                         .confirmText = tr("Remove"),
                         .objectName = QStringLiteral("removeAddressQuestion"),
                         .confirmObjectName = QStringLiteral("confirmRemoveAddress"),
                         .destructive = true},
                        [this, address] {
                            if (!m_customer)
                                return;
                            const qint64 customerId = m_customer->id;
                            m_client->removeAddress(
                                customerId, address.id, this,
                                [this, customerId](const client::ApiResult<client::Done> &done) {
                                    if (!done) {
                                        // e.g. jobs still use it: the server says so
                                        m_message->showMessage(done.error().message());
                                        return;
                                    }
                                    showCustomer(customerId);
                                });
                        });
}

} // namespace fielddesk::customers
