// SQL for recurring job series and for finding their occurrences among the jobs. Writes of a
// series go through update() with the version the caller read (optimistic concurrency).
#pragma once

#include "fielddesk/domain/jobseries.h"
#include "storage/page.h"

#include <QDate>
#include <QSet>

#include <optional>

namespace fielddesk::server {

// A series that is still running, as the periodic materialiser finds it.
struct RunningSeries
{
    qint64 tenantId = 0;
    qint64 id = 0;
};

class JobSeriesRepository
{
public:
    explicit JobSeriesRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<JobSeries> find(qint64 tenantId, qint64 id);
    // find() that also locks the row until the transaction ends (PostgreSQL).
    std::optional<JobSeries> findForUpdate(qint64 tenantId, qint64 id);
    // visibleIds: nullopt for every location of the tenant (admins).
    Page<JobSeries>
    list(qint64 tenantId, const std::optional<QList<qint64>> &visibleIds, const ListQuery &query);
    JobSeries insert(qint64 tenantId, JobSeries series);
    // Writes the series with version + 1 if the stored version is still series.version;
    // false when someone else changed it first.
    bool update(qint64 tenantId, JobSeries &series);
    // Moves materialised_until forward (never back); not a change of the series' version.
    void noteMaterialisedUntil(qint64 tenantId, qint64 id, const QDate &until);
    // Every series not ended whose occurrences may not reach `until` yet (any tenant).
    QList<RunningSeries> runningBehind(const QDate &until);

    // The dates on or after `from` on which the series has an occurrence (cancelled ones too:
    // a cancelled visit is not made again), or the series it was split from has one that
    // still stands.
    QSet<QDate>
    occurrenceDates(qint64 seriesId, std::optional<qint64> previousSeriesId, const QDate &from);
    // The ids of the series' occurrences dated on or after `from`, in date order.
    QList<qint64> occurrencesFrom(qint64 tenantId, qint64 seriesId, const QDate &from);

private:
    Database &m_db;
};

} // namespace fielddesk::server
