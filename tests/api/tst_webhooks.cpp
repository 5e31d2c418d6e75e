// Webhooks over real HTTP against a real fielddesk-server, on the engine named by
// FIELDDESK_TEST_ENGINE, calling HTTP receivers that the test runs on loopback: admins
// subscribe URLs to event types and see the secret once; nobody else manages them and another
// tenant's are not there (404); bad subscriptions are refused, saying why; each event of a
// wanted type arrives signed (HMAC-SHA256 over timestamp and body, checked here with the
// secret), a job's events in the order they happened even when the first call has to be tried
// again; another tenant's events never arrive; a deleted subscription's calls are given up, and
// so is a call the receiver answers 410 Gone.
#include "apisuite.h"
#include "apitestsetup.h"
#include "fakehttpreceiver.h"
#include "serverprocess.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

namespace tst_webhooks {

namespace {

const QString kPassword = QStringLiteral("webhooks-test-pw");
const QString kDemoPassword = QStringLiteral("fielddesk-demo");
const QString kWebhooks = QStringLiteral("/api/v1/webhooks");
const QString kDeliveries = QStringLiteral("/api/v1/message-deliveries");
const QString kSecret = QStringLiteral("the-receivers-shared-secret");
constexpr int kTimeout = 15000;
constexpr int kRetryTimeout = 30000; // the first retry waits 5 s

// What the receiver was sent, read as the receiving system would.
struct Call
{
    QByteArray type;
    QByteArray delivery;
    QJsonObject event;
    bool signedRight = false;
};

Call readCall(const FakeHttpReceiver::Request &request, const QString &secret)
{
    Call call;
    call.type = request.header("fielddesk-event-type");
    call.delivery = request.header("fielddesk-delivery");
    call.event = QJsonDocument::fromJson(request.body).object();
    // FieldDesk-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>
    QByteArray stamp;
    QByteArray mac;
    for (const QByteArray &part : request.header("fielddesk-signature").split(',')) {
        if (part.startsWith("t="))
            stamp = part.mid(2);
        else if (part.startsWith("v1="))
            mac = part.mid(3);
    }
    const QByteArray expected =
        QMessageAuthenticationCode::hash(stamp + '.' + request.body, secret.toUtf8(),
                                         QCryptographicHash::Sha256)
            .toHex();
    const qint64 age = QDateTime::currentSecsSinceEpoch() - stamp.toLongLong();
    call.signedRight = !stamp.isEmpty() && mac == expected && age >= 0 && age < 300;
    return call;
}

qint64 jobIdOf(const Call &call)
{
    return call.event.value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("job"))
        .toObject()
        .value(QLatin1String("id"))
        .toInteger();
}

} // namespace

class TestWebhooks : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void onlyAdminsManageWebhooksAndSeeTheSecretOnce();
    void badSubscriptionsAreRefused();
    void wantedEventsArriveSignedAndInOrder();
    void anotherTenantsEventsNeverArrive();
    void aDeletedSubscriptionsCallsAreGivenUp();
    void goneIsGivenUpAtOnce();

private:
    qint64
    subscribe(const FakeHttpReceiver &receiver, const QStringList &types, const QByteArray &token);
    qint64 createJob(const QString &title);
    void retitle(qint64 job, const QString &title);
    QJsonArray callsOf(qint64 webhook);

    FakeHttpReceiver m_receiver;
    FakeHttpReceiver m_otherReceiver;
    QByteArray m_admin, m_otherAdmin, m_dispatcher, m_manager;
    qint64 m_location = 0;
};

qint64 TestWebhooks::subscribe(const FakeHttpReceiver &receiver,
                               const QStringList &types,
                               const QByteArray &token)
{
    const TestReply r = client(token).post(
        kWebhooks, {{QStringLiteral("url"), receiver.url() + QStringLiteral("/hooks/fielddesk")},
                    {QStringLiteral("event_types"), QJsonArray::fromStringList(types)},
                    {QStringLiteral("secret"), kSecret}});
    if (r.status != 201)
        qWarning("subscribe: %d %s", r.status, r.body.constData());
    return r.id();
}

