// SQL for customers and their service addresses (returned nested in the customer).
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "storage/page.h"

#include <QHash>

#include <optional>

namespace fielddesk::server {

class CustomerRepository
{
public:
    explicit CustomerRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<Customer> find(qint64 tenantId, qint64 id);
    Page<Customer> list(qint64 tenantId, const ListQuery &query);
    Customer insert(qint64 tenantId, Customer customer); // with its addresses
    void update(qint64 tenantId, const Customer &customer);
    void remove(qint64 tenantId, qint64 id);

    std::optional<CustomerAddress>
    findAddress(qint64 tenantId, qint64 customerId, qint64 addressId);
    CustomerAddress insertAddress(qint64 tenantId, qint64 customerId, CustomerAddress address);
    void updateAddress(qint64 tenantId, const CustomerAddress &address);
    void removeAddress(qint64 tenantId, qint64 addressId);
    // Keeps customers.search_text in step with the name, contacts and addresses.
    void refreshSearchText(qint64 tenantId, qint64 customerId);
    // The tenant's customers changed at or after `since` (updated_at; empty: all), with when.
    QHash<qint64, QString> changedSince(qint64 tenantId, const QString &since);

private:
    void loadAddresses(QList<Customer> &customers);

    Database &m_db;
};

} // namespace fielddesk::server
