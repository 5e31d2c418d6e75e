// Outbound messages over real HTTP against a real fielddesk-server, on the engine named by
// FIELDDESK_TEST_ENGINE, delivering to an SMTP server and a Twilio-compatible SMS API that the
// test runs on loopback: a job's customer hears by email and text message when the job is
// scheduled, when the technician is on the way and when it is done, in the location's time;
// nothing twice, nothing for a change that does not move the day; a refusal for now is tried
// again, a refusal for good is given up; managers see the messages of their locations and may
// send one again, nobody else sees them; a server killed mid-send sends that message once more,
// never more; two servers on one database deliver each message once. The company's people get
// what their bell shows by email and text message only on the channels they chose, after their
// quiet hours; technicians hear of changes to today, and the evening before get their plan
// while customers get a reminder, once, and again only what changed; customers are written to
// in their language.
#include "apisuite.h"
#include "apitestsetup.h"
#include "fakesmsapi.h"
#include "fakesmtpserver.h"
#include "serverprocess.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <algorithm>

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

namespace tst_messages {

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
    void onTheWayForecastsTheArrivalFromTheTechniciansLastPosition();
    void aRefusalForNowIsTriedAgainAndForGoodIsGivenUp();
    void managersOfTheLocationSeeAndResendNobodyElse();
    void aCustomerWhoOptedOutOfEmailGetsTextsOnly();
    void aDecisionReachesTheEmployeeOnTheChannelsTheyChose();
    void quietHoursHoldAPersonsMessagesUntilTheyEnd();
    void aChangeToTodayReachesTheTechnicianAnotherDayOnlyTheBell();
    void tomorrowsPlansAndRemindersGoOnceAndAgainOnlyWhatChanged();
    void aCustomerIsWrittenToInTheirLanguage();
    void aCompanysOwnWordsAreSentAndOnlyItsAdminsChangeThem();
    void aServerKilledMidSendSendsItOnceMoreNeverMore();
    void twoServersDeliverEachMessageOnce();
    void theEveningRunGoesByItselfOnceTheLocationsClockPassesIt();

private:
    // One of the company's people, with a phone number, who chose how to be reached.
    struct Person
    {
        qint64 userId = 0;
        qint64 technicianId = 0; // 0: not a technician
        QByteArray token;
        QString email;
        QString phone;
    };
    Person person(const QByteArray &admin,
                  const QString &name,
                  qint64 location,
                  bool email,
                  bool sms,
                  bool technician,
                  const QJsonValue &quietHours = QJsonValue::Null);
    qint64 fileSuggestion(const QByteArray &token);
    QList<FakeSmtpServer::Mail> mailsTo(const QString &address) const;
    QList<FakeSmsApi::Request> textsTo(const QString &phone) const;
    qint64 createJob(const QString &title, const QString &day);
    TestReply assign(qint64 job, const QString &start, qint64 technician = 0);
    TestReply setStatus(qint64 job, const QString &status);
    QJsonArray deliveries(const QByteArray &token, const QString &query = {});

    ServerProcess::Options m_options; // a restart, and a second server, use the same database
    FakeSmtpServer m_smtp;
    FakeSmsApi m_sms;
    QByteArray m_admin, m_otherAdmin, m_dispatcher, m_manager, m_farManager;
    qint64 m_location = 0, m_technician = 0, m_customer = 0, m_address = 0;
};

namespace {

QTimeZone denver()
{
    return QTimeZone(QByteArrayLiteral("America/Denver"));
}

QDate denverToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(denver()).date();
}

// An instant as the API takes it: that day and hour on Denver's clock.
QString denverAt(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), denver()).toUTC().toString(Qt::ISODate);
}

} // namespace

