// A routing proposal as POST /api/v1/routing/plan answers it: per technician the proposed day
// (what moved, from where), the jobs the engine left out with its reason, travel before and
// after, and the job versions it was planned on (what apply expects). A value type with
// times parsed once. Part of fielddesk_board: QtCore and fielddesk_domain only.
#pragma once

#include "fielddesk/board/technicianrecord.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fielddesk::board {

struct ProposedJob
{
    qint64 jobId = 0;
    QString title;
    QString plannedStart; // API timestamps, as apply sends them
    QString plannedEnd;
    qint64 startMs = kNoTime;
    qint64 endMs = kNoTime;
    bool moved = false; // a new technician or start (or newly placed)
    std::optional<qint64> previousTechnicianId;
    qint64 previousStartMs = kNoTime; // kNoTime: was not planned

    bool wasPlaced() const { return previousTechnicianId && previousStartMs != kNoTime; }
};

struct ProposedRoute
{
    qint64 technicianId = 0;
    QString name;
    QList<ProposedJob> jobs; // in route order
    QList<TimeSpan> breaks;
    qint64 travelBeforeS = 0;
    qint64 travelAfterS = 0;
};

// A job the engine could not place, and why ("no technician has the skill HVAC").
struct LeftOutJob
{
    qint64 jobId = 0;
    QString title;
    QString reason;
    std::optional<qint64> previousTechnicianId; // set: applying unassigns it
};

struct RoutingProposal
{
    qint64 id = 0;
    qint64 locationId = 0;
    QDate date;
    QString status; // "open", "applied"...
    double timeLimitS = 0;
    double elapsedS = 0;
    QList<ProposedRoute> routes;
    QList<LeftOutJob> leftOut;
    struct Totals
    {
        int jobs = 0;
        int served = 0;
        int servedBefore = 0;
        int moved = 0;
        qint64 travelBeforeS = 0;
        qint64 travelAfterS = 0;
    } totals;
    QHash<qint64, qint64> expectedVersions; // job id → the version it was planned on

    bool isValid() const { return id > 0; }
    bool isOpen() const { return status == QLatin1String("open"); }
    // The jobs apply changes: moved ones, and left-out ones that had a technician.
    QList<qint64> changedJobIds() const;
    QJsonObject expectedVersionsJson() const;

    static RoutingProposal fromJson(const QJsonObject &object);
};

} // namespace fielddesk::board
