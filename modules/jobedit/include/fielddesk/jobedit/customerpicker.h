// Finds the customer on the phone: as the dispatcher types a name, phone number, email or part
// of an address, the matching customers show below the line (after a short pause, the newest
// answer only); Enter, a click or the arrow keys pick one. "New customer" instead opens fields
// for the caller's name, phone, email and address, sent with the job.
// Part of fielddesk_jobedit.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;

namespace fielddesk::customers {
class CustomerClient;
}

namespace fielddesk::forms {
class FieldErrorMarks;
}

namespace fielddesk::jobedit {

class CustomerPicker : public QWidget
{
    Q_OBJECT

public:
    // How long typing must pause before the search goes out; how many customers it shows.
    static constexpr int kSearchLimit = 20;
    static constexpr int kSearchDelayMs = 250;

    // The new customer's fields are marked as "customer.name", "customer.phone",... in marks.
    CustomerPicker(customers::CustomerClient *client,
                   forms::FieldErrorMarks *marks,
                   QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QPushButton *newCustomerButton() const { return m_newCustomer; }
    QGroupBox *newCustomerBox() const { return m_newBox; }
    QLineEdit *newNameEdit() const { return m_name; }
    QLineEdit *newPhoneEdit() const { return m_phone; }
    QLineEdit *newEmailEdit() const { return m_email; }
    QLineEdit *newAddressEdit() const { return m_address; }

    // The customer picked from the search; nullopt while none is (or a new one is typed).
    const std::optional<Customer> &chosen() const { return m_chosen; }
    void choose(const Customer &customer);
    void clear();
    // The dispatcher is typing a new customer (sent before the job).
    bool isNewCustomer() const;
    void setNewCustomer(bool typingNew);
    Customer newCustomerDraft() const;
    // Says what is missing of a new customer at its field; true when it can be sent.
    bool checkNewCustomer();

signals:
    void customerChosen(const fielddesk::Customer &customer);
    // A new customer is being typed (true) or a known one is asked for again (false).
    void newCustomerToggled(bool typingNew);
    // The customer chosen before is no longer (the dispatcher typed again).
    void customerCleared();
    // The results of the newest search are shown.
    void searched(int found);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showResults(const QList<Customer> &customers);
    void pick(QListWidgetItem *item);
    static QString summaryOf(const Customer &customer);

    customers::CustomerClient *m_client;
    forms::FieldErrorMarks *m_marks;
    QLineEdit *m_search;
    QPushButton *m_newCustomer;
    QLabel *m_chosenLabel;
    QListWidget *m_results;
    QGroupBox *m_newBox;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_addressLabel;
    QLineEdit *m_address;
    QTimer *m_debounce;
    QList<Customer> m_found;
    std::optional<Customer> m_chosen;
    quint64 m_searchGeneration = 0;
    bool m_choosing = false;
};

} // namespace fielddesk::jobedit
