// The rules for locations: who sees which, who may change them, and the audit of changes.
#pragma once

#include "core/result.h"
#include "repositories/locationrepository.h"
#include "services/callcontext.h"

#include <QJsonObject>

namespace fielddesk::server {

class LocationService
{
public:
    explicit LocationService(Database &db)
        : m_db(db)
    {}

    Page<Location> list(const Principal &caller, const ListQuery &query);
    Result<Location> get(const Principal &caller, qint64 id);
    Result<Location> create(const CallContext &call, const QJsonObject &body);
    Result<Location> update(const CallContext &call, qint64 id, const QJsonObject &body);
    Status remove(const CallContext &call, qint64 id);

private:
    Database &m_db;
};

} // namespace fielddesk::server
