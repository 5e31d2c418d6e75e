#include "fielddesk/jobedit/customerpicker.h"

#include "fielddesk/customers/customerclient.h"
#include "fielddesk/forms/fielderrormarks.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace fielddesk::jobedit {

namespace {

constexpr int kVisibleResults = 6;
constexpr int kMinimumSearchLength = 2;

} // namespace

CustomerPicker::CustomerPicker(customers::CustomerClient *client,
                               forms::FieldErrorMarks *marks,
                               QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_marks(marks)
    , m_search(new QLineEdit(this))
    , m_newCustomer(new QPushButton(tr("New customer…"), this))
    , m_chosenLabel(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_newBox(new QGroupBox(tr("New customer"), this))
    , m_name(new QLineEdit(m_newBox))
    , m_phone(new QLineEdit(m_newBox))
    , m_email(new QLineEdit(m_newBox))
    , m_addressLabel(new QLineEdit(m_newBox))
    , m_address(new QLineEdit(m_newBox))
    , m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Name, phone, email or address"));
    m_search->setAccessibleName(tr("Find customer"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_newCustomer->setObjectName(QStringLiteral("newCustomerButton"));
    m_newCustomer->setCheckable(true);
    m_chosenLabel->setObjectName(QStringLiteral("chosenCustomer"));
    m_chosenLabel->setWordWrap(true);
    m_chosenLabel->hide();
    m_results->setObjectName(QStringLiteral("customerResults"));
    m_results->setAccessibleName(tr("Matching customers"));
    m_results->setUniformItemSizes(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->hide();

    m_newBox->setObjectName(QStringLiteral("newCustomerBox"));
    auto *newForm = new QFormLayout(m_newBox);
    m_marks->addRow(newForm, QStringLiteral("customer.name"), tr("Name"), m_name);
    m_marks->addRow(newForm, QStringLiteral("customer.phone"), tr("Phone"), m_phone);
    m_marks->addRow(newForm, QStringLiteral("customer.email"), tr("Email"), m_email);
    m_addressLabel->setPlaceholderText(tr("e.g. Home, Office"));
    m_marks->addRow(newForm, QStringLiteral("customer.addresses[0].label"), tr("Address label"),
                    m_addressLabel);
    m_marks->addRow(newForm, QStringLiteral("customer.addresses[0].address"), tr("Address"),
                    m_address);
    m_newBox->hide();

    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(0, 0, 0, 0);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_newCustomer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_chosenLabel);
    layout->addWidget(m_results);
    layout->addWidget(m_newBox);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &CustomerPicker::search);
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        if (m_chosen) {
            // Typing again asks for another customer.
            m_chosen.reset();
            m_chosenLabel->hide();
            emit customerCleared();
        }
        m_debounce->start();
    });
    connect(m_results, &QListWidget::itemActivated, this, &CustomerPicker::pick);
    connect(m_results, &QListWidget::itemClicked, this, &CustomerPicker::pick);
    connect(m_newCustomer, &QPushButton::toggled, this, &CustomerPicker::setNewCustomer);
}

