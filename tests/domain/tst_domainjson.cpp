// Every domain type's JSON form, byte for byte: the server's API tests and the console compare
// it, so member order, null against omitted and number formats must not drift.
// domainjson.golden holds what each sample below was written as by the hand-written writers
// before the forms were described once (modules/domain/src/jsonform.h); each sample must also
// read back (fromJson) to a value that writes the same bytes again.
#include "fielddesk/domain/aboutme.h"
#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/media.h"
#include "fielddesk/domain/organisation.h"
#include "fielddesk/domain/requests.h"
#include "testmain.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <map>

namespace tst_domainjson {

using namespace fielddesk;
using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    QByteArray written;
    // writeJson of fromJson of the given JSON.
    QByteArray (*rewrite)(const QByteArray &json);
};

template<typename T>
Sample sample(const T &value)
{
    return {toJsonText(value), [](const QByteArray &json) {
                return toJsonText(T::fromJson(QJsonDocument::fromJson(json).object()));
            }};
}

// Filled in (escapes, non-ASCII, fractions, lists) and left empty (nulls, empty lists).
const std::map<QByteArray, Sample> &samples()
{
    static const std::map<QByteArray, Sample> all{
        {"skill", sample(Skill{4, u"hvac"_s, u"Heating \"and\" cooling\n"_s,
                               u"2026-01-02T03:04:05.006Z"_s, u"2026-02-03T04:05:06.007Z"_s})},
        {"technician", sample(Technician{.id = 12,
                                         .userId = 31,
                                         .name = u"Zoë Tremblay"_s,
                                         .email = u"zoe@example.com"_s,
                                         .locationId = 2,
                                         .skills = {u"hvac"_s, u"plumbing"_s},
                                         .homeLatitude = 45.5017,
                                         .homeLongitude = -73.5673,
                                         .shiftStart = u"07:30"_s,
                                         .breakMinutes = 45,
                                         .workDays = {2, 3, 6},
                                         .maxJobs = 8,
                                         .vehicleId = 5,
                                         .active = false,
                                         .createdAt = u"2026-01-02T03:04:05.006Z"_s})},
        {"technician, empty", sample(Technician{})},
        {"availability",
         sample(AvailabilityPeriod{7, 12, u"unavailable"_s, u"2026-11-23T08:00:00.000Z"_s,
                                   u"2026-11-23T12:00:00.000Z"_s, u"Dentist \\ doctor"_s})},
        {"customer", sample(Customer{.id = 200,
                                     .name = u"Café Olimpico"_s,
                                     .phone = u"+1 514 555 0100"_s,
                                     .addresses = {{1, u"Main"_s, u"124 Rue Saint-Viateur O"_s,
                                                    45.5236, -73.6004},
                                                   {2, u"Rental unit 4"_s, u"9 Avenue du Parc"_s}},
                                     .updatedAt = u"2026-02-03T04:05:06.007Z"_s})},
        {"service type",
         sample(ServiceType{3, u"Furnace tune-up"_s, u"Yearly"_s, 90, 89.95, 4, u"hvac"_s})},
        {"service type, empty", sample(ServiceType{})},
        {"job", sample(Job{.id = 41,
                           .locationId = 2,
                           .title = u"Furnace \"tune-up\" – 東京 🚐"_s,
                           .customerId = 200,
                           .customerName = u"Café Olimpico"_s,
                           .addressId = 1,
                           .address = u"124 Rue Saint-Viateur O"_s,
                           .latitude = 45.5236,
                           .longitude = -73.6004,
                           .serviceId = 3,
                           .requiredSkills = {u"hvac"_s, u"gas"_s},
                           .priority = 5,
                           .durationMin = 90,
                           .windowStart = u"2026-11-23T13:00:00.000Z"_s,
                           .windowEnd = u"2026-11-23T17:00:00.000Z"_s,
                           .status = JobStatus::EnRoute,
                           .atRisk = true,
                           .atRiskReason = u"Storm warning"_s,
                           .technicianId = 12,
                           .technicianName = u"Zoë Tremblay"_s,
                           .plannedStart = u"2026-11-23T14:00:00.000Z"_s,
                           .plannedEnd = u"2026-11-23T15:30:00.000Z"_s,
                           .notes = u"Ring twice\tthen wait"_s,
                           .seriesId = 8,
                           .occurrenceDate = u"2026-11-23"_s,
                           .seriesException = true,
                           .version = 7,
                           .createdAt = u"2026-11-20T09:12:44.512Z"_s,
                           .updatedAt = u"2026-11-22T16:03:10.007Z"_s})},
        {"job, empty", sample(Job{})},
        {"dispatch history",
         sample(DispatchHistoryEntry{.id = 90,
                                     .jobId = 41,
                                     .locationId = 2,
                                     .action = u"assigned"_s,
                                     .actorUserId = 31,
                                     .actorName = u"Dana Dispatcher"_s,
                                     .clientId = u"console-1"_s,
                                     .afterJson = R"({"status":"scheduled","version":2})",
                                     .occurredAt = u"2026-11-23T08:00:00.000Z"_s,
                                     .requestId = u"req-1"_s})},
        {"dispatch history, by key",
         sample(DispatchHistoryEntry{.apiKeyId = 4, .beforeJson = R"({"id":41})"})},
        {"event", sample(DomainEvent{.id = 1001,
                                     .tenantId = 1,
                                     .type = u"scheduling.job.assigned.v1"_s,
                                     .occurredAt = u"2026-11-23T08:00:00.000Z"_s,
                                     .correlationId = u"req-1"_s,
                                     .dataJson = R"({"job":{"id":41}})"})},
        {"event, for a location", sample(DomainEvent{.locationId = 2})},
        {"api key", sample(ApiKey{9,
                                  u"Front desk"_s,
                                  u"customer"_s,
                                  200,
                                  2,
                                  u"fd_3x"_s,
                                  u"2026-01-02T03:04:05.006Z"_s,
                                  {},
                                  u"2026-02-03T04:05:06.007Z"_s})},
        {"api key, the fleet tracker's",
         sample(ApiKey{.id = 10,
                       .name = u"Tracker"_s,
                       .kind = u"fleet_tracker"_s,
                       .locationId = 2,
                       .prefix = u"fdk_ab"_s,
                       .createdAt = u"2026-01-02T03:04:05.006Z"_s})},
        {"tenant", sample(Tenant{.id = 1,
                                 .name = u"Plomberie Nord"_s,
                                 .timeZone = u"America/Toronto"_s,
                                 .settingsJson = R"({"week_starts":1})",
                                 .travel = {35.5, 1.25}})},
        {"location", sample(Location{2, 1, u"Montréal"_s, u"1 Place Ville Marie"_s, 45.5017,
                                     -73.5673, u"America/Toronto"_s})},
        {"location, with its service area",
         sample(Location{.id = 3,
                         .tenantId = 1,
                         .name = u"Laval"_s,
                         .serviceArea = {{45.6, -73.8}, {45.5, -73.75}, {45.55, -73.6}}})},
        {"user", sample(User{.id = 31,
                             .tenantId = 1,
                             .email = u"dana@example.com"_s,
                             .name = u"Dana \"D\" Dispatcher"_s,
                             .role = Role::Dispatcher,
                             .locationIds = {2, 3}})},
        {"audit", sample(AuditEntry{.id = 5,
                                    .actorUserId = 1,
                                    .action = u"user.updated"_s,
                                    .objectType = u"user"_s,
                                    .objectId = 31,
                                    .beforeJson = R"({"name":"Dana"})",
                                    .requestId = u"req-2"_s})},
        {"tool", sample(Tool{6, u"Pipe wrench"_s, u"PW-18"_s, 2, false})},
        {"tool, for every location", sample(Tool{.name = u"Ladder"_s})},
        {"clothing", sample(ClothingItem{3, u"Jacket"_s, {u"S"_s, u"M"_s, u"XL"_s}})},
        {"request", sample(Request{.id = 70,
                                   .kind = u"tool"_s,
                                   .status = u"approved"_s,
                                   .requesterId = 31,
                                   .requesterName = u"Dana"_s,
                                   .locationId = 2,
                                   .detailsJson = R"({"quantity":2,"tool_id":6})",
                                   .mediaIds = {11, 12},
                                   .submittedAt = u"2026-11-20T09:00:00.000Z"_s,
                                   .decidedBy = 1,
                                   .decidedByName = u"Mia Manager"_s,
                                   .decidedAt = u"2026-11-21T10:00:00.000Z"_s,
                                   .decisionComment = u"OK"_s,
                                   .version = 2})},
        {"request, undecided", sample(Request{.kind = u"suggestion"_s})},
        {"request history",
         sample(RequestHistoryEntry{70, 70, u"approved"_s, u"submitted"_s, u"approved"_s, 1,
                                    u"Mia Manager"_s, u"Fine by me"_s})},
        {"request history, comment", sample(RequestHistoryEntry{.comment = u"Any news?"_s})},
        {"notification",
         sample(Notification{21, u"request.decided"_s, u"Your request was approved"_s,
                             u"Pipe wrench ×2"_s, u"request"_s, 70, u"2026-11-21T10:05:00.000Z"_s,
                             u"2026-11-21T10:00:00.000Z"_s})},
        {"notification, unread", sample(Notification{.kind = u"job.assigned"_s})},
        {"media",
         sample(Media{9, u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s,
                      10485760, u"image/png"_s, u"2026-11-20T09:00:00.000Z"_s})},
        {"emergency contacts",
         sample(EmergencyContactList{
             31,
             {{u"Sam \"Sunny\" Lee"_s, u"partner"_s, u"+1 303 555 0100"_s, u"sam@example.com"_s},
              {u"Jörg Weiß"_s, u"brother"_s, u"0171/555.01.00"_s}}})},
        {"emergency contacts, none", sample(EmergencyContactList{})},
        {"preferences",
         sample(UserPreferences{
             u"de"_s, {false, true, true, false}, QuietHours{u"22:00"_s, u"07:00"_s}})},
        {"preferences, defaults", sample(UserPreferences{})},
    };
    return all;
}

} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private slots:
    void writesTheSameBytes_data()
    {
        QTest::addColumn<QByteArray>("expected");
        QFile golden(QStringLiteral(DOMAINJSON_GOLDEN));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        qsizetype rows = 0;
        while (!golden.atEnd()) {
            // "name<TAB>json"; lines starting with # are comments.
            const QByteArray line = golden.readLine().chopped(1);
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype tab = line.indexOf('\t');
            QTest::newRow(line.left(tab).constData()) << line.mid(tab + 1);
            ++rows;
        }
        QCOMPARE(rows, qsizetype(samples().size()));
    }
    void writesTheSameBytes()
    {
        QFETCH(QByteArray, expected);
        const auto found = samples().find(QByteArray(QTest::currentDataTag()));
        QVERIFY(found != samples().end());
        const Sample &s = found->second;
        QCOMPARE(s.written, expected);
        QCOMPARE(s.rewrite(expected), expected);
    }

    // A member the JSON leaves out reads as the type's own default.
    void missingMembersReadAsDefaults()
    {
        const QJsonObject onlyId{{u"id"_s, 5}};
        const Job job = Job::fromJson(onlyId);
        QCOMPARE(job.id, 5);
        QCOMPARE(job.priority, 3);
        QCOMPARE(job.durationMin, 60);
        QCOMPARE(job.status, JobStatus::New);
        QVERIFY(!job.technicianId);
        const ServiceType service = ServiceType::fromJson(onlyId);
        QCOMPARE(service.priority, 3);
        QVERIFY(service.active);
        QCOMPARE(User::fromJson(onlyId).role, Role::Employee);
        QVERIFY(Technician::fromJson(onlyId).active);
        QCOMPARE(Tenant::fromJson(onlyId).travel, TravelModel());
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestDomainJson)
} // namespace tst_domainjson
#include "tst_domainjson.moc"
