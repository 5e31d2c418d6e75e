// Outbound messages over real HTTP against a real fielddesk-server, on the engine named by
// FIELDDESK_TEST_ENGINE, delivering to an SMTP server and a Twilio-compatible SMS API that the
// test runs on loopback: a job's customer hears by email and text message when the job is
// scheduled, when the technician is on the way and when it is done, in the location's time;
// nothing twice, nothing for a change that does not move the day; a refusal for now is tried
// again, a refusal for good is given up; managers see the messages of their locations and may
// send one again, nobody else sees them; a server killed mid-send sends that message once more,
// never more; two servers on one database deliver each message once.
#include "apisuite.h"
#include "apitestsetup.h"
#include "fakesmsapi.h"
#include "fakesmtpserver.h"
#include "serverprocess.h"
#include "testhttpclient.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("messages-test-pw");
const QString kDemoPassword = QStringLiteral("fielddesk-demo");
const QString kDeliveries = QStringLiteral("/api/v1/message-deliveries");
const QString kSender = QStringLiteral("dispatch@duct-and-lawn.test");
const QString kAccount = QStringLiteral("AC0123456789");
const QString kAuthToken = QStringLiteral("sms-secret");
const QString kCustomerEmail = QStringLiteral("zoe@example.test");
const QString kCustomerPhone = QStringLiteral("+13035550100");
constexpr int kTimeout = 15000;

} // namespace

class TestMessages : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void aCustomerHearsWhenTheJobIsScheduled();
    void onlyAnotherDayOrWindowIsNewsToTheCustomer();
    void onTheWayAndDone();
    void aRefusalForNowIsTriedAgainAndForGoodIsGivenUp();
    void managersOfTheLocationSeeAndResendNobodyElse();
    void aCustomerWhoOptedOutOfEmailGetsTextsOnly();
    void aServerKilledMidSendSendsItOnceMoreNeverMore();
    void twoServersDeliverEachMessageOnce();

private:
    qint64 createJob(const QString &title, const QString &day);
    TestReply assign(qint64 job, const QString &start);
    TestReply setStatus(qint64 job, const QString &status);
    QJsonArray deliveries(const QByteArray &token, const QString &query = {});

    ServerProcess::Options m_options; // a restart, and a second server, use the same database
    FakeSmtpServer m_smtp;
    FakeSmsApi m_sms;
    QByteArray m_admin, m_otherAdmin, m_dispatcher, m_manager, m_farManager;
    qint64 m_location = 0, m_technician = 0, m_customer = 0, m_address = 0;
};

qint64 TestMessages::createJob(const QString &title, const QString &day)
{
    // Denver (UTC-7 in December): a window of 15:00-17:00 local.
    const QString nextDay = QDate::fromString(day, Qt::ISODate).addDays(1).toString(Qt::ISODate);
    const TestReply r =
        client(m_dispatcher)
            .post(QStringLiteral("/api/v1/jobs"),
                  {{QStringLiteral("title"), title},
                   {QStringLiteral("location_id"), m_location},
                   {QStringLiteral("customer_id"), m_customer},
                   {QStringLiteral("address_id"), m_address},
                   {QStringLiteral("duration_min"), 60},
                   {QStringLiteral("window_start"), day + QStringLiteral("T22:00:00Z")},
                   {QStringLiteral("window_end"), nextDay + QStringLiteral("T00:00:00Z")}});
    if (r.status != 201)
        qWarning("create job: %d %s", r.status, r.body.constData());
    return r.id();
}

TestReply TestMessages::assign(qint64 job, const QString &start)
{
    const qint64 version = client(m_dispatcher)
                               .get(QStringLiteral("/api/v1/jobs/%1").arg(job))
                               .json()
                               .value(QLatin1String("version"))
                               .toInteger();
    return client(m_dispatcher)
        .post(QStringLiteral("/api/v1/jobs/%1/assign").arg(job),
              {{QStringLiteral("technician_id"), m_technician},
               {QStringLiteral("planned_start"), start},
               {QStringLiteral("expected_version"), version},
               {QStringLiteral("force"), true}});
}

TestReply TestMessages::setStatus(qint64 job, const QString &status)
{
    return client(m_dispatcher)
        .post(QStringLiteral("/api/v1/jobs/%1/status").arg(job),
              {{QStringLiteral("status"), status}});
}

