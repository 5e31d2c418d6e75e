// The rules for locations: who sees which, who may change them, and the audit of changes.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "repositories/locationrepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

// A new location, or a partial change of one (only the named fields change).
struct LocationFields
{
    Patch<QString> name; // trimmed
    Patch<QString> address;
    NullablePatch<double> latitude;
    NullablePatch<double> longitude;
    Patch<QString> timeZone; // an IANA id
    // Corners as sent (a corner without a number has NaN there); checked by the service.
    NullablePatch<QList<GeoPoint>> serviceArea;
};

class LocationService
{
public:
    explicit LocationService(Database &db)
        : m_db(db)
    {}

    Page<Location> list(const Principal &caller, const ListQuery &query);
    Result<Location> get(const Principal &caller, qint64 id);
    Result<Location> create(const CallContext &call, const LocationFields &fields);
    Result<Location> update(const CallContext &call, qint64 id, const LocationFields &fields);
    Status remove(const CallContext &call, qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
