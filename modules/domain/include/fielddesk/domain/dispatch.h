// The dispatch domain as the API sends it: skills, technicians and their availability,
// customers and their service addresses, the service catalogue, jobs and their lifecycle,
// the dispatch history and the live events. writeJson is the wire form (server side),
// fromJson reads it back (console). Depends on QtCore only.
#pragma once

#include "fielddesk/domain/jsonwriter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk {

struct Skill
{
    qint64 id = 0;
    QString name; // what technicians carry and jobs require, e.g. "hvac"
    QString description;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static Skill fromJson(const QJsonObject &o);
};

// A profile that makes an employee user dispatchable. Shift and break times are local
// times ("08:00") in the time zone of the technician's location.
struct Technician
{
    qint64 id = 0;
    qint64 userId = 0;
    QString name;  // the user's name
    QString email; // the user's email
    qint64 locationId = 0;
    QStringList skills;
    std::optional<double> homeLatitude;
    std::optional<double> homeLongitude;
    QString shiftStart = QStringLiteral("08:00");
    QString shiftEnd = QStringLiteral("17:00");
    QString breakEarliest = QStringLiteral("11:30");
    QString breakLatest = QStringLiteral("13:30");
    int breakMinutes = 30;              // 0: no break
    QList<int> workDays{1, 2, 3, 4, 5}; // ISO weekdays, Monday = 1
    std::optional<int> maxJobs;
    std::optional<qint64> vehicleId;
    bool active = true;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static Technician fromJson(const QJsonObject &o);
};

// Time off or ad-hoc unavailability of one technician.
struct AvailabilityPeriod
{
    qint64 id = 0;
    qint64 technicianId = 0;
    QString kind = QStringLiteral("time_off"); // "time_off" or "unavailable"
    QString startsAt;
    QString endsAt;
    QString reason;
    QString createdAt;

    void writeJson(JsonWriter &w) const;
    static AvailabilityPeriod fromJson(const QJsonObject &o);
};

struct CustomerAddress
{
    qint64 id = 0;
    QString label; // "Home", "Rental unit 4"
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;

    void writeJson(JsonWriter &w) const;
    static CustomerAddress fromJson(const QJsonObject &o);
};

struct Customer
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;
    QString notes;
    // The customer does not want FieldDesk's messages on that channel (outbound messages).
    bool emailOptOut = false;
    bool smsOptOut = false;
    // The language messages to them are written in ("en", "de", "es"); empty (null in JSON):
    // the company's customer_language.
    QString language;
    QList<CustomerAddress> addresses;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static Customer fromJson(const QJsonObject &o);
};

// An entry of the service catalogue ("Furnace tune-up", 90 min).
struct ServiceType
{
    qint64 id = 0;
    QString name;
    QString description;
    int durationMin = 60;
    double price = 0;
    int priority = 3;
    QString requiredSkill; // empty: none
    bool active = true;
    bool weatherSensitive = false; // rain, wind or cold spoil it: jobs flagged at risk
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static ServiceType fromJson(const QJsonObject &o);
};

enum class JobStatus { New, Scheduled, Dispatched, EnRoute, OnSite, Completed, Cancelled };

QString jobStatusName(JobStatus status);
std::optional<JobStatus> jobStatusFromName(const QString &name);
QStringList allJobStatusNames();
// The statuses a job may move to with POST /jobs/{id}/status (assign and unassign move
// between new and scheduled).
QList<JobStatus> allowedStatusChanges(JobStatus from);
// The steps a technician reports on their own job (en route, on site, completed); the
// dispatcher makes every other change.
bool isFieldStep(JobStatus status);
bool isTerminal(JobStatus status);

struct Job
{
    qint64 id = 0;
    qint64 locationId = 0;
    QString title;
    std::optional<qint64> customerId;
    QString customerName;
    std::optional<qint64> addressId;
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<qint64> serviceId;
    QStringList requiredSkills;
    int priority = 3; // 1 (lowest) to 5 (most urgent)
    int durationMin = 60;
    QString windowStart; // empty: no window
    QString windowEnd;
    JobStatus status = JobStatus::New;
    bool atRisk = false;
    QString atRiskReason;
    std::optional<qint64> technicianId;
    QString technicianName;
    QString plannedStart; // empty: not scheduled
    QString plannedEnd;
    QString notes;
    // An occurrence of a recurring series (jobseries.h): the series, its local date, and
    // whether it was edited on its own (edits of the series then leave it alone).
    std::optional<qint64> seriesId;
    QString occurrenceDate; // "YYYY-MM-DD"; empty: not an occurrence
    bool seriesException = false;
    qint64 version = 1;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static Job fromJson(const QJsonObject &o);
};

// One change of a job's dispatch state, as GET /jobs/{id}/history lists it.
struct DispatchHistoryEntry
{
    qint64 id = 0;
    qint64 jobId = 0;
    qint64 locationId = 0;
    QString action; // "created", "assigned", "unassigned", "rescheduled", "status_changed", ...
    std::optional<qint64> actorUserId;
    QString actorName;
    std::optional<qint64> apiKeyId;
    QString clientId;
    QByteArray beforeJson; // the job before (JSON, empty: none)
    QByteArray afterJson;  // the job after
    QString occurredAt;
    QString requestId;

    void writeJson(JsonWriter &w) const;
    static DispatchHistoryEntry fromJson(const QJsonObject &o);
};

// A live event (the outbox row): {id, type, source, occurred_at, correlation_id, data}.
// The id grows with every event of the server, so a client resumes after the last it saw.
// Where a technician was (their phone's fix): POSTed to /technicians/{id}/positions, kept 30
// days, the last one shown live on the board's map.
struct TechnicianPosition
{
    qint64 technicianId = 0;
    double lat = 0;
    double lon = 0;
    std::optional<double> accuracyM;
    std::optional<double> headingDeg; // 0 north, clockwise
    std::optional<double> speedKmh;
    QString recordedAt; // when the phone took it (UTC)

    void writeJson(JsonWriter &w) const;
    static TechnicianPosition fromJson(const QJsonObject &o);
};

struct DomainEvent
{
    qint64 id = 0;
    qint64 tenantId = 0;
    std::optional<qint64> locationId; // nullopt: for the whole tenant
    // One person's event (a notification): only their own streams carry it. Not in the JSON.
    std::optional<qint64> userId;
    QString type; // "scheduling.job.assigned.v1"
    QString source = QStringLiteral("fielddesk/scheduling");
    QString occurredAt;
    QString correlationId; // the request id that caused it
    QByteArray dataJson;   // a JSON object

    void writeJson(JsonWriter &w) const;
    static DomainEvent fromJson(const QJsonObject &o);
};

// A customer-scoped key for residents' and customers' systems (stored hashed; the key
// itself is shown once, on creation).
struct ApiKey
{
    // A customer's system (sees that customer's jobs), or the company's fleet tracker (sends
    // the positions of its location's technicians, nothing else).
    static constexpr auto kCustomer = "customer";
    static constexpr auto kFleetTracker = "fleet_tracker";

    qint64 id = 0;
    QString name;
    QString kind = QLatin1String(kCustomer);
    std::optional<qint64> customerId; // a customer's key only
    qint64 locationId = 0;
    QString prefix; // the first characters, to recognise a key
    QString createdAt;
    QString revokedAt;
    QString lastUsedAt;

    void writeJson(JsonWriter &w) const;
    static ApiKey fromJson(const QJsonObject &o);
};

} // namespace fielddesk
