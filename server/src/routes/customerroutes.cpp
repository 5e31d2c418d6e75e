#include "fielddesk/domain/aboutme.h"
#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/collectionroutes.h"
#include "routes/routesupport.h"
#include "services/customerservice.h"

#include <algorithm>

namespace fielddesk::server {

namespace {

const BodySchema kCustomer{
    .name = QStringLiteral("CustomerWrite"),
    .fields = {
        {.name = QStringLiteral("name"), .required = true, .minLength = 1, .maxLength = 200},
        {.name = QStringLiteral("phone"), .maxLength = 40},
        {.name = QStringLiteral("email"), .maxLength = 320},
        {.name = QStringLiteral("notes"), .maxLength = 4000},
        {.name = QStringLiteral("email_opt_out"),
         .type = FieldType::Boolean,
         .description = QStringLiteral("no email messages to this customer")},
        {.name = QStringLiteral("sms_opt_out"),
         .type = FieldType::Boolean,
         .description = QStringLiteral("no text messages to this customer")},
        {.name = QStringLiteral("language"),
         .type = FieldType::Enum,
         .nullable = true,
         .enumValues = UserPreferences::supportedLanguages(),
         .description = QStringLiteral("the language of messages to this customer; null: the "
                                       "company's customer_language")},
        {.name = QStringLiteral("addresses"),
         .type = FieldType::ObjectList,
         .maxLength = 50,
         .description = QStringLiteral("on create only: [{label, address, latitude, longitude}]")},
    }};

const BodySchema kAddress{
    .name = QStringLiteral("CustomerAddressWrite"),
    .fields = {
        {.name = QStringLiteral("label"), .maxLength = 100},
        {.name = QStringLiteral("address"), .required = true, .minLength = 1, .maxLength = 500},
        latitudeField(),
        longitudeField(),
    }};

// The body of an address endpoint, or one address of a new customer's list.
AddressFields customerAddressFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.label = read.text("label"),
            .address = read.trimmedText("address"),
            .latitude = read.nullableNumber("latitude"),
            .longitude = read.nullableNumber("longitude")};
}

// One address of a new customer's list. The schema checks only that it is an object, so its
// members are checked here against the address endpoints' schema (an "id" sent back is
// ignored); `field` names the address in failures.
Result<AddressFields> newCustomerAddress(const QJsonObject &item, const QString &field)
{
    for (const FieldSpec &coordinate : {latitudeField(), longitudeField()}) {
        const QJsonValue v = item.value(coordinate.name);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble() || v.toDouble() < coordinate.minimum || v.toDouble() > coordinate.maximum)
            return Failure::validation(field + QLatin1Char('.') + coordinate.name,
                                       QStringLiteral("must be a number from %1 to %2 or null")
                                           .arg(coordinate.minimum)
                                           .arg(coordinate.maximum));
    }
    for (auto it = item.begin(); it != item.end(); ++it) {
        const bool known = it.key() == QLatin1String("id") ||
                           std::any_of(kAddress.fields.begin(), kAddress.fields.end(),
                                       [&](const FieldSpec &f) { return f.name == it.key(); });
        if (!known)
            return Failure::validation(field + QLatin1Char('.') + it.key(),
                                       QStringLiteral("is not a known field"));
    }
    return customerAddressFields(item);
}

CustomerFields customerFields(const QJsonObject &body)
{
    const BodyReader read(body);
    CustomerFields fields{.name = read.trimmedText("name"),
                          .phone = read.text("phone"),
                          .email = read.text("email"),
                          .notes = read.text("notes"),
                          .emailOptOut = read.boolean("email_opt_out"),
                          .smsOptOut = read.boolean("sms_opt_out"),
                          .language = read.nullableText("language")};
    const QList<QJsonObject> addresses = read.objects("addresses").value_or(QList<QJsonObject>());
    for (qsizetype i = 0; i < addresses.size(); ++i)
        fields.addresses.append(newCustomerAddress(addresses.at(i), newAddressField(i)));
    return fields;
}

} // namespace

void registerCustomerRoutes(Router &router, const Services &services)
{
    CustomerService &customers = services.customers;
    const QString tag = QStringLiteral("Customers");
    CollectionRoutes<CustomerService> collection(router, customers,
                                                 QStringLiteral("/api/v1/customers"), tag);
    collection.list(kDispatchRoles, CustomerRepository::listSpec(), &CustomerService::list,
                    QStringLiteral("Customers (search: name, phone, email, addresses)"));
    collection.create(kDispatchRoles, kCustomer, &CustomerService::create, customerFields,
                      QStringLiteral("Add a customer with addresses"));
    collection.get(kDispatchRoles, &CustomerService::get, QStringLiteral("One customer"));
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
                            return respond(customers.update(callContext(r), id, customerFields(b)));
                        });
                    });
                },
                {QStringLiteral("Change a customer (partial)"), tag, &kCustomer},
                Lane::Slow}); // a rename rewrites the search text of all the customer's jobs
    collection.remove(kDispatchRoles, &CustomerService::remove,
                      QStringLiteral("Delete a customer without jobs"));
    router.add({"POST",
                QStringLiteral("/api/v1/customers/{id}/addresses"),
                Access::Authenticated,
                kDispatchRoles,
                [&customers](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kAddress, WriteMode::Create, [&](const QJsonObject &b) {
                            return respond(
                                customers.addAddress(callContext(r), id, customerAddressFields(b)),
                                201);
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
                         return respond(customers.updateAddress(callContext(r), id, addressId,
                                                                customerAddressFields(b)));
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
