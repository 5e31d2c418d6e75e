#include "fielddesk/domain/timestamps.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/technicianservice.h"

namespace fielddesk::server {

namespace {

const QList<Role> kProfileEditors{Role::Admin, Role::Manager};

const BodySchema kTechnician{
    QStringLiteral("TechnicianWrite"),
    {{QStringLiteral("user_id"), FieldType::Integer, true, false, 1},
     {QStringLiteral("location_id"), FieldType::Integer, true, false, 1},
     {QStringLiteral("skills"), FieldType::StringList, false, false},
     {QStringLiteral("home_latitude"), FieldType::Number, false, true, -90, 90},
     {QStringLiteral("home_longitude"), FieldType::Number, false, true, -180, 180},
     {QStringLiteral("shift_start"), FieldType::LocalTime, false, false},
     {QStringLiteral("shift_end"), FieldType::LocalTime, false, false},
     {QStringLiteral("break_earliest"), FieldType::LocalTime, false, false},
     {QStringLiteral("break_latest"), FieldType::LocalTime, false, false},
     {QStringLiteral("break_minutes"), FieldType::Integer, false, false, 0, 240},
     {QStringLiteral("work_days"), FieldType::IntegerList, false, false, 1, 7, 0, 7},
     {QStringLiteral("max_jobs"), FieldType::Integer, false, true, 1, 100},
     {QStringLiteral("vehicle_id"), FieldType::Integer, false, true, 1},
     {QStringLiteral("active"), FieldType::Boolean, false, false}}};

// PATCH may not move a profile to another user.
const BodySchema kTechnicianUpdate = [] {
    BodySchema schema = kTechnician;
    schema.name = QStringLiteral("TechnicianUpdate");
    schema.fields.removeFirst();
    return schema;
}();

const BodySchema kAvailability{
    QStringLiteral("AvailabilityWrite"),
    {{QStringLiteral("kind"),
      FieldType::Enum,
      false,
      false,
      {},
      {},
      0,
      0,
      {QStringLiteral("time_off"), QStringLiteral("unavailable")}},
     {QStringLiteral("starts_at"), FieldType::Timestamp, true, false},
     {QStringLiteral("ends_at"), FieldType::Timestamp, true, false},
     {QStringLiteral("reason"), FieldType::String, false, false, {}, {}, 0, 500}}};

} // namespace

void registerTechnicianRoutes(Router &router, const Services &services)
{
    TechnicianService &technicians = services.technicians;
    const QString tag = QStringLiteral("Technicians");
    router.add({"GET",
                QStringLiteral("/api/v1/technicians"),
                Access::Authenticated,
                {},
                [&technicians](const ApiRequest &r) {
                    return withListQuery(
                        r, TechnicianRepository::listSpec(),
                        [&](const ListQuery &q) { return technicians.list(r.caller(), q); });
                },
                {QStringLiteral("Technicians in the caller's locations (employees: their own); "
                                "skill=NAME filters"),
                 tag, nullptr, &TechnicianRepository::listSpec()}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/technicians"),
         Access::Authenticated,
         kProfileEditors,
         [&technicians](const ApiRequest &r) {
             return withBody(r, kTechnician, WriteMode::Create, [&](const QJsonObject &b) {
                 return respond(technicians.create(callContext(r), b), 201);
             });
         },
         {QStringLiteral("Make an employee dispatchable"), tag, &kTechnician, nullptr, 201}});
    router.add({"GET",
                QStringLiteral("/api/v1/technicians/{id}"),
                Access::Authenticated,
                {},
                [&technicians](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(technicians.get(r.caller(), id));
                    });
                },
                {QStringLiteral("One technician"), tag}});
    router.add({"PATCH",
                QStringLiteral("/api/v1/technicians/{id}"),
                Access::Authenticated,
                kProfileEditors,
                [&technicians](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return withBody(
                            r, kTechnicianUpdate, WriteMode::Update, [&](const QJsonObject &b) {
                                return respond(technicians.update(callContext(r), id, b));
                            });
                    });
                },
                {QStringLiteral("Change a technician (partial)"), tag, &kTechnicianUpdate}});
    router.add({"DELETE",
                QStringLiteral("/api/v1/technicians/{id}"),
                Access::Authenticated,
                kProfileEditors,
                [&technicians](const ApiRequest &r) {
                    return withId(r, "id", [&](qint64 id) {
                        return respond(technicians.remove(callContext(r), id));
                    });
                },
                {QStringLiteral("Delete a technician without jobs"), tag, nullptr, nullptr, 204}});
    router.add({"GET",
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
                {QStringLiteral("Time off and unavailability (from/to filter)"), tag}});
    router.add(
        {"POST",
         QStringLiteral("/api/v1/technicians/{id}/availability"),
         Access::Authenticated,
         kDispatchRoles,
         [&technicians](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 return withBody(r, kAvailability, WriteMode::Create, [&](const QJsonObject &b) {
                     return respond(technicians.addAvailability(callContext(r), id, b), 201);
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
    router.add(
        {"GET",
         QStringLiteral("/api/v1/technicians/{id}/schedule"),
         Access::Authenticated,
         {},
         [&technicians](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 for (const auto &item : r.query.queryItems()) {
                     if (item.first != QLatin1String("date"))
                         return problemResponse(Failure::validation(
                             item.first, QStringLiteral("is not a known parameter")));
                 }
                 return respond(technicians.schedule(
                     r.caller(), id,
                     r.query.queryItemValue(QStringLiteral("date"), QUrl::FullyDecoded)));
             });
         },
         {QStringLiteral("The day's jobs in order with travel and conflicts (?date=)"), tag}});
}

} // namespace fielddesk::server
