// Client addresses behind a load balancer (trusted_proxies, issue 18), against a real
// fielddesk-server whose trusted proxy is 127.0.0.1: the test plays the balancer from there
// (sending X-Forwarded-For as HAProxy's `option forwardfor` does) and plays clients that reach
// the server themselves from other loopback addresses. What is counted per client address —
// the rate limit, the sign-in throttle, the connection cap — counts the client the balancer
// names; a header from anyone else, or the part of it a client wrote itself, changes nothing.
// The HTTP front does not depend on the engine: SQLite only. tst_cluster does the same through
// a real HAProxy.
#include "apitestsetup.h"
#include "rawconnection.h"
#include "serverprocess.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

namespace tst_trustedproxies {

namespace {

constexpr int kRateBurst = 5;
constexpr int kAddressFailures = 3;
constexpr int kCap = 3;
constexpr int kWaitMs = 10000;
const QHostAddress kBalancer = loopback(1);

QByteArray health(const QByteArray &forwardedFor, const QByteArray &requestId)
{
    QByteArray request = "GET /healthz HTTP/1.1\r\nHost: fielddesk\r\nX-Request-Id: " + requestId;
    if (!forwardedFor.isNull())
        request += "\r\nX-Forwarded-For: " + forwardedFor;
    return request;
}

QByteArray failedLogin(const QByteArray &forwardedFor)
{
    return "POST /api/v1/auth/login HTTP/1.1\r\nHost: fielddesk\r\nX-Forwarded-For: " +
           forwardedFor;
}

QByteArray loginBody(int n)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("email"),
                                      QStringLiteral("nobody%1@proxied.test").arg(n)},
                                     {QStringLiteral("password"), QStringLiteral("wrong one")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestTrustedProxies : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }

    void aHeaderFromAnUntrustedPeerIsIgnored();
    void theClientTheBalancerNamesIsRateLimited();
    void whatTheClientWroteInTheHeaderIsNotBelieved();
    void signInFailuresCountTheClientTheBalancerNames();
    void theConnectionCapCountsTheClientTheBalancerNames();
    void theRequestLogNamesTheClientAndTheBalancer();

private:
    // The request log's line for a request id (empty when there is none).
    QJsonObject loggedRequest(const QByteArray &requestId);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QElapsedTimer m_clock;
    QByteArray m_token;
};

void TestTrustedProxies::initTestCase()
{
    m_clock.start();
    QString error;
    QVERIFY2(
        startSuiteServer(
            m_server, QStringLiteral("trustedproxies"), m_dir.path(), &error,
            {QStringLiteral("FIELDDESK_TRUSTED_PROXIES=127.0.0.1"),
             QStringLiteral("FIELDDESK_RATE_LIMIT_PER_ADDRESS=1"),
             QStringLiteral("FIELDDESK_RATE_LIMIT_PER_ADDRESS_BURST=%1").arg(kRateBurst),
             QStringLiteral("FIELDDESK_LOGIN_MAX_FAILURES_PER_ADDRESS=%1").arg(kAddressFailures),
             QStringLiteral("FIELDDESK_MAX_CONNECTIONS_PER_ADDRESS=%1").arg(kCap)}),
        qPrintable(error));
    // The balancer's own requests (no header) are its own address's.
    TestHttpClient signIn(m_server.baseUrl());
    QCOMPARE(signIn.login(QStringLiteral("dispatcher@demo.local"), QStringLiteral("fielddesk-demo"))
                 .status,
             200);
    m_token = signIn.token();
}

QJsonObject TestTrustedProxies::loggedRequest(const QByteArray &requestId)
{
    for (const QByteArray &line : m_server.output().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.value(QLatin1String("event")).toString() == QLatin1String("request") &&
            entry.value(QLatin1String("request_id")).toString().toLatin1() == requestId)
            return entry;
    }
    return {};
}

void TestTrustedProxies::aHeaderFromAnUntrustedPeerIsIgnored()
{
    // A client that reaches the server itself and names a new address in every request still
    // has one bucket: its own.
    const QHostAddress client = loopback(61);
    QList<int> statuses;
    for (int i = 0; i <= kRateBurst; ++i)
        statuses << statusOf(answerFrom(client, m_server.port(),
                                        health("10.1.1." + QByteArray::number(i), "spoof")));
    QCOMPARE(statuses.count(200), kRateBurst);
    QCOMPARE(statuses.last(), 429);
}

void TestTrustedProxies::theClientTheBalancerNamesIsRateLimited()
{
    // Every request comes from the balancer's address; each client has its own bucket.
    QList<int> first;
    for (int i = 0; i <= kRateBurst; ++i)
        first << statusOf(answerFrom(kBalancer, m_server.port(), health("203.0.113.7", "a")));
    QCOMPARE(first.count(200), kRateBurst);
    QCOMPARE(first.last(), 429);
    QCOMPARE(statusOf(answerFrom(kBalancer, m_server.port(), health("203.0.113.8", "b"))), 200);
    // The balancer's own health checks are not held back by its clients either.
    QCOMPARE(statusOf(answerFrom(kBalancer, m_server.port(), health({}, "c"))), 200);
}

