// The OpenAPI document as a client generator reads it: a usable operationId for every call,
// examples the server itself would accept or answer, a problem response for every refusal.
#include "http/bodyschema.h"
#include "http/router.h"
#include "routes/openapi.h"
#include "routes/operationid.h"
#include "storage/listquery.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace tst_openapi {

using namespace fielddesk;
using namespace fielddesk::server;

namespace {

const BodySchema kWidgetBody{
    QStringLiteral("WidgetBody"),
    {
        {.name = QStringLiteral("name"), .required = true, .minLength = 20, .maxLength = 40},
        {.name = QStringLiteral("kind"),
         .type = FieldType::Enum,
         .required = true,
         .enumValues = {QStringLiteral("round"), QStringLiteral("square")}},
        {.name = QStringLiteral("weight_kg"),
         .type = FieldType::Number,
         .required = true,
         .minimum = 5,
         .maximum = 9},
        {.name = QStringLiteral("count"),
         .type = FieldType::Integer,
         .required = true,
         .minimum = 3},
        {.name = QStringLiteral("owner_email"), .type = FieldType::Email, .required = true},
        {.name = QStringLiteral("opens_at"), .type = FieldType::LocalTime, .required = true},
        {.name = QStringLiteral("phone"), .type = FieldType::Phone, .required = true},
        {.name = QStringLiteral("due_at"), .type = FieldType::Timestamp, .required = true},
        {.name = QStringLiteral("part_ids"), .type = FieldType::IdList, .required = true},
        {.name = QStringLiteral("notes")},
    }};

const BodySchema kPatchOnlyBody{QStringLiteral("NoteBody"),
                                {{.name = QStringLiteral("notes")},
                                 {.name = QStringLiteral("done"), .type = FieldType::Boolean}}};

const ListSpec kWidgetList{
    .orderable = {{QStringLiteral("name"), QStringLiteral("name")}},
    .defaultOrdering = QStringLiteral("name"),
};

Route route(const char *method, const char *pattern, Access access = Access::Authenticated)
{
    Route r;
    r.method = method;
    r.pattern = QLatin1String(pattern);
    r.access = access;
    r.handler = [](const ApiRequest &) { return ApiResponse::noContent(); };
    r.doc.summary = QStringLiteral("Summary of ") + r.pattern;
    return r;
}

QJsonObject operationOf(const QJsonObject &document, const QString &path, const QString &method)
{
    return document.value(QLatin1String("paths"))
        .toObject()
        .value(path)
        .toObject()
        .value(method)
        .toObject();
}

QJsonObject problemExample(const QJsonObject &operation, const QString &status)
{
    return operation.value(QLatin1String("responses"))
        .toObject()
        .value(status)
        .toObject()
        .value(QLatin1String("content"))
        .toObject()
        .value(QLatin1String("application/problem+json"))
        .toObject()
        .value(QLatin1String("example"))
        .toObject();
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT
private slots:
    void operationIdsNameTheCall_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        // collections and their members
        QTest::newRow("list") << QByteArray("GET") << "/api/v1/jobs"
                              << "listJobs";
        QTest::newRow("create") << QByteArray("POST") << "/api/v1/jobs"
                                << "createJob";
        QTest::newRow("get") << QByteArray("GET") << "/api/v1/jobs/{id}"
                             << "getJob";
        QTest::newRow("update") << QByteArray("PATCH") << "/api/v1/jobs/{id}"
                                << "updateJob";
        QTest::newRow("delete") << QByteArray("DELETE") << "/api/v1/api-keys/{id}"
                                << "deleteApiKey";
        QTest::newRow("-ies") << QByteArray("POST") << "/api/v1/expense-categories"
                              << "createExpenseCategory";
        QTest::newRow("-sses") << QByteArray("DELETE")
                               << "/api/v1/customers/{id}/addresses/{address_id}"
                               << "deleteCustomerAddress";
        QTest::newRow("own singular") << QByteArray("POST") << "/api/v1/job-series"
                                      << "createJobSeries";
        QTest::newRow("nested list")
            << QByteArray("GET") << "/api/v1/vehicles/{id}/maintenance-plans"
            << "listVehicleMaintenancePlans";
        QTest::newRow("nested create") << QByteArray("POST") << "/api/v1/expenses/{id}/comments"
                                       << "createExpenseComment";
        // actions on a member
        QTest::newRow("action") << QByteArray("POST") << "/api/v1/jobs/{id}/assign"
                                << "assignJob";
        QTest::newRow("action, two words")
            << QByteArray("POST") << "/api/v1/users/{id}/end-sessions"
            << "endUserSessions";
        QTest::newRow("namespaced action")
            << QByteArray("POST") << "/api/v1/routing/plans/{request_id}/cancel"
            << "cancelRoutingPlan";
        // named where the rule reads badly
        QTest::newRow("named") << QByteArray("POST") << "/api/v1/auth/login"
                               << "login";
        QTest::newRow("named outside /api") << QByteArray("GET") << "/healthz"
                                            << "checkHealth";
    }
    void operationIdsNameTheCall()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(operationIdOf(method, path), expected);
    }

    // What the document shows as a request is a body the route's own check lets through.
    void requestExamplesPassTheirSchema()
    {
        for (const BodySchema *schema : {&kWidgetBody, &kPatchOnlyBody}) {
            const QJsonObject example = exampleBody(*schema);
            QVERIFY(!example.isEmpty());
            const Result<QJsonObject> checked = validateBody(
                QJsonDocument(example).toJson(QJsonDocument::Compact), *schema, WriteMode::Create);
            QVERIFY2(checked.ok(),
                     qPrintable(schema->name + QLatin1String(": ") +
                                (checked.ok() ? QString() : checked.failure().detail)));
        }
        // Every required field is in it.
        QCOMPARE(exampleBody(kWidgetBody).size(), 9);
    }

    void everyOperationIsUsableByAGenerator()
    {
        Router router;
        Route list = route("GET", "/api/v1/widgets");
        list.doc.list = &kWidgetList;
        router.add(list);
        Route create = route("POST", "/api/v1/widgets");
        create.doc.requestBody = &kWidgetBody;
        create.roles = {Role::Admin, Role::Manager};
        router.add(create);
        router.add(route("POST", "/api/v1/widgets/{id}/approve"));
        router.add(route("GET", "/healthz", Access::Public));
        const QJsonObject document = buildOpenApiDocument(router);

        QVERIFY(!document.value(QLatin1String("servers")).toArray().isEmpty());
        const QRegularExpression camelCase(QStringLiteral("^[a-z][A-Za-z0-9]*$"));
        QSet<QString> ids;
        const QJsonObject paths = document.value(QLatin1String("paths")).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject methods = path.value().toObject();
            for (auto method = methods.begin(); method != methods.end(); ++method) {
                const QJsonObject op = method.value().toObject();
                const QString where = method.key() + QLatin1Char(' ') + path.key();
                const QString id = op.value(QLatin1String("operationId")).toString();
                QVERIFY2(camelCase.match(id).hasMatch(),
                         qPrintable(where + QLatin1String(": ") + id));
                QVERIFY2(!ids.contains(id), qPrintable(id + QLatin1String(" twice")));
                ids.insert(id);
                QVERIFY2(!op.value(QLatin1String("summary")).toString().isEmpty(),
                         qPrintable(where));
                // Even a public route refuses a body over its limit.
                QCOMPARE(problemExample(op, QStringLiteral("413"))
                             .value(QLatin1String("status"))
                             .toInt(),
                         413);
            }
        }
        QCOMPARE(ids.size(), 4);

        // The problem examples are what the server's checks answer.
        const QJsonObject createOp =
            operationOf(document, QStringLiteral("/api/v1/widgets"), QStringLiteral("post"));
        QCOMPARE(
            problemExample(createOp, QStringLiteral("400")).value(QLatin1String("type")).toString(),
            QStringLiteral("/problems/malformed-json"));
        const QJsonObject invalid = problemExample(createOp, QStringLiteral("422"));
        QCOMPARE(invalid.value(QLatin1String("status")).toInt(), 422);
        QCOMPARE(invalid.value(QLatin1String("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("field")),
                 QStringLiteral("no_such_field"));
        QCOMPARE(
            problemExample(createOp, QStringLiteral("415")).value(QLatin1String("status")).toInt(),
            415);
        // A role outside the route's is the one refused in the example.
        const QString refused = problemExample(createOp, QStringLiteral("403"))
                                    .value(QLatin1String("detail"))
                                    .toString();
        QVERIFY2(!refused.contains(QLatin1String("admin")) &&
                     !refused.contains(QLatin1String("manager")),
                 qPrintable(refused));
        QCOMPARE(
            problemExample(createOp, QStringLiteral("401")).value(QLatin1String("status")).toInt(),
            401);
        const QJsonObject listOp =
            operationOf(document, QStringLiteral("/api/v1/widgets"), QStringLiteral("get"));
        QCOMPARE(
            problemExample(listOp, QStringLiteral("422")).value(QLatin1String("status")).toInt(),
            422);
        const QJsonObject actionOp = operationOf(
            document, QStringLiteral("/api/v1/widgets/{id}/approve"), QStringLiteral("post"));
        QCOMPARE(actionOp.value(QLatin1String("operationId")).toString(),
                 QStringLiteral("approveWidget"));
        QCOMPARE(
            problemExample(actionOp, QStringLiteral("404")).value(QLatin1String("status")).toInt(),
            404);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestOpenApi)
} // namespace tst_openapi
#include "tst_openapi.moc"
