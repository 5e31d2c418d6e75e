#include "fielddesk/domain/timestamps.h"
#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/collectionroutes.h"
#include "routes/routesupport.h"
#include "services/technicianservice.h"

namespace fielddesk::server {

namespace {

const QList<Role> kProfileEditors{Role::Admin, Role::Manager};

const BodySchema kTechnician{
    .name = QStringLiteral("TechnicianWrite"),
    .fields = {
        idField(QStringLiteral("user_id"), Nullable::No, true),
        idField(QStringLiteral("location_id"), Nullable::No, true),
        {.name = QStringLiteral("skills"), .type = FieldType::StringList},
        latitudeField(QStringLiteral("home_latitude")),
        longitudeField(QStringLiteral("home_longitude")),
        {.name = QStringLiteral("shift_start"), .type = FieldType::LocalTime},
        {.name = QStringLiteral("shift_end"), .type = FieldType::LocalTime},
        {.name = QStringLiteral("break_earliest"), .type = FieldType::LocalTime},
        {.name = QStringLiteral("break_latest"), .type = FieldType::LocalTime},
        {.name = QStringLiteral("break_minutes"),
         .type = FieldType::Integer,
         .minimum = 0,
         .maximum = 240},
        {.name = QStringLiteral("work_days"),
         .type = FieldType::IntegerList,
         .minimum = 1,
         .maximum = 7,
         .maxLength = 7},
        {.name = QStringLiteral("max_jobs"),
         .type = FieldType::Integer,
         .nullable = true,
         .minimum = 1,
         .maximum = 100},
        idField(QStringLiteral("vehicle_id"), Nullable::Yes),
        {.name = QStringLiteral("active"), .type = FieldType::Boolean},
    }};

// PATCH may not move a profile to another user.
const BodySchema kTechnicianUpdate = [] {
    BodySchema schema = kTechnician;
    schema.name = QStringLiteral("TechnicianUpdate");
    schema.fields.removeFirst();
    return schema;
}();

const BodySchema kAvailability{
    .name = QStringLiteral("AvailabilityWrite"),
    .fields = {
        {.name = QStringLiteral("kind"),
         .type = FieldType::Enum,
         .enumValues = {QStringLiteral("time_off"), QStringLiteral("unavailable")}},
        {.name = QStringLiteral("starts_at"), .type = FieldType::Timestamp, .required = true},
        {.name = QStringLiteral("ends_at"), .type = FieldType::Timestamp, .required = true},
        {.name = QStringLiteral("reason"), .maxLength = 500},
    }};

TechnicianFields technicianFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.userId = read.integer("user_id"),
            .locationId = read.integer("location_id"),
            .skills = read.strings("skills"),
            .homeLatitude = read.nullableNumber("home_latitude"),
            .homeLongitude = read.nullableNumber("home_longitude"),
            .shiftStart = read.text("shift_start"),
            .shiftEnd = read.text("shift_end"),
            .breakEarliest = read.text("break_earliest"),
            .breakLatest = read.text("break_latest"),
            .breakMinutes = read.smallInteger("break_minutes"),
            .workDays = read.integers("work_days"),
            .maxJobs = read.nullableSmallInteger("max_jobs"),
            .vehicleId = read.nullableInteger("vehicle_id"),
            .active = read.boolean("active")};
}

AvailabilityFields availabilityFields(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.kind = read.text("kind"),
            .startsAt = read.timestamp("starts_at"),
            .endsAt = read.timestamp("ends_at"),
            .reason = read.text("reason")};
}

} // namespace

void registerTechnicianRoutes(Router &router, const Services &services)
{
    TechnicianService &technicians = services.technicians;
    const QString tag = QStringLiteral("Technicians");
    CollectionRoutes<TechnicianService> collection(router, technicians,
                                                   QStringLiteral("/api/v1/technicians"), tag);
    collection.list({}, TechnicianRepository::listSpec(), &TechnicianService::list,
                    QStringLiteral("Technicians in the caller's locations (employees: their "
                                   "own); skill=NAME filters"));
    collection.create(kProfileEditors, kTechnician, &TechnicianService::create, technicianFields,
                      QStringLiteral("Make an employee dispatchable"));
    collection.get({}, &TechnicianService::get, QStringLiteral("One technician"));
    collection.update(kProfileEditors, kTechnicianUpdate, &TechnicianService::update,
                      technicianFields, QStringLiteral("Change a technician (partial)"));
    collection.remove(kProfileEditors, &TechnicianService::remove,
                      QStringLiteral("Delete a technician without jobs"));
    router.add(
        {"GET",
         QStringLiteral("/api/v1/technicians/{id}/availability"),
         Access::Authenticated,
         kDispatchRoles,
         [&technicians](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 QString range[2];
                 const char *names[2] = {"from", "to"};
                 for (int i = 0; i < 2; ++i) {
                     const QString value =
                         r.query.queryItemValue(QLatin1String(names[i]), QUrl::FullyDecoded);
                     if (value.isEmpty())
                         continue;
                     const std::optional<QDateTime> t = parseTimestamp(value);
                     if (!t)
                         return problemResponse(Failure::validation(
                             QLatin1String(names[i]),
                             QStringLiteral("must be an ISO 8601 date-time with a zone")));
                     range[i] = toTimestamp(*t);
                 }
                 const Result<QList<AvailabilityPeriod>> periods =
                     technicians.availability(r.caller(), id, range[0], range[1]);
                 if (!periods)
                     return problemResponse(periods.failure());
                 JsonWriter w(256 + periods->size() * 200);
                 w.beginObject().field("count", qint64(periods->size())).key("results");
                 w.beginArray();
                 for (const AvailabilityPeriod &p : *periods)
                     p.writeJson(w);
                 w.endArray().endObject();
                 return ApiResponse::json(w.take());
             });
         },
         {.summary = QStringLiteral("Time off and unavailability (from/to filter)"),
          .tag = tag,
          .query = {QueryParameter::text("from", QStringLiteral("ISO 8601 date-time with a zone: "
                                                                "periods ending after it")),
                    QueryParameter::text("to", QStringLiteral("ISO 8601 date-time with a zone: "
                                                              "periods starting before it"))}}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/technicians/{id}/availability"),
         Access::Authenticated,
         kDispatchRoles,
         [&technicians](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return withBody(r, kAvailability, WriteMode::Create, [&](const QJsonObject &b) {
                     return respond(
                         technicians.addAvailability(callContext(r), id, availabilityFields(b)),
                         201);
                 });
             });
         },
         {QStringLiteral("Record time off"), tag, &kAvailability, nullptr, 201}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/technicians/{id}/availability/{period_id}"),
                Access::Authenticated,
                kDispatchRoles,
                [&technicians](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withId(r, "period_id", [&](qint64 periodId) {
                            return respond(
                                technicians.removeAvailability(callContext(r), id, periodId));
                        });
                    });
                },
                {QStringLiteral("Remove time off"), tag, nullptr, nullptr, 204}});
    router.add({"GET",
                QStringLiteral("/api/v1/technicians/{id}/schedule"),
                Access::Authenticated,
                {},
                [&technicians](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(technicians.schedule(
                            r.caller(), id,
                            r.query.queryItemValue(QStringLiteral("date"), QUrl::FullyDecoded)));
                    });
                },
                {.summary = QStringLiteral("The day's jobs in order with travel and conflicts "
                                           "(?date=)"),
                 .tag = tag,
                 .query = {QueryParameter::text(
                     "date", QStringLiteral("The day, YYYY-MM-DD (required)"))}}});
}

} // namespace fielddesk::server