qint64 TestWebhooks::createJob(const QString &title)
{
    const TestReply r =
        client(m_dispatcher)
            .post(QStringLiteral("/api/v1/jobs"), {{QStringLiteral("title"), title},
                                                   {QStringLiteral("location_id"), m_location},
                                                   {QStringLiteral("duration_min"), 60}});
    if (r.status != 201)
        qWarning("create job: %d %s", r.status, r.body.constData());
    return r.id();
}

void TestWebhooks::retitle(qint64 job, const QString &title)
{
    const TestReply r =
        client(m_dispatcher)
            .patch(QStringLiteral("/api/v1/jobs/%1").arg(job), {{QStringLiteral("title"), title}});
    QCOMPARE(r.status, 200);
}

QJsonArray TestWebhooks::callsOf(qint64 webhook)
{
    return client(m_admin)
        .get(kDeliveries + QStringLiteral("?channel=webhook&webhook_id=%1").arg(webhook))
        .results();
}

void TestWebhooks::initTestCase()
{
    QVERIFY(m_receiver.listen());
    QVERIFY(m_otherReceiver.listen());
    QString error;
    const ServerProcess::Options options =
        suiteServerOptions(QStringLiteral("webhooks"), m_dir.path(), &error,
                           {QStringLiteral("FIELDDESK_MESSAGE_POLL_MS=100"),
                            QStringLiteral("FIELDDESK_MESSAGE_CLAIM_SECONDS=2")});
    QVERIFY2(!options.database.isEmpty() && m_server.start(options, &error), qPrintable(error));
    m_admin = login(QStringLiteral("admin@demo.local"), kDemoPassword);
    m_otherAdmin = login(QStringLiteral("admin@other.local"), kDemoPassword);
    QVERIFY(!m_admin.isEmpty() && !m_otherAdmin.isEmpty());
    m_location = createDenverLocation(m_server, m_admin, QStringLiteral("Webhook Depot"));
    QVERIFY(m_location > 0);
    QVERIFY(createTestUser(m_server, m_admin, QStringLiteral("disp@webhooks.test"),
                           QStringLiteral("dispatcher"), m_location, kPassword));
    QVERIFY(createTestUser(m_server, m_admin, QStringLiteral("mgr@webhooks.test"),
                           QStringLiteral("manager"), m_location, kPassword));
    m_dispatcher = login(QStringLiteral("disp@webhooks.test"), kPassword);
    m_manager = login(QStringLiteral("mgr@webhooks.test"), kPassword);
    QVERIFY(!m_dispatcher.isEmpty() && !m_manager.isEmpty());
}

