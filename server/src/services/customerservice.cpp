#include "services/customerservice.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/jobrepository.h"

#include <QJsonArray>

namespace fielddesk::server {

namespace {

constexpr int kMaxAddressLength = 500;
constexpr int kMaxLabelLength = 100;

Failure customerNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such customer."));
}

Failure addressNotFound()
{
    return Failure::notFound(QStringLiteral("This customer has no such address."));
}

void applyCustomerFields(Customer &c, const QJsonObject &body)
{
    if (body.contains(QLatin1String("name")))
        c.name = body.value(QLatin1String("name")).toString().trimmed();
    if (body.contains(QLatin1String("phone")))
        c.phone = body.value(QLatin1String("phone")).toString();
    if (body.contains(QLatin1String("email")))
        c.email = body.value(QLatin1String("email")).toString();
    if (body.contains(QLatin1String("notes")))
        c.notes = body.value(QLatin1String("notes")).toString();
}

} // namespace

std::optional<Failure>
applyAddressFields(CustomerAddress &address, const QJsonObject &o, const QString &field)
{
    const auto coordinate = [&o](const char *key, double limit) -> std::optional<double> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble() && std::abs(v.toDouble()) <= limit)
            return v.toDouble();
        return std::nullopt;
    };
    if (o.contains(QLatin1String("label")))
        address.label = o.value(QLatin1String("label")).toString();
    if (o.contains(QLatin1String("address")))
        address.address = o.value(QLatin1String("address")).toString().trimmed();
    for (const char *key : {"latitude", "longitude"}) {
        if (!o.contains(QLatin1String(key)))
            continue;
        const QJsonValue v = o.value(QLatin1String(key));
        const double limit = key[1] == 'a' ? 90 : 180;
        if (!v.isNull() && !coordinate(key, limit))
            return Failure::validation(
                field + QLatin1Char('.') + QLatin1String(key),
                QStringLiteral("must be a number from -%1 to %1 or null").arg(limit));
        (key[1] == 'a' ? address.latitude : address.longitude) = coordinate(key, limit);
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        static const QStringList known{QStringLiteral("id"), QStringLiteral("label"),
                                       QStringLiteral("address"), QStringLiteral("latitude"),
                                       QStringLiteral("longitude")};
        if (!known.contains(it.key()))
            return Failure::validation(field + QLatin1Char('.') + it.key(),
                                       QStringLiteral("is not a known field"));
    }
    if (address.address.isEmpty() || address.address.size() > kMaxAddressLength ||
        address.address.contains(QChar(0)))
        return Failure::validation(
            field + QStringLiteral(".address"),
            QStringLiteral("must be 1 to %1 characters").arg(kMaxAddressLength));
    if (address.label.size() > kMaxLabelLength || address.label.contains(QChar(0)))
        return Failure::validation(
            field + QStringLiteral(".label"),
            QStringLiteral("must be at most %1 characters").arg(kMaxLabelLength));
    if (address.latitude.has_value() != address.longitude.has_value())
        return Failure::validation(field + QStringLiteral(".latitude"),
                                   QStringLiteral("latitude and longitude go together"));
    return std::nullopt;
}

Page<Customer> CustomerService::list(const Principal &caller, const ListQuery &query)
{
    return CustomerRepository(m_db).list(caller.tenantId, query);
}

Result<Customer> CustomerService::get(const Principal &caller, qint64 id)
{
    const std::optional<Customer> customer = CustomerRepository(m_db).find(caller.tenantId, id);
    if (!customer)
        return customerNotFound();
    return *customer;
}

Result<Customer> CustomerService::create(const CallContext &call, const QJsonObject &body)
{
    Customer customer;
    applyCustomerFields(customer, body);
    if (customer.name.isEmpty())
        return Failure::validation(QStringLiteral("name"), QStringLiteral("may not be empty"));
    const QJsonArray addresses = body.value(QLatin1String("addresses")).toArray();
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        CustomerAddress address;
        if (auto problem = applyAddressFields(address, addresses.at(i).toObject(),
                                              QStringLiteral("addresses[%1]").arg(i)))
            return *problem;
        customer.addresses.append(address);
    }
    Transaction tx(m_db);
    customer = CustomerRepository(m_db).insert(call.principal.tenantId, customer);
    AuditRepository(m_db).append(call.audit(QStringLiteral("customer.created"),
                                            QStringLiteral("customer"), customer.id, {}, {},
                                            toJsonText(customer)));
    tx.commit();
    return customer;
}

