// Several fielddesk-server instances on one PostgreSQL behind a real load balancer (HAProxy,
// configured by packaging/cluster/haproxy-config.sh), as packaging/cluster-demo.sh runs them
// (issue 18): every write, whichever instance took it, reaches the consoles of every instance,
// quickly (LISTEN/NOTIFY), none lost or repeated; a console that reconnects to another
// instance with `after` misses nothing; a page one instance cached is never older than another
// instance's commit the caller has seen; what used to be per process holds for all of them:
// the sign-in throttle, ended sessions and signed-out refresh tokens, routing proposals and
// the cancellation of a plan under way, the outbox pruner's turns.
#include "apitestsetup.h"
#include "eventstream.h"
#include "serverprocess.h"
#include "testdatabase.h"
#include "testhttpclient.h"
#include "testmain.h"
#include "wallclock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <memory>

namespace tst_cluster {

namespace {

constexpr int kInstances = 3;
constexpr int kAccountFailures = 5; // failed sign-ins an account is allowed in the window
constexpr int kPruneEveryS = 1;     // the outbox pruner's period
const QString kDemoPassword = QStringLiteral("fielddesk-demo");
const QString kUserPassword = QStringLiteral("cluster-test-password");
const QString kCreated = QStringLiteral("scheduling.job.created.v1");
// Writes through the balancer: 10,000 as the issue asks; fewer under the sanitizers, whose
// servers are several times slower (FIELDDESK_CLUSTER_WRITES overrides either).
int writesToMake()
{
    const int asked = qEnvironmentVariableIntValue("FIELDDESK_CLUSTER_WRITES");
    if (asked > 0)
        return asked;
    return fielddesk::test::kWallClockAsserted ? 10000 : 1500;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The job an event is about.
qint64 jobOf(const QJsonObject &event)
{
    return event.value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("job"))
        .toObject()
        .value(QLatin1String("id"))
        .toInteger();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyInstanceServesThroughTheBalancer();
    void eventsReachEveryInstanceQuicklyNoneLostOrRepeated();
    void aQuietInstanceHearsAnotherInstancesCommitAtOnce();
    void aConsoleResumesOnAnotherInstanceWithAfter();
    void aPageCachedByOneInstanceIsNeverOlderThanAnotherInstancesCommit();
    void theSignInThrottleCountsFailuresOnEveryInstance();
    void anEndedSessionIsRefusedByEveryInstance();
    void aPlanIsCancelledFromAnotherInstanceAndItsProposalServedByAll();
    void theOutboxIsPrunedByOneInstanceAPeriod();

private:
    TestHttpClient balanced() const
    {
        TestHttpClient c(m_balancer);
        c.setToken(m_dispatcher);
        return c;
    }
    TestHttpClient direct(int instance) const
    {
        TestHttpClient c(m_servers.at(instance)->baseUrl());
        c.setToken(m_dispatcher);
        return c;
    }
    QJsonObject newJob(const QString &title) const;
    // A user of the dispatcher's location made by the admin; its id (0: failed, with a warning).
    qint64 createUser(const QString &email, const QString &role);
    // A POST straight to one instance on a connection of its own, its answer read later.
    std::unique_ptr<QTcpSocket> startPost(int instance,
                                          const QString &path,
                                          const QJsonObject &json,
                                          const QByteArray &requestId) const;
    // How many requests of this method and path each instance logged.
    std::array<int, kInstances> requestsLogged(const QByteArray &method, const QByteArray &path);

    QTemporaryDir m_dir;
    std::array<std::unique_ptr<ServerProcess>, kInstances> m_servers;
    QProcess m_haproxy;
    QUrl m_balancer;
    QByteArray m_dispatcher;
    QByteArray m_admin;
    qint64 m_location = 0;
};

void TestCluster::initTestCase()
{
    QVERIFY2(TestDatabase::engine() == QLatin1String("postgresql"),
             "the cluster runs on PostgreSQL (FIELDDESK_TEST_ENGINE=postgresql)");
    QString error;
    ServerProcess::Options options;
    options.database = TestDatabase::fresh(QStringLiteral("cluster"), m_dir.path(), &error);
    QVERIFY2(!options.database.isEmpty(), qPrintable(error));
    // One data folder (the token secret), as every instance of a real deployment shares. The
    // balancer is trusted to name the client (the demo does so too). Every request comes from
    // one address and the test's one token: the per-address and per-token limits would count
    // the whole load test as one abusive client (README). Outbox rows are pruned every second
    // every second (by one instance a period); the sign-in throttle counts per account.
    options.environment = {
        QStringLiteral("FIELDDESK_LOGIN_MAX_FAILURES_PER_ADDRESS=10000"),
        QStringLiteral("FIELDDESK_LOGIN_MAX_FAILURES_PER_ACCOUNT=%1").arg(kAccountFailures),
        QStringLiteral("FIELDDESK_TRUSTED_PROXIES=127.0.0.1"),
        QStringLiteral("FIELDDESK_EVENT_PRUNE_SECONDS=%1").arg(kPruneEveryS),
        QStringLiteral("FIELDDESK_DATA_DIR=") + m_dir.path(),
        QStringLiteral("FIELDDESK_RATE_LIMIT_PER_ADDRESS=0"),
        QStringLiteral("FIELDDESK_RATE_LIMIT_PER_TOKEN=0"),
        QStringLiteral("FIELDDESK_MAX_CONNECTIONS_PER_ADDRESS=0")};
    QStringList backends;
    for (auto &server : m_servers) {
        server = std::make_unique<ServerProcess>();
        QVERIFY2(server->start(options, &error), qPrintable(error));
        backends << QStringLiteral("127.0.0.1:%1").arg(server->port());
    }

    const QString haproxy = QStandardPaths::findExecutable(
        QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    QVERIFY2(!haproxy.isEmpty(), "haproxy is missing (packaging/install-deps.sh test installs it)");
    const quint16 port = freePort();
    QProcess config;
    config.start(QStringLiteral(FIELDDESK_SOURCE_DIR "/packaging/cluster/haproxy-config.sh"),
                 QStringList{QStringLiteral("127.0.0.1:%1").arg(port)} + backends);
    QVERIFY(config.waitForFinished(10000) && config.exitCode() == 0);
    const QString configPath = m_dir.filePath(QStringLiteral("haproxy.cfg"));
    QFile file(configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config.readAllStandardOutput());
    file.close();
    m_haproxy.setProcessChannelMode(QProcess::MergedChannels);
    m_haproxy.start(haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), configPath});
    QVERIFY2(m_haproxy.waitForStarted(), qPrintable(m_haproxy.errorString()));
    m_balancer = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    // Up once every instance passed its health check.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     TestHttpClient probe(m_balancer);
                     std::array<bool, kInstances> seen{};
                     for (int i = 0; i < 3 * kInstances; ++i)
                         (void)probe.get(QStringLiteral("/readyz"));
                     const auto counts = requestsLogged("GET", "/readyz");
                     for (int i = 0; i < kInstances; ++i)
                         seen[size_t(i)] = counts[size_t(i)] > 0;
                     return std::all_of(seen.cbegin(), seen.cend(), [](bool b) { return b; });
                 },
                 20000),
             m_haproxy.readAll().constData());

    TestHttpClient signIn(m_balancer);
    const TestReply login = signIn.login(QStringLiteral("dispatcher@demo.local"), kDemoPassword);
    QCOMPARE(login.status, 200);
    m_dispatcher = signIn.token();
    QCOMPARE(signIn.login(QStringLiteral("admin@demo.local"), kDemoPassword).status, 200);
    m_admin = signIn.token();
    const TestReply locations = balanced().get(QStringLiteral("/api/v1/locations"));
    QCOMPARE(locations.status, 200);
    m_location = locations.firstResultId();
    QVERIFY(m_location > 0);
}