TestMessages::Person TestMessages::person(const QByteArray &admin,
                                          const QString &name,
                                          qint64 location,
                                          bool email,
                                          bool sms,
                                          bool technician,
                                          const QJsonValue &quietHours)
{
    static int made = 0;
    Person p;
    p.email = name + QStringLiteral("@people.test");
    p.phone = QStringLiteral("+1303555%1").arg(2000 + ++made);
    p.userId =
        createTestUser(m_server, admin, p.email, QStringLiteral("employee"), location, kPassword);
    if (!p.userId)
        return p;
    const TestReply phone =
        client(admin).send("PATCH", QStringLiteral("/api/v1/users/%1").arg(p.userId),
                           QJsonDocument(QJsonObject{{QStringLiteral("phone"), p.phone}})
                               .toJson(QJsonDocument::Compact));
    if (phone.status != 200)
        qWarning("phone: %d %s", phone.status, phone.body.constData());
    if (technician) {
        const TestReply t = client(admin).post(QStringLiteral("/api/v1/technicians"),
                                               {{QStringLiteral("user_id"), p.userId},
                                                {QStringLiteral("location_id"), location},
                                                {QStringLiteral("home_latitude"), 39.70},
                                                {QStringLiteral("home_longitude"), -105.00}});
        if (t.status != 201)
            qWarning("technician: %d %s", t.status, t.body.constData());
        p.technicianId = t.id();
    }
    p.token = login(p.email, kPassword);
    const TestReply chosen = client(p.token).send(
        "PATCH", QStringLiteral("/api/v1/me/preferences"),
        QJsonDocument(QJsonObject{{QStringLiteral("notification_channels"),
                                   QJsonObject{{QStringLiteral("in_app"), true},
                                               {QStringLiteral("email"), email},
                                               {QStringLiteral("sms"), sms},
                                               {QStringLiteral("push"), false}}},
                                  {QStringLiteral("quiet_hours"), quietHours}})
            .toJson(QJsonDocument::Compact));
    if (chosen.status != 200)
        qWarning("preferences: %d %s", chosen.status, chosen.body.constData());
    return p;
}

qint64 TestMessages::fileSuggestion(const QByteArray &token)
{
    const TestReply r =
        client(token).post(QStringLiteral("/api/v1/requests"),
                           {{QStringLiteral("kind"), QStringLiteral("suggestion")},
                            {QStringLiteral("details"),
                             QJsonObject{{QStringLiteral("title"), QStringLiteral("Van")},
                                         {QStringLiteral("text"), QStringLiteral("A "
                                                                                 "bigger "
                                                                                 "one")}}}});
    if (r.status != 201)
        qWarning("suggestion: %d %s", r.status, r.body.constData());
    return r.id();
}

QList<FakeSmtpServer::Mail> TestMessages::mailsTo(const QString &address) const
{
    QList<FakeSmtpServer::Mail> found;
    for (const FakeSmtpServer::Mail &mail : m_smtp.mails()) {
        if (mail.to.contains(address))
            found << mail;
    }
    return found;
}

QList<FakeSmsApi::Request> TestMessages::textsTo(const QString &phone) const
{
    QList<FakeSmsApi::Request> found;
    for (const FakeSmsApi::Request &text : m_sms.accepted()) {
        if (text.to == phone)
            found << text;
    }
    return found;
}

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

