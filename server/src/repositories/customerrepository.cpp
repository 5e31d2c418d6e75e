#include "repositories/customerrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/sqlvalues.h"

#include <QHash>

namespace fielddesk::server {

namespace {

const QString kCustomerColumns =
    QStringLiteral("id, name, phone, email, notes, created_at, updated_at");

Customer readCustomer(const SqlQuery &q)
{
    Customer c;
    c.id = q.integer(0);
    c.name = q.text(1);
    c.phone = q.text(2);
    c.email = q.text(3);
    c.notes = q.text(4);
    c.createdAt = q.text(5);
    c.updatedAt = q.text(6);
    return c;
}

QString customerSearchText(const Customer &c)
{
    QStringList parts{c.name, c.phone, c.email};
    for (const CustomerAddress &a : c.addresses)
        parts << a.address;
    return foldForSearch(parts.join(QLatin1Char('\n')));
}

} // namespace

const ListSpec &CustomerRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("id")},
         {QStringLiteral("name"), QStringLiteral("name")},
         {QStringLiteral("created_at"), QStringLiteral("created_at")},
         {QStringLiteral("updated_at"), QStringLiteral("updated_at")}},
        QStringLiteral("name"),
        {},
        {{QStringLiteral("id"), QStringLiteral("id"), FilterType::Integer, true, {}}},
        {}};
    return spec;
}

std::optional<Customer> CustomerRepository::find(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kCustomerColumns +
                         QStringLiteral(" FROM customers WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    QList<Customer> one{readCustomer(q)};
    loadAddresses(one);
    return one.first();
}

Page<Customer> CustomerRepository::list(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, listSpec());
    if (!query.search.isEmpty())
        filter.whereContainsFolded(QStringLiteral("search_text"), query.search);
    Page<Customer> page = selectPage<Customer>(m_db, kCustomerColumns, QStringLiteral("customers"),
                                               filter, query, readCustomer);
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
    SqlQuery q(m_db, QStringLiteral("SELECT customer_id, id, label, address, latitude, longitude "
                                    "FROM customer_addresses WHERE customer_id IN (%1) ORDER BY id")
                         .arg(marks.join(QLatin1Char(','))));
    for (const Customer &c : customers)
        q.bind(c.id);
    q.exec();
    while (q.next()) {
        CustomerAddress a;
        a.id = q.integer(1);
        a.label = q.text(2);
        a.address = q.text(3);
        if (!q.isNull(4))
            a.latitude = q.number(4);
        if (!q.isNull(5))
            a.longitude = q.number(5);
        customers[index.value(q.integer(0))].addresses.append(a);
    }
}

Customer CustomerRepository::insert(qint64 tenantId, Customer customer)
{
    customer.createdAt = customer.updatedAt = nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO customers (tenant_id, name, phone, email, notes, "
                                    "search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                                    "?, ?, ?) RETURNING id"));
    q.bind(tenantId)
        .bind(customer.name)
        .bind(customer.phone)
        .bind(customer.email)
        .bind(customer.notes)
        .bind(customerSearchText(customer))
        .bind(customer.createdAt)
        .bind(customer.updatedAt)
        .exec();
    q.next();
    customer.id = q.integer(0);
    for (CustomerAddress &address : customer.addresses)
        address = insertAddress(tenantId, customer.id, address);
    return customer;
}

void CustomerRepository::update(qint64 tenantId, const Customer &customer)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE customers SET name = ?, phone = ?, email = ?, notes = ?, "
                              "search_text = ?, updated_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(customer.name)
        .bind(customer.phone)
        .bind(customer.email)
        .bind(customer.notes)
        .bind(customerSearchText(customer))
        .bind(customer.updatedAt)
        .bind(tenantId)
        .bind(customer.id)
        .exec();
}

void CustomerRepository::remove(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM customers WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
}

std::optional<CustomerAddress>
CustomerRepository::findAddress(qint64 tenantId, qint64 customerId, qint64 addressId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, label, address, latitude, longitude FROM "
                                    "customer_addresses WHERE tenant_id = ? AND customer_id = ? "
                                    "AND id = ?"));
    q.bind(tenantId).bind(customerId).bind(addressId).exec();
    if (!q.next())
        return std::nullopt;
    CustomerAddress a;
    a.id = q.integer(0);
    a.label = q.text(1);
    a.address = q.text(2);
    if (!q.isNull(3))
        a.latitude = q.number(3);
    if (!q.isNull(4))
        a.longitude = q.number(4);
    return a;
}

CustomerAddress
CustomerRepository::insertAddress(qint64 tenantId, qint64 customerId, CustomerAddress address)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO customer_addresses (tenant_id, customer_id, label, "
                              "address, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?) "
                              "RETURNING id"));
    q.bind(tenantId)
        .bind(customerId)
        .bind(address.label)
        .bind(address.address)
        .bind(nullableDouble(address.latitude))
        .bind(nullableDouble(address.longitude))
        .exec();
    q.next();
    address.id = q.integer(0);
    return address;
}

void CustomerRepository::updateAddress(qint64 tenantId, const CustomerAddress &address)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE customer_addresses SET label = ?, address = ?, "
                                    "latitude = ?, longitude = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(address.label)
        .bind(address.address)
        .bind(nullableDouble(address.latitude))
        .bind(nullableDouble(address.longitude))
        .bind(tenantId)
        .bind(address.id)
        .exec();
}

void CustomerRepository::removeAddress(qint64 tenantId, qint64 addressId)
{
    SqlQuery q(m_db,
               QStringLiteral("DELETE FROM customer_addresses WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(addressId).exec();
}

void CustomerRepository::refreshSearchText(qint64 tenantId, qint64 customerId)
{
    if (const std::optional<Customer> customer = find(tenantId, customerId)) {
        SqlQuery q(m_db, QStringLiteral("UPDATE customers SET search_text = ? WHERE id = ?"));
        q.bind(customerSearchText(*customer)).bind(customerId).exec();
    }
}

} // namespace fielddesk::server
