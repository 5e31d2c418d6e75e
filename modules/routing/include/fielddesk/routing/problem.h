// Routing engine (fielddesk::routing): plans technicians' days and solves VRPTW benchmarks.
// Depends on QtCore only: no widgets, no SQL, no server or console code.
#pragma once

#include "job.h"
#include "technician.h"
#include "travelsettings.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace fielddesk::routing {

// A FieldDesk routing problem (problem JSON v1).
struct Problem
{
    QList<Technician> technicians;
    QList<Job> jobs;
    TravelSettings travel;
    double timeLimitS = 5.0;
    quint64 seed = 1;
    // How a reason words a window (seconds since the epoch) for people. The engine knows no
    // time zones: the server passes the location's clock; unset, the problem's own UTC
    // ("08:00–10:00", as the command line and the benchmarks read them). Not in the JSON.
    std::function<QString(qint64 start, qint64 end)> windowText;

    // Reads problem JSON v1; on failure returns nothing and sets *error.
    static std::optional<Problem> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;

    int technicianIndex(const QString &id) const;
    int jobIndex(const QString &id) const;
};

// ISO 8601 in UTC ("2026-03-02T08:00:00Z") to and from seconds since the epoch.
QString toIsoUtc(qint64 secondsSinceEpoch);
std::optional<qint64> fromIsoUtc(const QString &text);

} // namespace fielddesk::routing