void TestWebhooks::onlyAdminsManageWebhooksAndSeeTheSecretOnce()
{
    // Made without a secret: the server makes one and answers it this once.
    const TestReply created = client(m_admin).post(
        kWebhooks, {{QStringLiteral("url"), QStringLiteral("https://erp.example.test/fielddesk")},
                    {QStringLiteral("event_types"), QJsonArray{QStringLiteral("*")}},
                    {QStringLiteral("description"), QStringLiteral("ERP")}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.id();
    const QString secret = created.json().value(QLatin1String("secret")).toString();
    QVERIFY2(secret.size() >= 32, qPrintable(secret));
    QCOMPARE(created.json().value(QLatin1String("active")).toBool(), true);

    const TestReply read = client(m_admin).get(kWebhooks + QStringLiteral("/%1").arg(id));
    QCOMPARE(read.status, 200);
    QVERIFY(!read.json().contains(QLatin1String("secret")));
    QVERIFY(!read.body.contains(secret.toUtf8()));
    QCOMPARE(read.json().value(QLatin1String("event_types")).toArray(),
             QJsonArray{QStringLiteral("*")});
    QVERIFY(!client(m_admin).get(kWebhooks).body.contains(secret.toUtf8()));
    // The audit log has the subscription, never its secret.
    const TestReply audit =
        client(m_admin).get(QStringLiteral("/api/v1/audit-logs?object_type=webhook"));
    QCOMPARE(audit.status, 200);
    QVERIFY(audit.body.contains("webhook.created"));
    QVERIFY(!audit.body.contains(secret.toUtf8()));

    // A new secret, answered once; the old one is gone.
    const TestReply renewed =
        client(m_admin).post(kWebhooks + QStringLiteral("/%1/secret").arg(id), {});
    QCOMPARE(renewed.status, 200);
    const QString newSecret = renewed.json().value(QLatin1String("secret")).toString();
    QVERIFY(newSecret.size() >= 32 && newSecret != secret);

    // Nobody but the tenant's admins.
    for (const QByteArray &token : {m_dispatcher, m_manager}) {
        QCOMPARE(client(token).get(kWebhooks).status, 403);
        QCOMPARE(client(token).get(kWebhooks + QStringLiteral("/%1").arg(id)).status, 403);
        QCOMPARE(
            client(token)
                .post(kWebhooks, {{QStringLiteral("url"), QStringLiteral("https://x.test")},
                                  {QStringLiteral("event_types"), QJsonArray{QStringLiteral("*")}}})
                .status,
            403);
    }
    TestHttpClient other = client(m_otherAdmin);
    QCOMPARE(other.get(kWebhooks + QStringLiteral("/%1").arg(id)).status, 404);
    QCOMPARE(
        other.patch(kWebhooks + QStringLiteral("/%1").arg(id), {{QStringLiteral("active"), false}})
            .status,
        404);
    QCOMPARE(other.del(kWebhooks + QStringLiteral("/%1").arg(id)).status, 404);
    QCOMPARE(other.post(kWebhooks + QStringLiteral("/%1/secret").arg(id), {}).status, 404);
    for (const QJsonValue &row : other.get(kWebhooks).results())
        QVERIFY(row.toObject().value(QLatin1String("id")).toInteger() != id);

    // Switched off, then deleted.
    const TestReply off = client(m_admin).patch(kWebhooks + QStringLiteral("/%1").arg(id),
                                                {{QStringLiteral("active"), false}});
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json().value(QLatin1String("active")).toBool(), false);
    QCOMPARE(client(m_admin).del(kWebhooks + QStringLiteral("/%1").arg(id)).status, 204);
    QCOMPARE(client(m_admin).get(kWebhooks + QStringLiteral("/%1").arg(id)).status, 404);
}

void TestWebhooks::badSubscriptionsAreRefused()
{
    const auto refusal = [&](const QJsonObject &body, const char *field) {
        const TestReply r = client(m_admin).post(kWebhooks, body);
        QVERIFY2(r.status == 422, r.body.constData());
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        QVERIFY2(r.body.contains(QByteArray("\"") + field + "\""), r.body.constData());
    };
    const QJsonArray anything{QStringLiteral("*")};
    refusal({{QStringLiteral("url"), QStringLiteral("ftp://files.example.test/in")},
             {QStringLiteral("event_types"), anything}},
            "url");
    refusal({{QStringLiteral("url"), QStringLiteral("https://user:pw@erp.example.test/")},
             {QStringLiteral("event_types"), anything}},
            "url");
    refusal({{QStringLiteral("url"), QStringLiteral("not a url")},
             {QStringLiteral("event_types"), anything}},
            "url");
    refusal({{QStringLiteral("url"), QStringLiteral("https://erp.example.test/")},
             {QStringLiteral("event_types"), QJsonArray{}}},
            "event_types");
    refusal({{QStringLiteral("url"), QStringLiteral("https://erp.example.test/")},
             {QStringLiteral("event_types"), QJsonArray{QStringLiteral("Job Assigned")}}},
            "event_types");
    refusal({{QStringLiteral("url"), QStringLiteral("https://erp.example.test/")},
             {QStringLiteral("event_types"), anything},
             {QStringLiteral("secret"), QStringLiteral("short")}},
            "secret");
    refusal(
        {{QStringLiteral("url"), QStringLiteral("https://erp.example.test/")},
         {QStringLiteral("event_types"), QJsonArray{QStringLiteral("scheduling.job.eaten.v1")}}},
        "event_types");
    refusal({{QStringLiteral("url"), QStringLiteral("https://erp.example.test/")},
             {QStringLiteral("event_types"), QJsonArray{QStringLiteral("billing.*")}}},
            "event_types");
    refusal(
        {{QStringLiteral("url"), QStringLiteral("https://erp.example.test/")},
         {QStringLiteral("event_types"), QJsonArray{QStringLiteral("routing.plan.progress.v1")}}},
        "event_types");
    QCOMPARE(client(m_admin).get(kWebhooks).json().value(QLatin1String("count")).toInt(), 0);

    // What may be named is listed, with what each type says (admins only).
    const TestReply types = client(m_admin).get(QStringLiteral("/api/v1/event-types?limit=100"));
    QCOMPARE(types.status, 200);
    QStringList names;
    for (const QJsonValue &value : types.results()) {
        names << value.toObject().value(QLatin1String("name")).toString();
        QVERIFY(!value.toObject().value(QLatin1String("description")).toString().isEmpty());
    }
    QVERIFY(names.contains(QStringLiteral("scheduling.job.assigned.v1")));
    QVERIFY(names.contains(QStringLiteral("requests.request.changed.v1")));
    QVERIFY(!names.contains(QStringLiteral("routing.plan.progress.v1")));
    QCOMPARE(types.json().value(QLatin1String("count")).toInt(), names.size());
    QCOMPARE(client(m_dispatcher).get(QStringLiteral("/api/v1/event-types")).status, 403);
}

void TestWebhooks::wantedEventsArriveSignedAndInOrder()
{
    const qint64 allJobEvents =
        subscribe(m_receiver, {QStringLiteral("scheduling.job.*")}, m_admin);
    QVERIFY(allJobEvents > 0);
    // The receiver is down for the first call: the job's later events wait for it.
    m_receiver.failNext(1, 503);
    const qint64 job = createJob(QStringLiteral("Boiler service"));
    QVERIFY(job > 0);
    retitle(job, QStringLiteral("Boiler service (gas)"));
    retitle(job, QStringLiteral("Boiler service (gas, upstairs)"));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.accepted().size(), 3, kRetryTimeout);

    const QList<FakeHttpReceiver::Request> all = m_receiver.requests();
    QCOMPARE(all.size(), 4); // the refused first call, then three
    QList<Call> calls;
    for (const FakeHttpReceiver::Request &request : m_receiver.accepted()) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/hooks/fielddesk"));
        QVERIFY(request.header("content-type").startsWith("application/json"));
        calls.append(readCall(request, kSecret));
        QVERIFY2(calls.last().signedRight, request.header("fielddesk-signature").constData());
        QCOMPARE(jobIdOf(calls.last()), job);
    }
    // In the order they happened: created, then the two changes, versions rising.
    QCOMPARE(calls.at(0).type, QByteArray("scheduling.job.created.v1"));
    QCOMPARE(calls.at(1).type, QByteArray("scheduling.job.updated.v1"));
    QCOMPARE(calls.at(2).type, QByteArray("scheduling.job.updated.v1"));
    const auto version = [](const Call &call) {
        return call.event.value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("job"))
            .toObject()
            .value(QLatin1String("version"))
            .toInt();
    };
    QVERIFY(version(calls.at(0)) < version(calls.at(1)));
    QVERIFY(version(calls.at(1)) < version(calls.at(2)));
    QCOMPARE(calls.at(2)
                 .event.value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("job"))
                 .toObject()
                 .value(QLatin1String("title"))
                 .toString(),
             QStringLiteral("Boiler service (gas, upstairs)"));
    QCOMPARE(calls.at(0).event.value(QLatin1String("type")).toString(),
             QStringLiteral("scheduling.job.created.v1"));
    // The retried call is the same delivery (the receiver can drop a repeat), the others not.
    QCOMPARE(readCall(all.at(0), kSecret).delivery, calls.at(0).delivery);
    QVERIFY(calls.at(0).delivery != calls.at(1).delivery);
    // A wrong secret does not check out.
    QVERIFY(!readCall(m_receiver.accepted().at(0), QStringLiteral("another-secret-entirely"))
                 .signedRight);

    // The outbox says so: three calls sent, the first after two attempts.
    const QJsonArray listed = callsOf(allJobEvents);
    QCOMPARE(listed.size(), 3);
    for (const QJsonValue &value : listed) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("sent"));
        QCOMPARE(row.value(QLatin1String("object_type")).toString(), QStringLiteral("job"));
        QCOMPARE(row.value(QLatin1String("object_id")).toInteger(), job);
        QCOMPARE(row.value(QLatin1String("location_id")).toInteger(), m_location);
    }
    QCOMPARE(listed.last().toObject().value(QLatin1String("attempts")).toInt(), 2); // oldest last
    QVERIFY(listed.last().toObject().value(QLatin1String("last_error")).toString().isEmpty());
    QCOMPARE(client(m_admin).del(kWebhooks + QStringLiteral("/%1").arg(allJobEvents)).status, 204);
}