bool CustomerPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search line walks into the results; Enter there takes the first one.
    if (watched == m_search && event->type() == QEvent::KeyPress && m_results->isVisible() &&
        m_results->count() > 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down) {
            m_results->setFocus();
            m_results->setCurrentRow(0);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            pick(m_results->item(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerPicker::search()
{
    const QString text = m_search->text().trimmed();
    const quint64 generation = ++m_searchGeneration;
    if (text.size() < kMinimumSearchLength) {
        showResults({});
        return;
    }
    m_client->search(text, kSearchLimit, 0, this,
                     [this, generation](const client::ApiResult<customers::CustomerPage> &found) {
                         if (generation != m_searchGeneration)
                             return; // an older search; the newer one decides what shows
                         showResults(found ? found->customers : QList<Customer>());
                     });
}

void CustomerPicker::showResults(const QList<Customer> &customers)
{
    m_found = customers;
    m_results->clear();
    for (const Customer &customer : customers) {
        auto *item = new QListWidgetItem(summaryOf(customer), m_results);
        item->setData(Qt::UserRole, customer.id);
    }
    if (customers.isEmpty() && m_search->text().trimmed().size() >= kMinimumSearchLength) {
        auto *none = new QListWidgetItem(tr("No customer matches; use “New customer…”"), m_results);
        none->setFlags(Qt::NoItemFlags);
    }
    const int rows = std::min(int(m_results->count()), kVisibleResults);
    m_results->setVisible(rows > 0);
    // Tall enough for the rows shown (a hidden list has no row size yet: the font's is used).
    const int rowHeight =
        std::max(m_results->sizeHintForRow(0), m_results->fontMetrics().height() + 4);
    m_results->setFixedHeight(rows * rowHeight + 2 * m_results->frameWidth());
    emit searched(int(customers.size()));
}

void CustomerPicker::pick(QListWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const Customer &customer : std::as_const(m_found)) {
        if (customer.id == id) {
            choose(customer);
            emit customerChosen(customer);
            return;
        }
    }
}

void CustomerPicker::choose(const Customer &customer)
{
    m_chosen = customer;
    setNewCustomer(false);
    m_search->setText(customer.name);
    m_chosenLabel->setText(summaryOf(customer));
    m_chosenLabel->show();
    m_results->clear();
    m_results->hide();
}

void CustomerPicker::clear()
{
    m_chosen.reset();
    m_search->clear();
    m_chosenLabel->hide();
    m_results->hide();
}

bool CustomerPicker::isNewCustomer() const
{
    return m_newCustomer->isChecked();
}

void CustomerPicker::setNewCustomer(bool typingNew)
{
    if (m_choosing)
        return;
    m_choosing = true;
    m_newCustomer->setChecked(typingNew);
    m_newBox->setVisible(typingNew);
    m_search->setEnabled(!typingNew);
    if (typingNew) {
        // What was typed in the search is most likely the caller's name.
        if (m_name->text().isEmpty() && !m_chosen)
            m_name->setText(m_search->text().trimmed());
        m_chosen.reset();
        m_chosenLabel->hide();
        m_results->hide();
        m_name->setFocus();
    }
    m_choosing = false;
    emit newCustomerToggled(typingNew);
}

Customer CustomerPicker::newCustomerDraft() const
{
    Customer draft;
    draft.name = m_name->text().trimmed();
    draft.phone = m_phone->text().trimmed();
    draft.email = m_email->text().trimmed();
    if (!m_address->text().trimmed().isEmpty()) {
        CustomerAddress address;
        address.label = m_addressLabel->text().trimmed();
        address.address = m_address->text().trimmed();
        draft.addresses.append(address);
    }
    return draft;
}

bool CustomerPicker::checkNewCustomer()
{
    QList<forms::FieldErrorMarks::FieldError> errors;
    if (m_name->text().trimmed().isEmpty())
        errors.append({QStringLiteral("customer.name"), tr("The customer needs a name.")});
    if (m_phone->text().trimmed().isEmpty() && m_email->text().trimmed().isEmpty())
        errors.append(
            {QStringLiteral("customer.phone"), tr("Give a phone number or an email address.")});
    if (m_address->text().trimmed().isEmpty())
        errors.append({QStringLiteral("customer.addresses[0].address"),
                       tr("Where is the work? Type the address.")});
    m_marks->show(errors);
    return errors.isEmpty();
}

QString CustomerPicker::summaryOf(const Customer &customer)
{
    QStringList parts{customer.name};
    if (!customer.phone.isEmpty())
        parts << customer.phone;
    if (!customer.email.isEmpty())
        parts << customer.email;
    if (!customer.addresses.isEmpty())
        parts << customer.addresses.first().address;
    return parts.join(QStringLiteral(" · "));
}

} // namespace fielddesk::jobedit