void TestTrustedProxies::whatTheClientWroteInTheHeaderIsNotBelieved()
{
    // A client sends X-Forwarded-For itself; the balancer appends the address it came from.
    // Only that last one counts, whatever the client put before it.
    QList<int> statuses;
    for (int i = 0; i <= kRateBurst; ++i)
        statuses << statusOf(
            answerFrom(kBalancer, m_server.port(),
                       health("198.51.100." + QByteArray::number(i) + ", 203.0.113.9", "left")));
    QCOMPARE(statuses.count(200), kRateBurst);
    QCOMPARE(statuses.last(), 429);
    // Two headers, as a balancer that adds its own beside the client's sends them: the same.
    QByteArray twoHeaders = health("198.51.100.99", "two") + "\r\nX-Forwarded-For: 203.0.113.9";
    QCOMPARE(statusOf(answerFrom(kBalancer, m_server.port(), twoHeaders)), 429);
}

void TestTrustedProxies::signInFailuresCountTheClientTheBalancerNames()
{
    // Each attempt names another account: only the address's count can lock.
    int n = 0;
    for (int i = 0; i < kAddressFailures; ++i, ++n)
        QCOMPARE(statusOf(answerFrom(kBalancer, m_server.port(), failedLogin("203.0.113.20"),
                                     loginBody(n))),
                 401);
    const QByteArray locked =
        answerFrom(kBalancer, m_server.port(), failedLogin("203.0.113.20"), loginBody(n));
    QCOMPARE(statusOf(locked), 429);
    QVERIFY2(locked.contains("\r\nRetry-After: "), locked.constData());
    ++n;
    // Another client of the same balancer signs in as usual.
    QCOMPARE(
        statusOf(answerFrom(kBalancer, m_server.port(), failedLogin("203.0.113.21"), loginBody(n))),
        401);
}

void TestTrustedProxies::theConnectionCapCountsTheClientTheBalancerNames()
{
    // Event streams (WebSockets) of one client through the balancer: the cap counts the client,
    // not the balancer, whose connections are all from one address.
    const auto upgrade = [this](const QByteArray &client) {
        return "GET /api/v1/ws?token=" + m_token +
               " HTTP/1.1\r\nHost: fielddesk\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
               "X-Forwarded-For: " +
               client + "\r\n\r\n";
    };
    std::vector<std::unique_ptr<RawConnection>> streams;
    const auto open = [&](const QByteArray &client) {
        streams.push_back(std::make_unique<RawConnection>(kBalancer, m_server.port(), m_clock));
        RawConnection &stream = *streams.back();
        if (!QTest::qWaitFor([&] { return stream.open(); }, kWaitMs))
            return 0;
        stream.socket->write(upgrade(client));
        (void)QTest::qWaitFor(
            [&] { return stream.received.contains("\r\n\r\n") || stream.closed(); }, kWaitMs);
        return statusOf(stream.received);
    };
    for (int i = 0; i < kCap; ++i)
        QCOMPARE(open("203.0.113.30"), 101);
    const int beyond = open("203.0.113.30");
    QVERIFY2(beyond == 429, streams.back()->received.left(300).constData());
    QVERIFY(QTest::qWaitFor([&] { return streams.back()->closed(); }, kWaitMs));
    // Another client of the same balancer: served, and so are the balancer's own checks.
    QCOMPARE(open("203.0.113.31"), 101);
    QCOMPARE(statusOf(answerFrom(kBalancer, m_server.port(), health({}, "cap"))), 200);
    // The first client's streams are still open.
    for (int i = 0; i < kCap; ++i)
        QVERIFY(!streams.at(size_t(i))->closed());
}

void TestTrustedProxies::theRequestLogNamesTheClientAndTheBalancer()
{
    QCOMPARE(statusOf(answerFrom(kBalancer, m_server.port(), health("203.0.113.40", "named"))),
             200);
    QCOMPARE(statusOf(answerFrom(loopback(62), m_server.port(), health("203.0.113.41", "unnamed"))),
             200);
    QJsonObject named, unnamed;
    QVERIFY(QTest::qWaitFor(
        [&] {
            named = loggedRequest("named");
            unnamed = loggedRequest("unnamed");
            return !named.isEmpty() && !unnamed.isEmpty();
        },
        kWaitMs));
    QCOMPARE(named.value(QLatin1String("remote")).toString(), QStringLiteral("203.0.113.40"));
    QCOMPARE(named.value(QLatin1String("via")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(unnamed.value(QLatin1String("remote")).toString(), QStringLiteral("127.0.0.62"));
    QVERIFY(!unnamed.contains(QLatin1String("via")));
}

FIELDDESK_TEST_GUILESS_MAIN(TestTrustedProxies)
} // namespace tst_trustedproxies
#include "tst_trustedproxies.moc"