void TestCluster::cleanupTestCase()
{
    m_haproxy.terminate();
    m_haproxy.waitForFinished(5000);
    for (auto &server : m_servers) {
        if (server)
            server->stop();
    }
}

std::array<int, kInstances> TestCluster::requestsLogged(const QByteArray &method,
                                                        const QByteArray &path)
{
    std::array<int, kInstances> counts{};
    for (int i = 0; i < kInstances; ++i) {
        for (const QByteArray &line : m_servers.at(size_t(i))->output().split('\n')) {
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (entry.value(QLatin1String("event")).toString() == QLatin1String("request") &&
                entry.value(QLatin1String("method")).toString().toLatin1() == method &&
                entry.value(QLatin1String("path")).toString().toLatin1() == path)
                ++counts[size_t(i)];
        }
    }
    return counts;
}

QJsonObject TestCluster::newJob(const QString &title) const
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("location_id"), m_location},
            {QStringLiteral("address"), QStringLiteral("1550 Larimer Street")},
            {QStringLiteral("duration_min"), 30}};
}

void TestCluster::everyInstanceServesThroughTheBalancer()
{
    const auto before = requestsLogged("GET", "/api/v1/locations");
    for (int i = 0; i < 3 * kInstances; ++i)
        QCOMPARE(balanced().get(QStringLiteral("/api/v1/locations")).status, 200);
    const auto after = requestsLogged("GET", "/api/v1/locations");
    for (int i = 0; i < kInstances; ++i)
        QVERIFY2(after[size_t(i)] > before[size_t(i)], qPrintable(QString::number(i)));
}