TestReply TestMessages::assign(qint64 job, const QString &start, qint64 technician)
{
    const qint64 version = client(m_dispatcher)
                               .get(QStringLiteral("/api/v1/jobs/%1").arg(job))
                               .json()
                               .value(QLatin1String("version"))
                               .toInteger();
    return client(m_dispatcher)
        .post(QStringLiteral("/api/v1/jobs/%1/assign").arg(job),
              {{QStringLiteral("technician_id"), technician ? technician : m_technician},
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
                                    QStringLiteral("FIELDDESK_MESSAGE_CLAIM_SECONDS=2"),
                                    QStringLiteral("FIELDDESK_DAY_AHEAD_POLL_MS=200")});
    QVERIFY2(!m_options.database.isEmpty() && m_server.start(m_options, &error), qPrintable(error));
    m_admin = login(QStringLiteral("admin@demo.local"), kDemoPassword);
    m_otherAdmin = login(QStringLiteral("admin@other.local"), kDemoPassword);
    QVERIFY(!m_admin.isEmpty() && !m_otherAdmin.isEmpty());
    TestHttpClient admin = client(m_admin);
    // The demo company's evening run (17:00 on each location's clock) would send tomorrow's
    // plans by itself between a test's set-up and its own call after five in Denver: it goes
    // as late as it can (the other company's runs by itself, in the test about that).
    QCOMPARE(admin
                 .send("PATCH", QStringLiteral("/api/v1/tenants/current"),
                       QJsonDocument(QJsonObject{{QStringLiteral("settings"),
                                                  QJsonObject{{QStringLiteral("day_ahead_at"),
                                                               QStringLiteral("23:59")}}}})
                           .toJson(QJsonDocument::Compact))
                 .status,
             200);
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

void TestMessages::onTheWayForecastsTheArrivalFromTheTechniciansLastPosition()
{
    // The company's travel model: 60 km/h along straight lines, so the technician, seen 0.1° of
    // latitude (11.12 km) north of the job, drives 11 min 7 s.
    const auto travelSettings = [&](const QJsonValue &speed, const QJsonValue &factor) {
        return client(m_admin)
            .send("PATCH", QStringLiteral("/api/v1/tenants/current"),
                  QJsonDocument(
                      QJsonObject{{QStringLiteral("settings"),
                                   QJsonObject{{QStringLiteral("travel_speed_kmh"), speed},
                                               {QStringLiteral("travel_road_factor"), factor}}}})
                      .toJson(QJsonDocument::Compact))
            .status;
    };
    QCOMPARE(travelSettings(60, 1), 200);
    constexpr qint64 kDriveSeconds = 667;
    const qint64 job = createJob(QStringLiteral("Heat pump check"), QStringLiteral("2026-12-19"));
    QCOMPARE(assign(job, QStringLiteral("2026-12-19T22:30:00Z")).status, 200);
    QCOMPARE(setStatus(job, QStringLiteral("dispatched")).status, 200);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QByteArray technician = login(QStringLiteral("tech@messages.test"), kPassword);
    const QJsonArray seen{
        QJsonObject{{QStringLiteral("lat"), 39.8486},
                    {QStringLiteral("lon"), -104.9990},
                    {QStringLiteral("accuracy_m"), 8},
                    {QStringLiteral("recorded_at"), before.toString(Qt::ISODateWithMs)}}};
    QCOMPARE(client(technician)
                 .send("POST", QStringLiteral("/api/v1/technicians/%1/positions").arg(m_technician),
                       QJsonDocument(seen).toJson(QJsonDocument::Compact))
                 .status,
             200);
    QCOMPARE(setStatus(job, QStringLiteral("en_route")).status, 200);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(travelSettings(QJsonValue::Null, QJsonValue::Null), 200);

    // Scheduled and on the way, each by email and text, all sent before the next test begins.
    QTRY_COMPARE_WITH_TIMEOUT(
        deliveries(m_manager, QStringLiteral("?object_id=%1&status=sent").arg(job)).size(), 4,
        kTimeout);
    const QJsonArray onTheWay = deliveries(
        m_manager, QStringLiteral("?object_id=%1&template=job.on_the_way&channel=sms").arg(job));
    QCOMPARE(onTheWay.size(), 1);
    const QString text = onTheWay.at(0).toObject().value(QLatin1String("body")).toString();
    // Expected when the status changed plus the drive, in Denver; not the planned 15:30.
    QStringList expected;
    for (QDateTime at = before.addSecs(kDriveSeconds).toTimeZone(denver());
         at <= after.addSecs(kDriveSeconds + 60); at = at.addSecs(60))
        expected << at.toString(QStringLiteral("HH:mm"));
    QVERIFY2(std::any_of(expected.cbegin(), expected.cend(),
                         [&](const QString &hhmm) {
                             return text.endsWith(
                                 QStringLiteral("expected at about %1.").arg(hhmm));
                         }),
             qPrintable(text + QStringLiteral(" / expected one of ") + expected.join(u' ')));
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

void TestMessages::aDecisionReachesTheEmployeeOnTheChannelsTheyChose()
{
    const Person keen = person(m_admin, QStringLiteral("keen"), m_location, true, true, false);
    const Person quiet =
        person(m_admin, QStringLiteral("unasked"), m_location, false, false, false);
    QVERIFY(!keen.token.isEmpty() && !quiet.token.isEmpty());
    const qint64 keenRequest = fileSuggestion(keen.token);
    const qint64 quietRequest = fileSuggestion(quiet.token);
    QVERIFY(keenRequest > 0 && quietRequest > 0);
    for (const qint64 request : {keenRequest, quietRequest}) {
        QCOMPARE(client(m_manager)
                     .post(QStringLiteral("/api/v1/requests/%1/reject").arg(request),
                           {{QStringLiteral("comment"), QStringLiteral("Not this year")}})
                     .status,
                 200);
    }
    // Written with the decision, so read at once: the keen one by both channels (listed with
    // their location, for its manager), the other by neither (the bell only).
    const QJsonArray keenRows =
        deliveries(m_manager, QStringLiteral("?object_type=request&object_id=%1").arg(keenRequest));
    QCOMPARE(keenRows.size(), 2);
    for (const QJsonValue &row : keenRows) {
        QCOMPARE(row.toObject().value(QLatin1String("template")).toString(),
                 QStringLiteral("request.decided"));
        QCOMPARE(row.toObject().value(QLatin1String("location_id")).toInteger(), m_location);
    }
    QCOMPARE(
        deliveries(m_admin, QStringLiteral("?object_type=request&object_id=%1").arg(quietRequest))
            .size(),
        0);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(keen.email).size(), 1, kTimeout);
    const FakeSmtpServer::Mail mail = mailsTo(keen.email).first();
    QVERIFY2(mail.header("Subject").startsWith(QLatin1String("Demo Duct & Lawn Co.: ")) &&
                 mail.header("Subject").contains(QLatin1String("rejected")),
             qPrintable(mail.header("Subject")));
    QVERIFY2(mail.body().contains(QLatin1String("Hello keen")) &&
                 mail.body().contains(QLatin1String("Not this year")),
             qPrintable(mail.body()));
    QTRY_COMPARE_WITH_TIMEOUT(textsTo(keen.phone).size(), 1, kTimeout);
    QVERIFY2(textsTo(keen.phone).first().body.contains(QLatin1String("Not this year")),
             qPrintable(textsTo(keen.phone).first().body));
    QCOMPARE(mailsTo(quiet.email).size(), 0);
    QCOMPARE(textsTo(quiet.phone).size(), 0);
}

void TestMessages::quietHoursHoldAPersonsMessagesUntilTheyEnd()
{
    // Quiet from an hour ago until two hours from now, on Denver's clock.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime localNow = now.toTimeZone(denver());
    const QTime starts = localNow.addSecs(-3600).time();
    const QTime ends = localNow.addSecs(2 * 3600).time();
    const QDateTime expectedEnd =
        QDateTime(localNow.addSecs(2 * 3600).date(), QTime(ends.hour(), ends.minute()), denver())
            .toUTC();
    const Person sleeper =
        person(m_admin, QStringLiteral("sleeper"), m_location, true, true, false,
               QJsonObject{{QStringLiteral("starts"), starts.toString(QStringLiteral("HH:mm"))},
                           {QStringLiteral("ends"), ends.toString(QStringLiteral("HH:mm"))}});
    const Person awake = person(m_admin, QStringLiteral("awake"), m_location, true, false, false);
    const qint64 held = fileSuggestion(sleeper.token);
    QCOMPARE(client(m_manager)
                 .post(QStringLiteral("/api/v1/requests/%1/reject").arg(held),
                       {{QStringLiteral("comment"), QStringLiteral("Later")}})
                 .status,
             200);
    const QJsonArray rows =
        deliveries(m_manager, QStringLiteral("?object_type=request&object_id=%1").arg(held));
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("queued"));
        const QDateTime due = QDateTime::fromString(
            o.value(QLatin1String("next_attempt_at")).toString(), Qt::ISODate);
        QCOMPARE(due, expectedEnd);
    }
    // A message for someone awake, queued after it, goes; the held one still waits.
    const qint64 sent = fileSuggestion(awake.token);
    QCOMPARE(client(m_manager)
                 .post(QStringLiteral("/api/v1/requests/%1/reject").arg(sent),
                       {{QStringLiteral("comment"), QStringLiteral("Now")}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(awake.email).size(), 1, kTimeout);
    QCOMPARE(mailsTo(sleeper.email).size(), 0);
    QCOMPARE(textsTo(sleeper.phone).size(), 0);
    for (const QJsonValue &row :
         deliveries(m_manager, QStringLiteral("?object_type=request&object_id=%1").arg(held))) {
        QCOMPARE(row.toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("queued"));
        QCOMPARE(row.toObject().value(QLatin1String("attempts")).toInt(), 0);
    }
}

void TestMessages::aChangeToTodayReachesTheTechnicianAnotherDayOnlyTheBell()
{
    const Person tech = person(m_admin, QStringLiteral("todaytech"), m_location, true, true, true);
    QVERIFY(tech.technicianId > 0);
    const QDate today = denverToday();
    const qint64 todayJob = createJob(QStringLiteral("Boiler check"), today.toString(Qt::ISODate));
    const qint64 laterJob =
        createJob(QStringLiteral("Roof survey"), today.addDays(3).toString(Qt::ISODate));
    QVERIFY(todayJob > 0 && laterJob > 0);
    QCOMPARE(assign(todayJob, denverAt(today, 15), tech.technicianId).status, 200);
    QCOMPARE(assign(laterJob, denverAt(today.addDays(3), 15), tech.technicianId).status, 200);

    const QString query = QStringLiteral("?object_id=%1&template=job.assigned");
    QCOMPARE(deliveries(m_manager, query.arg(todayJob)).size(), 2);
    QCOMPARE(deliveries(m_manager, query.arg(laterJob)).size(), 0);
    // Both in the bell.
    QStringList bell;
    for (const QJsonValue &n :
         client(tech.token).get(QStringLiteral("/api/v1/notifications")).results())
        bell << n.toObject().value(QLatin1String("title")).toString();
    QVERIFY2(bell.contains(QStringLiteral("New job: Boiler check")) &&
                 bell.contains(QStringLiteral("New job: Roof survey")),
             qPrintable(bell.join(QLatin1Char('|'))));
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(tech.email).size(), 1, kTimeout);
    QVERIFY2(mailsTo(tech.email)
                 .first()
                 .header("Subject")
                 .endsWith(QLatin1String("New job: Boiler check")),
             qPrintable(mailsTo(tech.email).first().header("Subject")));
    QVERIFY2(mailsTo(tech.email).first().body().contains(QLatin1String("15:00 MST")),
             qPrintable(mailsTo(tech.email).first().body()));
    QTRY_COMPARE_WITH_TIMEOUT(textsTo(tech.phone).size(), 1, kTimeout);

    // Moved within today: news by email too, whoever moved it and however.
    QCOMPARE(assign(todayJob, denverAt(today, 16), tech.technicianId).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(tech.email).size(), 2, kTimeout);
    QVERIFY2(mailsTo(tech.email)
                 .last()
                 .header("Subject")
                 .endsWith(QLatin1String("Job changed: Boiler check")),
             qPrintable(mailsTo(tech.email).last().header("Subject")));
    QVERIFY(mailsTo(tech.email).last().body().contains(QLatin1String("16:00 MST")));
}

