// The routes of one collection (/api/v1/<things> and /api/v1/<things>/{id}) with the rules
// every collection keeps, in one place: the list reads the list query of its spec, a create
// takes the whole body and answers 201, a change takes a partial body, a delete answers 204,
// an id that is not a positive number is 404; each route's OpenAPI entry says the same, so
// that the handler and its documentation cannot drift apart.
//   CollectionRoutes<SkillService> skills(router, service, QStringLiteral("/api/v1/skills"), tag);
//   skills.list({}, SkillRepository::listSpec(), &SkillService::list, summary);
#pragma once

#include "http/router.h"
#include "routes/routesupport.h"

#include <functional>

namespace fielddesk::server {

template<typename Service>
class CollectionRoutes
{
public:
    CollectionRoutes(Router &router, Service &service, QString path, QString tag)
        : m_router(router)
        , m_service(service)
        , m_path(std::move(path))
        , m_tag(std::move(tag))
    {}

    // GET <path>: the service's method(caller, query) -> Page<T> or Result<Page<T>>.
    template<typename List>
    void list(QList<Role> roles, const ListSpec &spec, List method, QString summary)
    {
        add("GET", m_path, std::move(roles),
            [&service = m_service, &spec, method](const ApiRequest &r) {
                return withListQuery(r, spec, [&](const ListQuery &query) {
                    return std::invoke(method, service, r.caller(), query);
                });
            },
            {std::move(summary), m_tag, nullptr, &spec});
    }

    // POST <path>: method(context, fields(body)) -> Result<T>, answered 201.
    template<typename Create, typename Fields>
    void create(QList<Role> roles,
                const BodySchema &schema,
                Create method,
                Fields fields,
                QString summary,
                Lane lane = Lane::Quick)
    {
        add(
            "POST", m_path, std::move(roles),
            [&service = m_service, &schema, method, fields](const ApiRequest &r) {
                return withBody(r, schema, WriteMode::Create, [&](const QJsonObject &body) {
                    return respond(std::invoke(method, service, callContext(r), fields(body)), 201);
                });
            },
            {std::move(summary), m_tag, &schema, nullptr, 201}, lane);
    }

    // GET <path>/{id}: method(caller, id) -> Result<T>.
    template<typename Get>
    void get(QList<Role> roles, Get method, QString summary)
    {
        add("GET", itemPath(), std::move(roles),
            [&service = m_service, method](const ApiRequest &r) {
                return withId(r, "id", [&](qint64 id) {
                    return respond(std::invoke(method, service, r.caller(), id));
                });
            },
            {std::move(summary), m_tag});
    }

    // PATCH <path>/{id}: method(context, id, fields(partial body)) -> Result<T>.
    template<typename Update, typename Fields>
    void update(QList<Role> roles,
                const BodySchema &schema,
                Update method,
                Fields fields,
                QString summary,
                Lane lane = Lane::Quick)
    {
        add(
            "PATCH", itemPath(), std::move(roles),
            [&service = m_service, &schema, method, fields](const ApiRequest &r) {
                return withId(r, "id", [&](qint64 id) {
                    return withBody(r, schema, WriteMode::Update, [&](const QJsonObject &body) {
                        return respond(
                            std::invoke(method, service, callContext(r), id, fields(body)));
                    });
                });
            },
            {std::move(summary), m_tag, &schema}, lane);
    }

    // DELETE <path>/{id}: method(context, id) -> Status, answered 204.
    template<typename Remove>
    void remove(QList<Role> roles, Remove method, QString summary)
    {
        add("DELETE", itemPath(), std::move(roles),
            [&service = m_service, method](const ApiRequest &r) {
                return withId(r, "id", [&](qint64 id) {
                    return respond(std::invoke(method, service, callContext(r), id));
                });
            },
            {std::move(summary), m_tag, nullptr, nullptr, 204});
    }

    QString itemPath() const { return m_path + QStringLiteral("/{id}"); }

private:
    void add(const char *method,
             const QString &pattern,
             QList<Role> roles,
             Handler handler,
             RouteDoc doc,
             Lane lane = Lane::Quick)
    {
        m_router.add({method, pattern, Access::Authenticated, std::move(roles), std::move(handler),
                      std::move(doc), lane});
    }

    Router &m_router;
    Service &m_service;
    QString m_path;
    QString m_tag;
};

} // namespace fielddesk::server