QJsonArray TestMessages::deliveries(const QByteArray &token, const QString &query)
{
    const TestReply r = client(token).get(kDeliveries + query);
    if (r.status != 200)
        qWarning("deliveries: %d %s", r.status, r.body.constData());
    return r.results();
}

void TestMessages::initTestCase()
{
    QVERIFY(m_smtp.listen());
    QVERIFY(m_sms.listen());
    QString error;
    m_options = suiteServerOptions(QStringLiteral("messages"), m_dir.path(), &error,
                                   {QStringLiteral("FIELDDESK_SMTP_URL=") + m_smtp.url(),
                                    QStringLiteral("FIELDDESK_SMTP_FROM=") + kSender,
                                    QStringLiteral("FIELDDESK_SMTP_USER=mailer"),
                                    QStringLiteral("FIELDDESK_SMTP_PASSWORD=mail-secret"),
                                    QStringLiteral("FIELDDESK_SMS_URL=") + m_sms.url(),
                                    QStringLiteral("FIELDDESK_SMS_ACCOUNT_SID=") + kAccount,
                                    QStringLiteral("FIELDDESK_SMS_AUTH_TOKEN=") + kAuthToken,
                                    QStringLiteral("FIELDDESK_SMS_FROM=+13035550199"),
                                    QStringLiteral("FIELDDESK_MESSAGE_POLL_MS=100"),
                                    QStringLiteral("FIELDDESK_MESSAGE_CLAIM_SECONDS=2")});
    QVERIFY2(!m_options.database.isEmpty() && m_server.start(m_options, &error), qPrintable(error));
    m_admin = login(QStringLiteral("admin@demo.local"), kDemoPassword);
    m_otherAdmin = login(QStringLiteral("admin@other.local"), kDemoPassword);
    QVERIFY(!m_admin.isEmpty() && !m_otherAdmin.isEmpty());
    TestHttpClient admin = client(m_admin);
    m_location = createDenverLocation(m_server, m_admin, QStringLiteral("Messages Depot"));
    const qint64 farLocation =
        createDenverLocation(m_server, m_admin, QStringLiteral("Messages Far Depot"));
    QVERIFY(m_location > 0 && farLocation > 0);
    const auto user = [&](const char *name, const char *role, qint64 at) {
        const QString email = QLatin1String(name) + QStringLiteral("@messages.test");
        return createTestUser(m_server, m_admin, email, QLatin1String(role), at, kPassword);
    };
    QVERIFY(user("disp", "dispatcher", m_location));
    QVERIFY(user("mgr", "manager", m_location));
    QVERIFY(user("far-mgr", "manager", farLocation));
    const qint64 employee = user("tech", "employee", m_location);
    QVERIFY(employee);
    m_dispatcher = login(QStringLiteral("disp@messages.test"), kPassword);
    m_manager = login(QStringLiteral("mgr@messages.test"), kPassword);
    m_farManager = login(QStringLiteral("far-mgr@messages.test"), kPassword);
    const TestReply technician = admin.post(QStringLiteral("/api/v1/technicians"),
                                            {{QStringLiteral("user_id"), employee},
                                             {QStringLiteral("location_id"), m_location},
                                             {QStringLiteral("home_latitude"), 39.70},
                                             {QStringLiteral("home_longitude"), -105.00}});
    QCOMPARE(technician.status, 201);
    m_technician = technician.id();
    const TestReply customer =
        client(m_dispatcher)
            .post(QStringLiteral("/api/v1/customers"),
                  {{QStringLiteral("name"), QStringLiteral("Zoë Ærøskøbing")},
                   {QStringLiteral("email"), kCustomerEmail},
                   {QStringLiteral("phone"), kCustomerPhone},
                   {QStringLiteral("addresses"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("label"), QStringLiteral("Home")},
                        {QStringLiteral("address"), QStringLiteral("1550 Larimer Street")},
                        {QStringLiteral("latitude"), 39.7486},
                        {QStringLiteral("longitude"), -104.9990}}}}});
    QCOMPARE(customer.status, 201);
    m_customer = customer.id();
    m_address = customer.json()
                    .value(QLatin1String("addresses"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QLatin1String("id"))
                    .toInteger();
    QVERIFY(m_address > 0);
}

