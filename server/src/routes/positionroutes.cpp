// /technicians/{id}/positions: a technician's phone sends where they are (a JSON array of
// fixes, or {"positions": [...]}); those who plan read a technician's track for a replay, and
// /technician-positions everyone's last position.
#include "fielddesk/domain/timestamps.h"
#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "routes/apiroutes.h"
#include "routes/routesupport.h"
#include "services/positionservice.h"

namespace fielddesk::server {

namespace {

const BodySchema kPositionBatch{
    .name = QStringLiteral("TechnicianPositionBatch"),
    .fields = {{.name = QStringLiteral("positions"),
                .type = FieldType::ObjectList,
                .required = true,
                .maxLength = PositionService::kMostPerBatch,
                .description = QStringLiteral("[{lat, lon, accuracy_m, heading_deg, speed_kmh, "
                                              "recorded_at}]; the body may also be that array")}}};

const BodySchema kPoint{
    .name = QStringLiteral("TechnicianPosition"),
    .fields = {
        {.name = QStringLiteral("lat"),
         .type = FieldType::Number,
         .required = true,
         .minimum = -90,
         .maximum = 90},
        {.name = QStringLiteral("lon"),
         .type = FieldType::Number,
         .required = true,
         .minimum = -180,
         .maximum = 180},
        {.name = QStringLiteral("accuracy_m"),
         .type = FieldType::Number,
         .nullable = true,
         .minimum = 0,
         .maximum = 100000},
        {.name = QStringLiteral("heading_deg"),
         .type = FieldType::Number,
         .nullable = true,
         .minimum = 0,
         .maximum = 360},
        {.name = QStringLiteral("speed_kmh"),
         .type = FieldType::Number,
         .nullable = true,
         .minimum = 0,
         .maximum = 400},
        {.name = QStringLiteral("recorded_at"), .type = FieldType::Timestamp, .required = true}}};

std::optional<double> optionalField(const BodyReader &read, const char *key)
{
    const NullablePatch<double> value = read.nullableNumber(key);
    return value ? *value : std::nullopt;
}

ApiResponse recordPositions(PositionService &positions, const ApiRequest &r, qint64 technicianId)
{
    QByteArray body = r.body.trimmed();
    if (body.startsWith('['))
        body = "{\"positions\":" + body + '}';
    const Result<QJsonObject> batch = validateBody(body, kPositionBatch, WriteMode::Create);
    if (!batch)
        return problemResponse(batch.failure());
    const QList<QJsonObject> items =
        BodyReader(*batch).objects("positions").value_or(QList<QJsonObject>());
    QList<TechnicianPosition> points;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Result<QJsonObject> item =
            validateNested(items.at(i), kPoint, QStringLiteral("positions[%1].").arg(i));
        if (!item)
            return problemResponse(item.failure());
        const BodyReader read(*item);
        TechnicianPosition p;
        p.lat = read.number("lat").value_or(0);
        p.lon = read.number("lon").value_or(0);
        p.accuracyM = optionalField(read, "accuracy_m");
        p.headingDeg = optionalField(read, "heading_deg");
        p.speedKmh = optionalField(read, "speed_kmh");
        p.recordedAt = toTimestamp(read.timestamp("recorded_at").value_or(QDateTime()));
        points << p;
    }
    return respond(positions.record(callContext(r), technicianId, points));
}

} // namespace

void registerPositionRoutes(Router &router, const Services &services)
{
    PositionService &positions = services.positions;
    const QString tag = QStringLiteral("Positions");
    router.add({"POST",
                QStringLiteral("/api/v1/technicians/{id}/positions"),
                Access::AuthenticatedOrFleetKey,
                {Role::Admin, Role::Manager, Role::Dispatcher, Role::Employee},
                [&positions](const ApiRequest &r) {
                    return withId(r, "id",
                                  [&](qint64 id) { return recordPositions(positions, r, id); });
                },
                {QStringLiteral("Where the technician is: fixes from their phone (the technician "
                                "themselves, whoever plans their location, or the fleet tracker's "
                                "key of their location); repeats and "
                                "points not newer than the last are ignored; kept 30 days"),
                 tag, &kPositionBatch}});
    router.add(
        {"GET",
         QStringLiteral("/api/v1/technicians/{id}/positions"),
         Access::Authenticated,
         kDispatchRoles,
         [&positions](const ApiRequest &r) {
             return withId(r, "id", [&](qint64 id) {
                 const Result<QString> from = timestampParameter(r.query, "from");
                 const Result<QString> to = timestampParameter(r.query, "to");
                 if (!from || !to)
                     return problemResponse(!from ? from.failure() : to.failure());
                 const QDateTime now = QDateTime::currentDateTimeUtc();
                 return respond(positions.track(
                     r.caller(), id, from->isEmpty() ? now.addDays(-1) : *parseTimestamp(*from),
                     to->isEmpty() ? now.addSecs(60) : *parseTimestamp(*to)));
             });
         },
         {.summary = QStringLiteral("A technician's positions from `from` to `to` (default: the "
                                    "last 24 hours), oldest first: a replay of their day"),
          .tag = tag,
          .query = {
              QueryParameter::text("from", QStringLiteral("ISO 8601 date-time with a zone")),
              QueryParameter::text("to", QStringLiteral("ISO 8601 date-time with a zone"))}}});
    router.add({"GET",
                QStringLiteral("/api/v1/technician-positions"),
                Access::Authenticated,
                kDispatchRoles,
                [&positions](const ApiRequest &r) {
                    const Result<std::optional<qint64>> location =
                        idParameter(r.query, "location_id");
                    if (!location)
                        return problemResponse(location.failure());
                    return respond(positions.latest(r.caller(), *location));
                },
                {.summary = QStringLiteral("The last position of each technician of the caller's "
                                           "locations (or of location_id=)"),
                 .tag = tag,
                 .query = {QueryParameter::integer("location_id")}}});
}

} // namespace fielddesk::server
