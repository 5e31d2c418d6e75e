// The rules for customers and their service addresses: dispatch roles read and change them;
// a rename keeps the search text of the customer's jobs in step.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "repositories/customerrepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

// A new service address, or a partial change of one (only the named fields change).
struct AddressFields
{
    Patch<QString> label;
    Patch<QString> address; // trimmed
    NullablePatch<double> latitude;
    NullablePatch<double> longitude;
};

// A new customer, or a partial change of one (only the named fields change).
struct CustomerFields
{
    Patch<QString> name; // trimmed
    Patch<QString> phone;
    Patch<QString> email;
    Patch<QString> notes;
    Patch<bool> emailOptOut;
    Patch<bool> smsOptOut;
    NullablePatch<QString> language; // cleared: the company's
    // On create only, in the body's order. An address the route could not read stands as its
    // failure, so that the first wrong field of the body is the one reported.
    QList<Result<AddressFields>> addresses;
};

class CustomerService
{
public:
    explicit CustomerService(Database &db)
        : m_db(db)
    {}

    Page<Customer> list(const Principal &caller, const ListQuery &query);
    Result<Customer> get(const Principal &caller, qint64 id);
    Result<Customer> create(const CallContext &call, const CustomerFields &fields);
    Result<Customer> update(const CallContext &call, qint64 id, const CustomerFields &fields);
    Status remove(const CallContext &call, qint64 id);

    Result<CustomerAddress>
    addAddress(const CallContext &call, qint64 customerId, const AddressFields &fields);
    Result<CustomerAddress> updateAddress(const CallContext &call,
                                          qint64 customerId,
                                          qint64 addressId,
                                          const AddressFields &fields);
    Status removeAddress(const CallContext &call, qint64 customerId, qint64 addressId);

private:
    Database &m_db;
};

// How failures name the address at `index` of a new customer's list.
inline QString newAddressField(qsizetype index)
{
    return QStringLiteral("addresses[%1]").arg(index);
}

// The named address fields applied to `address`; a 422 naming `field` (the address's place
// in the request) when the result is not a valid address.
std::optional<Failure>
applyAddressFields(CustomerAddress &address, const AddressFields &fields, const QString &field);

} // namespace fielddesk::server
