// The fleet (docs/fleet-api.md): /vehicles with their odometer readings, maintenance plans
// and service records, /maintenance/due and /vehicle-assignments.
#include "http/bodyreader.h"
#include "repositories/maintenancerepository.h"
#include "repositories/odometerrepository.h"
#include "repositories/vehiclerepository.h"
#include "routes/apiroutes.h"
#include "routes/jobbody.h"
#include "routes/routesupport.h"
#include "services/vehicleassignmentservice.h"
#include "services/vehicleservice.h"

namespace fielddesk::server {

namespace {

const QList<Role> kFleetWriters{Role::Admin, Role::Manager};
const QList<Role> kFleetReaders{Role::Admin, Role::Manager, Role::Dispatcher, Role::Employee};
constexpr double kMostKm = 2000000;
constexpr double kMostPlanKm = 1000000;
constexpr double kMostPlanDays = 3650;
constexpr double kMostCostMinor = 100000000000.0;
constexpr int kDefaultWithinDays = 30;
constexpr qint64 kDefaultWithinKm = 1000;

FieldSpec dateField(const char *name, bool required, bool nullable = false)
{
    return {.name = QLatin1String(name),
            .type = FieldType::Date,
            .required = required,
            .nullable = nullable,
            .description = QStringLiteral("YYYY-MM-DD, a day of the vehicle's location")};
}

FieldSpec textField(const char *name, bool required, int most, bool nullable = false)
{
    return {.name = QLatin1String(name),
            .required = required,
            .nullable = nullable,
            .minLength = required ? 1 : 0,
            .maxLength = most};
}

QList<FieldSpec> vehicleFieldSpecs(bool creating)
{
    return {textField("name", creating, 100),
            {.name = QStringLiteral("plate"),
             .required = creating,
             .minLength = 1,
             .maxLength = 20,
             .description = QStringLiteral("unique in the tenant, ignoring case and spaces")},
            textField("vin", false, 17, true),
            textField("make", creating, 100),
            textField("model", creating, 100),
            {.name = QStringLiteral("year"),
             .type = FieldType::Integer,
             .required = creating,
             .minimum = 1950,
             .maximum = 9999,
             .description = QStringLiteral("1950 to next year")},
            {.name = QStringLiteral("fuel"),
             .type = FieldType::Enum,
             .required = creating,
             .enumValues = allVehicleFuels()},
            idField(QStringLiteral("location_id"), Nullable::No, creating),
            {.name = QStringLiteral("status"),
             .type = FieldType::Enum,
             .enumValues = allVehicleStatuses(),
             .description = QStringLiteral("default active")},
            textField("notes", false, 4000, true)};
}

const BodySchema kVehicle{.name = QStringLiteral("VehicleCreate"),
                          .fields = vehicleFieldSpecs(true)};
const BodySchema kVehicleUpdate = [] {
    BodySchema schema{.name = QStringLiteral("VehicleUpdate"), .fields = vehicleFieldSpecs(false)};
    schema.fields.append(expectedVersionSpec(false));
    return schema;
}();

const BodySchema kReading{
    .name = QStringLiteral("OdometerReadingCreate"),
    .fields = {{.name = QStringLiteral("reading_km"),
                .type = FieldType::Integer,
                .required = true,
                .minimum = 0,
                .maximum = kMostKm},
               {.name = QStringLiteral("read_at"),
                .type = FieldType::Timestamp,
                .required = true,
                .description = QStringLiteral("not more than 5 minutes ahead")},
               {.name = QStringLiteral("source"),
                .type = FieldType::Enum,
                .enumValues = allOdometerSources(),
                .description = QStringLiteral("default manual")}}};

QList<FieldSpec> planFieldSpecs(bool creating)
{
    return {textField("name", creating, 200),
            {.name = QStringLiteral("every_km"),
             .type = FieldType::Integer,
             .nullable = true,
             .minimum = 1,
             .maximum = kMostPlanKm},
            {.name = QStringLiteral("every_days"),
             .type = FieldType::Integer,
             .nullable = true,
             .minimum = 1,
             .maximum = kMostPlanDays},
            {.name = QStringLiteral("last_done_km"),
             .type = FieldType::Integer,
             .nullable = true,
             .minimum = 0,
             .maximum = kMostKm},
            dateField("last_done_on", false, true)};
}

const BodySchema kPlan{.name = QStringLiteral("MaintenancePlanCreate"),
                       .fields = planFieldSpecs(true)};
const BodySchema kPlanUpdate = [] {
    BodySchema schema{.name = QStringLiteral("MaintenancePlanUpdate"),
                      .fields = planFieldSpecs(false)};
    schema.fields.append(expectedVersionSpec(false));
    return schema;
}();

const BodySchema kRecord{
    .name = QStringLiteral("ServiceRecordCreate"),
    .fields = {dateField("done_on", true),
               {.name = QStringLiteral("odometer_km"),
                .type = FieldType::Integer,
                .required = true,
                .minimum = 0,
                .maximum = kMostKm},
               textField("description", true, 2000),
               {.name = QStringLiteral("cost_minor"),
                .type = FieldType::Integer,
                .required = true,
                .minimum = 0,
                .maximum = kMostCostMinor,
                .description = QStringLiteral("whole minor units of the currency (cents)")},
               {.name = QStringLiteral("currency"),
                .minLength = 3,
                .maxLength = 3,
                .description = QStringLiteral("ISO 4217; default: the tenant's currency")},
               textField("vendor", false, 200, true),
               idField(QStringLiteral("plan_id"), Nullable::Yes),
               {.name = QStringLiteral("media_ids"),
                .type = FieldType::IdList,
                .maxLength = 10,
                .description = QStringLiteral("uploaded receipts (POST /media)")}}};

const BodySchema kAssignment{
    .name = QStringLiteral("VehicleAssignmentCreate"),
    .fields = {idField(QStringLiteral("vehicle_id"), Nullable::No, true),
               idField(QStringLiteral("technician_id"), Nullable::No, true),
               dateField("date", true)}};

VehicleFields vehicleFieldsFrom(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.name = read.trimmedText("name"),
            .plate = read.trimmedText("plate"),
            .vin = read.nullableText("vin"),
            .make = read.trimmedText("make"),
            .model = read.trimmedText("model"),
            .year = read.smallInteger("year"),
            .fuel = read.text("fuel"),
            .locationId = read.integer("location_id"),
            .status = read.text("status"),
            .notes = read.nullableText("notes")};
}

Result<MaintenancePlanFields> planFieldsFrom(const QJsonObject &body)
{
    const BodyReader read(body);
    MaintenancePlanFields fields{.name = read.trimmedText("name"),
                                 .everyKm = read.nullableInteger("every_km"),
                                 .everyDays = read.nullableSmallInteger("every_days"),
                                 .lastDoneKm = read.nullableInteger("last_done_km"),
                                 .lastDoneOn = std::nullopt,
                                 .expectedVersion = read.integer("expected_version")};
    if (read.has("last_done_on"))
        fields.lastDoneOn = read.nullableDate("last_done_on").value_or(std::nullopt);
    return fields;
}

Result<ServiceRecordDraft> recordDraftFrom(const QJsonObject &body)
{
    const BodyReader read(body);
    const NullablePatch<qint64> plan = read.nullableInteger("plan_id");
    const NullablePatch<QString> vendor = read.nullableText("vendor");
    return ServiceRecordDraft{.doneOn = read.date("done_on").value_or(QDate()),
                              .odometerKm = read.integer("odometer_km").value_or(0),
                              .description = read.trimmedText("description").value_or(QString()),
                              .costMinor = read.integer("cost_minor").value_or(0),
                              .currency = read.text("currency"),
                              .vendor = vendor && *vendor ? **vendor : QString(),
                              .planId =
                                  plan && *plan ? std::optional<qint64>(**plan) : std::nullopt,
                              .mediaIds = read.integers("media_ids").value_or(QList<qint64>())};
}

Result<std::optional<qint64>> integerParameter(const QUrlQuery &query, const char *key, qint64 most)
{
    const QString name = QLatin1String(key);
    if (!query.hasQueryItem(name))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0 || value > most)
        return Failure::validation(name,
                                   QStringLiteral("must be a whole number from 0 to %1").arg(most));
    return std::optional<qint64>(value);
}