void TestCluster::eventsReachEveryInstanceQuicklyNoneLostOrRepeated()
{
    // A console on each instance, following live.
    std::array<std::unique_ptr<EventStream>, kInstances> consoles;
    for (int i = 0; i < kInstances; ++i) {
        consoles[size_t(i)] = std::make_unique<EventStream>(
            EventStream::urlOf(m_servers.at(size_t(i))->baseUrl(), m_dispatcher));
        QVERIFY(consoles[size_t(i)]->waitForFrames(1)); // the hello
    }
    // The test's clock, and where each console's own clock stands against it.
    QElapsedTimer clock;
    clock.start();
    std::array<qint64, kInstances> streamOffsetNs{};
    for (int i = 0; i < kInstances; ++i)
        streamOffsetNs[size_t(i)] = consoles[size_t(i)]->nowNs() - clock.nsecsElapsed();

    // Writes through the balancer, eight at a time; when each was answered.
    const int writes = writesToMake();
    const auto jobsBefore = requestsLogged("POST", "/api/v1/jobs");
    QNetworkAccessManager network;
    QHash<qint64, qint64> answeredNs; // job id -> when its 201 arrived (clock)
    int sent = 0, answered = 0, failed = 0;
    std::function<void()> sendNext = [&] {
        if (sent >= writes)
            return;
        QNetworkRequest request(m_balancer.resolved(QUrl(QStringLiteral("/api/v1/jobs"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_dispatcher);
        QNetworkReply *reply =
            network.post(request, QJsonDocument(newJob(QStringLiteral("Cluster job %1").arg(sent)))
                                      .toJson(QJsonDocument::Compact));
        ++sent;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            const qint64 at = clock.nsecsElapsed();
            ++answered;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 201)
                answeredNs.insert(QJsonDocument::fromJson(reply->readAll())
                                      .object()
                                      .value(QLatin1String("id"))
                                      .toInteger(),
                                  at);
            else
                ++failed;
            reply->deleteLater();
            sendNext();
        });
    };
    for (int i = 0; i < 8; ++i)
        sendNext();
    QVERIFY2(QTest::qWaitFor([&] { return answered == writes; }, 10 * 60 * 1000),
             qPrintable(QStringLiteral("%1 of %2 answered").arg(answered).arg(writes)));
    QCOMPARE(failed, 0);
    QCOMPARE(answeredNs.size(), writes);
    const auto jobsAfter = requestsLogged("POST", "/api/v1/jobs");
    for (int i = 0; i < kInstances; ++i)
        QVERIFY2(jobsAfter[size_t(i)] > jobsBefore[size_t(i)],
                 qPrintable(QStringLiteral("instance %1 took none of the writes").arg(i)));

    // Every console gets every job's event exactly once, in id order.
    QList<double> latenciesMs;
    for (int i = 0; i < kInstances; ++i) {
        EventStream &console = *consoles[size_t(i)];
        const auto created = [&] {
            QList<QJsonObject> ours;
            for (const QJsonObject &e : console.eventsOfType(kCreated)) {
                const qint64 job = jobOf(e);
                if (answeredNs.contains(job))
                    ours.append(e);
            }
            return ours;
        };
        QVERIFY2(QTest::qWaitFor([&] { return created().size() >= writes; }, 60000),
                 qPrintable(QStringLiteral("instance %1's console got %2 of %3 events")
                                .arg(i)
                                .arg(created().size())
                                .arg(writes)));
        QTest::qWait(200); // and none twice, a moment later
        const QList<QJsonObject> events = created();
        QCOMPARE(events.size(), writes);
        QSet<qint64> jobs;
        qint64 lastId = 0;
        for (const QJsonObject &e : events) {
            const qint64 id = e.value(QLatin1String("id")).toInteger();
            QVERIFY2(id > lastId, "events arrive in id order");
            lastId = id;
            jobs.insert(jobOf(e));
        }
        QCOMPARE(jobs.size(), writes);
        // From the answer to the frame, on the test's one clock.
        const QList<QJsonObject> &frames = console.frames();
        for (qsizetype f = 0; f < frames.size(); ++f) {
            if (frames.at(f).value(QLatin1String("type")).toString() != kCreated)
                continue;
            const qint64 job = jobOf(frames.at(f));
            const auto answer = answeredNs.constFind(job);
            if (answer == answeredNs.cend())
                continue;
            const qint64 arrivalNs = console.arrivalNs(f) - streamOffsetNs[size_t(i)];
            latenciesMs.append(std::max<double>(0, double(arrivalNs - *answer) / 1e6));
        }
    }
    const double p50 = percentile(latenciesMs, 0.50);
    const double p95 = percentile(latenciesMs, 0.95);
    const double worst = percentile(latenciesMs, 1.0);
    qInfo("%d writes over %d instances, %lld deliveries: from the answer to each console's "
          "frame p50 %.1f ms, p95 %.1f ms, worst %.1f ms",
          writes, kInstances, qlonglong(latenciesMs.size()), p50, p95, worst);
    FIELDDESK_VERIFY_WALL_CLOCK(p95 < 100, qPrintable(QStringLiteral("p95 %1 ms").arg(p95)));
}

