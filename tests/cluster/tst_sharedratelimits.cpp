// Request rate limits behind a balancer (issue 18): three fielddesk-server instances on the
// tests' PostgreSQL give a caller one limit between them, not one each. The requests go to the
// instances in turn, as a round-robin balancer sends them; every instance counts what it let
// through in the database (RateShare) and is charged what the others let through.
#include "serverprocess.h"
#include "testdatabase.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

namespace tst_sharedratelimits {

namespace {

constexpr int kInstances = 3;
constexpr double kPerSecond = 5;
constexpr int kBurst = 4;
constexpr int kRunMs = 6000;
const QString kDemoPassword = QStringLiteral("fielddesk-demo");

} // namespace

class TestSharedRateLimits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void aCallerHasOneLimitAcrossTheInstances();

private:
    QTemporaryDir m_dir;
    std::array<std::unique_ptr<ServerProcess>, kInstances> m_servers;
};

void TestSharedRateLimits::initTestCase()
{
    QVERIFY2(TestDatabase::engine() == QLatin1String("postgresql"),
             "the instances share PostgreSQL (FIELDDESK_TEST_ENGINE=postgresql)");
    QString error;
    ServerProcess::Options options;
    options.database = TestDatabase::fresh(QStringLiteral("ratelimits"), m_dir.path(), &error);
    QVERIFY2(!options.database.isEmpty(), qPrintable(error));
    // The per-token limit under test, small enough to reach quickly; the per-address one off
    // (every request comes from this machine). The share a round every 100 ms.
    options.environment = {QStringLiteral("FIELDDESK_DATA_DIR=") + m_dir.path(),
                           QStringLiteral("FIELDDESK_RATE_LIMIT_PER_ADDRESS=0"),
                           QStringLiteral("FIELDDESK_RATE_LIMIT_PER_TOKEN=%1").arg(kPerSecond),
                           QStringLiteral("FIELDDESK_RATE_LIMIT_PER_TOKEN_BURST=%1").arg(kBurst),
                           QStringLiteral("FIELDDESK_RATE_LIMIT_SHARE_MS=100")};
    for (auto &server : m_servers) {
        server = std::make_unique<ServerProcess>();
        QVERIFY2(server->start(options, &error), qPrintable(error));
    }
}

void TestSharedRateLimits::cleanupTestCase()
{
    for (auto &server : m_servers) {
        if (server)
            server->stop();
    }
}

void TestSharedRateLimits::aCallerHasOneLimitAcrossTheInstances()
{
    TestHttpClient signIn(m_servers.at(0)->baseUrl());
    QCOMPARE(signIn.login(QStringLiteral("dispatcher@demo.local"), kDemoPassword).status, 200);
    std::array<int, kInstances> admitted{};
    int refused = 0;
    QElapsedTimer run;
    run.start();
    for (int i = 0; run.elapsed() < kRunMs; ++i) {
        const int instance = i % kInstances;
        TestHttpClient client(m_servers.at(size_t(instance))->baseUrl());
        client.setToken(signIn.token());
        const TestReply reply = client.get(QStringLiteral("/api/v1/locations"));
        if (reply.status == 200) {
            ++admitted[size_t(instance)];
        } else {
            QCOMPARE(reply.status, 429);
            QVERIFY(reply.header("Retry-After").toInt() >= 1);
            ++refused;
        }
    }
    const double seconds = double(run.elapsed()) / 1000.0;
    const int total = admitted[0] + admitted[1] + admitted[2];
    // One limit: a burst on each instance before the first round can tell the others, then
    // the rate between them all, give or take a few rounds. Each instance alone would let
    // through three times the rate.
    const double shared = kInstances * kBurst + kPerSecond * seconds;
    const double alone = kInstances * (kBurst + kPerSecond * seconds);
    qInfo("%d requests let through in %.1f s (%d, %d, %d), %d refused; one shared limit allows "
          "about %.0f, one limit per instance %.0f",
          total, seconds, admitted[0], admitted[1], admitted[2], refused, shared, alone);
    QVERIFY2(refused > 0, "the limit was never reached");
    QVERIFY2(total <= shared + 2 * kBurst,
             qPrintable(QStringLiteral("%1 let through: more than one limit's %2")
                            .arg(total)
                            .arg(shared, 0, 'f', 0)));
    // Not shut out either: the rate goes on being served, by every instance.
    QVERIFY2(total >= kPerSecond * seconds / 2, qPrintable(QString::number(total)));
    for (int count : admitted)
        QVERIFY(count > 0);
}

FIELDDESK_TEST_GUILESS_MAIN(TestSharedRateLimits)
} // namespace tst_sharedratelimits
#include "tst_sharedratelimits.moc"
