// Outbound messages benchmark: a fielddesk-server on SQLite with its default courier settings
// (poll every second) and, on loopback, an SMTP server, a Twilio-compatible SMS API and a
// webhook receiver. 200 jobs of one customer (email and phone) are assigned over HTTP one after
// another; each assignment queues an email, a text message and a webhook call. Prints how many
// messages per second each channel delivered (from the first assignment to the channel's last
// arrival) and the time from an assignment's answer to its email's arrival at the SMTP server
// (median, p95, worst).
//   ctest -L bench -R bench_messages -V     (or build/tests/bench_messages)

#include "apisuite.h"
#include "apitestsetup.h"
#include "benchfigures.h"
#include "fakehttpreceiver.h"
#include "fakesmsapi.h"
#include "fakesmtpserver.h"
#include "serverprocess.h"
#include "testhttpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int kJobs = 200;
constexpr int kTimeoutMs = 120000;
constexpr double kLatencyBudgetMs = 2500; // one poll interval (1 s) plus sending, with room
const QString kPassword = QStringLiteral("bench-messages-pw");

double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(share * values.size())));
}

} // namespace

class BenchMessages : public ApiSuite
{
    Q_OBJECT

private slots:
    void assignmentsToCustomersAndWebhooks()
    {
        FakeSmtpServer smtp;
        FakeSmsApi sms;
        FakeHttpReceiver hooks;
        QVERIFY(smtp.listen() && sms.listen() && hooks.listen());
        QString error;
        const ServerProcess::Options options =
            suiteServerOptions(QStringLiteral("bench-messages"), m_dir.path(), &error,
                               {QStringLiteral("FIELDDESK_SMTP_URL=") + smtp.url(),
                                QStringLiteral("FIELDDESK_SMTP_FROM=dispatch@bench.test"),
                                QStringLiteral("FIELDDESK_SMS_URL=") + sms.url(),
                                QStringLiteral("FIELDDESK_SMS_ACCOUNT_SID=AC1"),
                                QStringLiteral("FIELDDESK_SMS_AUTH_TOKEN=token"),
                                QStringLiteral("FIELDDESK_SMS_FROM=+13035550199")});
        QVERIFY2(!options.database.isEmpty() && m_server.start(options, &error), qPrintable(error));
        const QByteArray admin =
            login(QStringLiteral("admin@demo.local"), QStringLiteral("fielddesk-demo"));
        const qint64 location = createDenverLocation(m_server, admin, QStringLiteral("Bench"));
        const qint64 employee = createTestUser(m_server, admin, QStringLiteral("tech@bench.test"),
                                               QStringLiteral("employee"), location, kPassword);
        QVERIFY(createTestUser(m_server, admin, QStringLiteral("disp@bench.test"),
                               QStringLiteral("dispatcher"), location, kPassword));
        const QByteArray dispatcher = login(QStringLiteral("disp@bench.test"), kPassword);
        TestHttpClient api = client(dispatcher);
        const qint64 technician = client(admin)
                                      .post(QStringLiteral("/api/v1/technicians"),
                                            {{QStringLiteral("user_id"), employee},
                                             {QStringLiteral("location_id"), location}})
                                      .id();
        const TestReply customer =
            api.post(QStringLiteral("/api/v1/customers"),
                     {{QStringLiteral("name"), QStringLiteral("Bench Customer")},
                      {QStringLiteral("email"), QStringLiteral("bench@example.test")},
                      {QStringLiteral("phone"), QStringLiteral("+13035550100")}});
        QVERIFY(technician > 0 && customer.status == 201);
        QCOMPARE(client(admin)
                     .post(QStringLiteral("/api/v1/webhooks"),
                           {{QStringLiteral("url"), hooks.url()},
                            {QStringLiteral("event_types"),
                             QJsonArray{QStringLiteral("scheduling.job.assigned.v1")}}})
                     .status,
                 201);
        QList<qint64> jobs;
        for (int i = 0; i < kJobs; ++i) {
            const TestReply job =
                api.post(QStringLiteral("/api/v1/jobs"),
                         {{QStringLiteral("title"), QStringLiteral("Job %1").arg(i)},
                          {QStringLiteral("location_id"), location},
                          {QStringLiteral("customer_id"), customer.id()},
                          {QStringLiteral("duration_min"), 30}});
            QCOMPARE(job.status, 201);
            jobs << job.id();
        }

        // Arrivals are stamped as the test's event loop sees them (the receivers run in it).
        QElapsedTimer clock;
        QHash<qint64, double> assignedAt;
        QHash<qint64, double> mailedAt;
        QList<double> lastArrival(3, 0.0);
        qsizetype seen[3] = {0, 0, 0};
        static const QRegularExpression kJobKey(QStringLiteral("job-(\\d+)-"));
        const auto scan = [&] {
            const double now = benchfigures::elapsedMs(clock);
            const QList<FakeSmtpServer::Mail> mails = smtp.mails();
            for (qsizetype i = seen[0]; i < mails.size(); ++i) {
                const QRegularExpressionMatch m = kJobKey.match(mails.at(i).header("Message-ID"));
                mailedAt.insert(m.captured(1).toLongLong(), now);
                lastArrival[0] = now;
            }
            seen[0] = mails.size();
            if (sms.accepted().size() > seen[1]) {
                seen[1] = sms.accepted().size();
                lastArrival[1] = now;
            }
            if (hooks.accepted().size() > seen[2]) {
                seen[2] = hooks.accepted().size();
                lastArrival[2] = now;
            }
        };
        clock.start();
        const QString day =
            QDate::currentDate().addDays(7).toString(Qt::ISODate) + QStringLiteral("T%1:00:00Z");
        for (int i = 0; i < kJobs; ++i) {
            const TestReply assigned =
                api.post(QStringLiteral("/api/v1/jobs/%1/assign").arg(jobs.at(i)),
                         {{QStringLiteral("technician_id"), technician},
                          {QStringLiteral("planned_start"), day.arg(15 + i % 8)},
                          {QStringLiteral("expected_version"), 1},
                          {QStringLiteral("force"), true}});
            QCOMPARE(assigned.status, 200);
            assignedAt.insert(jobs.at(i), benchfigures::elapsedMs(clock));
            scan();
        }
        const double assigning = benchfigures::elapsedMs(clock);
        // An event loop of its own, not QTest::qWaitFor: that sleeps between its rounds, and the
        // receivers (in this loop) would answer late.
        QEventLoop waiting;
        QTimer tick;
        tick.setInterval(2);
        connect(&tick, &QTimer::timeout, &waiting, [&] {
            scan();
            if (seen[0] >= kJobs && seen[1] >= kJobs && seen[2] >= kJobs)
                waiting.quit();
        });
        tick.start();
        QTimer::singleShot(kTimeoutMs, &waiting, &QEventLoop::quit);
        waiting.exec();
        QCOMPARE(seen[0], kJobs);
        QCOMPARE(seen[1], kJobs);
        QCOMPARE(seen[2], kJobs);

        QList<double> latencies;
        for (auto it = mailedAt.cbegin(); it != mailedAt.cend(); ++it)
            latencies << it.value() - assignedAt.value(it.key());
        QCOMPARE(latencies.size(), kJobs);
        std::printf("%d assignments over HTTP in %.0f ms; each queues an email, a text message "
                    "and a webhook call\n",
                    kJobs, assigning);
        const char *names[] = {"email (SMTP)", "text message (SMS API)", "webhook"};
        for (int c = 0; c < 3; ++c)
            std::printf("%-24s %4d delivered, %6.1f messages/s\n", names[c], kJobs,
                        kJobs / (lastArrival[c] / 1000.0));
        const double last = *std::max_element(lastArrival.begin(), lastArrival.end());
        std::printf("%-24s %4d delivered, %6.1f messages/s\n", "all channels", 3 * kJobs,
                    3 * kJobs / (last / 1000.0));
        benchfigures::report("assignment -> SMTP server, median", percentile(latencies, 0.5),
                             kLatencyBudgetMs);
        benchfigures::report("assignment -> SMTP server, p95", percentile(latencies, 0.95),
                             kLatencyBudgetMs);
        benchfigures::report("assignment -> SMTP server, worst", percentile(latencies, 1.0),
                             kLatencyBudgetMs * 2);
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(BenchMessages)
#include "bench_messages.moc"
