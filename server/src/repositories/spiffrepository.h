// SQL for spiff types and spiffs. Every change of a spiff goes through update() with the
// version the caller read. insertAutomatic() files the spiff a completed job earns at most
// once per job and type: the unique index decides, not a check.
#pragma once

#include "fielddesk/domain/money.h"
#include "repositories/decisionscope.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

class SpiffRepository
{
public:
    explicit SpiffRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &typeListSpec();
    static const ListSpec &listSpec();

    std::optional<SpiffType> findType(qint64 tenantId, qint64 id);
    Page<SpiffType> types(qint64 tenantId, const ListQuery &query);
    // The active types a completed job of this service earns.
    QList<SpiffType> automaticFor(qint64 tenantId, qint64 serviceId);
    SpiffType insertType(qint64 tenantId, SpiffType type);
    void updateType(qint64 tenantId, const SpiffType &type);
    void deleteType(qint64 tenantId, qint64 id);

    std::optional<Spiff> find(qint64 tenantId, qint64 id);
    std::optional<Spiff> findForUpdate(qint64 tenantId, qint64 id);
    Page<Spiff> list(qint64 tenantId,
                     const OwnedScope &scope,
                     const MoneyListFilter &extra,
                     const ListQuery &query);
    // Stores the spiff and what search matches in it.
    Spiff insert(qint64 tenantId, Spiff spiff);
    // The spiff `spiff.jobId` earned for its type, unless that job already earned one of that
    // type (nullopt then: nothing was written).
    std::optional<Spiff> insertAutomatic(qint64 tenantId, Spiff spiff);
    // Writes every changeable column if the stored version is still before.version.
    bool update(qint64 tenantId, const Spiff &before, const Spiff &after);

private:
    Database &m_db;
};

const OwnedColumns &spiffColumns();

} // namespace fielddesk::server
