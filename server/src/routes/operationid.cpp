#include "routes/operationid.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace fielddesk::server {

namespace {

// Paths whose name the rule below would not read well: singletons, sign-in, counts.
const QHash<QString, QString> &namedOperations()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("GET /healthz"), QStringLiteral("checkHealth")},
        {QStringLiteral("GET /readyz"), QStringLiteral("checkReadiness")},
        {QStringLiteral("GET /openapi.json"), QStringLiteral("getOpenApiDocument")},
        {QStringLiteral("POST /auth/login"), QStringLiteral("login")},
        {QStringLiteral("POST /auth/logout"), QStringLiteral("logout")},
        {QStringLiteral("POST /auth/refresh"), QStringLiteral("refreshToken")},
        {QStringLiteral("GET /me"), QStringLiteral("getMe")},
        {QStringLiteral("GET /me/emergency-contacts"), QStringLiteral("listMyEmergencyContacts")},
        {QStringLiteral("PUT /me/emergency-contacts"),
         QStringLiteral("replaceMyEmergencyContacts")},
        {QStringLiteral("POST /me/password"), QStringLiteral("changeMyPassword")},
        {QStringLiteral("GET /me/preferences"), QStringLiteral("getMyPreferences")},
        {QStringLiteral("PATCH /me/preferences"), QStringLiteral("updateMyPreferences")},
        {QStringLiteral("PUT /me/preferences"), QStringLiteral("replaceMyPreferences")},
        {QStringLiteral("GET /tenants/current"), QStringLiteral("getCurrentTenant")},
        {QStringLiteral("PATCH /tenants/current"), QStringLiteral("updateCurrentTenant")},
        {QStringLiteral("POST /assignments/batch"), QStringLiteral("assignJobsInBatch")},
        {QStringLiteral("POST /jobs/{id}/status"), QStringLiteral("changeJobStatus")},
        {QStringLiteral("POST /media"), QStringLiteral("uploadMedia")},
        {QStringLiteral("GET /notifications/unread-count"),
         QStringLiteral("countUnreadNotifications")},
        {QStringLiteral("POST /notifications/read-all"),
         QStringLiteral("markAllNotificationsRead")},
        {QStringLiteral("POST /notifications/{id}/read"), QStringLiteral("markNotificationRead")},
        {QStringLiteral("GET /reports/expenses"), QStringLiteral("getExpenseReport")},
        {QStringLiteral("GET /reports/spiffs"), QStringLiteral("getSpiffReport")},
        {QStringLiteral("POST /routing/plan"), QStringLiteral("planRoutes")},
        {QStringLiteral("GET /routing/slots"), QStringLiteral("findSlots")},
        {QStringLiteral("GET /technicians/{id}/schedule"), QStringLiteral("getTechnicianSchedule")},
        {QStringLiteral("GET /technicians/{id}/positions"), QStringLiteral("getTechnicianTrack")},
        {QStringLiteral("POST /technicians/{id}/positions"),
         QStringLiteral("recordTechnicianPositions")},
        {QStringLiteral("GET /technician-positions"), QStringLiteral("listLatestPositions")},
        {QStringLiteral("POST /messages/day-ahead"), QStringLiteral("sendDayAhead")},
        {QStringLiteral("POST /routing/replan-unavailable"), QStringLiteral("replanUnavailable")},
        {QStringLiteral("GET /vehicles/{id}/odometer"),
         QStringLiteral("listVehicleOdometerReadings")},
        {QStringLiteral("POST /vehicles/{id}/odometer"),
         QStringLiteral("recordVehicleOdometerReading")},
        {QStringLiteral("DELETE /vehicles/{id}/odometer/{rid}"),
         QStringLiteral("deleteVehicleOdometerReading")},
    };
    return names;
}