Result<QDate> dateParameter(const QUrlQuery &query, const char *key)
{
    const QString name = QLatin1String(key);
    const QDate date = QDate::fromString(query.queryItemValue(name), Qt::ISODate);
    if (!date.isValid())
        return Failure::validation(name, QStringLiteral("must be a date as YYYY-MM-DD"));
    return date;
}

// A timestamp query parameter as stored ("" when absent).
Result<DriverDayQuery> driverDayQueryOf(const QUrlQuery &query)
{
    DriverDayQuery q;
    if (query.hasQueryItem(QStringLiteral("date"))) {
        const Result<QDate> date = dateParameter(query, "date");
        if (!date)
            return date.failure();
        q.from = q.to = *date;
    } else {
        const Result<QDate> from = dateParameter(query, "from");
        if (!from)
            return from.failure();
        const Result<QDate> to = dateParameter(query, "to");
        if (!to)
            return to.failure();
        if (*to < *from)
            return Failure::validation(QStringLiteral("to"),
                                       QStringLiteral("must not be before from"));
        if (from->daysTo(*to) >= VehicleAssignmentService::kMostDays)
            return Failure::validation(
                QStringLiteral("to"),
                QStringLiteral("at most %1 days at once").arg(VehicleAssignmentService::kMostDays));
        q.from = *from;
        q.to = *to;
    }
    for (const auto &[key, target] :
         {std::pair{"location_id", &q.locationId}, std::pair{"technician_id", &q.technicianId},
          std::pair{"vehicle_id", &q.vehicleId}}) {
        const Result<std::optional<qint64>> id = idParameter(query, key);
        if (!id)
            return id.failure();
        *target = *id;
    }
    return q;
}