void TestMessages::tomorrowsPlansAndRemindersGoOnceAndAgainOnlyWhatChanged()
{
    const qint64 depot = createDenverLocation(m_server, m_admin, QStringLiteral("Evening Depot"));
    QVERIFY(depot > 0);
    const Person ann = person(m_admin, QStringLiteral("ann"), depot, true, false, true);
    const Person bo = person(m_admin, QStringLiteral("bo"), depot, true, false, true);
    QVERIFY(ann.technicianId > 0 && bo.technicianId > 0);
    const QDate tomorrow = denverToday().addDays(1);
    TestHttpClient admin = client(m_admin);
    const auto job = [&](const char *title, const Person &who, int hour) {
        const qint64 id = admin
                              .post(QStringLiteral("/api/v1/jobs"),
                                    {{QStringLiteral("title"), QLatin1String(title)},
                                     {QStringLiteral("location_id"), depot},
                                     {QStringLiteral("customer_id"), m_customer},
                                     {QStringLiteral("address_id"), m_address},
                                     {QStringLiteral("duration_min"), 60}})
                              .id();
        const TestReply r = admin.post(QStringLiteral("/api/v1/jobs/%1/assign").arg(id),
                                       {{QStringLiteral("technician_id"), who.technicianId},
                                        {QStringLiteral("planned_start"), denverAt(tomorrow, hour)},
                                        {QStringLiteral("expected_version"), 1},
                                        {QStringLiteral("force"), true}});
        return r.status == 200 ? id : 0;
    };
    const qint64 lawn = job("Lawn aeration", ann, 9);
    const qint64 hedge = job("Hedge trim", ann, 13);
    const qint64 pond = job("Pond pump", bo, 10);
    QVERIFY(lawn && hedge && pond);

    const auto send = [&](const QByteArray &token, const QJsonValue &date) {
        return client(token).post(
            QStringLiteral("/api/v1/messages/day-ahead"),
            {{QStringLiteral("location_id"), depot}, {QStringLiteral("date"), date}});
    };
    const QString day = tomorrow.toString(Qt::ISODate);
    QCOMPARE(send(m_dispatcher, day).status, 404); // not a location of theirs
    QCOMPARE(send(ann.token, day).status, 403);
    const TestReply wrongDate = send(m_admin, QStringLiteral("tomorrow"));
    QCOMPARE(wrongDate.status, 422);
    QCOMPARE(errorFields(wrongDate), QStringList{QStringLiteral("date")});
    const TestReply first = send(m_admin, day);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json(),
             (QJsonObject{{QStringLiteral("plans"), 2}, {QStringLiteral("reminders"), 3}}));

    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(ann.email).size(), 1, kTimeout);
    const FakeSmtpServer::Mail plan = mailsTo(ann.email).first();
    QVERIFY2(
        plan.header("Subject").contains(QStringLiteral("Your jobs on %1: 2")
                                            .arg(tomorrow.toString(QStringLiteral("ddd d MMM")))),
        qPrintable(plan.header("Subject")));
    const QString body = plan.body();
    QVERIFY2(body.contains(QStringLiteral("09:00–10:00 MST  Lawn aeration, 1550 Larimer Street")) &&
                 body.contains(QStringLiteral("13:00–14:00 MST  Hedge trim")) &&
                 body.indexOf(QLatin1String("Lawn")) < body.indexOf(QLatin1String("Hedge")) &&
                 !body.contains(QLatin1String("Pond")),
             qPrintable(body));
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(bo.email).size(), 1, kTimeout);
    const auto reminders = [this] {
        int count = 0;
        for (const FakeSmtpServer::Mail &mail : mailsTo(kCustomerEmail))
            count += mail.header("Subject").endsWith(
                QLatin1String("reminder of your appointment tomorrow"));
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(reminders(), 3, kTimeout);

    // Again: nothing new. After a move: that technician's plan and that customer's reminder.
    QCOMPARE(send(m_admin, day).json(),
             (QJsonObject{{QStringLiteral("plans"), 0}, {QStringLiteral("reminders"), 0}}));
    QCOMPARE(admin
                 .post(QStringLiteral("/api/v1/jobs/%1/assign").arg(pond),
                       {{QStringLiteral("technician_id"), bo.technicianId},
                        {QStringLiteral("planned_start"), denverAt(tomorrow, 11)},
                        {QStringLiteral("expected_version"), 2},
                        {QStringLiteral("force"), true}})
                 .status,
             200);
    QCOMPARE(send(m_admin, day).json(),
             (QJsonObject{{QStringLiteral("plans"), 1}, {QStringLiteral("reminders"), 1}}));
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(bo.email).size(), 2, kTimeout);
    QVERIFY2(mailsTo(bo.email).last().body().contains(QStringLiteral("11:00–12:00 MST  Pond pump")),
             qPrintable(mailsTo(bo.email).last().body()));
    QTRY_COMPARE_WITH_TIMEOUT(reminders(), 4, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(reminders(), 4, kTimeout);
    QCOMPARE(mailsTo(ann.email).size(), 1);
}

