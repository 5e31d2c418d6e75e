#include "repositories/requestrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fielddesk::server {

namespace {

const QString kRequestColumns = QStringLiteral(
    "r.id, r.kind, r.status, r.requester_id, requester.name, r.location_id, r.details, "
    "r.media_ids, r.submitted_at, r.decided_by, decider.name, r.decided_at, r.decision_comment, "
    "r.version, r.updated_at");
const QString kRequestFrom =
    QStringLiteral("requests r JOIN users requester ON requester.id = r.requester_id "
                   "LEFT JOIN users decider ON decider.id = r.decided_by");

Request readRequest(const SqlQuery &q)
{
    Request r;
    r.id = q.integer(0);
    r.kind = q.text(1);
    r.status = q.text(2);
    r.requesterId = q.integer(3);
    r.requesterName = q.text(4);
    r.locationId = q.integer(5);
    r.detailsJson = q.text(6).toUtf8();
    for (const QJsonValue &id : QJsonDocument::fromJson(q.text(7).toUtf8()).array())
        r.mediaIds << id.toInteger();
    r.submittedAt = q.text(8);
    if (!q.isNull(9))
        r.decidedBy = q.integer(9);
    r.decidedByName = q.text(10);
    r.decidedAt = q.text(11);
    r.decisionComment = q.text(12);
    r.version = q.integer(13);
    r.updatedAt = q.text(14);
    return r;
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// "kind IN (?, ?)" or the like, as one condition with its values.
std::pair<QString, QVariantList> inList(const QString &column, const QVariantList &values)
{
    if (values.isEmpty())
        return {QStringLiteral("1 = 0"), {}};
    const QStringList marks(values.size(), QStringLiteral("?"));
    return {column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'),
            values};
}

QVariantList asVariants(const QList<qint64> &ids)
{
    QVariantList out;
    for (const qint64 id : ids)
        out << id;
    return out;
}

// Limits `filter` to the requests `scope` lets a caller see (of the tenant filtered already).
void restrictTo(SqlFilter &filter, const RequestScope &scope)
{
    if (!scope.othersVisible) {
        filter.where(QStringLiteral("r.requester_id = ?"), {scope.ownUserId});
        return;
    }
    // Their own, or others' where the caller's locations and kinds allow.
    QStringList others;
    QVariantList values{scope.ownUserId};
    if (scope.locationIds) {
        const auto [condition, ids] =
            inList(QStringLiteral("r.location_id"), asVariants(*scope.locationIds));
        others << condition;
        values << ids;
    }
    if (scope.kinds) {
        QVariantList kinds;
        for (const QString &kind : *scope.kinds)
            kinds << kind;
        const auto [condition, names] = inList(QStringLiteral("r.kind"), kinds);
        others << condition;
        values << names;
    }
    filter.where(
        QStringLiteral("(r.requester_id = ? OR (%1))")
            .arg(others.isEmpty() ? QStringLiteral("1 = 1") : others.join(QStringLiteral(" AND "))),
        values);
}

} // namespace

// An inbox reads everything awaiting a decision at once: thousands in one page, not ten.
constexpr int kMaxRequestPage = 5000;

const ListSpec &RequestRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("r.id")},
         {QStringLiteral("submitted_at"), QStringLiteral("r.submitted_at")},
         {QStringLiteral("kind"), QStringLiteral("r.kind")},
         {QStringLiteral("status"), QStringLiteral("r.status")},
         {QStringLiteral("updated_at"), QStringLiteral("r.updated_at")}},
        QStringLiteral("-submitted_at"),
        {},
        {{QStringLiteral("kind"), QStringLiteral("r.kind"), FilterType::Enum, true,
          allRequestKinds()},
         {QStringLiteral("status"), QStringLiteral("r.status"), FilterType::Enum, true,
          allRequestStatuses()},
         {QStringLiteral("requester_id"),
          QStringLiteral("r.requester_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("location_id"),
          QStringLiteral("r.location_id"),
          FilterType::Integer,
          true,
          {}}},
        {QStringLiteral("awaiting_me"), QStringLiteral("from"), QStringLiteral("to")},
        QStringLiteral("r.id"),
        kMaxRequestPage};
    return spec;
}

QList<Request> RequestRepository::select(const SqlFilter &filter, const QString &tail)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kRequestColumns + QStringLiteral(" FROM ") +
                         kRequestFrom + filter.clause() + tail);
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    QList<Request> requests;
    while (q.next())
        requests.append(readRequest(q));
    return requests;
}

std::optional<Request> RequestRepository::find(qint64 tenantId, qint64 id)
{
    SqlFilter filter;
    filter.where(QStringLiteral("r.tenant_id = ? AND r.id = ?"), {tenantId, id});
    const QList<Request> found = select(filter, {});
    return found.isEmpty() ? std::nullopt : std::optional<Request>(found.first());
}