void TestMessages::aCustomerHearsWhenTheJobIsScheduled()
{
    const int mailsBefore = int(m_smtp.mails().size());
    const int textsBefore = int(m_sms.accepted().size());
    const qint64 job = createJob(QStringLiteral("Furnace tune-up"), QStringLiteral("2026-12-14"));
    QVERIFY(job > 0);
    QCOMPARE(assign(job, QStringLiteral("2026-12-14T22:30:00Z")).status, 200);

    QTRY_COMPARE_WITH_TIMEOUT(m_smtp.mails().size(), mailsBefore + 1, kTimeout);
    const FakeSmtpServer::Mail mail = m_smtp.mails().last();
    QCOMPARE(mail.from, kSender);
    QCOMPARE(mail.to, QStringList{kCustomerEmail});
    QCOMPARE(mail.user, QStringLiteral("mailer"));
    QCOMPARE(mail.password, QStringLiteral("mail-secret"));
    QCOMPARE(mail.header("To"), kCustomerEmail);
    QVERIFY2(
        mail.header("Subject").startsWith(QLatin1String("Demo Duct & Lawn Co.: your appointment")),
        qPrintable(mail.header("Subject")));
    QVERIFY(mail.header("Message-ID").contains(QStringLiteral("job-%1-job.scheduled").arg(job)));
    const QString body = mail.body();
    QVERIFY2(body.contains(QStringLiteral("Hello Zoë Ærøskøbing")), qPrintable(body));
    QVERIFY(body.contains(QLatin1String("\"Furnace tune-up\"")));
    QVERIFY(body.contains(QLatin1String("Monday, December 14, 2026")));
    // The window in Denver's time, not UTC's 22:00-24:00.
    QVERIFY2(body.contains(QStringLiteral("15:00–17:00 MST")), qPrintable(body));
    QVERIFY(body.contains(QLatin1String("1550 Larimer Street")));

    QTRY_COMPARE_WITH_TIMEOUT(m_sms.accepted().size(), textsBefore + 1, kTimeout);
    const FakeSmsApi::Request text = m_sms.accepted().last();
    QCOMPARE(text.method, QByteArray("POST"));
    QCOMPARE(text.path, "/2010-04-01/Accounts/" + kAccount.toLatin1() + "/Messages.json");
    QCOMPARE(text.authorization,
             "Basic " + (kAccount + QLatin1Char(':') + kAuthToken).toLatin1().toBase64());
    QCOMPARE(text.to, kCustomerPhone); // the plus sign arrives as it was sent
    QCOMPARE(text.from, QStringLiteral("+13035550199"));
    QVERIFY2(text.body.contains(QStringLiteral("\"Furnace tune-up\" is scheduled for Monday, "
                                               "December 14, 2026, 15:00–17:00 MST")),
             qPrintable(text.body));
    QVERIFY(text.idempotencyToken.contains(QByteArray("job-") + QByteArray::number(job)));

    // Both, as the manager reads them.
    QJsonArray rows;
    QTRY_VERIFY_WITH_TIMEOUT(
        (rows = deliveries(m_manager, QStringLiteral("?object_id=%1&status=sent").arg(job)))
                .size() == 2,
        kTimeout);
    QStringList channels;
    for (const QJsonValue &row : std::as_const(rows)) {
        const QJsonObject o = row.toObject();
        channels << o.value(QLatin1String("channel")).toString();
        QCOMPARE(o.value(QLatin1String("template")).toString(), QStringLiteral("job.scheduled"));
        QCOMPARE(o.value(QLatin1String("attempts")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("location_id")).toInteger(), m_location);
        QVERIFY(!o.value(QLatin1String("sent_at")).toString().isEmpty());
        QVERIFY(o.value(QLatin1String("next_attempt_at")).isNull());
    }
    channels.sort();
    QCOMPARE(channels, (QStringList{QStringLiteral("email"), QStringLiteral("sms")}));
}