Result<Customer>
CustomerService::update(const CallContext &call, qint64 id, const QJsonObject &body)
{
    CustomerRepository customers(m_db);
    Transaction tx(m_db);
    const std::optional<Customer> before = customers.find(call.principal.tenantId, id);
    if (!before)
        return customerNotFound();
    Customer after = *before;
    applyCustomerFields(after, body);
    if (after.name.isEmpty())
        return Failure::validation(QStringLiteral("name"), QStringLiteral("may not be empty"));
    after.updatedAt = nowTimestamp();
    customers.update(call.principal.tenantId, after);
    if (after.name != before->name)
        JobRepository(m_db).refreshSearchTextOfCustomer(call.principal.tenantId, id, after.name);
    AuditRepository(m_db).append(call.audit(QStringLiteral("customer.updated"),
                                            QStringLiteral("customer"), id, {}, toJsonText(*before),
                                            toJsonText(after)));
    tx.commit();
    return after;
}

Status CustomerService::remove(const CallContext &call, qint64 id)
{
    CustomerRepository customers(m_db);
    try {
        Transaction tx(m_db);
        const std::optional<Customer> before = customers.find(call.principal.tenantId, id);
        if (!before)
            return customerNotFound();
        customers.remove(call.principal.tenantId, id);
        AuditRepository(m_db).append(call.audit(QStringLiteral("customer.deleted"),
                                                QStringLiteral("customer"), id, {},
                                                toJsonText(*before), {}));
        tx.commit();
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::ForeignKeyViolation)
            return Failure::conflict(
                QStringLiteral("This customer still has jobs and cannot be deleted."));
        throw;
    }
    return Done{};
}

Result<CustomerAddress>
CustomerService::addAddress(const CallContext &call, qint64 customerId, const QJsonObject &body)
{
    CustomerAddress address;
    if (auto problem = applyAddressFields(address, body, QStringLiteral("body")))
        return *problem;
    CustomerRepository customers(m_db);
    Transaction tx(m_db);
    if (!customers.find(call.principal.tenantId, customerId))
        return customerNotFound();
    address = customers.insertAddress(call.principal.tenantId, customerId, address);
    customers.refreshSearchText(call.principal.tenantId, customerId);
    AuditRepository(m_db).append(call.audit(QStringLiteral("customer.address_added"),
                                            QStringLiteral("customer"), customerId, {}, {},
                                            toJsonText(address)));
    tx.commit();
    return address;
}

Result<CustomerAddress> CustomerService::updateAddress(const CallContext &call,
                                                       qint64 customerId,
                                                       qint64 addressId,
                                                       const QJsonObject &body)
{
    CustomerRepository customers(m_db);
    Transaction tx(m_db);
    const std::optional<CustomerAddress> before =
        customers.findAddress(call.principal.tenantId, customerId, addressId);
    if (!before)
        return addressNotFound();
    CustomerAddress after = *before;
    if (auto problem = applyAddressFields(after, body, QStringLiteral("body")))
        return *problem;
    customers.updateAddress(call.principal.tenantId, after);
    customers.refreshSearchText(call.principal.tenantId, customerId);
    AuditRepository(m_db).append(call.audit(QStringLiteral("customer.address_updated"),
                                            QStringLiteral("customer"), customerId, {},
                                            toJsonText(*before), toJsonText(after)));
    tx.commit();
    return after;
}

Status CustomerService::removeAddress(const CallContext &call, qint64 customerId, qint64 addressId)
{
    CustomerRepository customers(m_db);
    Transaction tx(m_db);
    const std::optional<CustomerAddress> before =
        customers.findAddress(call.principal.tenantId, customerId, addressId);
    if (!before)
        return addressNotFound();
    customers.removeAddress(call.principal.tenantId, addressId);
    customers.refreshSearchText(call.principal.tenantId, customerId);
    AuditRepository(m_db).append(call.audit(QStringLiteral("customer.address_removed"),
                                            QStringLiteral("customer"), customerId, {},
                                            toJsonText(*before), {}));
    tx.commit();
    return Done{};
}

} // namespace fielddesk::server
