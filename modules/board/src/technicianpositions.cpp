#include "fielddesk/board/technicianpositions.h"

#include "fielddesk/board/jobrecord.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/domain/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fielddesk::board {

namespace {

const QLatin1String kPositionUpdated("technician.position.updated.v1");

QList<TechnicianPosition> positionsIn(const QJsonObject &answer)
{
    QList<TechnicianPosition> positions;
    for (const QJsonValue &value : answer.value(QLatin1String("positions")).toArray())
        positions << TechnicianPosition::fromJson(value.toObject());
    return positions;
}

// Timestamps need no escaping in a query ("2026-12-04T15:00:00.000Z"), and the server reads
// the parameter as it stands.
QString queryTimestamp(qint64 ms)
{
    return toTimestamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace

TechnicianPositions::TechnicianPositions(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void TechnicianPositions::load()
{
    const quint64 generation = ++m_generation;
    m_api->get(QStringLiteral("/api/v1/technician-positions"), this,
               [this, generation](const client::ApiResponse &response) {
                   if (generation != m_generation || !response.ok())
                       return; // without positions the map shows none; live ones still come
                   // Live positions that came meanwhile may be newer than the answer.
                   for (const TechnicianPosition &position : positionsIn(response.json))
                       keep(position);
                   emit positionsReset();
               });
}

void TechnicianPositions::clear()
{
    ++m_generation;
    m_positions.clear();
    emit positionsReset();
}

bool TechnicianPositions::applyEvent(const DomainEvent &event)
{
    if (event.type != kPositionUpdated)
        return false;
    const TechnicianPosition position =
        TechnicianPosition::fromJson(QJsonDocument::fromJson(event.dataJson).object());
    if (position.technicianId == 0)
        return false;
    if (keep(position))
        emit positionChanged(position.technicianId);
    return true;
}

bool TechnicianPositions::keep(const TechnicianPosition &position)
{
    const auto known = m_positions.constFind(position.technicianId);
    if (known != m_positions.cend() && fixMs(*known) >= fixMs(position))
        return false;
    m_positions.insert(position.technicianId, position);
    return true;
}

const TechnicianPosition *TechnicianPositions::position(qint64 technicianId) const
{
    const auto it = m_positions.constFind(technicianId);
    return it == m_positions.cend() ? nullptr : &*it;
}

qint64 TechnicianPositions::fixMs(const TechnicianPosition &position)
{
    return timestampMs(position.recordedAt);
}

void TechnicianPositions::fetchTrack(
    qint64 technicianId, qint64 fromMs, qint64 toMs, QObject *context, TrackHandler handler)
{
    m_api->get(QStringLiteral("/api/v1/technicians/%1/positions?from=%2&to=%3")
                   .arg(technicianId)
                   .arg(queryTimestamp(fromMs), queryTimestamp(toMs)),
               context, [handler = std::move(handler)](const client::ApiResponse &response) {
                   if (response.ok())
                       handler(positionsIn(response.json), QString());
                   else
                       handler({}, response.error->message());
               });
}

} // namespace fielddesk::board
