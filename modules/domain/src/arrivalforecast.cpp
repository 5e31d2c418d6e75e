#include "fielddesk/domain/arrivalforecast.h"

#include <algorithm>

namespace fielddesk {

namespace {
constexpr qint64 kMsPerSecond = 1000;
} // namespace

QList<ArrivalForecast::Arrival>
ArrivalForecast::forecast(const Fix &fix, qint64 nowMs, const QList<Stop> &stops) const
{
    QList<Arrival> arrivals;
    if (!isRecent(fix.atMs, nowMs))
        return arrivals;
    qint64 leaveMs = std::max(nowMs, fix.atMs);
    double latitude = fix.latitude;
    double longitude = fix.longitude;
    for (const Stop &stop : stops) {
        if (stop.onSite) {
            // There now: the job goes on until its planned end (or, overrunning, now).
            if (stop.plannedStartMs != kUnknown)
                leaveMs = std::max(leaveMs, stop.plannedStartMs + stop.durationSec * kMsPerSecond);
            latitude = stop.latitude;
            longitude = stop.longitude;
            continue;
        }
        Arrival arrival;
        arrival.jobId = stop.jobId;
        arrival.travelSec = m_travel.seconds(latitude, longitude, stop.latitude, stop.longitude);
        arrival.arrivalMs = leaveMs + arrival.travelSec * kMsPerSecond;
        arrival.startMs = arrival.arrivalMs;
        // Early: the appointment's time (else the window's opening) holds.
        const qint64 notBefore =
            stop.plannedStartMs != kUnknown ? stop.plannedStartMs : stop.windowStartMs;
        if (notBefore != kUnknown)
            arrival.startMs = std::max(arrival.startMs, notBefore);
        arrival.endMs = arrival.startMs + stop.durationSec * kMsPerSecond;
        if (stop.windowEndMs != kUnknown && arrival.endMs > stop.windowEndMs) {
            arrival.atRisk = true;
            arrival.lateBySec = (arrival.endMs - stop.windowEndMs) / kMsPerSecond;
        }
        arrivals << arrival;
        leaveMs = arrival.endMs;
        latitude = stop.latitude;
        longitude = stop.longitude;
    }
    return arrivals;
}

} // namespace fielddesk
