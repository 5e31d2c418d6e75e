// The rules for customers and their service addresses: dispatch roles read and change them;
// a rename keeps the search text of the customer's jobs in step.
#pragma once

#include "core/result.h"
#include "repositories/customerrepository.h"
#include "services/callcontext.h"

#include <QJsonObject>

namespace fielddesk::server {

class CustomerService
{
public:
    explicit CustomerService(Database &db)
        : m_db(db)
    {}

    Page<Customer> list(const Principal &caller, const ListQuery &query);
    Result<Customer> get(const Principal &caller, qint64 id);
    Result<Customer> create(const CallContext &call, const QJsonObject &body);
    Result<Customer> update(const CallContext &call, qint64 id, const QJsonObject &body);
    Status remove(const CallContext &call, qint64 id);

    Result<CustomerAddress>
    addAddress(const CallContext &call, qint64 customerId, const QJsonObject &body);
    Result<CustomerAddress> updateAddress(const CallContext &call,
                                          qint64 customerId,
                                          qint64 addressId,
                                          const QJsonObject &body);
    Status removeAddress(const CallContext &call, qint64 customerId, qint64 addressId);

private:
    Database &m_db;
};

// The address members of a JSON object (label, address, latitude, longitude) applied to
// `address`; a 422 naming `field` when one is wrong.
std::optional<Failure>
applyAddressFields(CustomerAddress &address, const QJsonObject &o, const QString &field);

} // namespace fielddesk::server
