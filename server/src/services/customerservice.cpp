#include "services/customerservice.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/jobrepository.h"

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

// Applies the named fields; a failure when the customer would have no name.
std::optional<Failure> applyCustomerFields(Customer &c, const CustomerFields &fields)
{
    applyPatch(c.name, fields.name);
    applyPatch(c.phone, fields.phone);
    applyPatch(c.email, fields.email);
    applyPatch(c.notes, fields.notes);
    applyPatch(c.emailOptOut, fields.emailOptOut);
    applyPatch(c.smsOptOut, fields.smsOptOut);
    if (fields.language)
        c.language = fields.language->value_or(QString());
    if (c.name.isEmpty())
        return Failure::validation(QStringLiteral("name"), QStringLiteral("may not be empty"));
    return std::nullopt;
}

} // namespace

std::optional<Failure>
applyAddressFields(CustomerAddress &address, const AddressFields &fields, const QString &field)
{
    applyPatch(address.label, fields.label);
    applyPatch(address.address, fields.address);
    applyPatch(address.latitude, fields.latitude);
    applyPatch(address.longitude, fields.longitude);
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

Result<Customer> CustomerService::create(const CallContext &call, const CustomerFields &fields)
{
    Customer customer;
    if (auto problem = applyCustomerFields(customer, fields))
        return *problem;
    for (qsizetype i = 0; i < fields.addresses.size(); ++i) {
        const Result<AddressFields> &read = fields.addresses.at(i);
        if (!read)
            return read.failure();
        CustomerAddress address;
        if (auto problem = applyAddressFields(address, *read, newAddressField(i)))
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
CustomerService::update(const CallContext &call, qint64 id, const CustomerFields &fields)
{
    CustomerRepository customers(m_db);
    Transaction tx(m_db);
    const std::optional<Customer> before = customers.find(call.principal.tenantId, id);
    if (!before)
        return customerNotFound();
    Customer after = *before;
    if (auto problem = applyCustomerFields(after, fields))
        return *problem;
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
CustomerService::addAddress(const CallContext &call, qint64 customerId, const AddressFields &fields)
{
    CustomerAddress address;
    if (auto problem = applyAddressFields(address, fields, QStringLiteral("body")))
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
                                                       const AddressFields &fields)
{
    CustomerRepository customers(m_db);
    Transaction tx(m_db);
    const std::optional<CustomerAddress> before =
        customers.findAddress(call.principal.tenantId, customerId, addressId);
    if (!before)
        return addressNotFound();
    CustomerAddress after = *before;
    if (auto problem = applyAddressFields(after, fields, QStringLiteral("body")))
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
