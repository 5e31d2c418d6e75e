// The job status rules on their own (the API tests cover them end to end): which status a job
// may move to from which, which statuses end a job, and the names on the wire.
#include "fielddesk/domain/dispatch.h"
#include "testmain.h"

#include <QTest>

namespace tst_jobstatus {

using namespace fielddesk;

namespace {

const QList<JobStatus> kAllStatuses{
    JobStatus::New,    JobStatus::Scheduled, JobStatus::Dispatched, JobStatus::EnRoute,
    JobStatus::OnSite, JobStatus::Completed, JobStatus::Cancelled};

} // namespace

class TestJobStatus : public QObject
{
    Q_OBJECT

private slots:
    // Every pair of statuses, so that a transition added or lost by mistake shows up.
    void statusChanges_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        const QMultiHash<QString, QString> allowed{
            {QStringLiteral("new"), QStringLiteral("cancelled")},
            {QStringLiteral("scheduled"), QStringLiteral("dispatched")},
            {QStringLiteral("scheduled"), QStringLiteral("cancelled")},
            {QStringLiteral("dispatched"), QStringLiteral("scheduled")}, // recalled
            {QStringLiteral("dispatched"), QStringLiteral("en_route")},
            {QStringLiteral("dispatched"), QStringLiteral("cancelled")},
            {QStringLiteral("en_route"), QStringLiteral("dispatched")}, // turned back
            {QStringLiteral("en_route"), QStringLiteral("on_site")},
            {QStringLiteral("en_route"), QStringLiteral("cancelled")},
            {QStringLiteral("on_site"), QStringLiteral("completed")},
            {QStringLiteral("on_site"), QStringLiteral("cancelled")},
        };
        for (const QString &from : allJobStatusNames()) {
            for (const QString &to : allJobStatusNames()) {
                QTest::addRow("%s -> %s", qPrintable(from), qPrintable(to))
                    << from << to << allowed.contains(from, to);
            }
        }
    }
    void statusChanges()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        const std::optional<JobStatus> fromStatus = jobStatusFromName(from);
        const std::optional<JobStatus> toStatus = jobStatusFromName(to);
        QVERIFY(fromStatus && toStatus);
        QCOMPARE(allowedStatusChanges(*fromStatus).contains(*toStatus), allowed);
    }

    void terminalStatusesGoNowhere_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("terminal");
        for (const QString &status : allJobStatusNames()) {
            QTest::addRow("%s", qPrintable(status))
                << status
                << (status == QLatin1String("completed") || status == QLatin1String("cancelled"));
        }
    }
    void terminalStatusesGoNowhere()
    {
        QFETCH(QString, status);
        QFETCH(bool, terminal);
        const std::optional<JobStatus> parsed = jobStatusFromName(status);
        QVERIFY(parsed);
        QCOMPARE(isTerminal(*parsed), terminal);
        QCOMPARE(allowedStatusChanges(*parsed).isEmpty(), terminal);
    }

    void techniciansReportOnlyTheFieldSteps()
    {
        QStringList fieldSteps;
        for (const JobStatus status : kAllStatuses) {
            if (isFieldStep(status))
                fieldSteps << jobStatusName(status);
        }
        QCOMPARE(fieldSteps, (QStringList{QStringLiteral("en_route"), QStringLiteral("on_site"),
                                          QStringLiteral("completed")}));
        // Each is reachable, in order, from the one before (dispatched for the first).
        QVERIFY(allowedStatusChanges(JobStatus::Dispatched).contains(JobStatus::EnRoute));
        QVERIFY(allowedStatusChanges(JobStatus::EnRoute).contains(JobStatus::OnSite));
        QVERIFY(allowedStatusChanges(JobStatus::OnSite).contains(JobStatus::Completed));
    }

    void namesRoundTrip()
    {
        QCOMPARE(allJobStatusNames().size(), kAllStatuses.size());
        for (const JobStatus status : kAllStatuses) {
            QVERIFY(allJobStatusNames().contains(jobStatusName(status)));
            QCOMPARE(jobStatusFromName(jobStatusName(status)), std::optional<JobStatus>(status));
        }
        QCOMPARE(jobStatusFromName(QStringLiteral("en route")), std::nullopt);
        QCOMPARE(jobStatusFromName(QString()), std::nullopt);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestJobStatus)
} // namespace tst_jobstatus
#include "tst_jobstatus.moc"
