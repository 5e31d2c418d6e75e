// What every route file shares: turning a service result into an HTTP answer, and a page of
// a collection into {count, next, previous, results}.
#pragma once

#include "core/result.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "http/bodyschema.h"
#include "http/listquery.h"
#include "services/callcontext.h"
#include "storage/page.h"

namespace fielddesk::server {

// Who may use the dispatch resources (customers, technicians, jobs, routing).
inline const QList<Role> kDispatchRoles{Role::Admin, Role::Manager, Role::Dispatcher};

inline CallContext callContext(const ApiRequest &request)
{
    return CallContext{request.caller(), request.requestId, request.clientId};
}

// The one place a service's failure becomes an HTTP problem.
inline ApiResponse problemResponse(const Failure &failure)
{
    return ApiResponse::fromProblem(Problem::from(failure));
}

inline ApiResponse noSuchPath(const ApiRequest &request)
{
    return problemResponse(
        Failure::notFound(QStringLiteral("No resource at %1.").arg(request.path)));
}

template<typename T>
ApiResponse respond(const Result<T> &result, int status = 200)
{
    if (!result)
        return problemResponse(result.failure());
    return ApiResponse::json(toJsonText(result.value()), status);
}

inline ApiResponse respond(const Status &status)
{
    return status ? ApiResponse::noContent() : problemResponse(status.failure());
}

// The link to another page of the same list, or null.
QString pageLink(const ApiRequest &request, const ListQuery &query, qint64 offset);

template<typename T>
ApiResponse pageResponse(const ApiRequest &request, const ListQuery &query, const Page<T> &page)
{
    JsonWriter w(256 + page.items.size() * 256);
    w.beginObject();
    w.field("count", page.count);
    const qint64 nextOffset = qint64(query.offset) + query.limit;
    if (nextOffset < page.count)
        w.field("next", pageLink(request, query, nextOffset));
    else
        w.key("next").nullValue();
    if (query.offset > 0)
        w.field("previous",
                pageLink(request, query, std::max<qint64>(0, qint64(query.offset) - query.limit)));
    else
        w.key("previous").nullValue();
    if (!page.itemsJson.isEmpty()) {
        w.key("results").rawValue(page.itemsJson);
    } else {
        w.key("results").beginArray();
        for (const T &item : page.items)
            item.writeJson(w);
        w.endArray();
    }
    w.endObject();
    return ApiResponse::json(w.take());
}

template<typename T>
ApiResponse
pageResponse(const ApiRequest &request, const ListQuery &query, const Result<Page<T>> &page)
{
    if (!page)
        return problemResponse(page.failure());
    return pageResponse(request, query, *page);
}

// The list query of a collection request, then fetch(query) -> Page<T> or Result<Page<T>>.
template<typename Fetch>
ApiResponse withListQuery(const ApiRequest &request, const ListSpec &spec, Fetch fetch)
{
    const Result<ListQuery> query = parseListQuery(request.query, spec);
    if (!query)
        return problemResponse(query.failure());
    return pageResponse(request, *query, fetch(*query));
}

// The validated body of a write request, then handle(body) -> ApiResponse.
template<typename Handle>
ApiResponse
withBody(const ApiRequest &request, const BodySchema &schema, WriteMode mode, Handle handle)
{
    const Result<QJsonObject> body = validateBody(request.body, schema, mode);
    if (!body)
        return problemResponse(body.failure());
    return handle(*body);
}

// An ISO 8601 query parameter as a UTC timestamp; empty when absent, 422 naming it when it
// is no timestamp.
Result<QString> timestampParameter(const QUrlQuery &query, const char *key);

// An optional positive id query parameter: 422 naming it when it is not one.
Result<std::optional<qint64>> idParameter(const QUrlQuery &query, const char *key);

// The positive id path parameter `name`, then handle(id) -> ApiResponse; 404 otherwise.
template<typename Handle>
ApiResponse withId(const ApiRequest &request, const char *name, Handle handle)
{
    const std::optional<qint64> id = request.pathId(QLatin1String(name));
    return id ? handle(*id) : noSuchPath(request);
}

} // namespace fielddesk::server
