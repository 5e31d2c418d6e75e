#include "services/positionservice.h"

#include "events/eventnotifier.h"
#include "events/eventrepository.h"
#include "fielddesk/domain/jsonwriter.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/positionrepository.h"
#include "repositories/technicianrepository.h"
#include "storage/database.h"

namespace fielddesk::server {

namespace {

constexpr qint64 kFutureToleranceS = 5 * 60; // phones' clocks run a little ahead

Failure noSuchTechnician(qint64 id)
{
    return Failure::notFound(QStringLiteral("There is no technician #%1.").arg(id));
}

} // namespace

void PositionBatchOutcome::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("accepted", accepted);
    w.field("ignored", ignored);
    w.key("latest");
    if (latest)
        latest->writeJson(w);
    else
        w.nullValue();
    w.endObject();
}

void PositionList::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.key("positions").beginArray();
    for (const TechnicianPosition &p : positions)
        p.writeJson(w);
    w.endArray();
    w.endObject();
}

Result<PositionBatchOutcome> PositionService::record(const CallContext &call,
                                                     qint64 technicianId,
                                                     QList<TechnicianPosition> points)
{
    const Principal &caller = call.principal;
    const std::optional<Technician> technician =
        TechnicianRepository(m_db).find(caller.tenantId, technicianId);
    const bool own = technician && !caller.apiKeyId && technician->userId == caller.userId;
    const bool planner =
        technician && caller.canDispatch() && caller.canAccessLocation(technician->locationId);
    const bool tracker = technician && caller.isFleetTrackerKey() &&
                         caller.canAccessLocation(technician->locationId);
    if (!own && !planner && !tracker)
        return noSuchTechnician(technicianId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const std::optional<QDateTime> at = parseTimestamp(points.at(i).recordedAt);
        if (at && now.secsTo(*at) > kFutureToleranceS)
            return Failure::validation(QStringLiteral("positions[%1].recorded_at").arg(i),
                                       QStringLiteral("is in the future"));
    }
    Transaction tx(m_db);
    PositionRepository positions(m_db);
    const std::optional<TechnicianPosition> before = positions.latestOf(technicianId);
    const QString oldest = toTimestamp(now.addDays(-kKeptDays));
    QList<TechnicianPosition> fresh;
    for (TechnicianPosition &p : points) {
        p.technicianId = technicianId;
        p.recordedAt = toTimestamp(*parseTimestamp(p.recordedAt));
        const bool late = before && p.recordedAt <= before->recordedAt;
        if (!late && p.recordedAt >= oldest)
            fresh << p;
    }
    PositionBatchOutcome outcome;
    outcome.accepted = positions.insert(caller.tenantId, fresh);
    outcome.ignored = int(points.size()) - outcome.accepted;
    outcome.latest = positions.latestOf(technicianId);
    const bool moved =
        outcome.latest && (!before || before->recordedAt != outcome.latest->recordedAt);
    if (moved) {
        DomainEvent event;
        event.tenantId = caller.tenantId;
        event.locationId = technician->locationId;
        event.type = QStringLiteral("technician.position.updated.v1");
        event.source = QStringLiteral("fielddesk/positions");
        event.correlationId = call.requestId;
        event.dataJson = toJsonText(*outcome.latest);
        EventRepository(m_db).append(event);
    }
    tx.commit();
    if (moved)
        m_events.notifyCommitted();
    return outcome;
}

Result<PositionList> PositionService::latest(const Principal &caller,
                                             std::optional<qint64> locationId)
{
    std::optional<QList<qint64>> locations = caller.visibleLocations();
    if (locationId) {
        if (!caller.canAccessLocation(*locationId))
            return Failure::notFound(QStringLiteral("There is no location #%1.").arg(*locationId));
        locations = QList<qint64>{*locationId};
    }
    return PositionList{PositionRepository(m_db).latestAt(caller.tenantId, locations)};
}

Result<PositionList> PositionService::track(const Principal &caller,
                                            qint64 technicianId,
                                            const QDateTime &from,
                                            const QDateTime &to)
{
    const std::optional<Technician> technician =
        TechnicianRepository(m_db).find(caller.tenantId, technicianId);
    if (!technician || !caller.canAccessLocation(technician->locationId))
        return noSuchTechnician(technicianId);
    if (to <= from)
        return Failure::validation(QStringLiteral("to"), QStringLiteral("must be after from"));
    return PositionList{
        PositionRepository(m_db).track(technicianId, toTimestamp(from), toTimestamp(to))};
}

int PositionService::pruneOld()
{
    Transaction tx(m_db);
    tx.describeNoJobChanged();
    const int removed = PositionRepository(m_db).removeOlderThan(
        toTimestamp(QDateTime::currentDateTimeUtc().addDays(-kKeptDays)));
    tx.commit();
    return removed;
}

} // namespace fielddesk::server
