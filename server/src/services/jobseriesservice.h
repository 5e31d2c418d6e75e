// The rules for recurring work: a series is a job template with a local time window and a
// recurrence (RecurrenceRule gives its dates); its occurrences are ordinary jobs made ahead
// up to a horizon, in the series' time zone (its location's, else the tenant's). Changing the
// whole series updates its future unassigned occurrences that were not edited on their own;
// changing "this and following" ends the series the day before and starts a new one; ending
// a series cancels its future unassigned occurrences. Assigned occurrences never change here:
// answers list them as kept.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "fielddesk/domain/jobseries.h"
#include "fielddesk/domain/localclock.h"
#include "repositories/jobseriesrepository.h"
#include "services/callcontext.h"
#include "services/jobservice.h"

#include <QDate>

#include <functional>

namespace fielddesk::server {

class EventNotifier;
class JobWrite;

// The members of a recurrence a command names (a PATCH may name some).
struct RecurrencePatch
{
    Patch<QString> frequency;
    Patch<int> interval;
    Patch<QList<int>> weekdays;
    NullablePatch<int> monthDay;
    NullablePatch<int> nth;
    NullablePatch<int> nthWeekday;
    Patch<QString> startsOn;
    NullablePatch<QString> until;
    NullablePatch<int> count;

    void applyTo(Recurrence &recurrence) const;
};

struct JobSeriesFields
{
    JobFields job; // the template; its window_start and window_end are not used
    NullablePatch<QString> windowStartTime; // local "HH:MM"
    NullablePatch<QString> windowEndTime;
    std::optional<RecurrencePatch> recurrence;
};

struct JobSeriesUpdate
{
    JobSeriesFields fields;
    std::optional<qint64> expectedVersion;
    std::optional<QDate> fromDate; // "this and following": split the series there
};

class JobSeriesService
{
public:
    static constexpr int kDefaultHorizonWeeks = 8;
    // How many dates answers preview as next_occurrences.
    static constexpr int kPreviewedOccurrences = 5;
    // A new series makes its occurrences from starts_on: one begun lately has its past visits
    // too, but no more than this many days of them (not decades of jobs in one request).
    static constexpr int kLongestPastDays = 366;

    JobSeriesService(Database &db,
                     EventNotifier &events,
                     const TravelModel &travel,
                     int horizonWeeks = kDefaultHorizonWeeks)
        : m_db(db)
        , m_events(events)
        , m_travel(travel)
        , m_horizonWeeks(horizonWeeks)
    {}

    Result<Page<JobSeries>> list(const Principal &caller, const ListQuery &query);
    Result<JobSeries> get(const Principal &caller, qint64 id);
    Result<JobSeries> create(const CallContext &call, const JobSeriesFields &fields);
    Result<JobSeriesChange>
    update(const CallContext &call, qint64 id, const JobSeriesUpdate &update);
    Result<JobSeriesChange> end(const CallContext &call, qint64 id);

    // Extends every running series of every tenant up to its horizon (the periodic job); how
    // many occurrences it made.
    int materialiseDue();

private:
    // What a change of a series touches: its today, and its occurrences from today (or from
    // `from` when later), read before they are locked; 404 for a series the caller cannot see.
    struct SeriesScope
    {
        QDate today;
        QList<qint64> occurrences;
    };
    Result<SeriesScope> scopeOf(const Principal &caller, qint64 id, const QDate &from);
    // The series locked for a change: 404, 409 for a stale version or an ended series.
    Result<JobSeries>
    lockRunning(qint64 tenantId, qint64 id, std::optional<qint64> expectedVersion);
    // Runs `body` on the locked series and its locked occurrences (see scopeOf), in one
    // transaction that commits when the body answers a change.
    using SeriesChangeBody = std::function<Result<JobSeriesChange>(
        JobWrite &write, const JobSeries &before, const SeriesScope &scope)>;
    Result<JobSeriesChange> changeLocked(const CallContext &call,
                                         qint64 id,
                                         const QDate &from,
                                         std::optional<qint64> expectedVersion,
                                         const SeriesChangeBody &body);
    // Writes the changed series (409 when someone else changed it first) and its audit row.
    std::optional<Failure>
    store(const CallContext &call, const char *verb, const JobSeries &before, JobSeries &after);
    LocalClock clockOf(qint64 tenantId, qint64 locationId);
    QDate horizonFrom(const QDate &today) const { return today.addDays(7LL * m_horizonWeeks); }
    // The series as answers show it: with its next dates from today.
    JobSeries withPreview(qint64 tenantId, JobSeries series);
    // Makes the occurrences of [from, to] that do not exist yet; their ids.
    QList<qint64> materialise(JobWrite &write,
                              qint64 tenantId,
                              const JobSeries &series,
                              const QDate &from,
                              const QDate &to);
    Result<JobSeriesChange>
    split(const CallContext &call, qint64 id, const JobSeriesUpdate &update);

    Database &m_db;
    EventNotifier &m_events;
    TravelModel m_travel; // the server's
    int m_horizonWeeks;
};

} // namespace fielddesk::server
