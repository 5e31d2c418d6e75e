#include "repositories/customerrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/table.h"

#include <QHash>

namespace fielddesk::server {

namespace {

QString customerSearchText(const Customer &c)
{
    QStringList parts{c.name, c.phone, c.email};
    for (const CustomerAddress &a : c.addresses)
        parts << a.address;
    return foldForSearch(parts.join(QLatin1Char('\n')));
}

const Table<Customer> &customerTable()
{
    static const Table<Customer> table(
        QStringLiteral("customers"),
        {column(QStringLiteral("id"), &Customer::id, ColumnWrite::Never),
         column(QStringLiteral("name"), &Customer::name),
         column(QStringLiteral("phone"), &Customer::phone),
         column(QStringLiteral("email"), &Customer::email),
         column(QStringLiteral("notes"), &Customer::notes),
         column(QStringLiteral("email_opt_out"), &Customer::emailOptOut),
         column(QStringLiteral("sms_opt_out"), &Customer::smsOptOut),
         column(QStringLiteral("language"), &Customer::language),
         derived<Customer>(QStringLiteral("search_text"),
                           [](const Customer &c) { return QVariant(customerSearchText(c)); }),
         column(QStringLiteral("created_at"), &Customer::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &Customer::updatedAt)});
    return table;
}

const Table<CustomerAddress> &addressTable()
{
    static const Table<CustomerAddress> table(
        QStringLiteral("customer_addresses"),
        {column(QStringLiteral("id"), &CustomerAddress::id, ColumnWrite::Never),
         column(QStringLiteral("label"), &CustomerAddress::label),
         column(QStringLiteral("address"), &CustomerAddress::address),
         column(QStringLiteral("latitude"), &CustomerAddress::latitude),
         column(QStringLiteral("longitude"), &CustomerAddress::longitude)});
    return table;
}

} // namespace

const ListSpec &CustomerRepository::listSpec()
{
    static const ListSpec spec{
        customerTable().orderable({QStringLiteral("id"), QStringLiteral("name"),
                                   QStringLiteral("created_at"), QStringLiteral("updated_at")}),
        QStringLiteral("name"),
        {},
        {customerTable().filter(QStringLiteral("id"), FilterType::Integer, true)},
        {}};
    return spec;
}

std::optional<Customer> CustomerRepository::find(qint64 tenantId, qint64 id)
{
    const std::optional<Customer> customer = customerTable().find(m_db, tenantId, id);
    if (!customer)
        return std::nullopt;
    QList<Customer> one{*customer};
    loadAddresses(one);
    return one.first();
}

Page<Customer> CustomerRepository::list(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, listSpec());
    if (!query.search.isEmpty())
        filter.whereContainsFolded(QStringLiteral("search_text"), query.search);
    Page<Customer> page = customerTable().page(m_db, filter, query);
    loadAddresses(page.items);
    return page;
}

void CustomerRepository::loadAddresses(QList<Customer> &customers)
{
    if (customers.isEmpty())
        return;
    QHash<qint64, qsizetype> index;
    QStringList marks;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        index.insert(customers[i].id, i);
        marks << QStringLiteral("?");
    }
    // The owner after the address's own columns.
    const int ownerColumn = addressTable().readCount();
    SqlQuery q(m_db, QStringLiteral("SELECT %1, customer_id FROM customer_addresses WHERE "
                                    "customer_id IN (%2) ORDER BY id")
                         .arg(addressTable().selectList(), marks.join(QLatin1Char(','))));
    for (const Customer &c : customers)
        q.bind(c.id);
    q.exec();
    while (q.next())
        customers[index.value(q.integer(ownerColumn))].addresses.append(addressTable().read(q));
}

Customer CustomerRepository::insert(qint64 tenantId, Customer customer)
{
    customer.createdAt = customer.updatedAt = nowTimestamp();
    customer.id = customerTable().insert(m_db, customer, {{QStringLiteral("tenant_id"), tenantId}});
    for (CustomerAddress &address : customer.addresses)
        address = insertAddress(tenantId, customer.id, address);
    return customer;
}

void CustomerRepository::update(qint64 tenantId, const Customer &customer)
{
    customerTable().update(m_db, customer, tenantId);
}

void CustomerRepository::remove(qint64 tenantId, qint64 id)
{
    customerTable().remove(m_db, tenantId, id);
}

std::optional<CustomerAddress>
CustomerRepository::findAddress(qint64 tenantId, qint64 customerId, qint64 addressId)
{
    return addressTable().findWhere(m_db,
                                    QStringLiteral("tenant_id = ? AND customer_id = ? AND id = ?"),
                                    {tenantId, customerId, addressId});
}

CustomerAddress
CustomerRepository::insertAddress(qint64 tenantId, qint64 customerId, CustomerAddress address)
{
    address.id = addressTable().insert(
        m_db, address,
        {{QStringLiteral("tenant_id"), tenantId}, {QStringLiteral("customer_id"), customerId}});
    return address;
}

void CustomerRepository::updateAddress(qint64 tenantId, const CustomerAddress &address)
{
    addressTable().update(m_db, address, tenantId);
}

void CustomerRepository::removeAddress(qint64 tenantId, qint64 addressId)
{
    addressTable().remove(m_db, tenantId, addressId);
}

void CustomerRepository::refreshSearchText(qint64 tenantId, qint64 customerId)
{
    if (const std::optional<Customer> customer = find(tenantId, customerId)) {
        SqlQuery q(m_db, QStringLiteral("UPDATE customers SET search_text = ? WHERE id = ?"));
        q.bind(customerSearchText(*customer)).bind(customerId).exec();
    }
}

QHash<qint64, QString> CustomerRepository::changedSince(qint64 tenantId, const QString &since)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, updated_at FROM customers WHERE tenant_id = ? "
                                    "AND updated_at >= ?"));
    q.bind(tenantId).bind(since).exec();
    QHash<qint64, QString> changed;
    while (q.next())
        changed.insert(q.integer(0), q.text(1));
    return changed;
}

} // namespace fielddesk::server