void TestCluster::aQuietInstanceHearsAnotherInstancesCommitAtOnce()
{
    // Writes one at a time, each to one instance directly: the others have no commit of their
    // own to wake them, only the notification (their poll comes every 500 ms).
    std::array<std::unique_ptr<EventStream>, kInstances> consoles;
    for (int i = 0; i < kInstances; ++i) {
        consoles[size_t(i)] = std::make_unique<EventStream>(
            EventStream::urlOf(m_servers.at(size_t(i))->baseUrl(), m_dispatcher));
        QVERIFY(consoles[size_t(i)]->waitForFrames(1));
    }
    const auto arrivalOf = [](const EventStream &console, qint64 job) -> std::optional<qint64> {
        const QList<QJsonObject> &frames = console.frames();
        for (qsizetype f = 0; f < frames.size(); ++f) {
            if (frames.at(f).value(QLatin1String("type")).toString() == kCreated &&
                jobOf(frames.at(f)) == job)
                return console.arrivalNs(f);
        }
        return std::nullopt;
    };
    QList<double> latenciesMs;
    for (int w = 0; w < 60; ++w) {
        const int writer = w % kInstances;
        TestHttpClient client = direct(writer);
        // Each console's clock when the answer came: its own clock, read at that moment.
        const TestReply created =
            client.post(QStringLiteral("/api/v1/jobs"), newJob(QStringLiteral("Quiet %1").arg(w)));
        std::array<qint64, kInstances> answeredNs{};
        for (int i = 0; i < kInstances; ++i)
            answeredNs[size_t(i)] = consoles[size_t(i)]->nowNs();
        QCOMPARE(created.status, 201);
        for (int i = 0; i < kInstances; ++i) {
            if (i == writer)
                continue;
            const EventStream &console = *consoles[size_t(i)];
            QVERIFY(QTest::qWaitFor([&] { return arrivalOf(console, created.id()).has_value(); },
                                    5000));
            latenciesMs.append(std::max<double>(
                0, double(*arrivalOf(console, created.id()) - answeredNs[size_t(i)]) / 1e6));
        }
        QTest::qWait(20);
    }
    const double p50 = percentile(latenciesMs, 0.50);
    const double p95 = percentile(latenciesMs, 0.95);
    qInfo("one write at a time, %lld deliveries to the other instances: from the answer to the "
          "frame p50 %.1f ms, p95 %.1f ms, worst %.1f ms",
          qlonglong(latenciesMs.size()), p50, p95, percentile(latenciesMs, 1.0));
    FIELDDESK_VERIFY_WALL_CLOCK(p95 < 100, qPrintable(QStringLiteral("p95 %1 ms").arg(p95)));
}

