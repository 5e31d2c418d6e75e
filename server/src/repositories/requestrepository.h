// SQL for requests and their history. Every change goes through update() with the version
// the caller read, so a decision based on a stale read changes nothing.
#pragma once

#include "fielddesk/domain/requests.h"
#include "repositories/decisionscope.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

// Which requests a caller may see: their own always; others' at these locations (nullopt:
// every location) and of these kinds (nullopt: every kind), or none at all.
struct RequestScope
{
    qint64 ownUserId = 0;
    bool othersVisible = false;
    std::optional<QList<qint64>> locationIds;
    std::optional<QStringList> kinds;
};

// Filters that are not plain column comparisons (resolved by the service).
struct RequestListFilter
{
    QString from;        // submitted at or after
    QString to;          // submitted before
    AwaitingMe awaiting; // awaiting_me=true
};

class RequestRepository
{
public:
    explicit RequestRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<Request> find(qint64 tenantId, qint64 id);
    // find() that also locks the row until the transaction ends (PostgreSQL).
    std::optional<Request> findForUpdate(qint64 tenantId, qint64 id);
    Page<Request> list(qint64 tenantId,
                       const RequestScope &scope,
                       const RequestListFilter &extra,
                       const ListQuery &query);
    // Whether a request within `scope` has this media (an uploaded file) attached.
    bool anyWithMedia(qint64 tenantId, const RequestScope &scope, qint64 mediaId);
    // Stores the request and links it to its media.
    Request insert(qint64 tenantId, Request request, const QString &searchText);
    // Writes status, decision and version if the stored version is still before.version.
    bool update(qint64 tenantId, const Request &before, const Request &after);
    std::optional<qint64> availabilityOf(qint64 requestId);
    void setAvailability(qint64 requestId, std::optional<qint64> availabilityId);

    // Dates a request and its history back (demo data): submitted at `submittedAt`, every
    // later step at `decidedAt` (empty: left as they are).
    void backdate(qint64 requestId, const QString &submittedAt, const QString &decidedAt);

private:
    Database &m_db;
};

} // namespace fielddesk::server
