// Routing: parameters, 404 versus 405, literal segments before parameters.
#include "http/router.h"

#include <QTest>

using namespace fielddesk::server;

namespace {
Route route(const char *method, const char *pattern)
{
    Route r;
    r.method = method;
    r.pattern = QLatin1String(pattern);
    r.handler = [](const ApiRequest &) { return ApiResponse::noContent(); };
    return r;
}
} // namespace

class TestRouter : public QObject
{
    Q_OBJECT
private slots:
    void matchesWithParameters()
    {
        Router router;
        router.add(route("GET", "/api/v1/users/{id}"));
        const RouteMatch m = router.match("GET", QStringLiteral("/api/v1/users/17"));
        QVERIFY(m.route);
        QCOMPARE(m.params.value(QStringLiteral("id")), QStringLiteral("17"));
        QVERIFY(!router.match("GET", QStringLiteral("/api/v1/users/17/x")).route);
        QVERIFY(!router.match("GET", QStringLiteral("/api/v1/users")).route);
    }

    void wrongMethodListsTheAllowedOnes()
    {
        Router router;
        router.add(route("GET", "/api/v1/locations"));
        router.add(route("POST", "/api/v1/locations"));
        const RouteMatch m = router.match("DELETE", QStringLiteral("/api/v1/locations"));
        QVERIFY(!m.route);
        QCOMPARE(m.allowedMethods, (QStringList{QStringLiteral("GET"), QStringLiteral("POST")}));
        const RouteMatch missing = router.match("GET", QStringLiteral("/api/v1/nothing"));
        QVERIFY(!missing.route);
        QVERIFY(missing.allowedMethods.isEmpty());
    }

    void literalBeatsParameter()
    {
        Router router;
        router.add(route("GET", "/api/v1/tenants/{id}"));
        router.add(route("GET", "/api/v1/tenants/current"));
        QCOMPARE(router.match("GET", QStringLiteral("/api/v1/tenants/current")).route->pattern,
                 QStringLiteral("/api/v1/tenants/current"));
    }

    void headIsAnsweredLikeGet()
    {
        Router router;
        router.add(route("GET", "/healthz"));
        QVERIFY(router.match("HEAD", QStringLiteral("/healthz")).route);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
