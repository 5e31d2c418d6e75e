// The ETAs of the board's next jobs: for each technician with a recent position, their jobs of
// today still to do (after now, not done) forecast from that position with the tenant's
// travel model (ArrivalForecast, the one home of the rule): the ETA at the next job, and the
// windows the later ones would miss. Recomputed when positions, schedules or the clock move.
// Part of fielddesk_board: QtCore and fielddesk_domain, no widgets.
#pragma once

#include "fielddesk/domain/arrivalforecast.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace fielddesk::board {

class DispatchStore;
class TechnicianPositions;

class JobArrivals : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 60 * 1000; // time moves: ETAs of a waiting technician

    JobArrivals(const DispatchStore *store,
                const TechnicianPositions *positions,
                QObject *parent = nullptr);

    // "Now"; tests set a fixed clock.
    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const { return m_now(); }

    // The forecast of a job (nullptr: none: no recent position, not among the next jobs).
    // The pointer lives until the next recompute: copy what must outlast an event loop.
    const ArrivalForecast::Arrival *arrival(qint64 jobId) const;
    // The job whose ETA is the technician's next arrival (0: none).
    qint64 nextJobOf(qint64 technicianId) const { return m_nextJobs.value(technicianId); }
    int atRiskCount() const;
    // The words for people (empty without a forecast): "ETA 14:32"; "At risk of missing its
    // window: done about 15:10, the window ends 15:00" (empty unless at risk).
    QString etaText(qint64 jobId) const;
    QString atRiskText(qint64 jobId) const;

    // Computes every forecast now (otherwise done once the current event is handled).
    void recompute();

signals:
    void arrivalsChanged();

private:
    void scheduleRecompute();

    const DispatchStore *m_store;
    const TechnicianPositions *m_positions;
    std::function<qint64()> m_now;
    QHash<qint64, ArrivalForecast::Arrival> m_arrivals; // by job id
    QHash<qint64, qint64> m_nextJobs;                   // technician id -> job id
    QTimer m_refresh;
    bool m_scheduled = false;
};

} // namespace fielddesk::board
