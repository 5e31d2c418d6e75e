#include "routes/apiroutes.h"

#include "fielddesk/domain/jsonwriter.h"
#include "fielddesk/domain/timestamps.h"
#include "routes/routesupport.h"
#include "services/backupschedule.h"
#include "storage/database.h"

namespace fielddesk::server {

namespace {

// Ready, and with scheduled backups on, how this server's last one went (monitoring reads it;
// a failed backup does not make the server unready).
QByteArray readinessBody(const BackupSchedule &backups)
{
    JsonWriter json(128);
    json.beginObject().field("status", "ready");
    if (backups.settings().enabled()) {
        json.key("backup").beginObject().field("every_hours", backups.settings().everyHours);
        if (const auto last = backups.lastRun())
            json.field("last_at", toTimestamp(last->at)).field("last_ok", last->ok);
        json.endObject();
    }
    return json.endObject().take();
}

} // namespace

void registerSystemRoutes(Router &router, const Services &services)
{
    Database &db = services.database;
    const BackupSchedule &backups = services.backups;
    router.add({"GET",
                QStringLiteral("/healthz"),
                Access::Public,
                {},
                [](const ApiRequest &) { return ApiResponse::json(R"({"status":"ok"})"); },
                {QStringLiteral("Liveness: the process answers"), QStringLiteral("System")}});
    router.add({"GET",
                QStringLiteral("/readyz"),
                Access::Public,
                {},
                [&db, &backups](const ApiRequest &) {
                    QString error;
                    if (db.ping(&error))
                        return ApiResponse::json(readinessBody(backups));
                    return problemResponse(Failure::unavailable(
                        QStringLiteral("The database does not answer: %1").arg(error)));
                },
                {QStringLiteral("Readiness: the database answers"), QStringLiteral("System")}});
}

} // namespace fielddesk::server