void TestCluster::aConsoleResumesOnAnotherInstanceWithAfter()
{
    const qint64 from =
        balanced().post(QStringLiteral("/api/v1/jobs"), newJob(QStringLiteral("Marker"))).id();
    QVERIFY(from > 0);
    // A console on instance 0 follows from now; halfway it loses its connection and comes back
    // on instance 1 with the last event it had.
    auto first =
        std::make_unique<EventStream>(EventStream::urlOf(m_servers[0]->baseUrl(), m_dispatcher));
    QVERIFY(first->waitForFrames(1));
    QList<qint64> made;
    for (int i = 0; i < 100; ++i)
        made << balanced()
                    .post(QStringLiteral("/api/v1/jobs"),
                          newJob(QStringLiteral("Resume %1").arg(i)))
                    .id();
    const auto jobsIn = [&](const EventStream &stream) {
        QList<std::pair<qint64, qint64>> seen; // event id, job id
        for (const QJsonObject &e : stream.eventsOfType(kCreated))
            seen.append({e.value(QLatin1String("id")).toInteger(), jobOf(e)});
        return seen;
    };
    QVERIFY(QTest::qWaitFor([&] { return jobsIn(*first).size() >= 50; }, 10000));
    const QList<std::pair<qint64, qint64>> before = jobsIn(*first);
    first.reset(); // gone, with whatever was still on its way
    // More writes while it is away.
    for (int i = 100; i < 200; ++i)
        made << balanced()
                    .post(QStringLiteral("/api/v1/jobs"),
                          newJob(QStringLiteral("Resume %1").arg(i)))
                    .id();
    EventStream second(
        EventStream::urlOf(m_servers[1]->baseUrl(), m_dispatcher, before.last().first));
    QVERIFY(QTest::qWaitFor(
        [&] { return before.size() + jobsIn(second).size() >= qsizetype(made.size()); }, 20000));
    QTest::qWait(200);
    QList<qint64> got;
    qint64 lastEvent = 0;
    for (const auto &[event, job] : before + jobsIn(second)) {
        QVERIFY2(event > lastEvent, "no event twice, none out of order");
        lastEvent = event;
        got << job;
    }
    QCOMPARE(got, made);
}

void TestCluster::aPageCachedByOneInstanceIsNeverOlderThanAnotherInstancesCommit()
{
    const qint64 job =
        balanced().post(QStringLiteral("/api/v1/jobs"), newJob(QStringLiteral("Cached"))).id();
    QVERIFY(job > 0);
    const QString list =
        QStringLiteral("/api/v1/jobs?search=Cached&location_id=%1&limit=5").arg(m_location);
    // Instance 1 answers the page twice (the second time from its cache).
    for (int i = 0; i < 2; ++i)
        QCOMPARE(direct(1).get(list).results().at(0).toObject().value(QLatin1String("title")),
                 QJsonValue(QStringLiteral("Cached")));
    // Instance 0 renames it; the caller, having seen that, asks instance 1 again at once.
    const qint64 version = direct(0)
                               .get(QStringLiteral("/api/v1/jobs/%1").arg(job))
                               .json()
                               .value(QLatin1String("version"))
                               .toInteger();
    QCOMPARE(direct(0)
                 .patch(QStringLiteral("/api/v1/jobs/%1").arg(job),
                        {{QStringLiteral("title"), QStringLiteral("Cached and renamed")},
                         {QStringLiteral("expected_version"), version}})
                 .status,
             200);
    const QJsonArray page = direct(1).get(list).results();
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.at(0).toObject().value(QLatin1String("title")).toString(),
             QStringLiteral("Cached and renamed"));
}

qint64 TestCluster::createUser(const QString &email, const QString &role)
{
    return createTestUser(m_balancer, m_admin, email, role, m_location, kUserPassword);
}

std::unique_ptr<QTcpSocket> TestCluster::startPost(int instance,
                                                   const QString &path,
                                                   const QJsonObject &json,
                                                   const QByteArray &requestId) const
{
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_servers.at(size_t(instance))->port());
    if (!socket->waitForConnected(5000)) // its answer says so
        qWarning("cannot connect: %s", qPrintable(socket->errorString()));
    socket->write("POST " + path.toUtf8() + " HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " +
                  m_dispatcher + "\r\nX-Request-Id: " + requestId +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->flush();
    return socket;
}