std::optional<Request> RequestRepository::findForUpdate(qint64 tenantId, qint64 id)
{
    if (m_db.engine() == Engine::Postgres) {
        SqlQuery lock(
            m_db,
            QStringLiteral("SELECT id FROM requests WHERE tenant_id = ? AND id = ? FOR UPDATE"));
        lock.bind(tenantId).bind(id).exec();
    }
    return find(tenantId, id);
}

Page<Request> RequestRepository::list(qint64 tenantId,
                                      const RequestScope &scope,
                                      const RequestListFilter &extra,
                                      const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("r.tenant_id = ?"), {tenantId});
    restrictTo(filter, scope);
    restrictToAwaiting(filter, extra.awaiting, scope.ownUserId,
                       {QStringLiteral("r.requester_id"), QStringLiteral("r.location_id"),
                        QStringLiteral("r.status")});
    if (!extra.from.isEmpty())
        filter.where(QStringLiteral("r.submitted_at >= ?"), {extra.from});
    if (!extra.to.isEmpty())
        filter.where(QStringLiteral("r.submitted_at < ?"), {extra.to});
    filter.apply(query, listSpec());
    if (!query.search.isEmpty())
        filter.whereContainsFolded(QStringLiteral("r.search_text"), query.search);
    return selectPage<Request>(m_db, kRequestColumns, kRequestFrom, filter, query, readRequest);
}

bool RequestRepository::anyWithMedia(qint64 tenantId, const RequestScope &scope, qint64 mediaId)
{
    SqlFilter filter;
    filter.where(QStringLiteral("r.tenant_id = ? AND m.media_id = ?"), {tenantId, mediaId});
    restrictTo(filter, scope);
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM requests r JOIN request_media m ON "
                                    "m.request_id = r.id") +
                         filter.clause() + QStringLiteral(" LIMIT 1"));
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    return q.next();
}

Request RequestRepository::insert(qint64 tenantId, Request request, const QString &searchText)
{
    request.submittedAt = request.updatedAt = nowTimestamp();
    request.version = 1;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO requests (tenant_id, location_id, kind, status, "
                                    "requester_id, details, media_ids, search_text, submitted_at, "
                                    "version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "RETURNING id"));
    q.bind(tenantId)
        .bind(request.locationId)
        .bind(request.kind)
        .bind(request.status)
        .bind(request.requesterId)
        .bind(QString::fromUtf8(request.detailsJson))
        .bind(idsJson(request.mediaIds))
        .bind(searchText)
        .bind(request.submittedAt)
        .bind(request.version)
        .bind(request.updatedAt)
        .exec();
    q.next();
    request.id = q.integer(0);
    // media_ids stays the list as sent; request_media indexes it for "who may see this file".
    QList<qint64> linked;
    for (const qint64 mediaId : std::as_const(request.mediaIds)) {
        if (linked.contains(mediaId))
            continue;
        linked << mediaId;
        SqlQuery link(m_db, QStringLiteral("INSERT INTO request_media (request_id, media_id) "
                                           "VALUES (?, ?)"));
        link.bind(request.id).bind(mediaId).exec();
    }
    return request;
}

bool RequestRepository::update(qint64 tenantId, const Request &before, const Request &after)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE requests SET status = ?, decided_by = ?, "
                                    "decided_at = ?, decision_comment = ?, version = ?, "
                                    "updated_at = ? WHERE tenant_id = ? AND id = ? AND "
                                    "version = ?"));
    q.bind(after.status)
        .bind(nullableId(after.decidedBy))
        .bind(nullableText(after.decidedAt))
        .bind(nullableText(after.decisionComment))
        .bind(after.version)
        .bind(after.updatedAt)
        .bind(tenantId)
        .bind(after.id)
        .bind(before.version)
        .exec();
    return q.rowsAffected() == 1;
}

std::optional<qint64> RequestRepository::availabilityOf(qint64 requestId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT availability_id FROM requests WHERE id = ?"));
    q.bind(requestId).exec();
    if (!q.next() || q.isNull(0))
        return std::nullopt;
    return q.integer(0);
}

void RequestRepository::setAvailability(qint64 requestId, std::optional<qint64> availabilityId)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE requests SET availability_id = ? WHERE id = ?"));
    q.bind(nullableId(availabilityId)).bind(requestId).exec();
}

void RequestRepository::backdate(qint64 requestId,
                                 const QString &submittedAt,
                                 const QString &decidedAt)
{
    const QString last = decidedAt.isEmpty() ? submittedAt : decidedAt;
    SqlQuery request(m_db, QStringLiteral("UPDATE requests SET submitted_at = ?, updated_at = ?, "
                                          "decided_at = CASE WHEN decided_at IS NULL THEN NULL "
                                          "ELSE ? END WHERE id = ?"));
    request.bind(submittedAt).bind(last).bind(last).bind(requestId).exec();
    SqlQuery history(m_db, QStringLiteral("UPDATE request_history SET occurred_at = CASE WHEN "
                                          "action = 'submitted' THEN ? ELSE ? END WHERE "
                                          "request_id = ?"));
    history.bind(submittedAt).bind(last).bind(requestId).exec();
}

} // namespace fielddesk::server
