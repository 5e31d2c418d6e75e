#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/customerservice.h"

namespace fielddesk::server {

namespace {

const BodySchema kCustomer{
    QStringLiteral("CustomerWrite"),
    {{QStringLiteral("name"), FieldType::String, true, false, {}, {}, 1, 200},
     {QStringLiteral("phone"), FieldType::String, false, false, {}, {}, 0, 40},
     {QStringLiteral("email"), FieldType::String, false, false, {}, {}, 0, 320},
     {QStringLiteral("notes"), FieldType::String, false, false, {}, {}, 0, 4000},
     {QStringLiteral("addresses"),
      FieldType::ObjectList,
      false,
      false,
      {},
      {},
      0,
      50,
      {},
      QStringLiteral("on create only: [{label, address, latitude, longitude}]")}}};

const BodySchema kAddress{
    QStringLiteral("CustomerAddressWrite"),
    {{QStringLiteral("label"), FieldType::String, false, false, {}, {}, 0, 100},
     {QStringLiteral("address"), FieldType::String, true, false, {}, {}, 1, 500},
     {QStringLiteral("latitude"), FieldType::Number, false, true, -90, 90},
     {QStringLiteral("longitude"), FieldType::Number, false, true, -180, 180}}};

} // namespace

void registerCustomerRoutes(Router &router, const Services &services)
{
    CustomerService &customers = services.customers;
    const QString tag = QStringLiteral("Customers");
    router.add({"GET",
                QStringLiteral("/api/v1/customers"),
                Access::Authenticated,
                kDispatchRoles,
                [&customers](const ApiRequest &r) {
                    return withListQuery(
                        r, CustomerRepository::listSpec(),
                        [&](const ListQuery &q) { return customers.list(r.caller(), q); });
                },
                {QStringLiteral("Customers (search: name, phone, email, addresses)"), tag, nullptr,
                 &CustomerRepository::listSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/customers"),
                Access::Authenticated,
                kDispatchRoles,
                [&customers](const ApiRequest &r) {
                    return withBody(r, kCustomer, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(customers.create(callContext(r), b), 201);
                    });
                },
                {QStringLiteral("Add a customer with addresses"), tag, &kCustomer, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/customers/{id}"),
                Access::Authenticated,
                kDispatchRoles,
                [&customers](const ApiRequest &r) {
                    return withId(
                        r, "id", [&](qint64 id) { return respond(customers.get(r.caller(), id)); });
                },
                {QStringLiteral("One customer"), tag}});
    router.add({"PATCH",
                QStringLiteral("/api/v1/customers/{id}"),
                Access::Authenticated,
                kDispatchRoles,
                [&customers](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kCustomer, WriteMode::Update, [&](const QJsonObject &b) {
                            if (b.contains(QLatin1String("addresses")))
                                return problemResponse(Failure::validation(
                                    QStringLiteral("addresses"),
                                    QStringLiteral("change addresses under "
                                                   "/customers/{id}/addresses")));
                            return respond(customers.update(callContext(r), id, b));
                        });
                    });
                },
                {QStringLiteral("Change a customer (partial)"), tag, &kCustomer},
                Lane::Slow}); // a rename rewrites the search text of all the customer's jobs
    router.add({"DELETE",
                QStringLiteral("/api/v1/customers/{id}"),
                Access::Authenticated,
                kDispatchRoles,
                [&customers](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(customers.remove(callContext(r), id));
                    });
                },
                {QStringLiteral("Delete a customer without jobs"), tag, nullptr, nullptr, 204}});
    router.add({"POST",
                QStringLiteral("/api/v1/customers/{id}/addresses"),
                Access::Authenticated,
                kDispatchRoles,
                [&customers](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kAddress, WriteMode::Create, [&](const QJsonObject &b) {
                            return respond(customers.addAddress(callContext(r), id, b), 201);
                        });
                    });
                },
                {QStringLiteral("Add a service address"), tag, &kAddress, nullptr, 201}});
    router.add(
        {"PATCH",
         QStringLiteral("/api/v1/customers/{id}/addresses/{address_id}"),
         Access::Authenticated,
         kDispatchRoles,
         [&customers](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return withId(r, "address_id", [&](qint64 addressId) {
                     return withBody(r, kAddress, WriteMode::Update, [&](const QJsonObject &b) {
                         return respond(customers.updateAddress(callContext(r), id, addressId, b));
                     });
                 });
             });
         },
         {QStringLiteral("Change a service address"), tag, &kAddress}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/customers/{id}/addresses/{address_id}"),
                Access::Authenticated,
                kDispatchRoles,
                [&customers](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withId(r, "address_id", [&](qint64 addressId) {
                            return respond(customers.removeAddress(callContext(r), id, addressId));
                        });
                    });
                },
                {QStringLiteral("Remove a service address"), tag, nullptr, nullptr, 204}});
}

} // namespace fielddesk::server
