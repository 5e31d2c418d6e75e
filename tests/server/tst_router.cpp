// Routing: parameters, 404 versus 405, literal segments before parameters.
#include "http/router.h"
#include "testmain.h"

#include <QTest>

namespace tst_router {

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

    // A route takes JSON up to 1 MiB unless it says otherwise (an upload: raw bytes of its
    // types, up to its own limit).
    void bodiesAreJsonUnlessARouteTakesRawBytes()
    {
        const BodyRule json;
        QCOMPARE(json.maxBytes, qint64(1024 * 1024));
        QVERIFY(!json.isRaw());
        QVERIFY(json.accepts("application/json"));
        QVERIFY(json.accepts("application/merge-patch+json"));
        QVERIFY(!json.accepts("image/png"));
        QVERIFY(!json.accepts(""));

        const BodyRule upload = BodyRule::raw({"image/png", "application/pdf"}, 10 * 1024 * 1024);
        QVERIFY(upload.isRaw());
        QCOMPARE(upload.maxBytes, qint64(10 * 1024 * 1024));
        QVERIFY(upload.accepts("image/png"));
        QVERIFY(upload.accepts("application/pdf"));
        QVERIFY(!upload.accepts("application/json"));
        QVERIFY(!upload.accepts("image/jpeg"));

        Router router;
        Route media = route("POST", "/api/v1/media");
        media.body = upload;
        router.add(media);
        QCOMPARE(router.match("POST", QStringLiteral("/api/v1/media")).route->body.maxBytes,
                 upload.maxBytes);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestRouter)
} // namespace tst_router
#include "tst_router.moc"
