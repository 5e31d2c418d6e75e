// The jobs and technicians of one dispatch day, by id, as the board shows them. Fed by the
// API (DispatchLoader) and by live events (applyEvent); changed by the dispatcher's own
// actions optimistically (proposeJob, then settleJob or revertJob). Emits precise change
// signals: the models and views update the rows that changed, never reload.
// Part of fielddesk_board: QtCore and fielddesk_domain only, no widgets, no network.
#pragma once

#include "fielddesk/board/jobrecord.h"
#include "fielddesk/board/technicianrecord.h"
#include "fielddesk/domain/travelmodel.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QTimeZone>

#include <limits>
#include <optional>

namespace fielddesk::board {

// What the board knows about a technician's day, derived from the jobs.
struct TechnicianDayStats
{
    enum class Status { Available, OnJob, EnRoute, Off, Unavailable };

    Status status = Status::Available;
    int jobCount = 0;
    int plannedMinutes = 0;
    double utilisation = 0; // planned work and travel over the shift, 0..1+
    int nextJobRow = -1;    // the first job after now that is not done
};

class DispatchStore : public QObject
{
    Q_OBJECT

public:
    explicit DispatchStore(QObject *parent = nullptr);
    ~DispatchStore() override;

    static constexpr int kMaxDays = 14;

    // Travel between jobs as the server estimates it (the tenant's travel settings), so that
    // travel gaps and the server's warnings agree. Changing it recomputes every schedule.
    const TravelModel &travelModel() const { return m_travel; }
    void setTravelModel(const TravelModel &travel);

    // The day in the tenant's time zone; changing it drops every job.
    void setDay(QDate day, const QTimeZone &timeZone);
    // Several days from the first (the multi-day timeline); one day is the usual case.
    void setDays(QDate first, int count, const QTimeZone &timeZone);
    QDate day() const { return m_day; } // the first day shown
    int dayCount() const { return m_dayCount; }
    QDate lastDay() const { return m_day.addDays(m_dayCount - 1); }
    QTimeZone timeZone() const { return m_timeZone; }
    // From the first day's midnight to the midnight after the last day.
    TimeSpan daySpan() const { return m_daySpan; }
    // Which shown day an instant falls on (0 = the first), -1 when outside.
    int dayIndexOf(qint64 ms) const;
    // Midnight at the start of the shown day index (index dayCount(): the end).
    qint64 dayStartMs(int index) const { return m_dayStarts.at(index); }

    // Jobs, in the order they arrived (rows are stable: a job keeps its row).
    int jobCount() const { return int(m_jobs.size()); }
    const JobRecord &jobAt(int row) const { return m_jobs.at(row); }
    int rowOfJob(qint64 jobId) const { return m_jobRows.value(jobId, -1); }
    const JobRecord *job(qint64 jobId) const;

    int technicianCount() const { return int(m_technicians.size()); }
    const TechnicianRecord &technicianAt(int row) const { return m_technicians.at(row); }
    int rowOfTechnician(qint64 technicianId) const
    {
        return m_technicianRows.value(technicianId, -1);
    }
    const TechnicianRecord *technician(qint64 technicianId) const;
    TechnicianDayStats dayStats(int technicianRow, qint64 nowMs) const;
    // The technician's planned jobs on the board that overlap [fromMs, toMs), by start: what a
    // time off there collides with.
    QList<qint64> plannedJobsOverlapping(qint64 technicianId, qint64 fromMs, qint64 toMs) const;
    // The technician's time off (or unavailability) at that moment, if any.
    std::optional<AvailabilityPeriod> timeOffAt(qint64 technicianId, qint64 atMs) const;
    // Readable reasons for a job's conflicts, for tooltips.
    QStringList conflictReasons(qint64 jobId) const;
    // Every skill named by a technician or a job, sorted (for filters).
    QStringList knownSkills() const;

    // Whether a job is part of this day: planned on it, else its window overlaps it, else a
    // new job with neither (the backlog).
    bool belongsToDay(const Job &job) const;

    // Loading: adds the new jobs (one insert) and updates the known ones.
    void addJobs(const QList<Job> &jobs);
    // A newer version of a job (live event, an answer): stale versions are ignored; a job
    // that leaves the day is removed, one that enters it is added.
    void upsertJob(const Job &job);
    void removeJob(qint64 jobId);
    void clearJobs();

    void setTechnicians(const QList<Technician> &technicians);
    void upsertTechnician(const Technician &technician);
    void setAvailability(qint64 technicianId, const QList<AvailabilityPeriod> &periods);

    // The dispatcher's change, shown at once as pending; the confirmed job is kept aside.
    void proposeJob(const Job &proposed);
    // The server's answer to it; a newer version seen meanwhile (live event) wins.
    void settleJob(const Job &confirmed);
    // The change was refused: back to the server's job (current, else the one kept aside).
    void revertJob(qint64 jobId, const std::optional<Job> &current = std::nullopt);
    bool isPending(qint64 jobId) const { return m_confirmed.contains(jobId); }
    // The version the server last confirmed (the one a change must expect); 0: unknown job.
    qint64 confirmedVersion(qint64 jobId) const;

    // A live event; returns false for events the store does not use.
    bool applyEvent(const DomainEvent &event);

signals:
    void jobsAboutToBeInserted(int first, int last);
    void jobsInserted(int first, int last);
    void jobsAboutToBeRemoved(int first, int last);
    void jobsRemoved(int first, int last);
    void jobsAboutToBeReset();
    void jobsReset();
    // Something shown of the job at row changed (fields, pending, conflicts, travel).
    void jobChanged(int row);
    // The technician's row of jobs changed (a job came, left, moved; shift, time off).
    void scheduleChanged(qint64 technicianId);

    void techniciansAboutToBeReset();
    void techniciansReset();
    void techniciansAboutToBeInserted(int first, int last);
    void techniciansInserted(int first, int last);
    void technicianChanged(int row);

    void dayChanged(QDate day);

private:
    JobRecord makeRecord(const Job &job, bool pending) const;
    void replaceJob(int row, const Job &job, bool pending);
    void appendJobs(const QList<Job> &jobs);
    void placeInSchedule(int row);
    void takeFromSchedule(int row, qint64 technicianId);
    // Rows from quietFrom on were inserted just now: their views read them fresh, so only
    // the older rows whose travel or conflicts change are signalled.
    void recomputeSchedule(qint64 technicianId, int quietFrom = std::numeric_limits<int>::max());
    void rebuildSchedules();
    void computeShift(TechnicianRecord &record) const;
    qint64 localTimeMs(QDate day, const QString &hhmm) const;

    QDate m_day;
    int m_dayCount = 1;
    TravelModel m_travel;
    QList<qint64> m_dayStarts; // dayCount + 1 midnights
    QTimeZone m_timeZone;
    TimeSpan m_daySpan;
    QList<JobRecord> m_jobs;
    QHash<qint64, int> m_jobRows;
    QList<TechnicianRecord> m_technicians;
    QHash<qint64, int> m_technicianRows;
    // Jobs the dispatcher changed and the server has not answered yet: the server's version.
    QHash<qint64, Job> m_confirmed;
};

} // namespace fielddesk::board
