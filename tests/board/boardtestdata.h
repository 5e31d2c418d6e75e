// A believable dispatch day built in code from the domain types (no server): technicians
// with shifts, skills and home bases around one city, and jobs with windows, durations,
// priorities and statuses, about two thirds of them planned. Deterministic for a seed.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/timestamps.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTimeZone>

namespace boardtest {

inline const QStringList &skillNames()
{
    static const QStringList names{QStringLiteral("hvac"),       QStringLiteral("ducts"),
                                   QStringLiteral("insulation"), QStringLiteral("lawn"),
                                   QStringLiteral("electrical"), QStringLiteral("plumbing")};
    return names;
}

inline QString at(QDate day, int minutes, const QTimeZone &zone)
{
    return fielddesk::toTimestamp(QDateTime(day, QTime(0, 0), zone).addSecs(qint64(minutes) * 60));
}

inline QList<fielddesk::Technician> technicians(int count, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QList<fielddesk::Technician> list;
    for (int i = 0; i < count; ++i) {
        fielddesk::Technician t;
        t.id = 1000 + i;
        t.userId = 5000 + i;
        t.name = QStringLiteral("Tech %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        t.email = QStringLiteral("tech%1@example.test").arg(i + 1);
        t.locationId = 1 + i % 3;
        t.skills = {skillNames().at(i % skillNames().size()),
                    skillNames().at((i + 2) % skillNames().size())};
        t.homeLatitude = 45.50 + random.bounded(0.2);
        t.homeLongitude = -73.70 + random.bounded(0.3);
        t.workDays = {1, 2, 3, 4, 5, 6, 7};
        list << t;
    }
    return list;
}

// count jobs on day; every third one unassigned, the others spread over the technicians'
// days one after the other from 08:00.
inline QList<fielddesk::Job> jobs(int count,
                                  const QList<fielddesk::Technician> &technicians,
                                  QDate day,
                                  const QTimeZone &zone,
                                  quint32 seed = 11)
{
    QRandomGenerator random(seed);
    QList<fielddesk::Job> list;
    QList<int> nextStart(technicians.size(), 8 * 60);
    // Planned jobs share a ten-hour day per technician: the more jobs, the shorter the slot.
    constexpr int kPlannedMinutes = 10 * 60;
    constexpr int kShortestSlot = 15;
    const qsizetype planned = count - (count + 2) / 3;
    const qsizetype perTechnician =
        technicians.isEmpty()
            ? 1
            : std::max<qsizetype>(1, (planned + technicians.size() - 1) / technicians.size());
    const int slot = std::max(kShortestSlot, int(kPlannedMinutes / perTechnician));
    static const QStringList streets{
        QStringLiteral("Rue Sherbrooke"), QStringLiteral("Avenue du Parc"),
        QStringLiteral("Boulevard Saint-Laurent"), QStringLiteral("Rue Ontario")};
    for (int i = 0; i < count; ++i) {
        fielddesk::Job j;
        j.id = 1 + i;
        j.locationId = 1 + i % 3;
        j.title = QStringLiteral("Job %1 %2").arg(i + 1).arg(skillNames().at(i % 6));
        j.customerId = 200 + i % 300;
        j.customerName = QStringLiteral("Customer %1").arg(i % 300);
        j.address = QStringLiteral("%1 %2").arg(10 + i % 900).arg(streets.at(i % 4));
        j.latitude = 45.45 + random.bounded(0.3);
        j.longitude = -73.75 + random.bounded(0.4);
        j.requiredSkills = {skillNames().at(i % 6)};
        j.priority = 1 + int(random.bounded(5));
        j.durationMin = 30 + 15 * int(random.bounded(6));
        const int windowStart = 7 * 60 + 60 * int(random.bounded(9));
        j.windowStart = at(day, windowStart, zone);
        j.windowEnd = at(day, windowStart + 4 * 60, zone);
        j.atRisk = i % 37 == 0;
        if (j.atRisk)
            j.atRiskReason = QStringLiteral("Storm warning");
        if (i % 3 != 0 && !technicians.isEmpty()) {
            const qsizetype t = i % technicians.size();
            j.durationMin = std::max(10, std::min(j.durationMin, slot - 10));
            j.technicianId = technicians.at(t).id;
            j.technicianName = technicians.at(t).name;
            j.plannedStart = at(day, nextStart[t], zone);
            j.plannedEnd = at(day, nextStart[t] + j.durationMin, zone);
            nextStart[t] += slot;
            j.status =
                i % 5 == 0 ? fielddesk::JobStatus::Dispatched : fielddesk::JobStatus::Scheduled;
        }
        j.version = 1;
        list << j;
    }
    return list;
}

} // namespace boardtest
