// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fielddesk::routing {

struct GeoPoint
{
    double lat = 0;
    double lon = 0;
};

// Times are seconds since the Unix epoch, UTC.
struct TimeWindow
{
    qint64 start = 0;
    qint64 end = 0;
};

// A break of durationS seconds that must start between earliest and latest, wherever the
// technician is (on site while waiting, or on the road).
struct BreakRule
{
    qint64 earliest = 0;
    qint64 latest = 0;
    int durationS = 0;
};

struct Technician
{
    QString id;
    QStringList skills;
    GeoPoint start;
    GeoPoint end;
    qint64 shiftStart = 0;
    qint64 shiftEnd = 0;
    std::optional<BreakRule> breakRule;
    std::optional<int> maxJobs;
    std::optional<int> capacity;
    // Index of the start/end location in TravelSettings::matrixS (default: i and T+i).
    std::optional<int> startIndex;
    std::optional<int> endIndex;
};

struct Job
{
    QString id;
    GeoPoint location;
    int durationS = 0;
    QList<TimeWindow> windows; // service must start inside one of them; empty: any time
    QStringList skills;
    int priority = 1; // 1..5
    int demand = 0;
    QString pinnedTechnician;       // only this technician may do it
    bool locked = false;            // stays with the pinned technician and is always planned
    std::optional<int> matrixIndex; // default: 2T+j
};

struct TravelSettings
{
    double speedKmh = 40.0;
    double roadFactor = 1.3;
    // Optional full duration matrix in seconds, rows and columns: technician starts, technician
    // ends, then jobs (or the explicit indices above).
    std::vector<std::vector<double>> matrixS;
};

// A FieldDesk routing problem (problem JSON v1).
struct Problem
{
    QList<Technician> technicians;
    QList<Job> jobs;
    TravelSettings travel;
    double timeLimitS = 5.0;
    quint64 seed = 1;

    // Reads problem JSON v1; on failure returns nothing and sets *error.
    static std::optional<Problem> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;

    int technicianIndex(const QString &id) const;
    int jobIndex(const QString &id) const;
};

QString toIsoUtc(qint64 secondsSinceEpoch);
std::optional<qint64> fromIsoUtc(const QString &text);

} // namespace fielddesk::routing
