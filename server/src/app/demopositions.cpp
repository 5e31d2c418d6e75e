#include "app/demopositions.h"

#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/jobrepository.h"
#include "repositories/positionrepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/tenantrepository.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fielddesk::server {

namespace {

constexpr int kLateEvery = 5;  // every fifth technician runs late
constexpr int kQuietEvery = 7; // every seventh phone went quiet (not a late one)
constexpr int kQuietOffset = 3;
constexpr int kTrackMinutesAtLeast = 60; // before the shift: the last hour at home
constexpr double kAccuracyM = 8;
constexpr double kFastestKmh = 130; // a leg squeezed between overlapping jobs
constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr double kMsPerHour = 3600.0 * 1000;
constexpr double kDegreesPerRadian = 180.0 / std::numbers::pi;
constexpr double kFullCircle = 360.0;

// A place the technician is at from `arriveMs` until `leaveMs`.
struct Stay
{
    double lat = 0;
    double lon = 0;
    qint64 arriveMs = 0;
    qint64 leaveMs = 0;
};

// The initial great-circle bearing from one point to another, 0 north, clockwise.
double bearingDeg(double lat1, double lon1, double lat2, double lon2)
{
    const double phi1 = lat1 / kDegreesPerRadian;
    const double phi2 = lat2 / kDegreesPerRadian;
    const double dLon = (lon2 - lon1) / kDegreesPerRadian;
    const double y = std::sin(dLon) * std::cos(phi2);
    const double x =
        std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(dLon);
    return std::fmod(std::atan2(y, x) * kDegreesPerRadian + kFullCircle, kFullCircle);
}

// Where the plan puts the technician at `ms`: at a stay, or driving from one to the next
// (leaving late enough to arrive on time).
TechnicianPosition positionAt(const QList<Stay> &stays, const TravelModel &travel, qint64 ms)
{
    TechnicianPosition p;
    p.accuracyM = kAccuracyM;
    p.lat = stays.last().lat;
    p.lon = stays.last().lon;
    for (qsizetype i = 0; i < stays.size(); ++i) {
        const Stay &stay = stays.at(i);
        if (ms < stay.arriveMs && i > 0) {
            const Stay &from = stays.at(i - 1);
            const qint64 driveMs =
                qint64(travel.seconds(from.lat, from.lon, stay.lat, stay.lon)) * 1000;
            const qint64 departMs = std::max(from.leaveMs, stay.arriveMs - driveMs);
            if (ms <= departMs || driveMs <= 0) {
                p.lat = from.lat;
                p.lon = from.lon;
                p.speedKmh = 0;
                return p;
            }
            const double done = double(ms - departMs) / double(stay.arriveMs - departMs);
            p.lat = from.lat + (stay.lat - from.lat) * done;
            p.lon = from.lon + (stay.lon - from.lon) * done;
            p.headingDeg = bearingDeg(from.lat, from.lon, stay.lat, stay.lon);
            p.speedKmh =
                std::min(kFastestKmh, travel.roadKm(from.lat, from.lon, stay.lat, stay.lon) /
                                          (double(stay.arriveMs - departMs) / kMsPerHour));
            return p;
        }
        if (ms < stay.leaveMs) {
            p.lat = stay.lat;
            p.lon = stay.lon;
            p.speedKmh = 0;
            return p;
        }
    }
    p.speedKmh = 0;
    return p;
}

} // namespace

void DemoPositions::seed(qint64 tenantId, const QString &timeZone, const QList<qint64> &locationIds)
{
    const LocalClock clock(timeZone);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = clock.local(now).date();
    const QString dayStart = toTimestamp(clock.instantAt(today, QTime(0, 0)));
    const QString dayEnd = toTimestamp(clock.instantAt(today.addDays(1), QTime(0, 0)));
    const qint64 lastMs = now.toMSecsSinceEpoch() - kLastAgeMinutes * kMsPerMinute;
    Transaction tx(m_db);
    const std::optional<Tenant> tenant = TenantRepository(m_db).find(tenantId);
    const TravelModel travel = tenant ? tenant->travel : TravelModel();
    QList<TechnicianPosition> points;
    JobRepository jobs(m_db);
    int index = 0;
    for (const Technician &technician :
         TechnicianRepository(m_db).activeAt(tenantId, locationIds)) {
        ++index;
        if (!technician.homeLatitude || !technician.homeLongitude)
            continue;
        const bool late = index % kLateEvery == 0;
        const bool quiet = !late && index % kQuietEvery == kQuietOffset;
        const qint64 shiftStartMs =
            clock
                .instantAt(today, QTime::fromString(technician.shiftStart, QStringLiteral("HH:mm")))
                .toMSecsSinceEpoch();
        // The plan, shifted for the late ones: home, each job as planned, home.
        const qint64 delayMs = late ? kLateMinutes * kMsPerMinute : 0;
        QList<Stay> stays{{*technician.homeLatitude, *technician.homeLongitude, 0, shiftStartMs}};
        QList<Job> day = jobs.plannedFor(technician.id, dayStart, dayEnd);
        std::sort(day.begin(), day.end(),
                  [](const Job &a, const Job &b) { return a.plannedStart < b.plannedStart; });
        for (const Job &job : std::as_const(day)) {
            const std::optional<QDateTime> start = parseTimestamp(job.plannedStart);
            if (!start || !job.latitude || !job.longitude)
                continue;
            const qint64 startMs = start->toMSecsSinceEpoch() + delayMs;
            stays << Stay{*job.latitude, *job.longitude, startMs,
                          startMs + qint64(job.durationMin) * kMsPerMinute};
        }
        const qint64 untilMs = quiet ? lastMs - kQuietMinutes * kMsPerMinute : lastMs;
        // Every few minutes from the shift's start (or an hour ago, before it) until then.
        const qint64 fromMs = std::min(shiftStartMs, untilMs - kTrackMinutesAtLeast * kMsPerMinute);
        for (qint64 ms = fromMs; ms < untilMs; ms += kStepMinutes * kMsPerMinute) {
            TechnicianPosition p = positionAt(stays, travel, ms);
            p.technicianId = technician.id;
            p.recordedAt = toTimestamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
            points << p;
        }
        TechnicianPosition last = positionAt(stays, travel, untilMs);
        last.technicianId = technician.id;
        last.recordedAt = toTimestamp(QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC));
        points << last;
    }
    PositionRepository(m_db).insert(tenantId, points);
    tx.commit();
}

} // namespace fielddesk::server
