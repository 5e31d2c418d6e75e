// The requests client against a real fielddesk-server with the demo month of requests: a list
// walks every page and keeps the server's order, filters reach the server, an employee files a
// request that a manager approves (history, stale versions), field errors come back at the
// field, and the catalogs arrive whole.

#include "fielddesk/client/apiclient.h"
#include "fielddesk/requests/requestsclient.h"

#include "demoserver.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

namespace tst_requestsclient {

using namespace fielddesk;
using namespace fielddesk::requests;
using client::ApiResult;

namespace {

constexpr int kTimeout = 20000;
constexpr int kSmallPage = 7;

// Runs one client call and waits for its answer.
template<class T, class Call>
ApiResult<T> await(Call call)
{
    std::optional<ApiResult<T>> answer;
    call([&answer](const ApiResult<T> &result) { answer.emplace(result); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kTimeout))
        return ApiResult<T>(client::ApiError::invalidResponse(0));
    return *answer;
}

QList<qint64> idsOf(const QList<Request> &requests)
{
    QList<qint64> ids;
    for (const Request &r : requests)
        ids << r.id;
    return ids;
}

QList<qint64> idsOf(const QJsonArray &results)
{
    QList<qint64> ids;
    for (const QJsonValue &v : results)
        ids << v.toObject().value(QLatin1String("id")).toInteger();
    return ids;
}

} // namespace

class TestRequestsClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        signIn(m_adminApi, m_adminHttp, QStringLiteral("admin@demo.local"));
        signIn(m_managerApi, m_managerHttp, QStringLiteral("manager@demo.local"));
        signIn(m_employeeApi, m_employeeHttp, QStringLiteral("tech1@demo.local"));
    }

    // First, before the other tests file more: the demo month as the manager finds it.
    void theDemoManagersBellCountsWhatAwaitsThem()
    {
        const TestReply unread =
            m_managerHttp->get(QStringLiteral("/api/v1/notifications/unread-count"));
        QCOMPARE(unread.status, 200);
        qint64 pending = 0;
        for (const char *kind : {"requests", "expenses", "spiffs"}) {
            const TestReply awaiting = m_managerHttp->get(
                QStringLiteral("/api/v1/%1?awaiting_me=true&status=submitted&limit=1")
                    .arg(QLatin1String(kind)));
            QVERIFY(awaiting.json().value(QLatin1String("count")).toInteger() > 0);
            pending += awaiting.json().value(QLatin1String("count")).toInteger();
        }
        // And they were raised over the month, not all at the moment the demo was made. Every
        // page, newest first: the demo's month of expenses is more than one page.
        QJsonArray all;
        qint64 total = 0;
        do {
            const TestReply page = m_managerHttp->get(
                QStringLiteral("/api/v1/notifications?limit=500&offset=%1").arg(all.size()));
            QCOMPARE(page.status, 200);
            total = page.json().value(QLatin1String("count")).toInteger();
            const QJsonArray results = page.results();
            QVERIFY(!results.isEmpty());
            for (const QJsonValue &n : results)
                all.append(n);
        } while (all.size() < total);
        // One unread notification per request, expense or spiff waiting for them (the decided
        // ones were read), and the demo fleet's maintenance falling due.
        qint64 maintenance = 0;
        for (const QJsonValue &n : all) {
            const QJsonObject o = n.toObject();
            if (o.value(QLatin1String("kind")).toString() == QLatin1String("maintenance.due") &&
                !o.value(QLatin1String("read")).toBool())
                ++maintenance;
        }
        QVERIFY(maintenance > 0);
        QCOMPARE(unread.json().value(QLatin1String("count")).toInteger(), pending + maintenance);
        QVERIFY(all.size() > pending);
        const QDateTime first = QDateTime::fromString(
            all.last().toObject().value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
        QVERIFY2(first.daysTo(QDateTime::currentDateTimeUtc()) >= 7,
                 qPrintable(first.toString(Qt::ISODate)));
    }

    void aListWalksEveryPageInTheServersOrder()
    {
        RequestsClient requests(&m_adminApi);
        requests.setPageSize(kSmallPage);
        const auto all = await<QList<Request>>([&](auto done) { requests.list({}, this, done); });
        QVERIFY2(all.ok(), qPrintable(all.error().message()));
        const TestReply server = m_adminHttp->get(QStringLiteral("/api/v1/requests?limit=500"));
        QCOMPARE(server.status, 200);
        const QList<qint64> expected = idsOf(server.results());
        QVERIFY2(expected.size() > 3 * kSmallPage, "the demo month should span several pages");
        QCOMPARE(idsOf(*all), expected);
    }

    void filtersReachTheServer()
    {
        RequestsClient requests(&m_managerApi);
        requests.setPageSize(kSmallPage);
        RequestQuery query;
        query.awaitingMe = true;
        query.statuses = {QStringLiteral("submitted")};
        const auto awaiting =
            await<QList<Request>>([&](auto done) { requests.list(query, this, done); });
        QVERIFY2(awaiting.ok(), qPrintable(awaiting.error().message()));
        QVERIFY(!awaiting->isEmpty());
        for (const Request &r : *awaiting)
            QCOMPARE(r.status, QStringLiteral("submitted"));
        const TestReply server = m_managerHttp->get(
            QStringLiteral("/api/v1/requests?awaiting_me=true&status=submitted&limit=500"));
        QCOMPARE(idsOf(*awaiting), idsOf(server.results()));
    }

    void catalogsArriveWhole()
    {
        RequestsClient requests(&m_employeeApi);
        const auto catalogs = await<Catalogs>([&](auto done) { requests.catalogs(this, done); });
        QVERIFY2(catalogs.ok(), qPrintable(catalogs.error().message()));
        const TestReply tools = m_employeeHttp->get(QStringLiteral("/api/v1/tools?active=true"));
        QCOMPARE(catalogs->tools.size(), tools.json().value(QLatin1String("count")).toInteger());
        QVERIFY(!catalogs->clothingItems.isEmpty());
        QVERIFY(!catalogs->clothingItems.first().sizes.isEmpty());
    }

    void anEmployeeFilesAndAManagerApproves()
    {
        RequestsClient employee(&m_employeeApi);
        RequestsClient manager(&m_managerApi);
        const auto catalogs = await<Catalogs>([&](auto done) { employee.catalogs(this, done); });
        QVERIFY(catalogs.ok() && !catalogs->tools.isEmpty());
        const QJsonObject details{
            {QStringLiteral("tool_id"), catalogs->tools.first().id},
            {QStringLiteral("quantity"), 2},
            {QStringLiteral("needed_by"), QDate::currentDate().addDays(5).toString(Qt::ISODate)},
            {QStringLiteral("reason"), QStringLiteral("The old one broke")}};
        const auto filed = await<Request>(
            [&](auto done) { employee.file(QStringLiteral("tool"), details, {}, this, done); });
        QVERIFY2(filed.ok(), qPrintable(filed.error().message()));
        QCOMPARE(filed->status, QStringLiteral("submitted"));
        QCOMPARE(filed->kind, QStringLiteral("tool"));

        const auto approved = await<StepOutcome>([&](auto done) {
            manager.takeStep(*filed, RequestStep::Approve, QStringLiteral("Go ahead"), this, done);
        });
        QVERIFY2(approved.ok(), qPrintable(approved.error().message()));
        QCOMPARE(approved->request.status, QStringLiteral("approved"));
        QCOMPARE(approved->request.version, filed->version + 1);
        QVERIFY(approved->conflicts.isEmpty());

        // The version the employee saw is stale now: 409 with the current request.
        const auto stale = await<StepOutcome>(
            [&](auto done) { manager.takeStep(*filed, RequestStep::Fulfil, {}, this, done); });
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().status, 409);
        QVERIFY(stale.error().problem.contains(QLatin1String("current")));

        const auto history = await<QList<RequestHistoryEntry>>(
            [&](auto done) { employee.history(filed->id, this, done); });
        QVERIFY2(history.ok(), qPrintable(history.error().message()));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).action, QStringLiteral("submitted"));
        QCOMPARE(history->at(1).action, QStringLiteral("approved"));
        QCOMPARE(history->at(1).comment, QStringLiteral("Go ahead"));

        const auto commented = await<client::Done>(
            [&](auto done) { employee.comment(filed->id, QStringLiteral("Thanks!"), this, done); });
        QVERIFY2(commented.ok(), qPrintable(commented.error().message()));
        const auto again =
            await<Request>([&](auto done) { manager.request(filed->id, this, done); });
        QVERIFY(again.ok());
        QCOMPARE(again->status, QStringLiteral("approved"));
    }

    void fieldErrorsComeBackAtTheField()
    {
        RequestsClient employee(&m_employeeApi);
        const QJsonObject details{{QStringLiteral("title"), QString()},
                                  {QStringLiteral("text"), QStringLiteral("Shorter routes")}};
        const auto filed = await<Request>([&](auto done) {
            employee.file(QStringLiteral("suggestion"), details, {}, this, done);
        });
        QVERIFY(!filed.ok());
        QCOMPARE(filed.error().status, 422);
        bool atTitle = false;
        for (const auto &fieldError : filed.error().fieldErrors)
            atTitle = atTitle || fieldError.field == QLatin1String("details.title");
        QVERIFY2(atTitle, qPrintable(filed.error().message()));
    }

    void attachmentTypesComeFromTheFileName()
    {
        QCOMPARE(RequestsClient::attachmentContentType(QStringLiteral("a/b/receipt.PDF")),
                 QStringLiteral("application/pdf"));
        QCOMPARE(RequestsClient::attachmentContentType(QStringLiteral("photo.jpeg")),
                 QStringLiteral("image/jpeg"));
        QCOMPARE(RequestsClient::attachmentContentType(QStringLiteral("x.png")),
                 QStringLiteral("image/png"));
        QCOMPARE(RequestsClient::attachmentContentType(QStringLiteral("notes.txt")), QString());
        // Back from the type to a file name: what a downloaded attachment is saved as.
        QCOMPARE(RequestsClient::attachmentSuffix(QStringLiteral("image/jpeg")),
                 QStringLiteral(".jpg"));
        QCOMPARE(RequestsClient::attachmentSuffix(QStringLiteral("application/pdf")),
                 QStringLiteral(".pdf"));
        QCOMPARE(RequestsClient::attachmentSuffix(QStringLiteral("text/plain")), QString());
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    void signIn(client::ApiClient &api, std::unique_ptr<TestHttpClient> &http, const QString &email)
    {
        http = std::make_unique<TestHttpClient>(m_server.baseUrl());
        const TestReply login = http->login(email, demo::kPassword);
        QCOMPARE(login.status, 200);
        api.setBaseUrl(m_server.baseUrl());
        api.setAccessToken(http->token());
    }

    DemoServer m_server;
    client::ApiClient m_adminApi;
    client::ApiClient m_managerApi;
    client::ApiClient m_employeeApi;
    std::unique_ptr<TestHttpClient> m_adminHttp;
    std::unique_ptr<TestHttpClient> m_managerHttp;
    std::unique_ptr<TestHttpClient> m_employeeHttp;
};

FIELDDESK_TEST_GUILESS_MAIN(TestRequestsClient)
} // namespace tst_requestsclient
#include "tst_requestsclient.moc"
