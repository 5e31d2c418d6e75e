#include "repositories/requestrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/mediarepository.h"
#include "storage/sqlfilter.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

const QString kMediaLinks = QStringLiteral("request_media");
const QString kMediaKey = QStringLiteral("request_id");

// Read with the names of the requester and the decider; search_text is written by insert().
const Table<Request> &requestTable()
{
    static const Table<Request> table(
        QStringLiteral("requests"),
        {column(QStringLiteral("id"), &Request::id, ColumnWrite::Never),
         column(QStringLiteral("kind"), &Request::kind, ColumnWrite::OnInsert),
         column(QStringLiteral("status"), &Request::status),
         column(QStringLiteral("requester_id"), &Request::requesterId, ColumnWrite::OnInsert),
         expression(QStringLiteral("requester.name"), &Request::requesterName),
         column(QStringLiteral("location_id"), &Request::locationId, ColumnWrite::OnInsert),
         column(QStringLiteral("details"), &Request::detailsJson, ColumnWrite::OnInsert),
         textColumn(QStringLiteral("media_ids"), &Request::mediaIds, mediaIdsFromJson, mediaIdsJson,
                    ColumnWrite::OnInsert),
         column(QStringLiteral("submitted_at"), &Request::submittedAt, ColumnWrite::OnInsert),
         column(QStringLiteral("decided_by"), &Request::decidedBy),
         expression(QStringLiteral("decider.name"), &Request::decidedByName),
         nullableTextColumn(QStringLiteral("decided_at"), &Request::decidedAt),
         nullableTextColumn(QStringLiteral("decision_comment"), &Request::decisionComment),
         column(QStringLiteral("version"), &Request::version),
         column(QStringLiteral("updated_at"), &Request::updatedAt)},
        QStringLiteral("r"),
        QStringLiteral("JOIN users requester ON requester.id = r.requester_id "
                       "LEFT JOIN users decider ON decider.id = r.decided_by"));
    return table;
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
    const Table<Request> &table = requestTable();
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("r.id")},
         {QStringLiteral("submitted_at"), QStringLiteral("r.submitted_at")},
         {QStringLiteral("kind"), QStringLiteral("r.kind")},
         {QStringLiteral("status"), QStringLiteral("r.status")},
         {QStringLiteral("updated_at"), QStringLiteral("r.updated_at")}},
        QStringLiteral("-submitted_at"),
        {},
        {table.filter(QStringLiteral("kind"), FilterType::Enum, true, allRequestKinds()),
         table.filter(QStringLiteral("status"), FilterType::Enum, true, allRequestStatuses()),
         table.filter(QStringLiteral("requester_id"), FilterType::Integer, true),
         table.filter(QStringLiteral("location_id"), FilterType::Integer, true)},
        {QStringLiteral("awaiting_me"), QStringLiteral("from"), QStringLiteral("to")},
        table.qualified(QStringLiteral("id")),
        kMaxRequestPage};
    return spec;
}

std::optional<Request> RequestRepository::find(qint64 tenantId, qint64 id)
{
    return requestTable().find(m_db, tenantId, id);
}

std::optional<Request> RequestRepository::findForUpdate(qint64 tenantId, qint64 id)
{
    requestTable().lockForUpdate(m_db, tenantId, id);
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
    return requestTable().page(m_db, filter, query);
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
    request.id = requestTable().insert(
        m_db, request,
        {{QStringLiteral("tenant_id"), tenantId}, {QStringLiteral("search_text"), searchText}});
    MediaRepository(m_db).link(kMediaLinks, kMediaKey, request.id, request.mediaIds);
    return request;
}

bool RequestRepository::update(qint64 tenantId, const Request &before, const Request &after)
{
    return requestTable().updateAtVersion(m_db, after, tenantId, before.version);
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
