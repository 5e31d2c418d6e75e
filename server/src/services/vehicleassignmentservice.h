// Who drives what each day: one driver per vehicle and one vehicle per technician a day, only
// active vehicles, vehicle and technician of the same location; a technician's default
// vehicle fills the days they have no assignment while it is active and nobody else drives it.
#pragma once

#include "core/result.h"
#include "repositories/vehicleassignmentrepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

struct VehicleAssignmentDraft
{
    qint64 vehicleId = 0;
    qint64 technicianId = 0;
    QDate date;
};

// The days a list covers and what narrows it (the route checks the span).
struct DriverDayQuery
{
    QDate from;
    QDate to;
    std::optional<qint64> locationId;
    std::optional<qint64> technicianId;
    std::optional<qint64> vehicleId;
};

struct DriverDays
{
    QList<VehicleAssignment> items;

    void writeJson(JsonWriter &w) const;
};

class VehicleAssignmentService
{
public:
    static constexpr int kMostDays = 62;

    explicit VehicleAssignmentService(Database &db)
        : m_db(db)
    {}

    Result<DriverDays> list(const Principal &caller, const DriverDayQuery &query);
    Result<VehicleAssignment> create(const CallContext &call, const VehicleAssignmentDraft &draft);
    Status remove(const CallContext &call, qint64 id);

private:
    Result<VehicleAssignment> insert(const CallContext &call, const VehicleAssignmentDraft &draft);

    Database &m_db;
};

} // namespace fielddesk::server