// Failed sign-ins spread by the balancer over every instance add up: the account is refused
// on all of them once it used up its allowance, wherever the failures landed.
void TestCluster::theSignInThrottleCountsFailuresOnEveryInstance()
{
    const QString email = QStringLiteral("throttled@cluster.test");
    QVERIFY(createUser(email, QStringLiteral("dispatcher")));
    const auto before = requestsLogged("POST", "/api/v1/auth/login");
    for (int i = 0; i < kAccountFailures; ++i)
        QCOMPARE(TestHttpClient(m_balancer).login(email, QStringLiteral("wrong password")).status,
                 401);
    const auto after = requestsLogged("POST", "/api/v1/auth/login");
    for (int i = 0; i < kInstances; ++i)
        QVERIFY2(after.at(size_t(i)) > before.at(size_t(i)),
                 qPrintable(QStringLiteral("instance %1 took none of the failures").arg(i)));
    // No instance saw all five, yet every one refuses the right password now.
    for (int i = 0; i < kInstances; ++i) {
        TestHttpClient signIn(m_servers.at(size_t(i))->baseUrl());
        const TestReply refused = signIn.login(email, kUserPassword);
        QVERIFY2(refused.status == 429, qPrintable(QStringLiteral("instance %1: %2 %3")
                                                       .arg(i)
                                                       .arg(refused.status)
                                                       .arg(QString::fromUtf8(refused.body))));
        QVERIFY(refused.header("Retry-After").toInt() > 0);
    }
}

// An administrator ends a user's sessions on one instance: the access token is refused by
// every instance at once, and the refresh token (signed out on another) renews nothing.
void TestCluster::anEndedSessionIsRefusedByEveryInstance()
{
    const QString email = QStringLiteral("ended@cluster.test");
    const qint64 user = createUser(email, QStringLiteral("dispatcher"));
    QVERIFY(user);
    TestHttpClient signIn(m_balancer);
    const TestReply login = signIn.login(email, kUserPassword);
    QCOMPARE(login.status, 200);
    const QByteArray access = signIn.token();
    const QString refresh = login.json().value(QLatin1String("refresh_token")).toString();
    QVERIFY(!refresh.isEmpty());
    for (int i = 0; i < kInstances; ++i) {
        TestHttpClient c(m_servers.at(size_t(i))->baseUrl());
        c.setToken(access);
        QCOMPARE(c.get(QStringLiteral("/api/v1/me")).status, 200);
    }
    // A token carries its issue time in whole seconds: one from this very second would stay.
    QTest::qWait(1100);
    TestHttpClient admin(m_servers[0]->baseUrl());
    admin.setToken(m_admin);
    QCOMPARE(admin.post(QStringLiteral("/api/v1/users/%1/end-sessions").arg(user), {}).status, 200);
    for (int i = 0; i < kInstances; ++i) {
        TestHttpClient c(m_servers.at(size_t(i))->baseUrl());
        c.setToken(access);
        QCOMPARE(c.get(QStringLiteral("/api/v1/me")).status, 401);
        QCOMPARE(c.post(QStringLiteral("/api/v1/auth/refresh"),
                        {{QStringLiteral("refresh_token"), refresh}})
                     .status,
                 401);
    }
    // Signed out on one instance: the new sign-in's refresh token is dead on the others.
    const TestReply again = signIn.login(email, kUserPassword);
    QCOMPARE(again.status, 200);
    TestHttpClient signOut(m_servers[1]->baseUrl());
    signOut.setToken(signIn.token());
    QCOMPARE(signOut.post(QStringLiteral("/api/v1/auth/logout"), {}).status, 204);
    for (int i : {0, 2})
        QCOMPARE(TestHttpClient(m_servers.at(size_t(i))->baseUrl())
                     .post(QStringLiteral("/api/v1/auth/refresh"),
                           {{QStringLiteral("refresh_token"),
                             again.json().value(QLatin1String("refresh_token"))}})
                     .status,
                 401);
}