void TestMessages::aCustomerIsWrittenToInTheirLanguage()
{
    const auto customer = [&](const char *name, const char *email, const QJsonValue &language) {
        QJsonObject body{{QStringLiteral("name"), QLatin1String(name)},
                         {QStringLiteral("email"), QLatin1String(email)}};
        if (!language.isUndefined())
            body.insert(QStringLiteral("language"), language);
        const TestReply r = client(m_dispatcher).post(QStringLiteral("/api/v1/customers"), body);
        if (r.status != 201)
            qWarning("customer: %d %s", r.status, r.body.constData());
        return r;
    };
    const TestReply french = customer("Fanny", "fanny@example.test", QStringLiteral("fr"));
    QCOMPARE(french.status, 422);
    QCOMPARE(errorFields(french), QStringList{QStringLiteral("language")});
    const TestReply hans = customer("Hans", "hans@example.test", QStringLiteral("de"));
    QCOMPARE(hans.json().value(QLatin1String("language")).toString(), QStringLiteral("de"));
    const TestReply lucia = customer("Lucía", "lucia@example.test", QJsonValue::Undefined);
    QVERIFY(lucia.json().value(QLatin1String("language")).isNull()); // the company's
    // The company writes to customers in Spanish unless they chose otherwise.
    const auto settings = [&](const QJsonValue &language) {
        return client(m_admin).send(
            "PATCH", QStringLiteral("/api/v1/tenants/current"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("settings"),
                             QJsonObject{{QStringLiteral("customer_language"), language}}}})
                .toJson(QJsonDocument::Compact));
    };
    QCOMPARE(settings(QStringLiteral("xx")).status, 422);
    QCOMPARE(settings(QStringLiteral("es")).status, 200);
    for (const auto &[who, title] :
         {std::pair{hans.id(), "Kessel"}, std::pair{lucia.id(), "Caldera"}}) {
        const qint64 job = client(m_dispatcher)
                               .post(QStringLiteral("/api/v1/jobs"),
                                     {{QStringLiteral("title"), QLatin1String(title)},
                                      {QStringLiteral("location_id"), m_location},
                                      {QStringLiteral("customer_id"), who},
                                      {QStringLiteral("address"), QStringLiteral("Hauptstraße 1")},
                                      {QStringLiteral("duration_min"), 60}})
                               .id();
        QCOMPARE(assign(job, QStringLiteral("2026-12-28T17:00:00Z")).status, 200);
    }
    QCOMPARE(settings(QJsonValue::Null).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(QStringLiteral("hans@example.test")).size(), 1, kTimeout);
    const FakeSmtpServer::Mail german = mailsTo(QStringLiteral("hans@example.test")).first();
    QVERIFY2(
        german.header("Subject").endsWith(QLatin1String("Ihr Termin am Montag, 28. Dezember 2026")),
        qPrintable(german.header("Subject")));
    QVERIFY2(german.body().startsWith(QLatin1String("Guten Tag Hans")), qPrintable(german.body()));
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(QStringLiteral("lucia@example.test")).size(), 1, kTimeout);
    const FakeSmtpServer::Mail spanish = mailsTo(QStringLiteral("lucia@example.test")).first();
    QVERIFY2(spanish.header("Subject").contains(QLatin1String("su cita del")),
             qPrintable(spanish.header("Subject")));
    QVERIFY2(spanish.body().contains(QStringLiteral("10:00–11:00 MST")),
             qPrintable(spanish.body()));
}