void TestMessages::onlyAnotherDayOrWindowIsNewsToTheCustomer()
{
    const qint64 job = createJob(QStringLiteral("Duct cleaning"), QStringLiteral("2026-12-15"));
    QCOMPARE(assign(job, QStringLiteral("2026-12-15T22:00:00Z")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        deliveries(m_manager, QStringLiteral("?object_id=%1&status=sent").arg(job)).size(), 2,
        kTimeout);
    // The same time again writes nothing; an edit that is not about the time tells nobody.
    QCOMPARE(assign(job, QStringLiteral("2026-12-15T22:00:00Z")).status, 200);
    const QJsonObject current =
        client(m_dispatcher).get(QStringLiteral("/api/v1/jobs/%1").arg(job)).json();
    const TestReply renamed =
        client(m_dispatcher)
            .send("PATCH", QStringLiteral("/api/v1/jobs/%1").arg(job),
                  QJsonDocument(QJsonObject{{QStringLiteral("notes"), QStringLiteral("Dog")},
                                            {QStringLiteral("expected_version"),
                                             current.value(QLatin1String("version"))}})
                      .toJson(QJsonDocument::Compact));
    QCOMPARE(renamed.status, 200);
    // Another day is news.
    QCOMPARE(assign(job, QStringLiteral("2026-12-16T22:00:00Z")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        deliveries(m_manager, QStringLiteral("?object_id=%1&status=sent").arg(job)).size(), 4,
        kTimeout);
    QTest::qWait(500); // and no third pair comes after
    QCOMPARE(deliveries(m_manager, QStringLiteral("?object_id=%1").arg(job)).size(), 4);
}

void TestMessages::onTheWayAndDone()
{
    const qint64 job = createJob(QStringLiteral("AC repair"), QStringLiteral("2026-12-17"));
    QCOMPARE(assign(job, QStringLiteral("2026-12-17T22:30:00Z")).status, 200);
    QCOMPARE(setStatus(job, QStringLiteral("dispatched")).status, 200);
    QCOMPARE(setStatus(job, QStringLiteral("en_route")).status, 200);
    QJsonArray onTheWay;
    QTRY_VERIFY_WITH_TIMEOUT(
        (onTheWay = deliveries(
             m_manager,
             QStringLiteral("?object_id=%1&template=job.on_the_way&channel=email&status=sent")
                 .arg(job)))
                .size() == 1,
        kTimeout);
    const QString body = onTheWay.at(0).toObject().value(QLatin1String("body")).toString();
    QVERIFY2(body.contains(QLatin1String("tech is on the way to 1550 Larimer Street and expected "
                                         "at about 15:30")),
             qPrintable(body));
    QCOMPARE(setStatus(job, QStringLiteral("on_site")).status, 200);
    QCOMPARE(setStatus(job, QStringLiteral("completed")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        deliveries(m_manager,
                   QStringLiteral("?object_id=%1&template=job.completed&status=sent").arg(job))
            .size(),
        2, kTimeout);
    const FakeSmtpServer::Mail mail = m_smtp.mails().last();
    QVERIFY2(mail.header("Subject").endsWith(QLatin1String("\"AC repair\" is done")),
             qPrintable(mail.header("Subject")));
}

void TestMessages::aRefusalForNowIsTriedAgainAndForGoodIsGivenUp()
{
    m_sms.failNext(1, 503);    // the first text: tried again
    m_smtp.refuseNext(1, 550); // the first email: given up
    const qint64 job = createJob(QStringLiteral("Gutter check"), QStringLiteral("2026-12-18"));
    QCOMPARE(assign(job, QStringLiteral("2026-12-18T22:00:00Z")).status, 200);

    QJsonArray email;
    QTRY_VERIFY_WITH_TIMEOUT(
        (email = deliveries(m_manager,
                            QStringLiteral("?object_id=%1&channel=email&status=given_up").arg(job)))
                .size() == 1,
        kTimeout);
    const QJsonObject givenUp = email.at(0).toObject();
    QCOMPARE(givenUp.value(QLatin1String("attempts")).toInt(), 1);
    QVERIFY2(givenUp.value(QLatin1String("last_error")).toString().contains(QLatin1String("550")),
             qPrintable(givenUp.value(QLatin1String("last_error")).toString()));

    QJsonArray text;
    QTRY_VERIFY_WITH_TIMEOUT(
        (text = deliveries(m_manager,
                           QStringLiteral("?object_id=%1&channel=sms&status=failed").arg(job)))
                .size() == 1,
        kTimeout);
    const QJsonObject failed = text.at(0).toObject();
    QCOMPARE(failed.value(QLatin1String("attempts")).toInt(), 1);
    QVERIFY(failed.value(QLatin1String("last_error")).toString().contains(QLatin1String("503")));
    const QDateTime next = QDateTime::fromString(
        failed.value(QLatin1String("next_attempt_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(next.isValid());
    // The second attempt, after the first pause (5 s), goes through.
    QTRY_VERIFY_WITH_TIMEOUT(
        (text = deliveries(m_manager,
                           QStringLiteral("?object_id=%1&channel=sms&status=sent").arg(job)))
                .size() == 1,
        kTimeout);
    QCOMPARE(text.at(0).toObject().value(QLatin1String("attempts")).toInt(), 2);
    const QDateTime sent = QDateTime::fromString(
        text.at(0).toObject().value(QLatin1String("sent_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(sent >= next);
}

void TestMessages::managersOfTheLocationSeeAndResendNobodyElse()
{
    const QJsonArray mine = deliveries(m_manager);
    QVERIFY(mine.size() >= 10);
    const qint64 id = mine.at(0).toObject().value(QLatin1String("id")).toInteger();
    QCOMPARE(client(m_manager).get(kDeliveries + QStringLiteral("/%1").arg(id)).status, 200);
    QVERIFY(deliveries(m_admin).size() >= mine.size());
    // Another location's manager and another tenant see none of them; a dispatcher may not ask.
    QCOMPARE(deliveries(m_farManager).size(), 0);
    QCOMPARE(client(m_farManager).get(kDeliveries + QStringLiteral("/%1").arg(id)).status, 404);
    QCOMPARE(client(m_otherAdmin).get(kDeliveries + QStringLiteral("/%1").arg(id)).status, 404);
    QCOMPARE(
        client(m_otherAdmin).post(kDeliveries + QStringLiteral("/%1/resend").arg(id), {}).status,
        404);
    QCOMPARE(client(m_dispatcher).get(kDeliveries).status, 403);
    QCOMPARE(client(m_dispatcher).get(kDeliveries + QStringLiteral("?status=lost")).status, 403);
    QCOMPARE(client(m_manager).get(kDeliveries + QStringLiteral("?status=lost")).status, 422);

    // The newest email, sent again: a new message with a key of its own reaches the server.
    const QJsonArray emails = deliveries(m_manager, QStringLiteral("?channel=email&status=sent"));
    QVERIFY(!emails.isEmpty());
    const QJsonObject original = emails.at(0).toObject();
    const int mailsBefore = int(m_smtp.mails().size());
    const TestReply resent = client(m_manager).post(
        kDeliveries +
            QStringLiteral("/%1/resend").arg(original.value(QLatin1String("id")).toInteger()),
        {});
    QCOMPARE(resent.status, 201);
    const QJsonObject copy = resent.json();
    QVERIFY(copy.value(QLatin1String("id")).toInteger() >
            original.value(QLatin1String("id")).toInteger());
    QCOMPARE(copy.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(copy.value(QLatin1String("body")), original.value(QLatin1String("body")));
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp.mails().size(), mailsBefore + 1, kTimeout);
    QVERIFY(m_smtp.mails().last().header("Message-ID").contains(QLatin1String("resend-")));
    const TestReply audit =
        client(m_admin).get(QStringLiteral("/api/v1/audit-logs?action=message.resent"));
    QCOMPARE(audit.status, 200);
    QCOMPARE(audit.results().size(), 1);
}

void TestMessages::aCustomerWhoOptedOutOfEmailGetsTextsOnly()
{
    const qint64 customer =
        client(m_dispatcher)
            .post(QStringLiteral("/api/v1/customers"),
                  {{QStringLiteral("name"), QStringLiteral("Quiet Quinn")},
                   {QStringLiteral("email"), QStringLiteral("quinn@example.test")},
                   {QStringLiteral("phone"), QStringLiteral("+13035550111")}})
            .id();
    QVERIFY(customer > 0);
    const TestReply optedOut =
        client(m_dispatcher)
            .send("PATCH", QStringLiteral("/api/v1/customers/%1").arg(customer),
                  QJsonDocument(QJsonObject{{QStringLiteral("email_opt_out"), true}})
                      .toJson(QJsonDocument::Compact));
    QCOMPARE(optedOut.status, 200);
    QCOMPARE(optedOut.json().value(QLatin1String("email_opt_out")).toBool(), true);
    QCOMPARE(optedOut.json().value(QLatin1String("sms_opt_out")).toBool(), false);
    const TestReply created =
        client(m_dispatcher)
            .post(QStringLiteral("/api/v1/jobs"),
                  {{QStringLiteral("title"), QStringLiteral("Hedge trim")},
                   {QStringLiteral("location_id"), m_location},
                   {QStringLiteral("customer_id"), customer},
                   {QStringLiteral("address"), QStringLiteral("2 Quiet Lane")},
                   {QStringLiteral("duration_min"), 60}});
    QCOMPARE(created.status, 201);
    const qint64 job = created.id();
    QCOMPARE(assign(job, QStringLiteral("2026-12-19T18:00:00Z")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        deliveries(m_manager, QStringLiteral("?object_id=%1&status=sent").arg(job)).size(), 1,
        kTimeout);
    const QJsonObject only =
        deliveries(m_manager, QStringLiteral("?object_id=%1").arg(job)).at(0).toObject();
    QCOMPARE(only.value(QLatin1String("channel")).toString(), QStringLiteral("sms"));
    QCOMPARE(only.value(QLatin1String("recipient")).toString(), QStringLiteral("+13035550111"));
    // Without a window, the planned hour stands for it (11:00-12:00 in Denver).
    QVERIFY2(only.value(QLatin1String("body")).toString().contains(QStringLiteral("11:00–12:00")),
             qPrintable(only.value(QLatin1String("body")).toString()));
}

void TestMessages::aServerKilledMidSendSendsItOnceMoreNeverMore()
{
    // The SMTP server takes the text but does not answer: the server is killed while it waits.
    m_smtp.holdAnswers(true);
    const int before = int(m_smtp.mails().size());
    const qint64 job = createJob(QStringLiteral("Chimney sweep"), QStringLiteral("2026-12-21"));
    QCOMPARE(assign(job, QStringLiteral("2026-12-21T22:00:00Z")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp.mails().size(), before + 1, kTimeout);
    m_server.process()->kill(); // SIGKILL: nothing recorded, the claim stays
    QVERIFY(m_server.process()->waitForFinished(kTimeout));
    m_smtp.holdAnswers(false);
    QString error;
    QVERIFY2(m_server.start(m_options, &error), qPrintable(error));

    // Once the claim runs out (2 s here), the restarted server sends it again: once.
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp.mails().size(), before + 2, kTimeout);
    const QList<FakeSmtpServer::Mail> mails = m_smtp.mails();
    QCOMPARE(mails.at(before + 1).header("Message-ID"), mails.at(before).header("Message-ID"));
    QJsonArray email;
    QTRY_VERIFY_WITH_TIMEOUT(
        (email = deliveries(m_manager,
                            QStringLiteral("?object_id=%1&channel=email&status=sent").arg(job)))
                .size() == 1,
        kTimeout);
    QCOMPARE(email.at(0).toObject().value(QLatin1String("attempts")).toInt(), 1);
    QTest::qWait(3000); // longer than a claim: no third copy
    QCOMPARE(m_smtp.mails().size(), before + 2);
}

void TestMessages::twoServersDeliverEachMessageOnce()
{
    ServerProcess second;
    QString error;
    QVERIFY2(second.start(m_options, &error), qPrintable(error));
    const int mailsBefore = int(m_smtp.mails().size());
    const int textsBefore = int(m_sms.accepted().size());
    constexpr int kJobs = 20;
    for (int i = 0; i < kJobs; ++i) {
        const qint64 job =
            createJob(QStringLiteral("Yard cleanup %1").arg(i), QStringLiteral("2026-12-22"));
        QVERIFY(job > 0);
        QCOMPARE(assign(job, QStringLiteral("2026-12-22T22:00:00Z")).status, 200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_smtp.mails().size(), mailsBefore + kJobs, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_sms.accepted().size(), textsBefore + kJobs, kTimeout);
    QTest::qWait(1000); // and none twice, later
    QCOMPARE(m_smtp.mails().size(), mailsBefore + kJobs);
    QCOMPARE(m_sms.accepted().size(), textsBefore + kJobs);
    QSet<QString> keys;
    for (const FakeSmtpServer::Mail &mail : m_smtp.mails().mid(mailsBefore))
        keys.insert(mail.header("Message-ID"));
    for (const FakeSmsApi::Request &text : m_sms.accepted().mid(textsBefore))
        keys.insert(QString::fromUtf8(text.idempotencyToken));
    QCOMPARE(keys.size(), 2 * kJobs);
    QCOMPARE(second.stop(), 0);
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