// The last segments of these POSTs name what is done to their parent: POST /jobs/{id}/assign
// is assignJob, POST /users/{id}/end-sessions is endUserSessions.
bool isAction(const QString &segment)
{
    static const QSet<QString> verbs{
        QStringLiteral("apply"),    QStringLiteral("approve"),   QStringLiteral("assign"),
        QStringLiteral("cancel"),   QStringLiteral("end"),       QStringLiteral("fulfil"),
        QStringLiteral("pay"),      QStringLiteral("reimburse"), QStringLiteral("reject"),
        QStringLiteral("resume"),   QStringLiteral("revoke"),    QStringLiteral("suspend"),
        QStringLiteral("unassign"),
    };
    return verbs.contains(segment.section(QLatin1Char('-'), 0, 0));
}

QString capitalised(const QString &word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

// "expense-categories" -> "ExpenseCategories".
QString pascal(const QString &segment)
{
    QString out;
    for (const QString &word : segment.split(QLatin1Char('-'), Qt::SkipEmptyParts))
        out += capitalised(word);
    return out;
}

// The name of one member of a collection: "categories" -> "category", "addresses" ->
// "address"; words that are their own singular stay.
QString singular(const QString &word)
{
    if (word.endsWith(QLatin1String("series")) || word.endsWith(QLatin1String("media")) ||
        word.endsWith(QLatin1String("ss")) || !word.endsWith(QLatin1Char('s')))
        return word;
    if (word.endsWith(QLatin1String("ies")))
        return word.chopped(3) + QLatin1Char('y');
    if (word.endsWith(QLatin1String("sses")))
        return word.chopped(2);
    return word.chopped(1);
}

bool isParameter(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{'));
}

} // namespace

QString operationIdOf(const QByteArray &method, const QString &path)
{
    QString relative = path;
    if (relative.startsWith(QLatin1String("/api/v1")))
        relative = relative.mid(7);
    const QString key = QString::fromLatin1(method) + QLatin1Char(' ') + relative;
    if (const auto named = namedOperations().constFind(key); named != namedOperations().cend())
        return named.value();

    const QStringList segments = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // The resources the path walks through, each named as one member when an id follows it
    // ("/vehicles/{id}/maintenance-plans" walks a Vehicle into MaintenancePlans).
    QStringList nouns;
    for (int i = 0; i < segments.size(); ++i) {
        if (isParameter(segments[i]))
            continue;
        const bool member = i + 1 < segments.size() && isParameter(segments[i + 1]);
        nouns << (member ? pascal(singular(segments[i])) : pascal(segments[i]));
    }
    if (nouns.isEmpty())
        return QString::fromLatin1(method).toLower();
    const QString last = segments.last();
    const bool item = isParameter(last);

    if (item) {
        const QString joined = nouns.join(QString());
        if (method == "GET")
            return QStringLiteral("get") + joined;
        if (method == "PATCH")
            return QStringLiteral("update") + joined;
        if (method == "PUT")
            return QStringLiteral("replace") + joined;
        if (method == "DELETE")
            return QStringLiteral("delete") + joined;
    } else if (method == "POST" && segments.size() >= 2 &&
               isParameter(segments.at(segments.size() - 2)) && isAction(last)) {
        // verb + parent + the rest of the segment: end-sessions on a user -> endUserSessions.
        nouns.removeLast();
        const QStringList words = last.split(QLatin1Char('-'), Qt::SkipEmptyParts);
        return words.first() + nouns.join(QString()) + pascal(words.mid(1).join(QLatin1Char('-')));
    } else if (method == "GET") {
        return QStringLiteral("list") + nouns.join(QString());
    } else if (method == "POST") {
        nouns.last() = pascal(singular(last));
        return QStringLiteral("create") + nouns.join(QString());
    } else if (method == "PUT") {
        return QStringLiteral("replace") + nouns.join(QString());
    } else if (method == "PATCH") {
        return QStringLiteral("update") + nouns.join(QString());
    } else if (method == "DELETE") {
        return QStringLiteral("delete") + nouns.join(QString());
    }
    return QString::fromLatin1(method).toLower() + nouns.join(QString());
}

} // namespace fielddesk::server
