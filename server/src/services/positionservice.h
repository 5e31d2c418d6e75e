// Technicians' positions: a technician's phone (their own user) or whoever plans their location
// sends batches of fixes; points not newer than the last one kept (repeats, late arrivals) and
// points older than the retention are ignored; a newer last position goes out live as
// technician.position.updated.v1 to the location's consoles. Those who plan read everyone's
// last position and a technician's track for a replay; positions are kept 30 days.
#pragma once

#include "core/result.h"
#include "fielddesk/domain/dispatch.h"
#include "services/callcontext.h"

namespace fielddesk::server {

class Database;
class EventNotifier;

struct PositionBatchOutcome
{
    int accepted = 0;
    int ignored = 0;
    std::optional<TechnicianPosition> latest;

    void writeJson(JsonWriter &w) const;
};

struct PositionList
{
    QList<TechnicianPosition> positions;
    void writeJson(JsonWriter &w) const;
};

class PositionService
{
public:
    static constexpr int kKeptDays = 30;
    static constexpr int kMostPerBatch = 1000;

    PositionService(Database &db, EventNotifier &events)
        : m_db(db)
        , m_events(events)
    {}

    // `points`: technician ids are set here.
    Result<PositionBatchOutcome>
    record(const CallContext &call, qint64 technicianId, QList<TechnicianPosition> points);
    Result<PositionList> latest(const Principal &caller, std::optional<qint64> locationId);
    Result<PositionList>
    track(const Principal &caller, qint64 technicianId, const QDateTime &from, const QDateTime &to);
    // Positions older than kKeptDays; how many went.
    int pruneOld();

private:
    Database &m_db;
    EventNotifier &m_events;
};

} // namespace fielddesk::server
