// Inbox benchmark: a demo server with 5,000 more requests awaiting the demo manager (filed over
// HTTP by employees of the manager's location), the approvals inbox offscreen. Prints how long
// the inbox takes from start to a sorted, selected list (every page fetched, parsed, modelled
// and sorted; median of five loads), each sort, and a text filter. The budget: load
// and sort under 300 ms.
//   ctest -L bench -R bench_inbox -V     (or build/tests/bench_inbox)

#include "fielddesk/approvals/approvalsworkspace.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/requests/requestfilterproxy.h"
#include "fielddesk/requests/requestsclient.h"
#include "fielddesk/requests/requesttablemodel.h"

#include "benchfigures.h"
#include "demoserver.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace fielddesk;
using approvals::ApprovalsWorkspace;
using requests::RequestTableModel;

namespace {

constexpr int kPending = 5000;
constexpr int kInFlight = 16;
constexpr int kRepeats = 5;
constexpr double kBudgetMs = 300.0;
constexpr int kTimeout = 120000;

using benchfigures::elapsedMs;
using benchfigures::median;

void report(const char *what, double ms, double budget = kBudgetMs)
{
    benchfigures::report(what, ms, budget);
}

} // namespace

class BenchInbox : public QObject
{
    Q_OBJECT

private slots:
    void loadAndSort5000PendingRequests()
    {
        QString error;
        QVERIFY2(m_server.start(&error,
                                {QStringLiteral("FIELDDESK_LOGIN_MAX_FAILURES_PER_ADDRESS=10000")}),
                 qPrintable(error));
        TestHttpClient manager(m_server.baseUrl());
        const TestReply login =
            manager.login(QStringLiteral("manager@demo.local"), demo::kPassword);
        QCOMPARE(login.status, 200);
        const QJsonObject user = login.json().value(QLatin1String("user")).toObject();
        const qint64 managerId = user.value(QLatin1String("id")).toVariant().toLongLong();
        const qint64 location =
            user.value(QLatin1String("location_ids")).toArray().first().toVariant().toLongLong();
        TestHttpClient admin(m_server.baseUrl());
        QCOMPARE(admin.login(QStringLiteral("admin@demo.local"), demo::kPassword).status, 200);
        const TestReply employee =
            admin.post(QStringLiteral("/api/v1/users"),
                       {{QStringLiteral("email"), QStringLiteral("bench-inbox@demo.local")},
                        {QStringLiteral("name"), QStringLiteral("Bench Employee")},
                        {QStringLiteral("role"), QStringLiteral("employee")},
                        {QStringLiteral("password"), demo::kPassword},
                        {QStringLiteral("location_ids"), QJsonArray{location}}});
        QCOMPARE(employee.status, 201);
        TestHttpClient filer(m_server.baseUrl());
        QCOMPARE(filer.login(QStringLiteral("bench-inbox@demo.local"), demo::kPassword).status,
                 200);

        // Filing, kInFlight at a time.
        QElapsedTimer timer;
        timer.start();
        client::ApiClient filing;
        filing.setBaseUrl(m_server.baseUrl());
        filing.setAccessToken(filer.token());
        int sent = 0;
        int answered = 0;
        int failed = 0;
        std::function<void()> sendNext = [&] {
            if (sent >= kPending)
                return;
            const int n = sent++;
            filing.post(QStringLiteral("/api/v1/requests"),
                        {{QStringLiteral("kind"), QStringLiteral("suggestion")},
                         {QStringLiteral("details"),
                          QJsonObject{{QStringLiteral("title"), QStringLiteral("Idea %1").arg(n)},
                                      {QStringLiteral("text"),
                                       QStringLiteral("Benchmark request number %1").arg(n)}}}},
                        nullptr, [&](const client::ApiResponse &r) {
                            ++answered;
                            failed += r.ok() ? 0 : 1;
                            sendNext();
                        });
        };
        for (int i = 0; i < kInFlight; ++i)
            sendNext();
        QTRY_COMPARE_WITH_TIMEOUT(answered, kPending, kTimeout);
        QCOMPARE(failed, 0);
        std::printf("(filed %d requests in %.1f s)\n", kPending, elapsedMs(timer) / 1000.0);

        client::ApiClient api;
        api.setBaseUrl(m_server.baseUrl());
        api.setAccessToken(manager.token());
        ApprovalsWorkspace inbox(&api);
        inbox.resize(1400, 900);
        inbox.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inbox));

        QList<double> loads;
        for (int repeat = 0; repeat < kRepeats; ++repeat) {
            QSignalSpy loaded(&inbox, &ApprovalsWorkspace::loaded);
            timer.restart();
            if (repeat == 0)
                inbox.start(managerId);
            else
                inbox.reload();
            QVERIFY(loaded.wait(kTimeout));
            inbox.list()->viewport()->repaint();
            loads << elapsedMs(timer);
            QVERIFY(loaded.at(0).at(0).toInt() >= kPending);
        }
        QVERIFY(inbox.model()->rowCount() >= kPending);
        report("inbox: load 5,000+ pending, sorted, selected", median(loads));

        // Of which: the requests over HTTP (every page, parsed), and the model with its sort.
        requests::RequestsClient client(&api);
        requests::RequestQuery query;
        query.awaitingMe = true;
        query.statuses = {QStringLiteral("submitted")};
        QList<double> fetches;
        QList<double> models;
        for (int repeat = 0; repeat < kRepeats; ++repeat) {
            std::optional<QList<Request>> fetched;
            timer.restart();
            client.list(query, this, [&fetched](const client::ApiResult<QList<Request>> &r) {
                if (r)
                    fetched = *r;
            });
            QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), kTimeout);
            fetches << elapsedMs(timer);
            timer.restart();
            inbox.model()->setRequests(*fetched);
            inbox.list()->viewport()->repaint();
            models << elapsedMs(timer);
        }
        report("  of which: fetch and parse every page", median(fetches));
        report("  of which: model, sort and paint", median(models));

        const struct
        {
            const char *name;
            int column;
            Qt::SortOrder order;
        } sorts[] = {
            {"sort by waiting (newest first)", RequestTableModel::SubmittedColumn,
             Qt::DescendingOrder},
            {"sort by requester (text)", RequestTableModel::RequesterColumn, Qt::AscendingOrder},
            {"sort by request summary (text)", RequestTableModel::SummaryColumn,
             Qt::AscendingOrder},
            {"sort by kind", RequestTableModel::KindColumn, Qt::AscendingOrder},
            {"sort by waiting (oldest first)", RequestTableModel::SubmittedColumn,
             Qt::AscendingOrder},
        };
        QList<QList<double>> sortTimes(std::size(sorts));
        for (int repeat = 0; repeat < kRepeats; ++repeat) {
            for (size_t i = 0; i < std::size(sorts); ++i) {
                timer.restart();
                inbox.list()->sortByColumn(sorts[i].column, sorts[i].order);
                inbox.list()->viewport()->repaint();
                sortTimes[qsizetype(i)] << elapsedMs(timer);
            }
        }
        for (size_t i = 0; i < std::size(sorts); ++i)
            report(sorts[i].name, median(sortTimes[qsizetype(i)]));

        QList<double> filters;
        for (int repeat = 0; repeat < kRepeats; ++repeat) {
            timer.restart();
            inbox.proxy()->setText(QStringLiteral("idea 42"));
            inbox.list()->viewport()->repaint();
            filters << elapsedMs(timer);
            QVERIFY(inbox.proxy()->rowCount() > 0);
            inbox.proxy()->setText(QString());
        }
        report("filter: text \"idea 42\"", median(filters));
        QCOMPARE(m_server.stop(), 0);
    }

private:
    DemoServer m_server;
};

FIELDDESK_GUI_TEST_MAIN(BenchInbox)
#include "bench_inbox.moc"
