#include "fielddesk/customers/customerclient.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/apirequest.h"
#include "fielddesk/client/pagedlist.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace fielddesk::customers {

namespace {

QString customerPath(qint64 customerId)
{
    return QStringLiteral("/api/v1/customers/%1").arg(customerId);
}

} // namespace

CustomerClient::CustomerClient(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

QJsonObject CustomerClient::bodyOf(const CustomerAddress &address)
{
    QJsonObject body{{QStringLiteral("label"), address.label},
                     {QStringLiteral("address"), address.address}};
    if (address.latitude && address.longitude) {
        body.insert(QStringLiteral("latitude"), *address.latitude);
        body.insert(QStringLiteral("longitude"), *address.longitude);
    } else {
        body.insert(QStringLiteral("latitude"), QJsonValue::Null);
        body.insert(QStringLiteral("longitude"), QJsonValue::Null);
    }
    return body;
}

QJsonObject CustomerClient::bodyOf(const Customer &customer, bool withAddresses)
{
    QJsonObject body{{QStringLiteral("name"), customer.name},
                     {QStringLiteral("phone"), customer.phone},
                     {QStringLiteral("email"), customer.email},
                     {QStringLiteral("notes"), customer.notes},
                     {QStringLiteral("email_opt_out"), customer.emailOptOut},
                     {QStringLiteral("sms_opt_out"), customer.smsOptOut},
                     {QStringLiteral("language"), customer.language.isEmpty()
                                                      ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(customer.language)}};
    if (withAddresses && !customer.addresses.isEmpty()) {
        QJsonArray addresses;
        for (const CustomerAddress &a : customer.addresses) {
            QJsonObject address = bodyOf(a);
            if (!a.latitude) { // a new address without coordinates leaves them out
                address.remove(QStringLiteral("latitude"));
                address.remove(QStringLiteral("longitude"));
            }
            addresses.append(address);
        }
        body.insert(QStringLiteral("addresses"), addresses);
    }
    return body;
}

void CustomerClient::search(
    const QString &text, int limit, int offset, QObject *context, Callback<CustomerPage> callback)
{
    QUrlQuery query;
    if (!text.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("search"), text.trimmed());
    query.addQueryItem(QStringLiteral("ordering"), QStringLiteral("name"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    m_api->get(QStringLiteral("/api/v1/customers?") + query.toString(QUrl::FullyEncoded), context,
               [callback = std::move(callback)](const client::ApiResponse &r) {
                   callback(client::ApiResult<CustomerPage>::fromResponse(
                       r, [](const client::ApiResponse &ok) {
                           return CustomerPage{client::resultsOf<Customer>(ok, &Customer::fromJson),
                                               ok.json.value(QStringLiteral("count")).toInteger()};
                       }));
               });
}

void CustomerClient::customer(qint64 customerId, QObject *context, Callback<Customer> callback)
{
    m_api->get(customerPath(customerId), context,
               client::readingRecord<Customer>(std::move(callback)));
}

void CustomerClient::create(const Customer &draft, QObject *context, Callback<Customer> callback)
{
    QJsonObject body = bodyOf(draft, true);
    for (const char *key : {"phone", "email", "notes"}) {
        if (body.value(QLatin1String(key)).toString().isEmpty())
            body.remove(QLatin1String(key));
    }
    m_api->post(QStringLiteral("/api/v1/customers"), body, context,
                client::readingRecord<Customer>(std::move(callback)));
}

void CustomerClient::update(qint64 customerId,
                            const QJsonObject &changes,
                            QObject *context,
                            Callback<Customer> callback)
{
    m_api->send(client::ApiRequest::patch(customerPath(customerId), changes), context,
                client::readingRecord<Customer>(std::move(callback)));
}

void CustomerClient::addAddress(qint64 customerId,
                                const CustomerAddress &address,
                                QObject *context,
                                Callback<CustomerAddress> callback)
{
    QJsonObject body = bodyOf(address);
    if (!address.latitude) {
        body.remove(QStringLiteral("latitude"));
        body.remove(QStringLiteral("longitude"));
    }
    m_api->post(customerPath(customerId) + QStringLiteral("/addresses"), body, context,
                client::readingRecord<CustomerAddress>(std::move(callback)));
}

void CustomerClient::updateAddress(qint64 customerId,
                                   const CustomerAddress &address,
                                   QObject *context,
                                   Callback<CustomerAddress> callback)
{
    m_api->send(client::ApiRequest::patch(customerPath(customerId) +
                                              QStringLiteral("/addresses/%1").arg(address.id),
                                          bodyOf(address)),
                context, client::readingRecord<CustomerAddress>(std::move(callback)));
}

void CustomerClient::removeAddress(qint64 customerId,
                                   qint64 addressId,
                                   QObject *context,
                                   Callback<client::Done> callback)
{
    m_api->send(client::ApiRequest::remove(customerPath(customerId) +
                                           QStringLiteral("/addresses/%1").arg(addressId)),
                context, [callback = std::move(callback)](const client::ApiResponse &r) {
                    callback(r.ok() ? client::ApiResult<client::Done>(client::Done{})
                                    : client::ApiResult<client::Done>(*r.error));
                });
}

void CustomerClient::jobsOf(qint64 customerId, QObject *context, Callback<QList<Job>> callback)
{
    m_api->get(QStringLiteral("/api/v1/jobs?customer_id=%1&ordering=-created_at&limit=%2")
                   .arg(customerId)
                   .arg(kHistoryLimit),
               context, [callback = std::move(callback)](const client::ApiResponse &r) {
                   callback(client::ApiResult<QList<Job>>::fromResponse(
                       r, [](const client::ApiResponse &ok) {
                           return client::resultsOf<Job>(ok, &Job::fromJson);
                       }));
               });
}

} // namespace fielddesk::customers
