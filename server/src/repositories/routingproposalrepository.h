// SQL for routing proposals: the engine's plan of a location's day, kept as the JSON the
// console previews until it is applied.
#pragma once

#include "storage/database.h"

#include <QDate>

#include <optional>

namespace fielddesk::server {

struct StoredProposal
{
    qint64 locationId = 0;
    QString status; // open, applied
    QByteArray body;
};

class RoutingProposalRepository
{
public:
    explicit RoutingProposalRepository(Database &db)
        : m_db(db)
    {}

    // A new open proposal with an empty body, and its id: the body names the id, so it is
    // written afterwards with setBody() in the same transaction.
    qint64 insertOpen(
        qint64 tenantId, qint64 locationId, QDate day, qint64 createdBy, const QString &when);
    void setBody(qint64 id, const QByteArray &json);
    // A proposal of this tenant; nullopt for another tenant's or a missing one.
    std::optional<StoredProposal> find(qint64 tenantId, qint64 id);
    void markApplied(qint64 id, const QString &when);

private:
    Database &m_db;
};

} // namespace fielddesk::server