void TestMessages::aCompanysOwnWordsAreSentAndOnlyItsAdminsChangeThem()
{
    const QString path = QStringLiteral("/api/v1/message-templates/job.scheduled/en");
    const TestReply all = client(m_manager).get(QStringLiteral("/api/v1/message-templates"));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.results().size(), 15); // 5 templates in English, German and Spanish
    const QJsonObject shipped = client(m_manager).get(path).json();
    QCOMPARE(shipped.value(QLatin1String("customized")).toBool(), false);
    QCOMPARE(shipped.value(QLatin1String("subject")).toString(),
             QStringLiteral("{company}: your appointment on {date}"));
    QVERIFY(
        shipped.value(QLatin1String("placeholders")).toArray().contains(QStringLiteral("window")));
    QCOMPARE(shipped.value(QLatin1String("example"))
                 .toObject()
                 .value(QLatin1String("subject"))
                 .toString(),
             QStringLiteral("Acme Services: your appointment on Monday, 14 December"));
    QCOMPARE(client(m_dispatcher).get(path).status, 403);

    const auto put = [&](const QByteArray &token, const QString &where, const QJsonObject &body) {
        return client(token).send("PUT", where, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    const QJsonObject own{
        {QStringLiteral("subject"), QStringLiteral("{company} booked you: {date}")},
        {QStringLiteral("email_body"),
         QStringLiteral("Dear {customer}, see you {date}, {window}.")},
        {QStringLiteral("sms_body"), QStringLiteral("Booked: {date}, {window}")}};
    QCOMPARE(put(m_manager, path, own).status, 403);
    QJsonObject priced = own;
    priced.insert(QStringLiteral("email_body"), QStringLiteral("That is {price} for {job}."));
    const TestReply unknown = put(m_admin, path, priced);
    QCOMPARE(unknown.status, 422);
    QCOMPARE(errorFields(unknown), QStringList{QStringLiteral("email_body")});
    QVERIFY2(unknown.body.contains("{price}"), unknown.body.constData());
    QJsonObject twoLines = own;
    twoLines.insert(QStringLiteral("subject"), QStringLiteral("Booked\nfor {date}"));
    QCOMPARE(errorFields(put(m_admin, path, twoLines)), QStringList{QStringLiteral("subject")});
    QJsonObject noText = own;
    noText.remove(QStringLiteral("sms_body"));
    QCOMPARE(errorFields(put(m_admin, path, noText)), QStringList{QStringLiteral("sms_body")});
    QCOMPARE(put(m_admin, QStringLiteral("/api/v1/message-templates/job.invoiced/en"), own).status,
             404);
    QCOMPARE(put(m_admin, QStringLiteral("/api/v1/message-templates/job.scheduled/fr"), own).status,
             404);

    const TestReply replaced = put(m_admin, path, own);
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.json().value(QLatin1String("customized")).toBool(), true);
    QCOMPARE(replaced.json()
                 .value(QLatin1String("example"))
                 .toObject()
                 .value(QLatin1String("sms_body"))
                 .toString(),
             QStringLiteral("Booked: Monday, 14 December, 15:00–17:00 MST"));
    // Another company still has FieldDesk's words.
    QCOMPARE(client(m_otherAdmin).get(path).json().value(QLatin1String("customized")).toBool(),
             false);

    const qint64 job = createJob(QStringLiteral("Vent cleaning"), QStringLiteral("2026-12-29"));
    QCOMPARE(assign(job, QStringLiteral("2026-12-29T22:00:00Z")).status, 200);
    QJsonArray sent;
    QTRY_VERIFY_WITH_TIMEOUT(
        (sent = deliveries(
             m_manager,
             QStringLiteral("?object_id=%1&template=job.scheduled&status=sent").arg(job)))
                .size() == 2,
        kTimeout);
    for (const QJsonValue &row : std::as_const(sent)) {
        const QJsonObject o = row.toObject();
        if (o.value(QLatin1String("channel")).toString() == QLatin1String("email")) {
            QCOMPARE(o.value(QLatin1String("subject")).toString(),
                     QStringLiteral("Demo Duct & Lawn Co. booked you: Tuesday, December 29, 2026"));
            QCOMPARE(o.value(QLatin1String("body")).toString(),
                     QStringLiteral("Dear Zoë Ærøskøbing, see you Tuesday, December 29, 2026, "
                                    "15:00–17:00 MST."));
        } else {
            QCOMPARE(o.value(QLatin1String("body")).toString(),
                     QStringLiteral("Booked: Tuesday, December 29, 2026, 15:00–17:00 MST"));
        }
    }
    const QJsonArray audit =
        client(m_admin)
            .get(QStringLiteral("/api/v1/audit-logs?object_type=message_template"))
            .results();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).toObject().value(QLatin1String("action")).toString(),
             QStringLiteral("message_template.updated"));

    // Back to FieldDesk's words.
    QCOMPARE(client(m_manager).send("DELETE", path, {}).status, 403);
    QCOMPARE(client(m_admin).send("DELETE", path, {}).status, 204);
    const QJsonObject back = client(m_manager).get(path).json();
    QCOMPARE(back.value(QLatin1String("customized")).toBool(), false);
    QCOMPARE(back.value(QLatin1String("subject")).toString(),
             QStringLiteral("{company}: your appointment on {date}"));
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

