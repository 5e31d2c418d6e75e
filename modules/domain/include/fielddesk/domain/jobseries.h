// Recurring work as the API sends it: a series (the job template, its local time window and
// its recurrence) from which the server makes ordinary jobs ("occurrences") ahead of time,
// and what a change of a series did to its occurrences. The dates a recurrence gives come from
// RecurrenceRule (recurrencerule.h). Depends on QtCore only.
#pragma once

#include "fielddesk/domain/jsonwriter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk {

// When a series repeats. Dates are local dates "YYYY-MM-DD" in the series' time zone.
struct Recurrence
{
    QString frequency = QStringLiteral("weekly"); // "weekly" or "monthly"
    int interval = 1;                             // every N weeks or months
    QList<int> weekdays;                          // weekly: ISO weekdays, 1 = Monday .. 7 = Sunday
    std::optional<int> monthDay;                  // monthly on this day (months without it: none)
    std::optional<int> nth;                       // monthly on the nth (1..4, -1 = last) ...
    std::optional<int> nthWeekday;                // ... ISO weekday
    QString startsOn;
    QString until;            // empty: open (or count)
    std::optional<int> count; // how many occurrences in all, from startsOn

    void writeJson(JsonWriter &w) const;
    static Recurrence fromJson(const QJsonObject &o);
};

struct JobSeries
{
    qint64 id = 0;
    qint64 locationId = 0;
    QString title;
    std::optional<qint64> customerId;
    std::optional<qint64> addressId;
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<qint64> serviceId;
    QStringList requiredSkills;
    int priority = 3;
    int durationMin = 60;
    QString notes;
    QString windowStartTime; // local "HH:MM"; empty: occurrences have no window
    QString windowEndTime;
    Recurrence recurrence;
    QString materialisedUntil; // occurrences exist up to this local date
    QString endedOn;           // empty: running; else no occurrence on or after this date
    std::optional<qint64> previousSeriesId; // the series this one was split from
    QStringList nextOccurrences;            // the next few dates from today (answers only)
    qint64 version = 1;
    QString createdAt;
    QString updatedAt;

    void writeJson(JsonWriter &w) const;
    static JobSeries fromJson(const QJsonObject &o);
};

// The answer to changing or ending a series: the series as it is now (on a split, the new
// one), and which occurrences were made, updated, cancelled, or kept as they were because a
// technician has them or they were edited on their own.
struct JobSeriesChange
{
    JobSeries series;
    std::optional<JobSeries> previousSeries; // on a split: the old series, now ended
    QList<qint64> createdJobs;
    QList<qint64> updatedJobs;
    QList<qint64> cancelledJobs;
    QList<qint64> keptJobs;

    void writeJson(JsonWriter &w) const;
    static JobSeriesChange fromJson(const QJsonObject &o);
};

} // namespace fielddesk
