// Money over real HTTP against a real fielddesk-server, on the engine named by
// FIELDDESK_TEST_ENGINE, in a database of its own: the tenant's currency, expense categories,
// expenses with their receipts, limits, workflow, roles, immutability and corrections, spiffs
// and the spiffs a completed job files, and the expense and spiff reports against totals
// worked out by hand.
#include "apitestsetup.h"
#include "serverprocess.h"
#include "testdatabase.h"
#include "testhttpclient.h"

#include "fielddesk/domain/money.h"
#include "repositories/spiffrepository.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "testmain.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace tst_money {

using namespace fielddesk;
using namespace fielddesk::server;

namespace {

qint64 idOf(const TestReply &reply)
{
    return reply.id();
}

const QString kPassword = QStringLiteral("money-test-pw");

QList<qint64> idsIn(const TestReply &reply)
{
    QList<qint64> ids;
    for (const QJsonValue &v : reply.json().value(QLatin1String("results")).toArray())
        ids << v.toObject().value(QLatin1String("id")).toInteger();
    return ids;
}

// A small PNG-looking file, different on every call (the same bytes are stored once).
QByteArray receiptBytes()
{
    QByteArray bytes("\x89PNG\r\n\x1A\n", 8);
    for (int i = 0; i < 64; ++i)
        bytes.append(char(QRandomGenerator::global()->bounded(256)));
    return bytes;
}

QStringList actionsIn(const TestReply &reply)
{
    QStringList actions;
    for (const QJsonValue &v : reply.json().value(QLatin1String("results")).toArray())
        actions << v.toObject().value(QLatin1String("action")).toString();
    return actions;
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void theTenantHasADefaultCurrency();
    void categoriesAreWrittenByManagersAndReadByEveryone();
    void expensesAreFiledByTheirRules_data();
    void expensesAreFiledByTheirRules();
    void receiptsAndLimits();
    void everyStepAndRoleOfTheWorkflow();
    void illegalStepsAndStaleVersionsAre409();
    void approvedExpensesNeverChange();
    void correctionsNameAnApprovedExpense();
    void listsFilterAndAwaitMe();
    void receiptsAreReadByWhoeverReadsTheExpense();
    void historyCommentsNotificationsAndAudit();
    void everyChangeIsAnnouncedAtTheLocation();

    void spiffTypesAreWrittenByManagers();
    void employeesClaimTheirOwnSpiffs();
    void managersFileSpiffsForTheirPeople();
    void spiffsFollowTheirWorkflow();
    void aCompletedJobEarnsItsSpiffOnce();
    void theAutomaticSpiffIsUniquePerJobInStorage();

    void reportTotalsMatchTheHandComputedFixtures();
    void reportsAreScopedByRole();
    void reportsAnswerCsv();
    void reportParametersAreChecked();
    void spiffReports();

private:
    TestHttpClient client(const QByteArray &token) const;
    qint64 upload(const QByteArray &token);
    QJsonObject expenseBody(qint64 category, qint64 amount, const QJsonArray &media = {}) const;
    TestReply fileExpense(const QByteArray &token, const QJsonObject &body);
    qint64 filed(const QByteArray &token, const QJsonObject &body);
    TestReply step(const QByteArray &token,
                   const char *resource,
                   qint64 id,
                   const char *action,
                   const QJsonObject &body = {});

    qint64 spiffType(const QJsonObject &body);
    // The report fixtures: their own locations and people, expenses worked out by hand.
    void fileReportFixtures();
    QJsonObject report(const QByteArray &token, const QString &query);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_database; // the server's, for the storage-level test
    LocationStaff m_staff;
    qint64 m_referral = 0;
    qint64 m_announced = 0; // the expense whose history is checked
    qint64 m_autoJob = 0, m_autoType = 0;
    // Report fixtures.
    qint64 m_north = 0, m_south = 0, m_meals = 0;
    qint64 m_ann = 0, m_bob = 0, m_cid = 0;
    QByteArray m_reportManager, m_annToken, m_bobToken, m_cidToken;
    qint64 m_managerId = 0;
    qint64 m_fuel = 0;  // no receipt needed, limit 100.00
    qint64 m_hotel = 0; // receipt required
};

TestHttpClient TestMoney::client(const QByteArray &token) const
{
    TestHttpClient c(m_server.baseUrl());
    c.setToken(token);
    return c;
}

qint64 TestMoney::upload(const QByteArray &token)
{
    const TestReply reply = client(token).send("POST", QStringLiteral("/api/v1/media"),
                                               receiptBytes(), {{"Content-Type", "image/png"}});
    if (reply.status != 201)
        qWarning("upload: %d %s", reply.status, reply.body.constData());
    return (reply).id();
}

QJsonObject TestMoney::expenseBody(qint64 category, qint64 amount, const QJsonArray &media) const
{
    return {{QStringLiteral("date"), QStringLiteral("2026-11-30")},
            {QStringLiteral("category_id"), category},
            {QStringLiteral("amount_minor"), amount},
            {QStringLiteral("merchant"), QStringLiteral("Shell, Colfax Ave")},
            {QStringLiteral("description"), QStringLiteral("Van refuel before the Aurora jobs")},
            {QStringLiteral("media_ids"), media}};
}

TestReply TestMoney::fileExpense(const QByteArray &token, const QJsonObject &body)
{
    return client(token).post(QStringLiteral("/api/v1/expenses"), body);
}

qint64 TestMoney::filed(const QByteArray &token, const QJsonObject &body)
{
    const TestReply reply = fileExpense(token, body);
    if (reply.status != 201)
        qWarning("file expense: %d %s", reply.status, reply.body.constData());
    return (reply).id();
}

TestReply TestMoney::step(const QByteArray &token,
                          const char *resource,
                          qint64 id,
                          const char *action,
                          const QJsonObject &body)
{
    return client(token).post(QStringLiteral("/api/v1/%1/%2/%3")
                                  .arg(QLatin1String(resource))
                                  .arg(id)
                                  .arg(QLatin1String(action)),
                              body);
}

void TestMoney::initTestCase()
{
    QString error;
    ServerProcess::Options options;
    m_database = TestDatabase::fresh(QStringLiteral("money"), m_dir.path(), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
    options.database = m_database;
    options.environment = {QStringLiteral("FIELDDESK_LOGIN_MAX_FAILURES_PER_ADDRESS=10000"),
                           QStringLiteral("FIELDDESK_DATA_DIR=") + m_dir.path()};
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    QVERIFY(m_staff.create(m_server, QStringLiteral("money.local"), kPassword));
    m_managerId = client(m_staff.manager)
                      .get(QStringLiteral("/api/v1/me"))
                      .json()
                      .value(QLatin1String("user"))
                      .toObject()
                      .value(QLatin1String("id"))
                      .toInteger();
    QVERIFY(m_managerId > 0);
    m_fuel = idOf(client(m_staff.manager)
                      .post(QStringLiteral("/api/v1/expense-categories"),
                            {{QStringLiteral("name"), QStringLiteral("Fuel")},
                             {QStringLiteral("code"), QStringLiteral("T-FUEL")},
                             {QStringLiteral("limit_minor"), 10000}}));
    m_hotel = idOf(client(m_staff.admin)
                       .post(QStringLiteral("/api/v1/expense-categories"),
                             {{QStringLiteral("name"), QStringLiteral("Lodging")},
                              {QStringLiteral("code"), QStringLiteral("T-LODGING")},
                              {QStringLiteral("requires_receipt"), true}}));
    QVERIFY(m_fuel > 0 && m_hotel > 0);
}

void TestMoney::theTenantHasADefaultCurrency()
{
    QCOMPARE(client(m_staff.employee)
                 .get(QStringLiteral("/api/v1/tenants/current"))
                 .json()
                 .value(QLatin1String("currency"))
                 .toString(),
             QStringLiteral("USD"));
    QCOMPARE(client(m_staff.employee)
                 .get(QStringLiteral("/api/v1/me"))
                 .json()
                 .value(QLatin1String("tenant"))
                 .toObject()
                 .value(QLatin1String("currency"))
                 .toString(),
             QStringLiteral("USD"));
    const QString tenant = QStringLiteral("/api/v1/tenants/current");
    QCOMPARE(client(m_staff.manager)
                 .patch(tenant, {{QStringLiteral("currency"), QStringLiteral("EUR")}})
                 .status,
             403);
    const TestReply unknown =
        client(m_staff.admin).patch(tenant, {{QStringLiteral("currency"), QStringLiteral("XYZ")}});
    QCOMPARE(unknown.status, 422);
    QCOMPARE(errorFields(unknown), QStringList{QStringLiteral("currency")});
    const TestReply euro =
        client(m_staff.admin).patch(tenant, {{QStringLiteral("currency"), QStringLiteral("EUR")}});
    QCOMPARE(euro.status, 200);
    QCOMPARE(euro.json().value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    // Other tenants keep theirs.
    QCOMPARE(
        client(m_staff.otherAdmin).get(tenant).json().value(QLatin1String("currency")).toString(),
        QStringLiteral("USD"));
    // New expenses default to it.
    const TestReply inEuro = fileExpense(m_staff.employee, expenseBody(m_fuel, 2000));
    QCOMPARE(inEuro.status, 201);
    QCOMPARE(inEuro.json().value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    // Limits are in the tenant's currency: 200.00 EUR is over the fuel limit (100.00).
    const TestReply overInEuro = fileExpense(m_staff.employee, expenseBody(m_fuel, 20000));
    QCOMPARE(overInEuro.json().value(QLatin1String("over_limit")).toBool(), true);
    QCOMPARE(step(m_staff.employee, "expenses", (inEuro).id(), "cancel").status, 200);
    QCOMPARE(step(m_staff.employee, "expenses", (overInEuro).id(), "cancel").status, 200);
    QCOMPARE(client(m_staff.admin)
                 .patch(tenant, {{QStringLiteral("currency"), QStringLiteral("USD")}})
                 .status,
             200);
}

void TestMoney::categoriesAreWrittenByManagersAndReadByEveryone()
{
    const QJsonObject tolls{{QStringLiteral("name"), QStringLiteral("Tolls")},
                            {QStringLiteral("code"), QStringLiteral("T-TOLLS")}};
    const QString path = QStringLiteral("/api/v1/expense-categories");
    QCOMPARE(client(m_staff.employee).post(path, tolls).status, 403);
    QCOMPARE(client(m_staff.dispatcher).post(path, tolls).status, 403);
    const TestReply created = client(m_staff.manager).post(path, tolls);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QLatin1String("requires_receipt")).toBool(), false);
    QVERIFY(created.json().value(QLatin1String("limit_minor")).isNull());
    QCOMPARE(client(m_staff.manager).post(path, tolls).status, 409);
    QVERIFY(idsIn(client(m_staff.employee).get(path + QStringLiteral("?search=toll")))
                .contains((created).id()));
    const QString one = path + QStringLiteral("/%1").arg((created).id());
    QCOMPARE(client(m_staff.otherAdmin).get(one).status, 404);
    const TestReply badLimit =
        client(m_staff.manager).patch(one, {{QStringLiteral("limit_minor"), 0}});
    QCOMPARE(badLimit.status, 422);
    QCOMPARE(errorFields(badLimit), QStringList{QStringLiteral("limit_minor")});

    // Named by an expense: it cannot go, it is deactivated instead, and then takes no more.
    QVERIFY(filed(m_staff.employee, expenseBody((created).id(), 350)) > 0);
    QCOMPARE(client(m_staff.manager).del(one).status, 409);
    const TestReply off = client(m_staff.manager).patch(one, {{QStringLiteral("active"), false}});
    QCOMPARE(off.status, 200);
    QCOMPARE(off.json().value(QLatin1String("active")).toBool(), false);
    const TestReply refused = fileExpense(m_staff.employee, expenseBody((created).id(), 350));
    QCOMPARE(refused.status, 422);
    QCOMPARE(errorFields(refused), QStringList{QStringLiteral("category_id")});
    QVERIFY(!idsIn(client(m_staff.employee).get(path + QStringLiteral("?active=true")))
                 .contains((created).id()));

    // An unused one is deleted.
    const TestReply spare = client(m_staff.admin)
                                .post(path, {{QStringLiteral("name"), QStringLiteral("Spare")},
                                             {QStringLiteral("code"), QStringLiteral("T-SPARE")}});
    QCOMPARE(client(m_staff.admin).del(path + QStringLiteral("/%1").arg((spare).id())).status, 204);
    QCOMPARE(client(m_staff.admin)
                 .get(QStringLiteral("/api/v1/audit-logs?object_type=expense_category&object_id=%1")
                          .arg((spare).id()))
                 .json()
                 .value(QLatin1String("count"))
                 .toInteger(),
             2);
}

void TestMoney::expensesAreFiledByTheirRules_data()
{
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("no date") << QJsonObject{{QStringLiteral("date"), QJsonValue()}}
                             << QStringLiteral("date");
    QTest::newRow("not a date") << QJsonObject{{QStringLiteral("date"),
                                                QStringLiteral("2026-13-40")}}
                                << QStringLiteral("date");
    QTest::newRow("zero") << QJsonObject{{QStringLiteral("amount_minor"), 0}}
                          << QStringLiteral("amount_minor");
    QTest::newRow("negative without corrects_id")
        << QJsonObject{{QStringLiteral("amount_minor"), -500}} << QStringLiteral("amount_minor");
    QTest::newRow("a fraction") << QJsonObject{{QStringLiteral("amount_minor"), 12.5}}
                                << QStringLiteral("amount_minor");
    QTest::newRow("amount as text")
        << QJsonObject{{QStringLiteral("amount_minor"), QStringLiteral("12.50")}}
        << QStringLiteral("amount_minor");
    QTest::newRow("unknown currency")
        << QJsonObject{{QStringLiteral("currency"), QStringLiteral("XYZ")}}
        << QStringLiteral("currency");
    QTest::newRow("lower-case currency")
        << QJsonObject{{QStringLiteral("currency"), QStringLiteral("usd")}}
        << QStringLiteral("currency");
    QTest::newRow("no category") << QJsonObject{{QStringLiteral("category_id"), 999999}}
                                 << QStringLiteral("category_id");
    QTest::newRow("no description")
        << QJsonObject{{QStringLiteral("description"), QStringLiteral("")}}
        << QStringLiteral("description");
    QTest::newRow("someone else's job")
        << QJsonObject{{QStringLiteral("job_id"), 999999}} << QStringLiteral("job_id");
    QTest::newRow("not my location")
        << QJsonObject{{QStringLiteral("location_id"), 999999}} << QStringLiteral("location_id");
    QTest::newRow("correcting nothing") << QJsonObject{{QStringLiteral("corrects_id"), 999999},
                                                       {QStringLiteral("amount_minor"), -100}}
                                        << QStringLiteral("corrects_id");
}

void TestMoney::expensesAreFiledByTheirRules()
{
    QFETCH(QJsonObject, change);
    QFETCH(QString, field);
    QJsonObject body = expenseBody(m_fuel, 4520);
    for (auto it = change.begin(); it != change.end(); ++it) {
        if (it.value().isNull())
            body.remove(it.key());
        else
            body.insert(it.key(), it.value());
    }
    const TestReply refused = fileExpense(m_staff.employee, body);
    QCOMPARE(refused.status, 422);
    QCOMPARE(errorFields(refused), QStringList{field});
}

void TestMoney::receiptsAndLimits()
{
    // A category that requires a receipt: none is a 422 naming media_ids.
    const TestReply noReceipt = fileExpense(m_staff.employee, expenseBody(m_hotel, 12900));
    QCOMPARE(noReceipt.status, 422);
    QCOMPARE(errorFields(noReceipt), QStringList{QStringLiteral("media_ids")});
    // Someone else's upload is not a receipt of mine.
    const qint64 colleagues = upload(m_staff.colleague);
    const TestReply notMine =
        fileExpense(m_staff.employee, expenseBody(m_hotel, 12900, QJsonArray{colleagues}));
    QCOMPARE(notMine.status, 422);
    QCOMPARE(errorFields(notMine), QStringList{QStringLiteral("media_ids[0]")});
    const qint64 receipt = upload(m_staff.employee);
    const TestReply filedHotel =
        fileExpense(m_staff.employee, expenseBody(m_hotel, 12900, QJsonArray{receipt}));
    QCOMPARE(filedHotel.status, 201);
    const QJsonObject hotel = filedHotel.json();
    QCOMPARE(hotel.value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(hotel.value(QLatin1String("amount_minor")).toInteger(), 12900);
    QCOMPARE(hotel.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(hotel.value(QLatin1String("media_ids")).toArray(), QJsonArray{receipt});
    QCOMPARE(hotel.value(QLatin1String("location_id")).toInteger(), m_staff.location);
    QCOMPARE(
        hotel.value(QLatin1String("employee")).toObject().value(QLatin1String("id")).toInteger(),
        m_staff.employeeId);
    QCOMPARE(hotel.value(QLatin1String("category_name")).toString(), QStringLiteral("Lodging"));
    QCOMPARE(hotel.value(QLatin1String("over_limit")).toBool(), false);
    QVERIFY(hotel.value(QLatin1String("decided_by")).isNull());
    QVERIFY(hotel.value(QLatin1String("reimbursed_at")).isNull());
    QCOMPARE(hotel.value(QLatin1String("version")).toInteger(), 1);

    // Over the limit (100.00) is filed, flagged; at the limit is not.
    const TestReply over = fileExpense(m_staff.employee, expenseBody(m_fuel, 10001));
    QCOMPARE(over.status, 201);
    QCOMPARE(over.json().value(QLatin1String("over_limit")).toBool(), true);
    const TestReply at = fileExpense(m_staff.employee, expenseBody(m_fuel, 10000));
    QCOMPARE(at.json().value(QLatin1String("over_limit")).toBool(), false);
    // A limit compares amounts of the tenant's currency only.
    QJsonObject inYen = expenseBody(m_fuel, 50000);
    inYen.insert(QStringLiteral("currency"), QStringLiteral("JPY"));
    const TestReply yen = fileExpense(m_staff.employee, inYen);
    QCOMPARE(yen.status, 201);
    QCOMPARE(yen.json().value(QLatin1String("over_limit")).toBool(), false);
    // The manager sees the flag in the inbox.
    const TestReply flagged = client(m_staff.manager)
                                  .get(QStringLiteral("/api/v1/expenses?awaiting_me=true&"
                                                      "over_limit=true"));
    QVERIFY(idsIn(flagged).contains((over).id()));
    QVERIFY(!idsIn(flagged).contains((at).id()));
    for (const TestReply *r : {&over, &at, &yen})
        QCOMPARE(step(m_staff.employee, "expenses", (*r).id(), "cancel").status, 200);
}

void TestMoney::everyStepAndRoleOfTheWorkflow()
{
    const qint64 fuel = filed(m_staff.employee, expenseBody(m_fuel, 4520));
    QVERIFY(fuel > 0);
    // Who may not decide: the employee (their own), a colleague, a dispatcher (they do not
    // even see it), a manager elsewhere, another tenant.
    QCOMPARE(step(m_staff.employee, "expenses", fuel, "approve").status, 403);
    QCOMPARE(step(m_staff.colleague, "expenses", fuel, "approve").status, 404);
    QCOMPARE(step(m_staff.dispatcher, "expenses", fuel, "approve").status, 404);
    QCOMPARE(step(m_staff.farManager, "expenses", fuel, "approve").status, 404);
    QCOMPARE(step(m_staff.otherAdmin, "expenses", fuel, "approve").status, 404);
    QCOMPARE(step(m_staff.manager, "expenses", fuel, "cancel").status, 403);

    const TestReply approved = step(m_staff.manager, "expenses", fuel, "approve",
                                    {{QStringLiteral("comment"), QStringLiteral("Fine")}});
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json().value(QLatin1String("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(approved.json()
                 .value(QLatin1String("decided_by"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInteger(),
             m_managerId);
    QVERIFY(!approved.json().value(QLatin1String("decided_at")).toString().isEmpty());
    QCOMPARE(approved.json().value(QLatin1String("decision_comment")).toString(),
             QStringLiteral("Fine"));
    QCOMPARE(step(m_staff.employee, "expenses", fuel, "reimburse").status, 403);
    const TestReply reimbursed = step(m_staff.admin, "expenses", fuel, "reimburse");
    QCOMPARE(reimbursed.status, 200);
    QCOMPARE(reimbursed.json().value(QLatin1String("status")).toString(),
             QStringLiteral("reimbursed"));
    QVERIFY(!reimbursed.json().value(QLatin1String("reimbursed_at")).toString().isEmpty());
    QCOMPARE(reimbursed.json().value(QLatin1String("version")).toInteger(), 3);

    // Rejecting needs a reason the employee reads.
    const qint64 meal = filed(m_staff.employee, expenseBody(m_fuel, 1899));
    const TestReply silent = step(m_staff.manager, "expenses", meal, "reject");
    QCOMPARE(silent.status, 422);
    QCOMPARE(errorFields(silent), QStringList{QStringLiteral("comment")});
    const TestReply rejected = step(m_staff.manager, "expenses", meal, "reject",
                                    {{QStringLiteral("comment"), QStringLiteral("Personal")}});
    QCOMPARE(rejected.json().value(QLatin1String("status")).toString(), QStringLiteral("rejected"));

    // The employee cancels what waits; nobody else does.
    const qint64 tolls = filed(m_staff.employee, expenseBody(m_fuel, 650));
    QCOMPARE(step(m_staff.admin, "expenses", tolls, "cancel").status, 403);
    QCOMPARE(step(m_staff.employee, "expenses", tolls, "cancel")
                 .json()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("cancelled"));

    // Nobody decides their own: the manager's expense goes to an admin.
    const qint64 managers = filed(m_staff.manager, expenseBody(m_fuel, 3000));
    QVERIFY(managers > 0);
    const TestReply own = step(m_staff.manager, "expenses", managers, "approve");
    QCOMPARE(own.status, 403);
    QCOMPARE(step(m_staff.admin, "expenses", managers, "approve").status, 200);
}

void TestMoney::illegalStepsAndStaleVersionsAre409()
{
    const qint64 fuel = filed(m_staff.employee, expenseBody(m_fuel, 4100));
    QCOMPARE(step(m_staff.manager, "expenses", fuel, "reimburse").status, 409);
    const TestReply stale = step(m_staff.manager, "expenses", fuel, "approve",
                                 {{QStringLiteral("expected_version"), 7}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.json().value(QLatin1String("type")).toString(),
             QStringLiteral("/problems/version-conflict"));
    QCOMPARE(stale.json()
                 .value(QLatin1String("current"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInteger(),
             fuel);
    QCOMPARE(step(m_staff.manager, "expenses", fuel, "approve",
                  {{QStringLiteral("expected_version"), 1}})
                 .status,
             200);
    const TestReply twice = step(m_staff.manager, "expenses", fuel, "approve");
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.json().value(QLatin1String("type")).toString(),
             QStringLiteral("/problems/illegal-transition"));
    QCOMPARE(twice.json().value(QLatin1String("allowed")).toArray(),
             QJsonArray{QStringLiteral("reimburse")});
    QCOMPARE(twice.json()
                 .value(QLatin1String("current"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("approved"));
    const TestReply cancel = step(m_staff.employee, "expenses", fuel, "cancel");
    QCOMPARE(cancel.status, 409);
    QCOMPARE(step(m_staff.manager, "expenses", fuel, "pay").status, 404); // not an expense's step
}

void TestMoney::approvedExpensesNeverChange()
{
    const qint64 fuel = filed(m_staff.employee, expenseBody(m_fuel, 4000));
    const QString path = QStringLiteral("/api/v1/expenses/%1").arg(fuel);
    // The employee changes it while it waits; nobody else does.
    QCOMPARE(client(m_staff.manager).patch(path, {{QStringLiteral("amount_minor"), 1}}).status,
             403);
    QCOMPARE(client(m_staff.colleague).patch(path, {{QStringLiteral("amount_minor"), 1}}).status,
             404);
    const TestReply changed =
        client(m_staff.employee)
            .patch(path, {{QStringLiteral("amount_minor"), 4250},
                          {QStringLiteral("merchant"), QStringLiteral("Conoco")},
                          {QStringLiteral("expected_version"), 1}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(QLatin1String("amount_minor")).toInteger(), 4250);
    QCOMPARE(changed.json().value(QLatin1String("merchant")).toString(), QStringLiteral("Conoco"));
    QCOMPARE(changed.json().value(QLatin1String("version")).toInteger(), 2);
    QCOMPARE(client(m_staff.employee)
                 .patch(path, {{QStringLiteral("amount_minor"), 1},
                               {QStringLiteral("expected_version"), 1}})
                 .status,
             409);
    QCOMPARE(client(m_staff.employee).patch(path, {{QStringLiteral("corrects_id"), 1}}).status,
             422);

    QCOMPARE(step(m_staff.manager, "expenses", fuel, "approve").status, 200);
    const TestReply frozen =
        client(m_staff.employee).patch(path, {{QStringLiteral("amount_minor"), 1}});
    QCOMPARE(frozen.status, 409);
    QCOMPARE(frozen.json().value(QLatin1String("allowed")).toArray(),
             QJsonArray{QStringLiteral("reimburse")});
    QCOMPARE(frozen.json()
                 .value(QLatin1String("current"))
                 .toObject()
                 .value(QLatin1String("amount_minor"))
                 .toInteger(),
             4250);
    QCOMPARE(step(m_staff.manager, "expenses", fuel, "reimburse").status, 200);
    QCOMPARE(client(m_staff.employee)
                 .patch(path, {{QStringLiteral("description"), QStringLiteral("x")}})
                 .status,
             409);
    QCOMPARE(
        client(m_staff.admin).get(path).json().value(QLatin1String("amount_minor")).toInteger(),
        4250);
}

void TestMoney::correctionsNameAnApprovedExpense()
{
    const qint64 waiting = filed(m_staff.employee, expenseBody(m_fuel, 3000));
    const qint64 approved = filed(m_staff.employee, expenseBody(m_fuel, 5000));
    QCOMPARE(step(m_staff.manager, "expenses", approved, "approve").status, 200);
    const qint64 colleagues = filed(m_staff.colleague, expenseBody(m_fuel, 5000));
    QCOMPARE(step(m_staff.manager, "expenses", colleagues, "approve").status, 200);

    const auto correction = [this](qint64 corrects, qint64 amount) {
        QJsonObject body = expenseBody(m_fuel, amount);
        body.insert(QStringLiteral("corrects_id"), corrects);
        body.insert(QStringLiteral("description"), QStringLiteral("Refund of the deposit"));
        return body;
    };
    const auto refusedAt = [this](const QJsonObject &body) {
        return errorFields(fileExpense(m_staff.employee, body));
    };
    QCOMPARE(refusedAt(correction(waiting, -500)), QStringList{QStringLiteral("corrects_id")});
    QCOMPARE(refusedAt(correction(colleagues, -500)), QStringList{QStringLiteral("corrects_id")});
    QJsonObject inEuro = correction(approved, -500);
    inEuro.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
    QCOMPARE(refusedAt(inEuro), QStringList{QStringLiteral("currency")});
    QCOMPARE(refusedAt(correction(approved, -5001)), QStringList{QStringLiteral("amount_minor")});

    const TestReply minus = fileExpense(m_staff.employee, correction(approved, -1200));
    QCOMPARE(minus.status, 201);
    QCOMPARE(minus.json().value(QLatin1String("amount_minor")).toInteger(), -1200);
    QCOMPARE(minus.json().value(QLatin1String("corrects_id")).toInteger(), approved);
    QCOMPARE(minus.json().value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
    // The corrections alive count: 5000 - 1200 leaves 3800 to take back at most.
    QCOMPARE(refusedAt(correction(approved, -3801)), QStringList{QStringLiteral("amount_minor")});
    QCOMPARE(refusedAt(correction((minus).id(), -100)), QStringList{QStringLiteral("corrects_id")});
    // Approved like any other: by a manager, not by the employee.
    QCOMPARE(step(m_staff.employee, "expenses", (minus).id(), "approve").status, 403);
    QCOMPARE(step(m_staff.manager, "expenses", (minus).id(), "approve").status, 200);
    // A correction may also add (an amount left out).
    QCOMPARE(fileExpense(m_staff.employee, correction(approved, 250)).status, 201);
    QCOMPARE(client(m_staff.admin)
                 .get(QStringLiteral("/api/v1/expenses/%1").arg(approved))
                 .json()
                 .value(QLatin1String("amount_minor"))
                 .toInteger(),
             5000);
    QCOMPARE(step(m_staff.employee, "expenses", waiting, "cancel").status, 200);
}

void TestMoney::listsFilterAndAwaitMe()
{
    const qint64 mine = filed(m_staff.employee, expenseBody(m_fuel, 777));
    QJsonObject body = expenseBody(m_fuel, 888);
    body.insert(QStringLiteral("date"), QStringLiteral("2026-10-15"));
    body.insert(QStringLiteral("description"), QStringLiteral("Bridge toll Zürich"));
    const qint64 colleagues = filed(m_staff.colleague, body);
    const qint64 managers = filed(m_staff.manager, expenseBody(m_fuel, 999));
    QVERIFY(mine && colleagues && managers);

    const auto ids = [this](const QByteArray &token, const QString &query) {
        return idsIn(client(token).get(QStringLiteral("/api/v1/expenses?limit=5000&") + query));
    };
    // Employees read their own; managers their location's; admins everyone's.
    QVERIFY(ids(m_staff.employee, {}).contains(mine));
    QVERIFY(!ids(m_staff.employee, {}).contains(colleagues));
    QVERIFY(!ids(m_staff.dispatcher, {}).contains(mine));
    QVERIFY(ids(m_staff.manager, {}).contains(colleagues));
    QVERIFY(!ids(m_staff.farManager, {}).contains(colleagues));
    QVERIFY(ids(m_staff.admin, {}).contains(managers));
    QVERIFY(!ids(m_staff.otherAdmin, {}).contains(mine));

    // awaiting_me: what the caller decides, never their own.
    const QList<qint64> managerAwaits = ids(m_staff.manager, QStringLiteral("awaiting_me=true"));
    QVERIFY(managerAwaits.contains(mine) && managerAwaits.contains(colleagues));
    QVERIFY(!managerAwaits.contains(managers));
    QVERIFY(ids(m_staff.admin, QStringLiteral("awaiting_me=true")).contains(managers));
    QVERIFY(ids(m_staff.employee, QStringLiteral("awaiting_me=true")).isEmpty());
    QVERIFY(!ids(m_staff.farManager, QStringLiteral("awaiting_me=true")).contains(mine));

    // Filters: status, employee, location, category, dates (both included), search.
    QVERIFY(ids(m_staff.manager, QStringLiteral("status=submitted,approved")).contains(mine));
    QVERIFY(!ids(m_staff.manager, QStringLiteral("status=approved")).contains(mine));
    QCOMPARE(
        ids(m_staff.manager,
            QStringLiteral("employee_id=%1&from=2026-10-15&to=2026-10-15").arg(m_staff.employeeId)),
        QList<qint64>());
    QVERIFY(
        ids(m_staff.manager, QStringLiteral("from=2026-10-15&to=2026-10-15")).contains(colleagues));
    QVERIFY(!ids(m_staff.manager, QStringLiteral("from=2026-10-16")).contains(colleagues));
    QVERIFY(
        ids(m_staff.manager, QStringLiteral("to=2026-10-31T23:00:00-06:00")).contains(colleagues));
    QVERIFY(ids(m_staff.manager,
                QStringLiteral("location_id=%1&category_id=%2").arg(m_staff.location).arg(m_fuel))
                .contains(mine));
    QVERIFY(ids(m_staff.manager, QStringLiteral("search=z%C3%BCrich")).contains(colleagues));
    QVERIFY(!ids(m_staff.manager, QStringLiteral("search=z%C3%BCrich")).contains(mine));

    QCOMPARE(client(m_staff.manager).get(QStringLiteral("/api/v1/expenses?awaiting_me=yes")).status,
             422);
    QCOMPARE(client(m_staff.manager).get(QStringLiteral("/api/v1/expenses?from=yesterday")).status,
             422);
    QCOMPARE(client(m_staff.manager).get(QStringLiteral("/api/v1/expenses?colour=red")).status,
             422);
    QCOMPARE(client(m_staff.manager).get(QStringLiteral("/api/v1/expenses?status=paid")).status,
             422);
    const TestReply page =
        client(m_staff.manager)
            .get(QStringLiteral("/api/v1/expenses?limit=1&ordering=-amount_minor"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.json().value(QLatin1String("count")).toInteger() >= 3);
    QVERIFY(!page.json().value(QLatin1String("next")).isNull());
    for (const auto &[token, id] :
         {std::pair{m_staff.employee, mine}, std::pair{m_staff.colleague, colleagues},
          std::pair{m_staff.manager, managers}})
        QCOMPARE(step(token, "expenses", id, "cancel").status, 200);
}

void TestMoney::receiptsAreReadByWhoeverReadsTheExpense()
{
    const qint64 receipt = upload(m_staff.employee);
    const qint64 hotel = filed(m_staff.employee, expenseBody(m_hotel, 15600, QJsonArray{receipt}));
    QVERIFY(hotel > 0);
    const QString media = QStringLiteral("/api/v1/media/%1").arg(receipt);
    QCOMPARE(client(m_staff.employee).get(media).status, 200);
    QCOMPARE(client(m_staff.manager).get(media).status, 200);
    QCOMPARE(client(m_staff.admin).get(media).status, 200);
    QCOMPARE(client(m_staff.farManager).get(media).status, 404);
    QCOMPARE(client(m_staff.colleague).get(media).status, 404);
    QCOMPARE(client(m_staff.dispatcher).get(media).status, 404);
    QCOMPARE(client(m_staff.otherAdmin).get(media).status, 404);
    // A receipt replaced while the expense waits is no longer the manager's to read.
    const qint64 better = upload(m_staff.employee);
    QCOMPARE(client(m_staff.employee)
                 .patch(QStringLiteral("/api/v1/expenses/%1").arg(hotel),
                        {{QStringLiteral("media_ids"), QJsonArray{better}}})
                 .status,
             200);
    QCOMPARE(client(m_staff.manager).get(media).status, 404);
    QCOMPARE(client(m_staff.manager).get(QStringLiteral("/api/v1/media/%1").arg(better)).status,
             200);
    // And it still needs one.
    QCOMPARE(errorFields(client(m_staff.employee)
                             .patch(QStringLiteral("/api/v1/expenses/%1").arg(hotel),
                                    {{QStringLiteral("media_ids"), QJsonArray()}})),
             QStringList{QStringLiteral("media_ids")});
    QCOMPARE(step(m_staff.employee, "expenses", hotel, "cancel").status, 200);
}

void TestMoney::historyCommentsNotificationsAndAudit()
{
    const qint64 fuel = filed(m_staff.employee, expenseBody(m_fuel, 6100));
    m_announced = fuel;
    // The location's manager hears of it.
    const TestReply managerBell =
        client(m_staff.manager).get(QStringLiteral("/api/v1/notifications?limit=500"));
    bool told = false;
    for (const QJsonValue &n : managerBell.json().value(QLatin1String("results")).toArray()) {
        const QJsonObject o = n.toObject();
        told = told ||
               (o.value(QLatin1String("kind")).toString() == QLatin1String("expense.submitted") &&
                o.value(QLatin1String("object_id")).toInteger() == fuel &&
                o.value(QLatin1String("object_type")).toString() == QLatin1String("expense"));
    }
    QVERIFY(told);
    const TestReply comment = client(m_staff.manager)
                                  .post(QStringLiteral("/api/v1/expenses/%1/comments").arg(fuel),
                                        {{QStringLiteral("text"), QStringLiteral("Which van?")}});
    QCOMPARE(comment.status, 201);
    QCOMPARE(comment.json().value(QLatin1String("expense_id")).toInteger(), fuel);
    QCOMPARE(client(m_staff.colleague)
                 .post(QStringLiteral("/api/v1/expenses/%1/comments").arg(fuel),
                       {{QStringLiteral("text"), QStringLiteral("Hi")}})
                 .status,
             404);
    QCOMPARE(step(m_staff.manager, "expenses", fuel, "approve").status, 200);
    QCOMPARE(step(m_staff.admin, "expenses", fuel, "reimburse").status, 200);
    const TestReply history =
        client(m_staff.employee).get(QStringLiteral("/api/v1/expenses/%1/history").arg(fuel));
    QCOMPARE(history.status, 200);
    QCOMPARE(actionsIn(history),
             (QStringList{QStringLiteral("submitted"), QStringLiteral("commented"),
                          QStringLiteral("approved"), QStringLiteral("reimbursed")}));
    const QJsonObject approvedStep =
        history.json().value(QLatin1String("results")).toArray().at(2).toObject();
    QCOMPARE(approvedStep.value(QLatin1String("from_status")).toString(),
             QStringLiteral("submitted"));
    QCOMPARE(approvedStep.value(QLatin1String("to_status")).toString(), QStringLiteral("approved"));
    QCOMPARE(approvedStep.value(QLatin1String("actor"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInteger(),
             m_managerId);
    QCOMPARE(client(m_staff.colleague)
                 .get(QStringLiteral("/api/v1/expenses/%1/history").arg(fuel))
                 .status,
             404);

    // The employee hears of the comment and of each decision.
    QStringList kinds;
    for (const QJsonValue &n : client(m_staff.employee)
                                   .get(QStringLiteral("/api/v1/notifications?limit=500"))
                                   .json()
                                   .value(QLatin1String("results"))
                                   .toArray()) {
        if (n.toObject().value(QLatin1String("object_id")).toInteger() == fuel)
            kinds << n.toObject().value(QLatin1String("kind")).toString();
    }
    kinds.sort();
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("expense.commented"), QStringLiteral("expense.decided"),
                          QStringLiteral("expense.decided")}));

    // Audit rows for every change.
    QStringList audited;
    for (const QJsonValue &row : client(m_staff.admin)
                                     .get(QStringLiteral("/api/v1/audit-logs?object_type=expense&"
                                                         "object_id=%1&ordering=id")
                                              .arg(fuel))
                                     .json()
                                     .value(QLatin1String("results"))
                                     .toArray())
        audited << row.toObject().value(QLatin1String("action")).toString();
    QCOMPARE(audited,
             (QStringList{QStringLiteral("expense.created"), QStringLiteral("expense.approved"),
                          QStringLiteral("expense.reimbursed")}));
}

qint64 TestMoney::spiffType(const QJsonObject &body)
{
    const TestReply reply =
        client(m_staff.manager).post(QStringLiteral("/api/v1/spiff-types"), body);
    if (reply.status != 201)
        qWarning("spiff type: %d %s", reply.status, reply.body.constData());
    return (reply).id();
}

void TestMoney::everyChangeIsAnnouncedAtTheLocation()
{
    // expenses.expense.changed.v1 in the outbox, written with each change, at its location.
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_database, &error);
    QVERIFY2(url, qPrintable(error));
    Database db(*url);
    SqlQuery q(db, QStringLiteral("SELECT location_id, data FROM outbox_events WHERE type = "
                                  "'expenses.expense.changed.v1' ORDER BY id"));
    q.exec();
    QStringList actions;
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
        if (data.value(QLatin1String("expense_id")).toInteger() != m_announced)
            continue;
        QCOMPARE(q.integer(0), m_staff.location);
        actions << data.value(QLatin1String("action")).toString();
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("submitted"), QStringLiteral("commented"),
                                   QStringLiteral("approved"), QStringLiteral("reimbursed")}));
}

void TestMoney::spiffTypesAreWrittenByManagers()
{
    const QString path = QStringLiteral("/api/v1/spiff-types");
    const QJsonObject referral{{QStringLiteral("name"), QStringLiteral("Referral bonus")},
                               {QStringLiteral("default_amount_minor"), 2500}};
    QCOMPARE(client(m_staff.employee).post(path, referral).status, 403);
    QCOMPARE(client(m_staff.dispatcher).post(path, referral).status, 403);
    const TestReply created = client(m_staff.manager).post(path, referral);
    QCOMPARE(created.status, 201);
    m_referral = (created).id();
    QCOMPARE(created.json().value(QLatin1String("default_amount_minor")).toInteger(), 2500);
    QCOMPARE(created.json().value(QLatin1String("auto_on_completion")).toBool(), false);
    QVERIFY(created.json().value(QLatin1String("service_id")).isNull());
    QCOMPARE(client(m_staff.admin).post(path, referral).status, 409);
    const TestReply noService =
        client(m_staff.manager)
            .post(path, {{QStringLiteral("name"), QStringLiteral("Auto without service")},
                         {QStringLiteral("default_amount_minor"), 100},
                         {QStringLiteral("auto_on_completion"), true}});
    QCOMPARE(noService.status, 422);
    QCOMPARE(errorFields(noService), QStringList{QStringLiteral("service_id")});
    QVERIFY(idsIn(client(m_staff.employee).get(path)).contains(m_referral));
    QCOMPARE(client(m_staff.otherAdmin).get(path + QStringLiteral("/%1").arg(m_referral)).status,
             404);
}

void TestMoney::employeesClaimTheirOwnSpiffs()
{
    const QString path = QStringLiteral("/api/v1/spiffs");
    const TestReply claimed =
        client(m_staff.employee)
            .post(path, {{QStringLiteral("spiff_type_id"), m_referral},
                         {QStringLiteral("reason"), QStringLiteral("Referred the Nguyens")}});
    QCOMPARE(claimed.status, 201);
    const QJsonObject spiff = claimed.json();
    QCOMPARE(spiff.value(QLatin1String("employee_id")).toInteger(), m_staff.employeeId);
    QCOMPARE(spiff.value(QLatin1String("amount_minor")).toInteger(), 2500); // the type's default
    QCOMPARE(spiff.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(spiff.value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(spiff.value(QLatin1String("auto")).toBool(), false);
    QCOMPARE(spiff.value(QLatin1String("location_id")).toInteger(), m_staff.location);
    QCOMPARE(spiff.value(QLatin1String("spiff_type_name")).toString(),
             QStringLiteral("Referral bonus"));
    QCOMPARE(
        spiff.value(QLatin1String("created_by")).toObject().value(QLatin1String("id")).toInteger(),
        m_staff.employeeId);
    // For a colleague: not an employee's to file.
    const qint64 colleagueId = client(m_staff.colleague)
                                   .get(QStringLiteral("/api/v1/me"))
                                   .json()
                                   .value(QLatin1String("user"))
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toInteger();
    QCOMPARE(client(m_staff.employee)
                 .post(path, {{QStringLiteral("spiff_type_id"), m_referral},
                              {QStringLiteral("employee_id"), colleagueId},
                              {QStringLiteral("reason"), QStringLiteral("For a friend")}})
                 .status,
             403);
    const TestReply noReason =
        client(m_staff.employee).post(path, {{QStringLiteral("spiff_type_id"), m_referral}});
    QCOMPARE(errorFields(noReason), QStringList{QStringLiteral("reason")});
    const TestReply zero = client(m_staff.employee)
                               .post(path, {{QStringLiteral("spiff_type_id"), m_referral},
                                            {QStringLiteral("amount_minor"), 0},
                                            {QStringLiteral("reason"), QStringLiteral("x")}});
    QCOMPARE(errorFields(zero), QStringList{QStringLiteral("amount_minor")});
    QVERIFY(idsIn(client(m_staff.employee).get(path)).contains((claimed).id()));
    QVERIFY(!idsIn(client(m_staff.colleague).get(path)).contains((claimed).id()));
    QVERIFY(idsIn(client(m_staff.manager).get(path + QStringLiteral("?awaiting_me=true")))
                .contains((claimed).id()));
    QVERIFY(
        idsIn(client(m_staff.employee).get(path + QStringLiteral("?awaiting_me=true"))).isEmpty());
    QCOMPARE(step(m_staff.employee, "spiffs", (claimed).id(), "cancel").status, 200);
}

void TestMoney::managersFileSpiffsForTheirPeople()
{
    const QString path = QStringLiteral("/api/v1/spiffs");
    const QJsonObject forEmployee{
        {QStringLiteral("spiff_type_id"), m_referral},
        {QStringLiteral("employee_id"), m_staff.employeeId},
        {QStringLiteral("amount_minor"), 4000},
        {QStringLiteral("reason"), QStringLiteral("Upsold a maintenance plan")}};
    const TestReply byManager = client(m_staff.manager).post(path, forEmployee);
    QCOMPARE(byManager.status, 201);
    QCOMPARE(byManager.json().value(QLatin1String("employee_id")).toInteger(), m_staff.employeeId);
    QCOMPARE(byManager.json().value(QLatin1String("amount_minor")).toInteger(), 4000);
    QCOMPARE(byManager.json()
                 .value(QLatin1String("created_by"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInteger(),
             m_managerId);
    // Someone at another location is not the manager's to reward.
    const TestReply far = client(m_staff.farManager).post(path, forEmployee);
    QCOMPARE(far.status, 422);
    QCOMPARE(errorFields(far), QStringList{QStringLiteral("employee_id")});
    QCOMPARE(client(m_staff.dispatcher).post(path, forEmployee).status, 403);
    QCOMPARE(client(m_staff.admin).post(path, forEmployee).status, 201);
    // The employee hears of it.
    bool told = false;
    for (const QJsonValue &n : client(m_staff.employee)
                                   .get(QStringLiteral("/api/v1/notifications?limit=500"))
                                   .json()
                                   .value(QLatin1String("results"))
                                   .toArray())
        told =
            told || n.toObject().value(QLatin1String("object_id")).toInteger() == (byManager).id();
    QVERIFY(told);
    // Whoever filed it may take it back while it waits; so may the employee.
    QCOMPARE(step(m_staff.manager, "spiffs", (byManager).id(), "cancel").status, 200);
}

void TestMoney::spiffsFollowTheirWorkflow()
{
    const QString path = QStringLiteral("/api/v1/spiffs");
    const TestReply claimed =
        client(m_staff.employee)
            .post(path, {{QStringLiteral("spiff_type_id"), m_referral},
                         {QStringLiteral("reason"), QStringLiteral("Referred the Ortizes")}});
    const qint64 id = (claimed).id();
    QCOMPARE(step(m_staff.employee, "spiffs", id, "approve").status, 403);
    QCOMPARE(step(m_staff.farManager, "spiffs", id, "approve").status, 404);
    QCOMPARE(step(m_staff.dispatcher, "spiffs", id, "approve").status, 404);
    QCOMPARE(step(m_staff.manager, "spiffs", id, "pay").status, 409);
    const TestReply changed =
        client(m_staff.employee)
            .patch(path + QStringLiteral("/%1").arg(id), {{QStringLiteral("amount_minor"), 3000}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(QLatin1String("amount_minor")).toInteger(), 3000);
    QCOMPARE(step(m_staff.manager, "spiffs", id, "approve").status, 200);
    const TestReply frozen =
        client(m_staff.employee)
            .patch(path + QStringLiteral("/%1").arg(id), {{QStringLiteral("amount_minor"), 9000}});
    QCOMPARE(frozen.status, 409);
    QCOMPARE(frozen.json().value(QLatin1String("allowed")).toArray(),
             QJsonArray{QStringLiteral("pay")});
    const TestReply paid = step(m_staff.admin, "spiffs", id, "pay");
    QCOMPARE(paid.status, 200);
    QCOMPARE(paid.json().value(QLatin1String("status")).toString(), QStringLiteral("paid"));
    QVERIFY(!paid.json().value(QLatin1String("paid_at")).toString().isEmpty());
    QCOMPARE(step(m_staff.admin, "spiffs", id, "pay").status, 409);
    QCOMPARE(actionsIn(client(m_staff.employee).get(path + QStringLiteral("/%1/history").arg(id))),
             (QStringList{QStringLiteral("submitted"), QStringLiteral("updated"),
                          QStringLiteral("approved"), QStringLiteral("paid")}));
    // Nobody decides their own: the manager's claim goes to an admin.
    const qint64 managers =
        idOf(client(m_staff.manager)
                 .post(path, {{QStringLiteral("spiff_type_id"), m_referral},
                              {QStringLiteral("reason"), QStringLiteral("Mine")}}));
    QCOMPARE(step(m_staff.manager, "spiffs", managers, "approve").status, 403);
    QCOMPARE(step(m_staff.admin, "spiffs", managers, "reject",
                  {{QStringLiteral("comment"), QStringLiteral("Not a referral")}})
                 .json()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("rejected"));
    QCOMPARE(client(m_staff.employee)
                 .post(path + QStringLiteral("/%1/comments").arg(id),
                       {{QStringLiteral("text"), QStringLiteral("Thanks!")}})
                 .json()
                 .value(QLatin1String("spiff_id"))
                 .toInteger(),
             id);
}

void TestMoney::aCompletedJobEarnsItsSpiffOnce()
{
    TestHttpClient admin = client(m_staff.admin);
    const qint64 service =
        idOf(admin.post(QStringLiteral("/api/v1/services"),
                        {{QStringLiteral("name"), QStringLiteral("Money duct clean")},
                         {QStringLiteral("duration_min"), 60}}));
    const qint64 otherService = idOf(admin.post(
        QStringLiteral("/api/v1/services"), {{QStringLiteral("name"), QStringLiteral("Money lawn")},
                                             {QStringLiteral("duration_min"), 60}}));
    QVERIFY(service > 0 && otherService > 0);
    const qint64 bonus = spiffType({{QStringLiteral("name"), QStringLiteral("Duct clean bonus")},
                                    {QStringLiteral("default_amount_minor"), 1500},
                                    {QStringLiteral("service_id"), service},
                                    {QStringLiteral("auto_on_completion"), true}});
    QVERIFY(bonus > 0);
    const TestReply technician = admin.post(QStringLiteral("/api/v1/technicians"),
                                            {{QStringLiteral("user_id"), m_staff.employeeId},
                                             {QStringLiteral("location_id"), m_staff.location}});
    QCOMPARE(technician.status, 201);
    const auto completedJob = [&](qint64 serviceId) -> qint64 {
        TestHttpClient dispatcher = client(m_staff.dispatcher);
        const qint64 job = idOf(dispatcher.post(
            QStringLiteral("/api/v1/jobs"), {{QStringLiteral("title"), QStringLiteral("Money job")},
                                             {QStringLiteral("location_id"), m_staff.location},
                                             {QStringLiteral("service_id"), serviceId}}));
        const auto version = [&] {
            return dispatcher.get(QStringLiteral("/api/v1/jobs/%1").arg(job))
                .json()
                .value(QLatin1String("version"))
                .toInteger();
        };
        const TestReply assigned = dispatcher.post(
            QStringLiteral("/api/v1/jobs/%1/assign").arg(job),
            {{QStringLiteral("technician_id"), (technician).id()},
             {QStringLiteral("planned_start"), QStringLiteral("2026-12-02T16:00:00Z")},
             {QStringLiteral("expected_version"), version()},
             {QStringLiteral("force"), true}});
        if (assigned.status != 200)
            qWarning("assign: %d %s", assigned.status, assigned.body.constData());
        for (const char *status : {"dispatched", "en_route", "on_site", "completed"}) {
            const TestReply moved =
                dispatcher.post(QStringLiteral("/api/v1/jobs/%1/status").arg(job),
                                {{QStringLiteral("status"), QLatin1String(status)}});
            if (moved.status != 200)
                qWarning("%s: %d %s", status, moved.status, moved.body.constData());
        }
        return job;
    };
    const qint64 job = completedJob(service);
    const TestReply earned =
        client(m_staff.manager).get(QStringLiteral("/api/v1/spiffs?job_id=%1").arg(job));
    QCOMPARE(earned.json().value(QLatin1String("count")).toInteger(), 1);
    const QJsonObject spiff =
        earned.json().value(QLatin1String("results")).toArray().at(0).toObject();
    QCOMPARE(spiff.value(QLatin1String("auto")).toBool(), true);
    QCOMPARE(spiff.value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
    QCOMPARE(spiff.value(QLatin1String("employee_id")).toInteger(), m_staff.employeeId);
    QCOMPARE(spiff.value(QLatin1String("spiff_type_id")).toInteger(), bonus);
    QCOMPARE(spiff.value(QLatin1String("amount_minor")).toInteger(), 1500);
    QVERIFY(spiff.value(QLatin1String("created_by")).isNull());
    // The completion sent again changes nothing, and files nothing.
    QCOMPARE(client(m_staff.dispatcher)
                 .post(QStringLiteral("/api/v1/jobs/%1/status").arg(job),
                       {{QStringLiteral("status"), QStringLiteral("completed")}})
                 .status,
             409);
    QCOMPARE(client(m_staff.manager)
                 .get(QStringLiteral("/api/v1/spiffs?job_id=%1").arg(job))
                 .json()
                 .value(QLatin1String("count"))
                 .toInteger(),
             1);
    // Another service's job earns none; an inactive type earns none.
    const qint64 lawn = completedJob(otherService);
    QCOMPARE(client(m_staff.admin)
                 .get(QStringLiteral("/api/v1/spiffs?job_id=%1").arg(lawn))
                 .json()
                 .value(QLatin1String("count"))
                 .toInteger(),
             0);
    QCOMPARE(client(m_staff.manager)
                 .patch(QStringLiteral("/api/v1/spiff-types/%1").arg(bonus),
                        {{QStringLiteral("active"), false}})
                 .status,
             200);
    const qint64 quiet = completedJob(service);
    QCOMPARE(client(m_staff.admin)
                 .get(QStringLiteral("/api/v1/spiffs?job_id=%1").arg(quiet))
                 .json()
                 .value(QLatin1String("count"))
                 .toInteger(),
             0);
    QCOMPARE(client(m_staff.manager)
                 .patch(QStringLiteral("/api/v1/spiff-types/%1").arg(bonus),
                        {{QStringLiteral("active"), true}})
                 .status,
             200);
    m_autoJob = job;
    m_autoType = bonus;
}

void TestMoney::theAutomaticSpiffIsUniquePerJobInStorage()
{
    // Beneath the API: the same job and type once more, as a completion written twice would.
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_database, &error);
    QVERIFY2(url, qPrintable(error));
    Database db(*url);
    const auto count = [&db, this] {
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM spiffs WHERE job_id = ?"));
        q.bind(m_autoJob).exec();
        return q.next() ? q.integer(0) : -1;
    };
    QCOMPARE(count(), 1);
    SqlQuery existing(
        db,
        QStringLiteral("SELECT tenant_id, location_id, employee_id FROM spiffs WHERE job_id = ?"));
    existing.bind(m_autoJob).exec();
    QVERIFY(existing.next());
    Spiff again;
    again.employeeId = existing.integer(2);
    again.locationId = existing.integer(1);
    again.spiffTypeId = m_autoType;
    again.amountMinor = 1500;
    again.currency = QStringLiteral("USD");
    again.jobId = m_autoJob;
    again.status = QStringLiteral("submitted");
    again.earnedOn = QStringLiteral("2026-12-02");
    {
        Transaction tx(db);
        QVERIFY(!SpiffRepository(db).insertAutomatic(existing.integer(0), again));
        tx.commit();
    }
    QCOMPARE(count(), 1);
    // A plain INSERT of the same pair is refused by the index itself.
    bool refused = false;
    try {
        Transaction tx(db);
        SqlQuery insert(
            db, QStringLiteral(
                    "INSERT INTO spiffs (tenant_id, location_id, employee_id, spiff_type_id, "
                    "amount_minor, currency, job_id, auto_job_id, status, earned_on, "
                    "submitted_at, updated_at) VALUES (?, ?, ?, ?, 1, 'USD', ?, ?, "
                    "'submitted', '2026-12-02', 'x', 'x')"));
        insert.bind(existing.integer(0))
            .bind(again.locationId)
            .bind(again.employeeId)
            .bind(m_autoType)
            .bind(m_autoJob)
            .bind(m_autoJob)
            .exec();
        tx.commit();
    } catch (const DatabaseError &e) {
        refused = e.kind() == DatabaseError::Kind::UniqueViolation;
    }
    QVERIFY(refused);
    QCOMPARE(count(), 1);
}

QJsonObject TestMoney::report(const QByteArray &token, const QString &query)
{
    const TestReply reply = client(token).get(QStringLiteral("/api/v1/reports/") + query);
    if (reply.status != 200)
        qWarning("report %s: %d %s", qPrintable(query), reply.status, reply.body.constData());
    return reply.json();
}

void TestMoney::fileReportFixtures()
{
    if (m_north > 0)
        return;
    m_north = createTestLocation(m_server, m_staff.admin, QStringLiteral("Money reports north"));
    m_south = createTestLocation(m_server, m_staff.admin, QStringLiteral("Money reports south"));
    QVERIFY(m_north > 0 && m_south > 0);
    const auto person = [this](const char *name, const char *role, QList<qint64> at, qint64 *id) {
        const QString email = QLatin1String(name) + QStringLiteral("@money-reports.local");
        QJsonArray locations;
        for (const qint64 l : at)
            locations.append(l);
        const TestReply created = client(m_staff.admin)
                                      .post(QStringLiteral("/api/v1/users"),
                                            {{QStringLiteral("email"), email},
                                             {QStringLiteral("name"), QLatin1String(name)},
                                             {QStringLiteral("role"), QLatin1String(role)},
                                             {QStringLiteral("password"), kPassword},
                                             {QStringLiteral("location_ids"), locations}});
        *id = (created).id();
        return signInTo(m_server, email, kPassword);
    };
    qint64 managerId = 0;
    m_reportManager = person("rita", "manager", {m_north}, &managerId);
    m_annToken = person("ann", "employee", {m_north}, &m_ann);
    m_bobToken = person("bob", "employee", {m_north}, &m_bob);
    m_cidToken = person("cid", "employee", {m_south}, &m_cid);
    QVERIFY(!m_reportManager.isEmpty() && !m_annToken.isEmpty() && !m_bobToken.isEmpty() &&
            !m_cidToken.isEmpty());
    m_meals = idOf(client(m_reportManager)
                       .post(QStringLiteral("/api/v1/expense-categories"),
                             {{QStringLiteral("name"), QStringLiteral("Meals, snacks")},
                              {QStringLiteral("code"), QStringLiteral("T-MEALS")}}));
    QVERIFY(m_meals > 0);

    // Who, what, when, how much, in what, and what became of it.
    struct Fixture
    {
        QByteArray *token;
        qint64 category;
        const char *date;
        qint64 amount;
        const char *currency;
        const char *fate; // approved, reimbursed, submitted, rejected
        int corrects;     // index of the fixture corrected, or -1
    };
    const QList<Fixture> fixtures{
        {&m_annToken, m_fuel, "2026-11-02", 4520, "USD", "approved", -1},   // 0
        {&m_annToken, m_fuel, "2026-11-30", 3000, "USD", "reimbursed", -1}, // 1
        {&m_annToken, m_meals, "2026-11-30", 1250, "USD", "approved", -1},  // 2
        {&m_annToken, m_fuel, "2026-12-01", -500, "USD", "approved", 1},    // 3 corrects 1
        {&m_bobToken, m_fuel, "2026-11-15", 7000, "USD", "approved", -1},   // 4
        {&m_bobToken, m_meals, "2026-11-15", 1500, "EUR", "approved", -1},  // 5
        {&m_bobToken, m_meals, "2026-12-03", 2000, "JPY", "approved", -1},  // 6
        {&m_bobToken, m_meals, "2026-12-03", 1234, "KWD", "approved", -1},  // 7
        {&m_bobToken, m_fuel, "2026-11-20", 9999, "USD", "submitted", -1},  // 8
        {&m_bobToken, m_fuel, "2026-11-21", 800, "USD", "rejected", -1},    // 9
        {&m_cidToken, m_fuel, "2026-11-05", 6000, "USD", "approved", -1},   // 10
        {&m_annToken, m_fuel, "2026-12-10", 1000, "USD", "approved", -1},   // 11
        {&m_annToken, m_fuel, "2026-12-10", -1000, "USD", "approved", 11},  // 12 corrects 11
        {&m_annToken, m_fuel, "2027-01-01", 1100, "USD", "approved", -1},   // 13 (2026-W53)
    };
    QList<qint64> ids;
    for (const Fixture &f : fixtures) {
        QJsonObject body{{QStringLiteral("date"), QLatin1String(f.date)},
                         {QStringLiteral("category_id"), f.category},
                         {QStringLiteral("amount_minor"), f.amount},
                         {QStringLiteral("currency"), QLatin1String(f.currency)},
                         {QStringLiteral("description"), QStringLiteral("Report fixture")}};
        if (f.corrects >= 0)
            body.insert(QStringLiteral("corrects_id"), ids.at(f.corrects));
        const qint64 id = filed(*f.token, body);
        QVERIFY(id > 0);
        ids << id;
        const QByteArray &decider = f.token == &m_cidToken ? m_staff.admin : m_reportManager;
        const QString fate = QLatin1String(f.fate);
        if (fate == QLatin1String("rejected")) {
            QCOMPARE(step(decider, "expenses", id, "reject",
                          {{QStringLiteral("comment"), QStringLiteral("No")}})
                         .status,
                     200);
        } else if (fate != QLatin1String("submitted")) {
            QCOMPARE(step(decider, "expenses", id, "approve").status, 200);
            if (fate == QLatin1String("reimbursed"))
                QCOMPARE(step(decider, "expenses", id, "reimburse").status, 200);
        }
    }
}

namespace {

// A row as "key=value|…|currency|count|total" for comparing whole reports at once.
QStringList rowsOf(const QJsonObject &report, const QStringList &keys)
{
    QStringList rows;
    for (const QJsonValue &v : report.value(QLatin1String("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        QStringList parts;
        for (const QString &key : keys)
            parts << row.value(key).toVariant().toString();
        parts << row.value(QLatin1String("currency")).toString()
              << QString::number(row.value(QLatin1String("count")).toInteger())
              << QString::number(row.value(QLatin1String("total_minor")).toInteger());
        rows << parts.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList totalsOf(const QJsonObject &report)
{
    QStringList totals;
    for (const QJsonValue &v : report.value(QLatin1String("currency_totals")).toArray()) {
        const QJsonObject t = v.toObject();
        totals << QStringLiteral("%1|%2|%3")
                      .arg(t.value(QLatin1String("currency")).toString())
                      .arg(t.value(QLatin1String("count")).toInteger())
                      .arg(t.value(QLatin1String("total_minor")).toInteger());
    }
    return totals;
}

} // namespace

void TestMoney::reportTotalsMatchTheHandComputedFixtures()
{
    fileReportFixtures();
    const QString both = QStringLiteral("location_id=%1,%2").arg(m_north).arg(m_south);
    const QString fuel = QString::number(m_fuel);
    const QString meals = QString::number(m_meals);

    // By month and category (approved and reimbursed only, by default). Worked out by hand:
    // November fuel 4520 + 3000 + 7000 + 6000; December fuel -500 + 1000 - 1000 (two
    // corrections); January's 1100; meals in three more currencies.
    const QJsonObject monthly =
        report(m_staff.admin, QStringLiteral("expenses?group_by=month,category&") + both);
    QCOMPARE(rowsOf(monthly, {QStringLiteral("month"), QStringLiteral("category_id"),
                              QStringLiteral("category_name")}),
             (QStringList{QStringLiteral("2026-11|%1|Fuel|USD|4|20520").arg(fuel),
                          QStringLiteral("2026-11|%1|Meals, snacks|EUR|1|1500").arg(meals),
                          QStringLiteral("2026-11|%1|Meals, snacks|USD|1|1250").arg(meals),
                          QStringLiteral("2026-12|%1|Fuel|USD|3|-500").arg(fuel),
                          QStringLiteral("2026-12|%1|Meals, snacks|JPY|1|2000").arg(meals),
                          QStringLiteral("2026-12|%1|Meals, snacks|KWD|1|1234").arg(meals),
                          QStringLiteral("2027-01|%1|Fuel|USD|1|1100").arg(fuel)}));
    QCOMPARE(totalsOf(monthly),
             (QStringList{QStringLiteral("EUR|1|1500"), QStringLiteral("JPY|1|2000"),
                          QStringLiteral("KWD|1|1234"), QStringLiteral("USD|9|22370")}));
    // The groups add up to the totals, whatever the grouping.
    for (const QString &grouping :
         {QStringLiteral("employee"), QStringLiteral("day"), QStringLiteral("week,location"),
          QStringLiteral("status,employee")}) {
        const QJsonObject r =
            report(m_staff.admin, QStringLiteral("expenses?group_by=%1&").arg(grouping) + both);
        QHash<QString, qint64> sums;
        for (const QJsonValue &row : r.value(QLatin1String("rows")).toArray())
            sums[row.toObject().value(QLatin1String("currency")).toString()] +=
                row.toObject().value(QLatin1String("total_minor")).toInteger();
        QCOMPARE(sums.value(QStringLiteral("USD")), 22370);
        QCOMPARE(totalsOf(r), totalsOf(monthly));
    }

    // By ISO week: 2027-01-01 is in 2026's week 53; two entries that cancel out stay a group.
    QCOMPARE(
        rowsOf(report(m_staff.admin, QStringLiteral("expenses?group_by=week&") + both),
               {QStringLiteral("week")}),
        (QStringList{QStringLiteral("2026-W45|USD|2|10520"), QStringLiteral("2026-W46|EUR|1|1500"),
                     QStringLiteral("2026-W46|USD|1|7000"), QStringLiteral("2026-W49|JPY|1|2000"),
                     QStringLiteral("2026-W49|KWD|1|1234"), QStringLiteral("2026-W49|USD|3|3750"),
                     QStringLiteral("2026-W50|USD|2|0"), QStringLiteral("2026-W53|USD|1|1100")}));
    // By day, within dates (both included).
    QCOMPARE(rowsOf(report(m_staff.admin,
                           QStringLiteral("expenses?group_by=day&from=2026-11-30&to=2026-11-30&") +
                               both),
                    {QStringLiteral("day")}),
             QStringList{QStringLiteral("2026-11-30|USD|2|4250")});
    // By status, asking for every status.
    QCOMPARE(
        rowsOf(report(m_staff.admin, QStringLiteral("expenses?group_by=status&status=submitted,"
                                                    "approved,rejected,reimbursed,cancelled&") +
                                         both),
               {QStringLiteral("status")}),
        (QStringList{QStringLiteral("submitted|USD|1|9999"), QStringLiteral("approved|EUR|1|1500"),
                     QStringLiteral("approved|JPY|1|2000"), QStringLiteral("approved|KWD|1|1234"),
                     QStringLiteral("approved|USD|8|19370"), QStringLiteral("rejected|USD|1|800"),
                     QStringLiteral("reimbursed|USD|1|3000")}));
    // Nothing matches: no rows, no totals.
    const QJsonObject none =
        report(m_staff.admin,
               QStringLiteral("expenses?group_by=month&category_id=%1&").arg(m_hotel) + both);
    QCOMPARE(none.value(QLatin1String("rows")).toArray().size(), 0);
    QCOMPARE(none.value(QLatin1String("currency_totals")).toArray().size(), 0);
    // A filter by category and employee.
    QCOMPARE(
        rowsOf(report(m_staff.admin,
                      QStringLiteral("expenses?group_by=employee&category_id=%1&employee_id=%2,%3")
                          .arg(m_fuel)
                          .arg(m_ann)
                          .arg(m_cid)),
               {QStringLiteral("employee_name")}),
        (QStringList{QStringLiteral("ann|USD|6|8120"), QStringLiteral("cid|USD|1|6000")}));
}

void TestMoney::reportsAreScopedByRole()
{
    fileReportFixtures();
    // The manager of the north location: ann and bob, not cid of the south.
    QCOMPARE(rowsOf(report(m_reportManager, QStringLiteral("expenses?group_by=employee")),
                    {QStringLiteral("employee_id"), QStringLiteral("employee_name")}),
             (QStringList{QStringLiteral("%1|ann|USD|7|9370").arg(m_ann),
                          QStringLiteral("%1|bob|EUR|1|1500").arg(m_bob),
                          QStringLiteral("%1|bob|JPY|1|2000").arg(m_bob),
                          QStringLiteral("%1|bob|KWD|1|1234").arg(m_bob),
                          QStringLiteral("%1|bob|USD|1|7000").arg(m_bob)}));
    QCOMPARE(report(m_reportManager,
                    QStringLiteral("expenses?group_by=employee&location_id=%1").arg(m_south))
                 .value(QLatin1String("rows"))
                 .toArray()
                 .size(),
             0);
    // An employee: themselves only, whatever they ask for.
    QCOMPARE(rowsOf(report(m_annToken, QStringLiteral("expenses?group_by=status,location")),
                    {QStringLiteral("status"), QStringLiteral("location_name")}),
             (QStringList{QStringLiteral("approved|Money reports north|USD|6|6370"),
                          QStringLiteral("reimbursed|Money reports north|USD|1|3000")}));
    QCOMPARE(
        report(m_annToken, QStringLiteral("expenses?group_by=employee&employee_id=%1").arg(m_bob))
            .value(QLatin1String("rows"))
            .toArray()
            .size(),
        0);
    // Another tenant sees none of it.
    QCOMPARE(report(m_staff.otherAdmin,
                    QStringLiteral("expenses?group_by=employee&employee_id=%1").arg(m_ann))
                 .value(QLatin1String("rows"))
                 .toArray()
                 .size(),
             0);
}

void TestMoney::reportsAnswerCsv()
{
    fileReportFixtures();
    const TestReply csv =
        client(m_staff.admin)
            .send("GET",
                  QStringLiteral("/api/v1/reports/expenses?group_by=month,category&"
                                 "location_id=%1,%2")
                      .arg(m_north)
                      .arg(m_south),
                  {}, {{"Accept", "text/csv"}});
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.header("content-type").startsWith("text/csv"));
    const QByteArray fuel = QByteArray::number(m_fuel);
    const QByteArray meals = QByteArray::number(m_meals);
    QCOMPARE(csv.body, QByteArray("month,category_id,category_name,currency,count,total\r\n"
                                  "2026-11," +
                                  fuel +
                                  ",Fuel,USD,4,205.20\r\n"
                                  "2026-11," +
                                  meals +
                                  ",\"Meals, snacks\",EUR,1,15.00\r\n"
                                  "2026-11," +
                                  meals +
                                  ",\"Meals, snacks\",USD,1,12.50\r\n"
                                  "2026-12," +
                                  fuel +
                                  ",Fuel,USD,3,-5.00\r\n"
                                  "2026-12," +
                                  meals +
                                  ",\"Meals, snacks\",JPY,1,2000\r\n"
                                  "2026-12," +
                                  meals +
                                  ",\"Meals, snacks\",KWD,1,1.234\r\n"
                                  "2027-01," +
                                  fuel + ",Fuel,USD,1,11.00\r\n"));
    // Nothing to report is a header alone.
    const TestReply empty =
        client(m_annToken)
            .send(
                "GET",
                QStringLiteral("/api/v1/reports/expenses?group_by=week&employee_id=%1").arg(m_bob),
                {}, {{"Accept", "text/csv"}});
    QCOMPARE(empty.body, QByteArray("week,currency,count,total\r\n"));
    // UTF-8 names come through as they are.
    QCOMPARE(client(m_staff.manager)
                 .patch(QStringLiteral("/api/v1/expense-categories/%1").arg(m_meals),
                        {{QStringLiteral("name"), QStringLiteral("Repas \"à emporter\"")}})
                 .status,
             200);
    const TestReply accented =
        client(m_reportManager)
            .send("GET",
                  QStringLiteral("/api/v1/reports/expenses?group_by=category&category_id=%1")
                      .arg(m_meals),
                  {}, {{"Accept", "text/csv"}});
    QVERIFY2(accented.body.contains(
                 QStringLiteral(",\"Repas \"\"à emporter\"\"\",EUR,1,15.00\r\n").toUtf8()),
             accented.body.constData());
    QCOMPARE(client(m_staff.manager)
                 .patch(QStringLiteral("/api/v1/expense-categories/%1").arg(m_meals),
                        {{QStringLiteral("name"), QStringLiteral("Meals, snacks")}})
                 .status,
             200);
}

void TestMoney::reportParametersAreChecked()
{
    const auto refused = [this](const QString &query) {
        return errorFields(client(m_staff.admin).get(QStringLiteral("/api/v1/reports/") + query));
    };
    QCOMPARE(refused(QStringLiteral("expenses?group_by=colour")),
             QStringList{QStringLiteral("group_by")});
    QCOMPARE(refused(QStringLiteral("expenses?group_by=type")),
             QStringList{QStringLiteral("group_by")});
    QCOMPARE(refused(QStringLiteral("spiffs?group_by=category")),
             QStringList{QStringLiteral("group_by")});
    QCOMPARE(refused(QStringLiteral("expenses?group_by=month,day,employee")),
             QStringList{QStringLiteral("group_by")});
    QCOMPARE(refused(QStringLiteral("expenses?group_by=month,month")),
             QStringList{QStringLiteral("group_by")});
    QCOMPARE(refused(QStringLiteral("expenses?status=paid")),
             QStringList{QStringLiteral("status")});
    QCOMPARE(refused(QStringLiteral("expenses?from=last-week")),
             QStringList{QStringLiteral("from")});
    QCOMPARE(refused(QStringLiteral("expenses?location_id=north")),
             QStringList{QStringLiteral("location_id")});
    QCOMPARE(refused(QStringLiteral("expenses?spiff_type_id=1")),
             QStringList{QStringLiteral("spiff_type_id")});
    QCOMPARE(refused(QStringLiteral("expenses?limit=10")), QStringList{QStringLiteral("limit")});
}

void TestMoney::spiffReports()
{
    fileReportFixtures();
    const QString path = QStringLiteral("/api/v1/spiffs");
    const auto claim = [&](const QByteArray &token, qint64 amount, const char *fate) {
        const qint64 id =
            idOf(client(token).post(path, {{QStringLiteral("spiff_type_id"), m_referral},
                                           {QStringLiteral("amount_minor"), amount},
                                           {QStringLiteral("reason"), QStringLiteral("Fixture")}}));
        QVERIFY(id > 0);
        if (qstrcmp(fate, "rejected") == 0) {
            QCOMPARE(step(m_reportManager, "spiffs", id, "reject",
                          {{QStringLiteral("comment"), QStringLiteral("No")}})
                         .status,
                     200);
            return;
        }
        QCOMPARE(step(m_reportManager, "spiffs", id, "approve").status, 200);
        if (qstrcmp(fate, "paid") == 0)
            QCOMPARE(step(m_reportManager, "spiffs", id, "pay").status, 200);
    };
    claim(m_annToken, 2500, "paid");
    claim(m_annToken, 1000, "rejected");
    claim(m_bobToken, 5000, "approved");
    const QString month = QDateTime::currentDateTimeUtc()
                              .toTimeZone(QTimeZone("America/Denver"))
                              .date()
                              .toString(QStringLiteral("yyyy-MM"));
    QCOMPARE(
        rowsOf(report(m_reportManager,
                      QStringLiteral("spiffs?group_by=type,month&location_id=%1").arg(m_north)),
               {QStringLiteral("spiff_type_name"), QStringLiteral("month")}),
        QStringList{QStringLiteral("Referral bonus|%1|USD|2|7500").arg(month)});
    QCOMPARE(rowsOf(report(m_reportManager,
                           QStringLiteral(
                               "spiffs?group_by=employee,status&status=approved,paid,rejected")),
                    {QStringLiteral("employee_name"), QStringLiteral("status")}),
             (QStringList{QStringLiteral("ann|rejected|USD|1|1000"),
                          QStringLiteral("ann|paid|USD|1|2500"),
                          QStringLiteral("bob|approved|USD|1|5000")}));
    const TestReply csv = client(m_annToken)
                              .send("GET", QStringLiteral("/api/v1/reports/spiffs?group_by=type"),
                                    {}, {{"Accept", "text/csv"}});
    QCOMPARE(csv.body, QStringLiteral("spiff_type_id,spiff_type_name,currency,count,total\r\n"
                                      "%1,Referral bonus,USD,1,25.00\r\n")
                           .arg(m_referral)
                           .toUtf8());
}

FIELDDESK_TEST_GUILESS_MAIN(TestMoney)
} // namespace tst_money
#include "tst_money.moc"
