// One customer in full, to change: name, phone, email and notes, what FieldDesk may send
// them and in which language (saved as the changes only, refusals at their field), the service
// addresses (add, change, remove after asking) and the customer's jobs, newest first. Also the
// form of a new customer.
// Part of fielddesk_customers.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QTimeZone>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace fielddesk::client {
struct ApiError;
}

namespace fielddesk::forms {
class FieldErrorMarks;
class MessageLabel;
class SectionTitle;
} // namespace fielddesk::forms

namespace fielddesk::customers {

class CustomerClient;

class CustomerDetails : public QWidget
{
    Q_OBJECT

public:
    enum AddressColumn { AddressLabelColumn, AddressTextColumn, AddressOnMapColumn };
    enum JobColumn { JobWhenColumn, JobTitleColumn, JobStatusColumn, JobTechnicianColumn };

    CustomerDetails(CustomerClient *client, QWidget *parent = nullptr);
    ~CustomerDetails() override;

    // Job times read in this zone (the tenant's).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    void showCustomer(qint64 customerId);
    void startNew();
    // The customer shown (nullopt: a new one, not saved yet).
    const std::optional<Customer> &customer() const { return m_customer; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    // "Messages in": the company's default (no data) or a language code ("en", "de", "es").
    QComboBox *languageBox() const { return m_language; }
    QPushButton *saveButton() const { return m_save; }
    QTableWidget *addressTable() const { return m_addresses; }
    QPushButton *addAddressButton() const { return m_addAddress; }
    QPushButton *changeAddressButton() const { return m_changeAddress; }
    QPushButton *removeAddressButton() const { return m_removeAddress; }
    QTableWidget *jobTable() const { return m_jobs; }
    forms::MessageLabel *messageLabel() const { return m_message; }
    forms::FieldErrorMarks &marks() const { return *m_marks; }

signals:
    // The customer and its addresses are shown.
    void loaded();
    void jobsLoaded(int count);
    void customerSaved(const fielddesk::Customer &customer);

private:
    void show(const Customer &customer);
    void showAddresses();
    void loadJobs();
    void save();
    Customer formCustomer() const;
    void addAddress();
    void changeAddress();
    // The address dialog for a new (id 0) or a known address; sent when accepted.
    void editAddress(const CustomerAddress &address);
    void removeAddress();
    void refused(const client::ApiError &error);

    CustomerClient *m_client;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::optional<Customer> m_customer;
    std::unique_ptr<forms::FieldErrorMarks> m_marks;
    forms::SectionTitle *m_title;
    forms::MessageLabel *m_message;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QPlainTextEdit *m_notes;
    QCheckBox *m_noEmail;  // the customer opted out of FieldDesk's emails
    QCheckBox *m_noTexts;  // ... and text messages
    QComboBox *m_language; // what messages to them are written in; first: the company's default
    QPushButton *m_save;
    QTableWidget *m_addresses;
    QPushButton *m_addAddress;
    QPushButton *m_changeAddress;
    QPushButton *m_removeAddress;
    QTableWidget *m_jobs;
    QWidget *m_existingOnly; // addresses and jobs: for a saved customer
};

} // namespace fielddesk::customers
