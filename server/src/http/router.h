// The route table: every endpoint of the API in one place, with who may call it and what
// the OpenAPI document says about it.
#pragma once

#include "core/failure.h"
#include "fielddesk/domain/role.h"
#include "http/apirequest.h"
#include "http/apiresponse.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fielddesk::server {

struct BodySchema;
struct ListSpec;

using Handler = std::function<ApiResponse(const ApiRequest &)>;

enum class Access {
    Public,        // no token needed (health, login)
    Authenticated, // a valid access token; roles below narrow it further
    // As Authenticated, or a customer's API key (X-API-Key); the service limits what a key
    // may see and do.
    AuthenticatedOrCustomerKey,
    // As Authenticated, or the fleet tracker's API key (X-API-Key): its location's technicians.
    AuthenticatedOrFleetKey,
};

// A query parameter of a route that is no list (a list's come from its ListSpec).
struct QueryParameter
{
    QString name;
    QString type; // as OpenAPI names it: string, integer
    QString description;

    static QueryParameter text(const char *name, const QString &description = {})
    {
        return {QString::fromLatin1(name), QStringLiteral("string"), description};
    }
    static QueryParameter integer(const char *name, const QString &description = {})
    {
        return {QString::fromLatin1(name), QStringLiteral("integer"), description};
    }
};

struct RouteDoc
{
    QString summary;
    QString tag;
    const BodySchema *requestBody = nullptr;
    const ListSpec *list = nullptr; // a collection: documents limit/offset/ordering/filters
    int successStatus = 200;
    // What a route that is no list reads from its query: the OpenAPI document lists them, and
    // the pipeline refuses any other (422 naming it) before the handler runs.
    QList<QueryParameter> query;
};

// The query items of a route that is no list which `doc` does not name: a validation failure
// naming each (and what the route takes); nullopt when every one is known.
std::optional<Failure> unknownQueryParameters(const RouteDoc &doc, const QUrlQuery &query);

// Which workers may run a route's handler. On SQLite the quick writes share one connection so
// that its page cache stays warm (a commit on one connection empties the cache of every other);
// handlers that take long (password hashing, route planning) must not hold up that lane.
enum class Lane {
    Quick,
    Slow,
};

// The body a route takes and how large it may be: JSON (the default), or raw bytes of the
// listed media types (an upload). The HTTP front answers 413 above the limit and the pipeline
// 415 for a body of another type, before the handler runs.
struct BodyRule
{
    static constexpr qint64 kDefaultMaxBytes = 1024 * 1024;

    qint64 maxBytes = kDefaultMaxBytes;
    QByteArrayList rawTypes; // empty: a JSON body

    // Raw bytes of one of `types` ("image/png", lower case), at most `maxBytes`.
    static BodyRule raw(QByteArrayList types, qint64 maxBytes)
    {
        return {maxBytes, std::move(types)};
    }
    bool isRaw() const { return !rawTypes.isEmpty(); }
    // Whether a body of this media type (lower case, without parameters) is the route's kind.
    bool accepts(const QByteArray &mediaType) const;
    // What a body of another type is told (415).
    QString expectation() const;
};

// Who besides a tenant's users in good standing may reach a route. An operator gets 404 from
// every route not open to operators (they see no tenant's business data), a user who must
// change their password 403 /problems/password-change-required from every route not open
// before the change.
enum class Reach {
    TenantUsers,
    Everyone,     // operators too, and before a password change (GET /me, changing it)
    OperatorsToo, // operators too (sign out)
};

struct Route
{
    QByteArray method;
    QString pattern; // "/api/v1/locations/{id}"
    Access access = Access::Authenticated;
    QList<Role> roles; // empty: every role of a tenant (operators: see reach)
    Handler handler;
    RouteDoc doc;
    Lane lane = Lane::Quick;
    BodyRule body;
    Reach reach = Reach::TenantUsers;
    QStringList segments; // the pattern split at '/', filled by Router::add

    // Operators reach the routes open to them and those of their own role.
    bool openToOperators() const
    {
        return reach != Reach::TenantUsers || roles.contains(Role::Operator);
    }
    bool openBeforePasswordChange() const { return reach == Reach::Everyone; }
};

struct RouteMatch
{
    const Route *route = nullptr;
    QHash<QString, QString> params;
    QStringList allowedMethods; // when the path exists but not with this method
};

class Router
{
public:
    void add(Route route);
    RouteMatch match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    static bool
    matchSegments(const Route &route, const QStringList &parts, QHash<QString, QString> *params);

    QList<Route> m_routes;
};

} // namespace fielddesk::server
