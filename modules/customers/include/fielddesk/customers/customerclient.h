// The customers as the console asks for them: found by a text over name, phone, email and
// addresses (a page at a time), one customer, created with addresses, changed, their service
// addresses added, changed and removed, and their jobs, newest first.
// Part of fielddesk_customers: QtCore and fielddesk_client, no widgets.
#pragma once

#include "fielddesk/client/apiresult.h"
#include "fielddesk/domain/dispatch.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::customers {

// One page of a search: the customers and how many match in all.
struct CustomerPage
{
    QList<Customer> customers;
    qint64 count = 0;
};

class CustomerClient : public QObject
{
    Q_OBJECT

public:
    template<class T>
    using Callback = std::function<void(const client::ApiResult<T> &)>;

    static constexpr int kHistoryLimit = 200;

    explicit CustomerClient(client::ApiClient *api, QObject *parent = nullptr);

    // Each callback runs once, unless context is destroyed first.
    // Customers whose name, phone, email or an address contains the text (all for an empty
    // one), by name.
    void search(const QString &text,
                int limit,
                int offset,
                QObject *context,
                Callback<CustomerPage> callback);
    void customer(qint64 customerId, QObject *context, Callback<Customer> callback);
    // A new customer with its addresses (answered with their ids).
    void create(const Customer &draft, QObject *context, Callback<Customer> callback);
    // PATCH: name, phone, email, notes as given.
    void update(qint64 customerId,
                const QJsonObject &changes,
                QObject *context,
                Callback<Customer> callback);
    void addAddress(qint64 customerId,
                    const CustomerAddress &address,
                    QObject *context,
                    Callback<CustomerAddress> callback);
    void updateAddress(qint64 customerId,
                       const CustomerAddress &address,
                       QObject *context,
                       Callback<CustomerAddress> callback);
    void removeAddress(qint64 customerId,
                       qint64 addressId,
                       QObject *context,
                       Callback<client::Done> callback);
    // The customer's jobs, newest first (at most kHistoryLimit).
    void jobsOf(qint64 customerId, QObject *context, Callback<QList<Job>> callback);

    // The API body of a customer (name, phone, email, notes; addresses when asked).
    static QJsonObject bodyOf(const Customer &customer, bool withAddresses);
    static QJsonObject bodyOf(const CustomerAddress &address);

private:
    client::ApiClient *m_api;
};

} // namespace fielddesk::customers