void TestWebhooks::anotherTenantsEventsNeverArrive()
{
    const qint64 theirs = subscribe(m_otherReceiver, {QStringLiteral("*")}, m_otherAdmin);
    const qint64 ours =
        subscribe(m_receiver, {QStringLiteral("scheduling.job.created.v1")}, m_admin);
    QVERIFY(theirs > 0 && ours > 0);
    const int before = int(m_receiver.accepted().size());
    const qint64 job = createJob(QStringLiteral("Duct cleaning"));
    retitle(job, QStringLiteral("Duct cleaning, two floors"));
    // Ours has the creation only (not the change: not one of its types)...
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.accepted().size(), before + 1, kTimeout);
    const Call created = readCall(m_receiver.accepted().last(), kSecret);
    QCOMPARE(created.type, QByteArray("scheduling.job.created.v1"));
    QCOMPARE(jobIdOf(created), job);
    // ...and once the change's event has been through the courier, theirs has nothing.
    QTRY_VERIFY_WITH_TIMEOUT(client(m_admin)
                                 .get(QStringLiteral("/api/v1/jobs/%1").arg(job))
                                 .json()
                                 .value(QLatin1String("title"))
                                 .toString()
                                 .endsWith(QLatin1String("two floors")),
                             kTimeout);
    QTest::qWait(1000); // ten courier rounds
    QCOMPARE(m_receiver.accepted().size(), before + 1);
    QCOMPARE(m_otherReceiver.requests().size(), 0);
    QCOMPARE(client(m_otherAdmin).del(kWebhooks + QStringLiteral("/%1").arg(theirs)).status, 204);
    QCOMPARE(client(m_admin).del(kWebhooks + QStringLiteral("/%1").arg(ours)).status, 204);
}