void TestMessages::theEveningRunGoesByItselfOnceTheLocationsClockPassesIt()
{
    // The other company, at a place where it is now morning (a fixed offset from UTC): its evening
    // run is set for 23:00, so nothing goes while the test sets the day up.
    const int hourNow = QDateTime::currentDateTimeUtc().time().hour();
    int offset = 9 - hourNow; // hours east of UTC that make it 09:xx there
    if (offset < -12)
        offset += 24;
    if (offset > 14)
        offset -= 24;
    const QString zone = offset == 0 ? QStringLiteral("UTC")
                                     : QStringLiteral("UTC%1%2:00")
                                           .arg(offset > 0 ? QLatin1Char('+') : QLatin1Char('-'))
                                           .arg(std::abs(offset), 2, 10, QLatin1Char('0'));
    TestHttpClient admin = client(m_otherAdmin);
    const auto eveningAt = [&](const char *at) {
        return admin
            .send("PATCH", QStringLiteral("/api/v1/tenants/current"),
                  QJsonDocument(QJsonObject{{QStringLiteral("settings"),
                                             QJsonObject{{QStringLiteral("day_ahead_at"),
                                                          QLatin1String(at)}}}})
                      .toJson(QJsonDocument::Compact))
            .status;
    };
    QCOMPARE(eveningAt("7pm"), 422);
    QCOMPARE(eveningAt("23:00"), 200);
    const TestReply location = admin.post(QStringLiteral("/api/v1/locations"),
                                          {{QStringLiteral("name"), QStringLiteral("Morning Yard")},
                                           {QStringLiteral("time_zone"), zone},
                                           {QStringLiteral("latitude"), 41.88},
                                           {QStringLiteral("longitude"), -87.63}});
    QCOMPARE(location.status, 201);
    const Person tech =
        person(m_otherAdmin, QStringLiteral("morning"), location.id(), true, false, true);
    QVERIFY(tech.technicianId > 0);
    const qint64 customer =
        admin
            .post(QStringLiteral("/api/v1/customers"),
                  {{QStringLiteral("name"), QStringLiteral("Mia")},
                   {QStringLiteral("email"), QStringLiteral("mia@example.test")}})
            .id();
    const QTimeZone there(zone.toLatin1());
    const QDate tomorrow = QDateTime::currentDateTimeUtc().toTimeZone(there).date().addDays(1);
    const qint64 job = admin
                           .post(QStringLiteral("/api/v1/jobs"),
                                 {{QStringLiteral("title"), QStringLiteral("Tree planting")},
                                  {QStringLiteral("location_id"), location.id()},
                                  {QStringLiteral("customer_id"), customer},
                                  {QStringLiteral("address"), QStringLiteral("1 Elm Row")},
                                  {QStringLiteral("duration_min"), 60}})
                           .id();
    QCOMPARE(admin
                 .post(QStringLiteral("/api/v1/jobs/%1/assign").arg(job),
                       {{QStringLiteral("technician_id"), tech.technicianId},
                        {QStringLiteral("planned_start"),
                         QDateTime(tomorrow, QTime(10, 0), there).toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("expected_version"), 1},
                        {QStringLiteral("force"), true}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(QStringLiteral("mia@example.test")).size(), 1, kTimeout);

    // The evening comes (the run is set to a time already passed): both go, by themselves.
    QCOMPARE(eveningAt("00:00"), 200);
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(QStringLiteral("mia@example.test")).size(), 2, kTimeout);
    QVERIFY2(mailsTo(QStringLiteral("mia@example.test"))
                 .last()
                 .header("Subject")
                 .endsWith(QLatin1String("reminder of your appointment tomorrow")),
             qPrintable(mailsTo(QStringLiteral("mia@example.test")).last().header("Subject")));
    QTRY_COMPARE_WITH_TIMEOUT(mailsTo(tech.email).size(), 1, kTimeout);
    QVERIFY2(mailsTo(tech.email).first().body().contains(QLatin1String("Tree planting")),
             qPrintable(mailsTo(tech.email).first().body()));
    QTest::qWait(1000); // many polls later: once
    QCOMPARE(mailsTo(QStringLiteral("mia@example.test")).size(), 2);
    QCOMPARE(mailsTo(tech.email).size(), 1);
}

FIELDDESK_TEST_GUILESS_MAIN(TestMessages)
} // namespace tst_messages
#include "tst_messages.moc"