// A plan runs on the instance that took it; the console's Cancel, balanced to another
// instance, stops it promptly (the plan's instance looks at its row every 50 ms). A proposal
// one instance stored is read and applied through the others.
void TestCluster::aPlanIsCancelledFromAnotherInstanceAndItsProposalServedByAll()
{
    // A weekday (the demo's technicians work those) beyond the demo's own weeks.
    QDate day = QDate::currentDate().addDays(20);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    const QString date = day.toString(Qt::ISODate);
    QJsonObject job = newJob(QStringLiteral("Planned in the cluster"));
    job.insert(QStringLiteral("window_start"), date + QStringLiteral("T16:00:00Z"));
    job.insert(QStringLiteral("window_end"), date + QStringLiteral("T20:00:00Z"));
    QVERIFY(balanced().post(QStringLiteral("/api/v1/jobs"), job).id() > 0);
    const QJsonObject longPlan{{QStringLiteral("location_id"), m_location},
                               {QStringLiteral("date"), date},
                               {QStringLiteral("time_limit_s"), 30}};
    const QByteArray requestId = "cluster-plan-to-cancel";
    const std::unique_ptr<QTcpSocket> plan =
        startPost(0, QStringLiteral("/api/v1/routing/plan"), longPlan, requestId);
    const QString cancel =
        QStringLiteral("/api/v1/routing/plans/%1/cancel").arg(QLatin1String(requestId));
    // Until instance 0 has read the day, there is nothing to cancel yet.
    TestReply cancelled = direct(1).post(cancel, {});
    for (int i = 0; i < 50 && cancelled.status == 404; ++i) {
        QTest::qWait(100);
        cancelled = direct(1).post(cancel, {});
    }
    QCOMPARE(cancelled.status, 204);
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    QByteArray answer;
    while (plan->state() == QAbstractSocket::ConnectedState && plan->waitForReadyRead(20000))
        answer += plan->readAll();
    answer += plan->readAll();
    const qint64 stoppedMs = sinceCancel.elapsed();
    QVERIFY2(answer.startsWith("HTTP/1.1 409") && answer.contains("/problems/cancelled"),
             answer.left(400).constData());
    qInfo("plan stopped %lld ms after another instance took its cancel", stoppedMs);
    // The 200 ms, with room for a loaded CI machine; far below the 30 s limit anyway.
    FIELDDESK_VERIFY_WALL_CLOCK(stoppedMs < 1000, qPrintable(QString::number(stoppedMs)));
    QVERIFY2(stoppedMs < 15000, qPrintable(QString::number(stoppedMs)));
    QCOMPARE(direct(2).post(cancel, {}).status, 404); // over, on every instance

    // A short plan on instance 2; its proposal read on 0 and applied on 1.
    QJsonObject shortPlan = longPlan;
    shortPlan.insert(QStringLiteral("time_limit_s"), 0.5);
    const TestReply planned = direct(2).post(QStringLiteral("/api/v1/routing/plan"), shortPlan);
    QVERIFY2(planned.status == 201, planned.body.constData());
    const qint64 proposal = planned.id();
    QVERIFY(proposal > 0);
    const TestReply read =
        direct(0).get(QStringLiteral("/api/v1/routing/proposals/%1").arg(proposal));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(QLatin1String("status")).toString(), QStringLiteral("open"));
    QCOMPARE(read.json().value(QLatin1String("technicians")),
             planned.json().value(QLatin1String("technicians")));
    const TestReply applied =
        direct(1).post(QStringLiteral("/api/v1/routing/proposals/%1/apply").arg(proposal), {});
    QVERIFY2(applied.status == 200, applied.body.constData());
    QVERIFY(applied.json().value(QLatin1String("applied")).toInt() >= 1);
    QCOMPARE(direct(2)
                 .post(QStringLiteral("/api/v1/routing/proposals/%1/apply").arg(proposal), {})
                 .status,
             409); // applied once, wherever
}

// Every instance runs the outbox pruner on the same period; they take turns, so the prunes of
// all three together come once a period, as from a single server (each logs its turns).
void TestCluster::theOutboxIsPrunedByOneInstanceAPeriod()
{
    const auto prunes = [&] {
        int count = 0;
        for (const auto &server : m_servers) {
            for (const QByteArray &line : server->output().split('\n'))
                count += QJsonDocument::fromJson(line)
                             .object()
                             .value(QLatin1String("event"))
                             .toString() == QLatin1String("outbox_pruned");
        }
        return count;
    };
    const int before = prunes();
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(6000);
    const int made = prunes() - before;
    const double periods = double(clock.elapsed()) / (kPruneEveryS * 1000);
    qInfo("%d prunes in %.1f periods by %d instances", made, periods, kInstances);
    QVERIFY2(made >= 2, "the outbox is pruned at all");
    // Each on its own would make three a period; turns keep it to about one.
    QVERIFY2(made <= int(periods * 1.5) + 1, qPrintable(QString::number(made)));
}

FIELDDESK_TEST_GUILESS_MAIN(TestCluster)
} // namespace tst_cluster
#include "tst_cluster.moc"
