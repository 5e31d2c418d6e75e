// The per-token request rate limit and the tamper-evident audit log, over real HTTP against a
// real fielddesk-server on the engine named by FIELDDESK_TEST_ENGINE: a caller who asks too
// often is answered 429 with Retry-After and a problem, others are not, and it is answered
// again once the wait is over; audited writes made at the same time by many clients of one
// tenant keep one unbroken chain (`fielddesk-server audit verify` exits 0), and a row
// changed directly in the database is named by `audit verify` (exit code 3).
#include "apisuite.h"
#include "apitestsetup.h"

#include "storage/database.h"
#include "testmain.h"

#include <QFuture>
#include <QProcess>
#include <QTest>
#include <QtConcurrent>

#include <numeric>

namespace tst_security {

namespace {

const QString kPassword = QStringLiteral("security-test-pw");
constexpr int kTokenRate = 5;
constexpr int kTokenBurst = 10;
constexpr int kConcurrentWrites = 48;
constexpr int kWriters = 8;

struct Verdict
{
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

} // namespace

class TestSecurity : public ApiSuite
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void aCallerWhoAsksTooOftenWaits();
    void concurrentWritersKeepOneAuditChain();
    void aRowChangedInTheDatabaseIsNamed();

private:
    Verdict auditVerify() const;
    QString m_database;
    LocationStaff m_staff;
};

void TestSecurity::initTestCase()
{
    QString error;
    const ServerProcess::Options options =
        suiteServerOptions(QStringLiteral("security"), m_dir.path(), &error);
    QVERIFY2(!options.database.isEmpty(), qPrintable(error));
    m_database = options.database;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    QVERIFY(m_staff.create(m_server, QStringLiteral("security.test"), kPassword));
}

Verdict TestSecurity::auditVerify() const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ServerProcess::executable(),
                  {QStringLiteral("--database"), m_database, QStringLiteral("--data-dir"),
                   m_dir.path(), QStringLiteral("audit"), QStringLiteral("verify")});
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAll()};
}

void TestSecurity::aCallerWhoAsksTooOftenWaits()
{
    // A second server on the same database, with a low limit per token.
    ServerProcess limited;
    ServerProcess::Options options;
    options.database = m_database;
    options.demo = false;
    options.environment = {
        QStringLiteral("FIELDDESK_DATA_DIR=") + m_dir.path(),
        QStringLiteral("FIELDDESK_RATE_LIMIT_PER_TOKEN=%1").arg(kTokenRate),
        QStringLiteral("FIELDDESK_RATE_LIMIT_PER_TOKEN_BURST=%1").arg(kTokenBurst)};
    QString error;
    QVERIFY2(limited.start(options, &error), qPrintable(error));
    TestHttpClient dispatcher(limited.baseUrl());
    dispatcher.setToken(m_staff.dispatcher);

    // The burst goes through, then the caller waits.
    TestReply refused;
    int answered = 0;
    for (int i = 0; i < 3 * kTokenBurst && refused.status == 0; ++i) {
        const TestReply reply = dispatcher.get(QStringLiteral("/api/v1/me"));
        if (reply.status == 429)
            refused = reply;
        else if (reply.status == 200)
            ++answered;
        else
            QFAIL(reply.body.constData());
    }
    QCOMPARE(refused.status, 429);
    QVERIFY2(answered >= kTokenBurst, qPrintable(QString::number(answered)));
    QVERIFY(refused.header("Retry-After").toInt() >= 1);
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(refused.json().value(QLatin1String("type")).toString(),
             QStringLiteral("/problems/too-many-requests"));
    QCOMPARE(refused.json().value(QLatin1String("status")).toInt(), 429);

    // Another caller from the same address is not held back.
    TestHttpClient manager(limited.baseUrl());
    manager.setToken(m_staff.manager);
    QCOMPARE(manager.get(QStringLiteral("/api/v1/me")).status, 200);

    // After the wait it is answered again.
    QTest::qWait(refused.header("Retry-After").toInt() * 1000 + 100);
    QCOMPARE(dispatcher.get(QStringLiteral("/api/v1/me")).status, 200);
    QCOMPARE(limited.stop(), 0);
}

void TestSecurity::concurrentWritersKeepOneAuditChain()
{
    // Audited writes of one tenant from many clients at once: on PostgreSQL they commit side
    // by side, and must still line up in one chain.
    const QUrl base = m_server.baseUrl();
    const QByteArray token = m_staff.admin;
    QList<int> writers;
    for (int w = 0; w < kWriters; ++w)
        writers.append(w);
    const QList<int> created = QtConcurrent::blockingMapped(writers, [base, token](int w) {
        TestHttpClient admin(base);
        admin.setToken(token);
        int ok = 0;
        for (int i = 0; i < kConcurrentWrites / kWriters; ++i) {
            const TestReply r = admin.post(
                QStringLiteral("/api/v1/locations"),
                {{QStringLiteral("name"), QStringLiteral("Chain depot %1-%2").arg(w).arg(i)}});
            ok += r.status == 201 ? 1 : 0;
        }
        return ok;
    });
    QCOMPARE(std::accumulate(created.begin(), created.end(), 0), kConcurrentWrites);

    const Verdict verdict = auditVerify();
    QVERIFY2(verdict.exitCode == 0, verdict.output.constData());
    QVERIFY2(verdict.output.contains("chain intact"), verdict.output.constData());
    QVERIFY2(!verdict.output.contains("BROKEN"), verdict.output.constData());
}

void TestSecurity::aRowChangedInTheDatabaseIsNamed()
{
    QString why;
    const std::optional<fielddesk::server::DatabaseUrl> url =
        fielddesk::server::DatabaseUrl::parse(m_database, &why);
    QVERIFY2(url, qPrintable(why));
    qint64 changed = 0;
    {
        fielddesk::server::Database db(*url);
        // A row in the middle of the demo tenant's chain: someone rewrites what was done.
        fielddesk::server::SqlQuery pick(
            db, QStringLiteral("SELECT id FROM audit_logs WHERE action = ? ORDER BY id"));
        pick.bind(QStringLiteral("location.created")).exec();
        QList<qint64> ids;
        while (pick.next())
            ids.append(pick.integer(0));
        QVERIFY(ids.size() >= kConcurrentWrites);
        changed = ids.at(ids.size() / 2);
        fielddesk::server::SqlQuery tamper(
            db, QStringLiteral("UPDATE audit_logs SET actor_email = ? WHERE id = ?"));
        tamper.bind(QStringLiteral("someone.else@demo.local")).bind(changed).exec();
        QCOMPARE(tamper.rowsAffected(), 1);
    }
    const Verdict verdict = auditVerify();
    QVERIFY2(verdict.exitCode == 3, verdict.output.constData());
    QVERIFY2(
        verdict.output.contains(QStringLiteral("BROKEN at audit row %1 ").arg(changed).toUtf8()),
        verdict.output.constData());
}

FIELDDESK_TEST_GUILESS_MAIN(TestSecurity)
} // namespace tst_security
#include "tst_security.moc"