void TestWebhooks::aDeletedSubscriptionsCallsAreGivenUp()
{
    const qint64 webhook =
        subscribe(m_receiver, {QStringLiteral("scheduling.job.created.v1")}, m_admin);
    m_receiver.failNext(1, 500);
    const int before = int(m_receiver.requests().size());
    createJob(QStringLiteral("Gutter check"));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requests().size(), before + 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(
        callsOf(webhook).at(0).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("failed"), kTimeout);
    QCOMPARE(client(m_admin).del(kWebhooks + QStringLiteral("/%1").arg(webhook)).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(
        callsOf(webhook).at(0).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("given_up"), kRetryTimeout);
    QVERIFY(callsOf(webhook)
                .at(0)
                .toObject()
                .value(QLatin1String("last_error"))
                .toString()
                .contains(QLatin1String("deleted")));
    QCOMPARE(m_receiver.requests().size(), before + 1); // not called again
}

void TestWebhooks::goneIsGivenUpAtOnce()
{
    const qint64 webhook =
        subscribe(m_receiver, {QStringLiteral("scheduling.job.created.v1")}, m_admin);
    m_receiver.failNext(1, 410);
    const int before = int(m_receiver.requests().size());
    createJob(QStringLiteral("Filter change"));
    QTRY_COMPARE_WITH_TIMEOUT(
        callsOf(webhook).at(0).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("given_up"), kTimeout);
    const QJsonObject call = callsOf(webhook).at(0).toObject();
    QCOMPARE(call.value(QLatin1String("attempts")).toInt(), 1);
    QVERIFY(call.value(QLatin1String("last_error")).toString().contains(QLatin1String("410")));
    QCOMPARE(m_receiver.requests().size(), before + 1);
    QCOMPARE(client(m_admin).del(kWebhooks + QStringLiteral("/%1").arg(webhook)).status, 204);
}

FIELDDESK_TEST_GUILESS_MAIN(TestWebhooks)
} // namespace tst_webhooks
#include "tst_webhooks.moc"
