#include "fielddesk/board/jobarrivals.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/technicianpositions.h"
#include "fielddesk/client/displayformat.h"

#include <QDateTime>

#include <algorithm>

namespace fielddesk::board {

namespace {

constexpr int kSecondsPerMinute = 60;

qint64 orUnknown(qint64 ms)
{
    return ms == kNoTime ? ArrivalForecast::kUnknown : ms;
}

} // namespace

JobArrivals::JobArrivals(const DispatchStore *store,
                         const TechnicianPositions *positions,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_positions(positions)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(positions, &TechnicianPositions::positionsReset, this, &JobArrivals::scheduleRecompute);
    connect(positions, &TechnicianPositions::positionChanged, this,
            &JobArrivals::scheduleRecompute);
    connect(store, &DispatchStore::scheduleChanged, this, &JobArrivals::scheduleRecompute);
    connect(store, &DispatchStore::jobChanged, this, &JobArrivals::scheduleRecompute);
    connect(store, &DispatchStore::jobsReset, this, &JobArrivals::scheduleRecompute);
    connect(store, &DispatchStore::jobsInserted, this, &JobArrivals::scheduleRecompute);
    connect(store, &DispatchStore::techniciansReset, this, &JobArrivals::scheduleRecompute);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &JobArrivals::recompute);
    m_refresh.start();
}

void JobArrivals::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    recompute();
}

const ArrivalForecast::Arrival *JobArrivals::arrival(qint64 jobId) const
{
    const auto it = m_arrivals.constFind(jobId);
    return it == m_arrivals.cend() ? nullptr : &*it;
}

int JobArrivals::atRiskCount() const
{
    return int(std::count_if(m_arrivals.cbegin(), m_arrivals.cend(),
                             [](const ArrivalForecast::Arrival &a) { return a.atRisk; }));
}

QString JobArrivals::etaText(qint64 jobId) const
{
    const ArrivalForecast::Arrival *forecast = arrival(jobId);
    if (!forecast)
        return {};
    return tr("ETA %1").arg(client::display::time(
        QDateTime::fromMSecsSinceEpoch(forecast->arrivalMs, m_store->timeZone())));
}

QString JobArrivals::atRiskText(qint64 jobId) const
{
    const ArrivalForecast::Arrival *forecast = arrival(jobId);
    const JobRecord *record = m_store->job(jobId);
    if (!forecast || !forecast->atRisk || !record)
        return {};
    const auto time = [this](qint64 ms) {
        return client::display::time(QDateTime::fromMSecsSinceEpoch(ms, m_store->timeZone()));
    };
    return tr("At risk of missing its window: done about %1, the window ends %2")
        .arg(time(forecast->endMs), time(record->windowEndMs));
}

void JobArrivals::scheduleRecompute()
{
    // Loads and live bursts change many rows at once: one computation after them.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &JobArrivals::recompute, Qt::QueuedConnection);
}

void JobArrivals::recompute()
{
    m_scheduled = false;
    const qint64 now = m_now();
    m_arrivals.clear();
    m_nextJobs.clear();
    const ArrivalForecast forecast(m_store->travelModel());
    // Today only: a position says nothing about another day's jobs.
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, m_store->timeZone()).date();
    for (const qint64 technicianId : m_positions->technicianIds()) {
        const TechnicianRecord *technician = m_store->technician(technicianId);
        const TechnicianPosition *position = m_positions->position(technicianId);
        if (!technician || !position)
            continue;
        const qint64 fixMs = TechnicianPositions::fixMs(*position);
        if (fixMs == kNoTime || !ArrivalForecast::isRecent(fixMs, now))
            continue;
        QList<ArrivalForecast::Stop> stops;
        for (const int row : technician->jobRows) {
            const JobRecord &record = m_store->jobAt(row);
            // The board's "next job": not done, and not over yet as planned (dayStats' rule).
            if (!record.isPlanned() || isTerminal(record.job.status) ||
                record.plannedEndMs <= now || !record.job.latitude || !record.job.longitude ||
                QDateTime::fromMSecsSinceEpoch(record.plannedStartMs, m_store->timeZone()).date() !=
                    today)
                continue;
            ArrivalForecast::Stop stop;
            stop.jobId = record.job.id;
            stop.latitude = *record.job.latitude;
            stop.longitude = *record.job.longitude;
            stop.plannedStartMs = record.plannedStartMs;
            stop.durationSec = record.job.durationMin * kSecondsPerMinute;
            stop.windowStartMs = orUnknown(record.windowStartMs);
            stop.windowEndMs = orUnknown(record.windowEndMs);
            stop.onSite = record.job.status == JobStatus::OnSite;
            stops << stop;
        }
        const QList<ArrivalForecast::Arrival> arrivals =
            forecast.forecast({position->lat, position->lon, fixMs}, now, stops);
        for (const ArrivalForecast::Arrival &arrival : arrivals)
            m_arrivals.insert(arrival.jobId, arrival);
        if (!arrivals.isEmpty())
            m_nextJobs.insert(technicianId, arrivals.first().jobId);
    }
    emit arrivalsChanged();
}

} // namespace fielddesk::board