// The vehicle id and the id of one of its rows (`sub`), then handle(id, subId) -> ApiResponse.
template<typename Handle>
ApiResponse withVehicleRow(const ApiRequest &request, const char *sub, Handle handle)
{
    return withId(request, "id", [&](qint64 id) {
        return withId(request, sub, [&](qint64 row) { return handle(id, row); });
    });
}

} // namespace

void registerFleetRoutes(Router &router, const Services &services)
{
    VehicleService &vehicles = services.vehicles;
    VehicleAssignmentService &drivers = services.vehicleAssignments;
    const QString tag = QStringLiteral("Fleet");

    router.add({"GET",
                QStringLiteral("/api/v1/vehicles"),
                Access::Authenticated,
                kFleetReaders,
                [&vehicles](const ApiRequest &r) {
                    return withListQuery(r, VehicleRepository::listSpec(), [&](const ListQuery &q) {
                        return vehicles.list(r.caller(), q);
                    });
                },
                {QStringLiteral("The vehicles of the caller's locations (employees: the ones "
                                "they drive), with odometer_km and next_maintenance"),
                 tag, nullptr, &VehicleRepository::listSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/vehicles"),
                Access::Authenticated,
                kFleetWriters,
                [&vehicles](const ApiRequest &r) {
                    return withBody(r, kVehicle, WriteMode::Create, [&](const QJsonObject &b) {
                        return respond(vehicles.create(callContext(r), vehicleFieldsFrom(b)), 201);
                    });
                },
                {QStringLiteral("Add a vehicle; 409 when another has the plate"), tag, &kVehicle,
                 nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/vehicles/{id}"),
                Access::Authenticated,
                kFleetReaders,
                [&vehicles](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return respond(vehicles.get(r.caller(), id)); });
                },
                {QStringLiteral("One vehicle"), tag}});
    router.add(
        {"PATCH",
         QStringLiteral("/api/v1/vehicles/{id}"),
         Access::Authenticated,
         kFleetWriters,
         [&vehicles](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return withBody(r, kVehicleUpdate, WriteMode::Update, [&](const QJsonObject &b) {
                     return respond(vehicles.update(
                         callContext(r), id,
                         {vehicleFieldsFrom(b), BodyReader(b).integer("expected_version")}));
                 });
             });
         },
         {QStringLiteral("Change a vehicle (expected_version: 409 when stale)"), tag,
          &kVehicleUpdate}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/vehicles/{id}"),
                Access::Authenticated,
                kFleetWriters,
                [&vehicles](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(vehicles.remove(callContext(r), id));
                    });
                },
                {QStringLiteral("Remove a vehicle with no readings, service records or "
                                "assignments (409 otherwise: retire it)"),
                 tag, nullptr, nullptr, 204}});

    router.add({"GET",
                QStringLiteral("/api/v1/vehicles/{id}/odometer"),
                Access::Authenticated,
                kFleetReaders,
                [&vehicles](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        const Result<QString> from = timestampParameter(r.query, "from");
                        if (!from)
                            return problemResponse(from.failure());
                        const Result<QString> to = timestampParameter(r.query, "to");
                        if (!to)
                            return problemResponse(to.failure());
                        return withListQuery(
                            r, OdometerRepository::listSpec(), [&](const ListQuery &q) {
                                return vehicles.readings(r.caller(), id, *from, *to, q);
                            });
                    });
                },
                {QStringLiteral("A vehicle's odometer readings (from/to timestamps, "
                                "flagged=true)"),
                 tag, nullptr, &OdometerRepository::listSpec()}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/vehicles/{id}/odometer"),
         Access::Authenticated,
         kFleetReaders,
         [&vehicles](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return withBody(r, kReading, WriteMode::Create, [&](const QJsonObject &b) {
                     const BodyReader read(b);
                     const OdometerEntry entry{
                         .readingKm = read.integer("reading_km").value_or(0),
                         .readAt = read.timestamp("read_at").value_or(QDateTime()),
                         .source = read.text("source").value_or(QStringLiteral("manual"))};
                     return respond(vehicles.recordReading(callContext(r), id, entry), 201);
                 });
             });
         },
         {QStringLiteral("Record a reading: never lower than an earlier one nor higher than a "
                         "later one (422 naming both, conflicting_reading); more than 2,000 km a "
                         "day is kept but flagged. Employees: for the vehicle they drive that "
                         "day"),
          tag, &kReading, nullptr, 201}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/vehicles/{id}/odometer/{rid}"),
                Access::Authenticated,
                kFleetWriters,
                [&vehicles](const ApiRequest &r) {
                    return withVehicleRow(r, "rid", [&](qint64 id, qint64 rid) {
                        return respond(vehicles.removeReading(callContext(r), id, rid));
                    });
                },
                {QStringLiteral("Remove a reading"), tag, nullptr, nullptr, 204}});

    router.add({"GET",
                QStringLiteral("/api/v1/vehicles/{id}/maintenance-plans"),
                Access::Authenticated,
                kFleetReaders,
                [&vehicles](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withListQuery(
                            r, MaintenanceRepository::planListSpec(),
                            [&](const ListQuery &q) { return vehicles.plans(r.caller(), id, q); });
                    });
                },
                {QStringLiteral("A vehicle's maintenance plans with their due points"), tag,
                 nullptr, &MaintenanceRepository::planListSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/vehicles/{id}/maintenance-plans"),
                Access::Authenticated,
                kFleetWriters,
                [&vehicles](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kPlan, WriteMode::Create, [&](const QJsonObject &b) {
                            const Result<MaintenancePlanFields> fields = planFieldsFrom(b);
                            if (!fields)
                                return problemResponse(fields.failure());
                            return respond(vehicles.createPlan(callContext(r), id, *fields), 201);
                        });
                    });
                },
                {QStringLiteral("Add a maintenance plan (every_km and/or every_days)"), tag, &kPlan,
                 nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/vehicles/{id}/maintenance-plans/{pid}"),
                Access::Authenticated,
                kFleetReaders,
                [&vehicles](const ApiRequest &r) {
                    return withVehicleRow(r, "pid", [&](qint64 id, qint64 pid) {
                        return respond(vehicles.plan(r.caller(), id, pid));
                    });
                },
                {QStringLiteral("One maintenance plan"), tag}});
    router.add(
        {"PATCH",
         QStringLiteral("/api/v1/vehicles/{id}/maintenance-plans/{pid}"),
         Access::Authenticated,
         kFleetWriters,
         [&vehicles](const ApiRequest &r) {
             return withVehicleRow(r, "pid", [&](qint64 id, qint64 pid) {
                 return withBody(r, kPlanUpdate, WriteMode::Update, [&](const QJsonObject &b) {
                     const Result<MaintenancePlanFields> fields = planFieldsFrom(b);
                     if (!fields)
                         return problemResponse(fields.failure());
                     return respond(vehicles.updatePlan(callContext(r), id, pid, *fields));
                 });
             });
         },
         {QStringLiteral("Change a maintenance plan"), tag, &kPlanUpdate}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/vehicles/{id}/maintenance-plans/{pid}"),
                Access::Authenticated,
                kFleetWriters,
                [&vehicles](const ApiRequest &r) {
                    return withVehicleRow(r, "pid", [&](qint64 id, qint64 pid) {
                        return respond(vehicles.removePlan(callContext(r), id, pid));
                    });
                },
                {QStringLiteral("Remove a maintenance plan"), tag, nullptr, nullptr, 204}});

    router.add({"GET",
                QStringLiteral("/api/v1/vehicles/{id}/service-records"),
                Access::Authenticated,
                kFleetReaders,
                [&vehicles](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withListQuery(r, MaintenanceRepository::recordListSpec(),
                                             [&](const ListQuery &q) {
                                                 return vehicles.records(r.caller(), id, q);
                                             });
                    });
                },
                {QStringLiteral("A vehicle's service history"), tag, nullptr,
                 &MaintenanceRepository::recordListSpec()}});
    router.add({"POST",
                QStringLiteral("/api/v1/vehicles/{id}/service-records"),
                Access::Authenticated,
                kFleetWriters,
                [&vehicles](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(r, kRecord, WriteMode::Create, [&](const QJsonObject &b) {
                            const Result<ServiceRecordDraft> draft = recordDraftFrom(b);
                            if (!draft)
                                return problemResponse(draft.failure());
                            return respond(vehicles.createRecord(callContext(r), id, *draft), 201);
                        });
                    });
                },
                {QStringLiteral("Record a service: also an odometer reading (noon of done_on); "
                                "with plan_id it resets that plan"),
                 tag, &kRecord, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/vehicles/{id}/service-records/{sid}"),
                Access::Authenticated,
                kFleetReaders,
                [&vehicles](const ApiRequest &r) {
                    return withVehicleRow(r, "sid", [&](qint64 id, qint64 sid) {
                        return respond(vehicles.record(r.caller(), id, sid));
                    });
                },
                {QStringLiteral("One service record"), tag}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/vehicles/{id}/service-records/{sid}"),
                Access::Authenticated,
                kFleetWriters,
                [&vehicles](const ApiRequest &r) {
                    return withVehicleRow(r, "sid", [&](qint64 id, qint64 sid) {
                        return respond(vehicles.removeRecord(callContext(r), id, sid));
                    });
                },
                {QStringLiteral("Remove a service record"), tag, nullptr, nullptr, 204}});

    router.add(
        {"GET",
         QStringLiteral("/api/v1/maintenance/due"),
         Access::Authenticated,
         kDispatchRoles,
         [&vehicles](const ApiRequest &r) {
             const Result<std::optional<qint64>> days =
                 integerParameter(r.query, "within_days", qint64(kMostPlanDays));
             if (!days)
                 return problemResponse(days.failure());
             const Result<std::optional<qint64>> km =
                 integerParameter(r.query, "within_km", qint64(kMostKm));
             if (!km)
                 return problemResponse(km.failure());
             const Result<std::optional<qint64>> location = idParameter(r.query, "location_id");
             if (!location)
                 return problemResponse(location.failure());
             return respond(vehicles.due(r.caller(), int(days->value_or(kDefaultWithinDays)),
                                         km->value_or(kDefaultWithinKm), *location));
         },
         {.summary = QStringLiteral("Maintenance overdue or due within within_days (default "
                                    "30) or within_km (default 1000), most urgent first"),
          .tag = tag,
          .query = {QueryParameter::integer("within_days",
                                            QStringLiteral("Days ahead, 0 to %1 (default %2)")
                                                .arg(qint64(kMostPlanDays))
                                                .arg(kDefaultWithinDays)),
                    QueryParameter::integer("within_km",
                                            QStringLiteral("Kilometres ahead, 0 to %1 (default %2)")
                                                .arg(qint64(kMostKm))
                                                .arg(kDefaultWithinKm)),
                    QueryParameter::integer(
                        "location_id",
                        QStringLiteral("One location's vehicles (default: the caller's)"))}}});

    router.add(
        {"GET",
         QStringLiteral("/api/v1/vehicle-assignments"),
         Access::Authenticated,
         kFleetReaders,
         [&drivers](const ApiRequest &r) {
             const Result<DriverDayQuery> query = driverDayQueryOf(r.query);
             if (!query)
                 return problemResponse(query.failure());
             return respond(drivers.list(r.caller(), *query));
         },
         {.summary = QStringLiteral("Who drives what on date (or from/to, at most 62 days): "
                                    "the assignments and the default vehicles that fill "
                                    "the days"),
          .tag = tag,
          .query = {
              QueryParameter::text("date", QStringLiteral("One day, YYYY-MM-DD")),
              QueryParameter::text("from", QStringLiteral("First day, YYYY-MM-DD (without date)")),
              QueryParameter::text("to", QStringLiteral("Last day, YYYY-MM-DD (without date)")),
              QueryParameter::integer("location_id"), QueryParameter::integer("technician_id"),
              QueryParameter::integer("vehicle_id")}}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/vehicle-assignments"),
         Access::Authenticated,
         kFleetWriters,
         [&drivers](const ApiRequest &r) {
             return withBody(r, kAssignment, WriteMode::Create, [&](const QJsonObject &b) {
                 const BodyReader read(b);
                 return respond(
                     drivers.create(callContext(r),
                                    {.vehicleId = read.integer("vehicle_id").value_or(0),
                                     .technicianId = read.integer("technician_id").value_or(0),
                                     .date = read.date("date").value_or(QDate())}),
                     201);
             });
         },
         {QStringLiteral("A technician drives a vehicle on a day (409 when either is "
                         "taken that day or the vehicle is not active)"),
          tag, &kAssignment, nullptr, 201}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/vehicle-assignments/{id}"),
                Access::Authenticated,
                kFleetWriters,
                [&drivers](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(drivers.remove(callContext(r), id));
                    });
                },
                {QStringLiteral("Remove an assignment"), tag, nullptr, nullptr, 204}});
}

} // namespace fielddesk::server
