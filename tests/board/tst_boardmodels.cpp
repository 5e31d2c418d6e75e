// The job grid's and technician grid's models and the job filter proxy: every change of the
// store reaches them as an exact range (QAbstractItemModelTester watches all of them), and
// the filters and sorting do what the dispatcher expects.

#include "boardtestdata.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobfilterproxy.h"
#include "fielddesk/board/jobmimedata.h"
#include "fielddesk/board/jobtablemodel.h"
#include "fielddesk/board/techniciantablemodel.h"
#include "fielddesk/board/vehicleroster.h"
#include "fielddesk/client/displayformat.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

Q_DECLARE_METATYPE(fielddesk::board::JobFilter)

namespace tst_boardmodels {

using namespace fielddesk;
using namespace fielddesk::board;

namespace {

const QDate kDay(2026, 11, 23);
constexpr int kJobCount = 150;

} // namespace

class TestBoardModels : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<DispatchStore>();
        m_store->setDay(kDay, QTimeZone::utc());
        m_jobs = std::make_unique<JobTableModel>(m_store.get());
        m_proxy = std::make_unique<JobFilterProxy>();
        m_proxy->setSourceModel(m_jobs.get());
        m_proxy->sort(JobTableModel::PriorityColumn, Qt::DescendingOrder);
        m_technicians = std::make_unique<TechnicianTableModel>(m_store.get());
        m_technicianProxy = std::make_unique<QSortFilterProxyModel>();
        m_technicianProxy->setSourceModel(m_technicians.get());
        m_technicianProxy->sort(TechnicianTableModel::NameColumn);
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        m_testers.clear();
        m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(m_jobs.get(), mode));
        m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(m_proxy.get(), mode));
        m_testers.emplace_back(
            std::make_unique<QAbstractItemModelTester>(m_technicians.get(), mode));
        m_testers.emplace_back(
            std::make_unique<QAbstractItemModelTester>(m_technicianProxy.get(), mode));

        m_technicianList = boardtest::technicians(10);
        m_store->setTechnicians(m_technicianList);
        m_store->addJobs(boardtest::jobs(kJobCount, m_technicianList, kDay, QTimeZone::utc()));
    }

    void cleanup()
    {
        m_testers.clear();
        m_technicianProxy.reset();
        m_technicians.reset();
        m_proxy.reset();
        m_jobs.reset();
        m_store.reset();
    }

    void followsTheStore()
    {
        QCOMPARE(m_jobs->rowCount(), kJobCount);
        QCOMPARE(m_jobs->columnCount(), int(JobTableModel::ColumnCount));
        QCOMPARE(m_technicians->rowCount(), 10);
        QCOMPARE(m_proxy->rowCount(), kJobCount);
    }

    void updatesOneRowForOneChange()
    {
        QSignalSpy changed(m_jobs.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_jobs.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(m_jobs.get(), &QAbstractItemModel::layoutChanged);
        Job job = m_store->jobAt(0).job; // unassigned (every third one is)
        QVERIFY(!job.technicianId);
        job.title = QStringLiteral("Renamed");
        job.version += 1;
        m_store->upsertJob(job);
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
        const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(m_jobs->index(0, JobTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Renamed"));
    }

    void insertsOneRowForANewJob()
    {
        QSignalSpy inserted(m_jobs.get(), &QAbstractItemModel::rowsInserted);
        Job job;
        job.id = 99999;
        job.title = QStringLiteral("Emergency");
        job.status = JobStatus::New;
        job.priority = 5;
        m_store->upsertJob(job);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), kJobCount);
        QCOMPARE(inserted.at(0).at(2).toInt(), kJobCount);
        // Sorted by priority, most urgent first: the new job is among the first rows.
        bool found = false;
        for (int row = 0; row < m_proxy->rowCount() && !found; ++row) {
            if (m_proxy->index(row, 0).data().toInt() < 5)
                break;
            found = m_proxy->index(row, 0).data(JobTableModel::JobIdRole).toLongLong() == 99999;
        }
        QVERIFY(found);
    }

    void aWindowNamesItsDayOnce()
    {
        qint64 id = 99990;
        const auto windowOf = [this, &id](const QDate &day, QTime from, QTime to) {
            Job job;
            job.id = ++id; // a new job each: the store keeps the newer version of one
            job.title = QStringLiteral("Window");
            job.status = JobStatus::New;
            job.windowStart = QDateTime(day, from, QTimeZone::utc()).toString(Qt::ISODate);
            job.windowEnd = QDateTime(day, to, QTimeZone::utc()).toString(Qt::ISODate);
            m_store->upsertJob(job);
            return m_jobs->index(m_store->rowOfJob(job.id), JobTableModel::WindowColumn)
                .data()
                .toString();
        };
        const QString sameDay = windowOf(kDay, QTime(15, 0), QTime(17, 0));
        QCOMPARE(sameDay, client::display::time(QTime(15, 0)) + QStringLiteral("–") +
                              client::display::time(QTime(17, 0)));
        // A later day of a board of several days: its date once, not twice.
        m_store->setDays(kDay, 7, QTimeZone::utc());
        const QDate later = kDay.addDays(2);
        const QString otherDay = windowOf(later, QTime(15, 0), QTime(17, 0));
        QCOMPARE(otherDay, client::display::weekdayDayMonthTime(
                               QDateTime(later, QTime(15, 0), QTimeZone::utc())) +
                               QStringLiteral("–") + client::display::time(QTime(17, 0)));
    }

    void technicianRowsChangeWhenTheirDayChanges()
    {
        QSignalSpy changed(m_technicians.get(), &QAbstractItemModel::dataChanged);
        Job job = m_store->jobAt(0).job;
        job.technicianId = m_technicianList.at(3).id;
        job.technicianName = m_technicianList.at(3).name;
        job.plannedStart = boardtest::at(kDay, 7 * 60, QTimeZone::utc());
        job.version += 1;
        m_store->upsertJob(job);
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &args : changed) {
            QCOMPARE(args.at(0).toModelIndex().row(), 3);
            QCOMPARE(args.at(1).toModelIndex().row(), 3);
        }
    }

    void removesAndResets()
    {
        m_store->removeJob(m_store->jobAt(5).job.id);
        QCOMPARE(m_jobs->rowCount(), kJobCount - 1);
        m_store->setDay(kDay.addDays(1), QTimeZone::utc());
        QCOMPARE(m_jobs->rowCount(), 0);
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void filters_data()
    {
        QTest::addColumn<JobFilter>("filter");
        QTest::addColumn<int>("expected");
        const QList<Job> all =
            boardtest::jobs(kJobCount, boardtest::technicians(10), kDay, QTimeZone::utc());
        const auto count = [&](auto predicate) {
            return int(std::count_if(all.cbegin(), all.cend(), predicate));
        };
        JobFilter none;
        QTest::newRow("everything") << none << kJobCount;
        JobFilter unassigned;
        unassigned.unassignedOnly = true;
        QTest::newRow("unassigned")
            << unassigned << count([](const Job &j) { return !j.technicianId; });
        JobFilter urgent;
        urgent.priorities = {5};
        QTest::newRow("priority 5")
            << urgent << count([](const Job &j) { return j.priority == 5; });
        JobFilter dispatched;
        dispatched.statuses = {JobStatus::Dispatched};
        QTest::newRow("dispatched")
            << dispatched << count([](const Job &j) { return j.status == JobStatus::Dispatched; });
        JobFilter lawn;
        lawn.skill = QStringLiteral("LAWN");
        QTest::newRow("skill, any case") << lawn << count([](const Job &j) {
            return j.requiredSkills.contains(QStringLiteral("lawn"));
        });
        JobFilter location;
        location.locationId = 2;
        QTest::newRow("location") << location
                                  << count([](const Job &j) { return j.locationId == 2; });
        JobFilter search;
        search.search = QStringLiteral("customer 12");
        QTest::newRow("search") << search << count([](const Job &j) {
            return j.customerName.contains(QStringLiteral("customer 12"), Qt::CaseInsensitive);
        });
        JobFilter combined = unassigned;
        combined.priorities = {5};
        QTest::newRow("combined") << combined << count([](const Job &j) {
            return !j.technicianId && j.priority == 5;
        });
    }
    void filters()
    {
        QFETCH(JobFilter, filter);
        QFETCH(int, expected);
        QSignalSpy filterChanged(m_proxy.get(), &JobFilterProxy::filterChanged);
        m_proxy->setFilter(filter);
        QCOMPARE(m_proxy->rowCount(), expected);
        QCOMPARE(filterChanged.count(), filter == JobFilter() ? 0 : 1);
    }

    void atRiskIncludesConflicts()
    {
        m_proxy->setAtRiskOnly(true);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QString text = m_proxy->index(row, JobTableModel::AtRiskColumn).data().toString();
            QVERIFY2(!text.isEmpty(), qPrintable(QString::number(row)));
        }
        QVERIFY(m_proxy->rowCount() > 0);
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        for (int column = 0; column < JobTableModel::ColumnCount; ++column)
            QTest::newRow(qPrintable(QString::number(column))) << column;
    }
    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        m_proxy->sort(column, Qt::AscendingOrder);
        QCOMPARE(m_proxy->rowCount(), kJobCount);
        if (column == JobTableModel::PriorityColumn) {
            for (int row = 1; row < m_proxy->rowCount(); ++row)
                QVERIFY(m_proxy->index(row - 1, column).data().toInt() <=
                        m_proxy->index(row, column).data().toInt());
        }
        if (column == JobTableModel::PlannedStartColumn) {
            // Unplanned jobs come last.
            const QModelIndex last = m_proxy->index(m_proxy->rowCount() - 1, column);
            QVERIFY(last.data().toString().isEmpty());
            QVERIFY(!m_proxy->index(0, column).data().toString().isEmpty());
        }
    }

    void dragsCarryJobIds()
    {
        const QModelIndexList indexes{m_proxy->index(0, 0), m_proxy->index(0, 3),
                                      m_proxy->index(1, 0)};
        std::unique_ptr<QMimeData> mime(m_proxy->mimeData(indexes));
        QVERIFY(mime);
        const QList<qint64> ids = decodeJobIds(mime.get());
        QCOMPARE(ids.size(), 2);
        QCOMPARE(ids.at(0), m_proxy->index(0, 0).data(JobTableModel::JobIdRole).toLongLong());
    }

    void dropsOnATechnicianAskForAssignment()
    {
        QSignalSpy dropped(m_technicians.get(), &TechnicianTableModel::jobsDropped);
        std::unique_ptr<QMimeData> mime(jobIdsMimeData({1, 4}));
        const QModelIndex target = m_technicians->index(2, 0);
        QVERIFY(m_technicians->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
        m_technicians->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.at(0).at(0).value<QList<qint64>>(), (QList<qint64>{1, 4}));
        QCOMPARE(dropped.at(0).at(1).toLongLong(), m_technicianList.at(2).id);
    }

    void technicianColumnsShowTheDay()
    {
        const qint64 nine = timestampMs(boardtest::at(kDay, 9 * 60, QTimeZone::utc()));
        m_technicians->setClock([nine] { return nine; });
        const QModelIndex jobs = m_technicians->index(0, TechnicianTableModel::JobsColumn);
        QCOMPARE(jobs.data().toInt(), int(m_store->technicianAt(0).jobRows.size()));
        QVERIFY(!m_technicians->index(0, TechnicianTableModel::NextJobColumn)
                     .data()
                     .toString()
                     .isEmpty());
        QCOMPARE(m_technicians->index(0, TechnicianTableModel::StatusColumn).data().toString(),
                 TechnicianTableModel::statusTitle(TechnicianDayStats::Status::Available));
    }

    // Who drives what: the vehicle column names each technician's vehicle of the day and
    // warns (with a mark, not only a colour) about a technician without one and a vehicle
    // overdue for service or in the workshop; nothing is warned about before the fleet loads.
    void vehicleColumnWarnsAboutMissingAndDueVehicles()
    {
        VehicleRoster roster;
        m_technicians->setVehicleRoster(&roster);
        const auto cell = [this](int row, int role = Qt::DisplayRole) {
            return m_technicians->index(row, TechnicianTableModel::VehicleColumn).data(role);
        };
        QCOMPARE(
            m_technicians
                ->headerData(TechnicianTableModel::VehicleColumn, Qt::Horizontal, Qt::DisplayRole)
                .toString(),
            QStringLiteral("Vehicle"));
        QVERIFY(cell(0).toString().isEmpty());
        QVERIFY(cell(0, TechnicianTableModel::VehicleWarningRole).toString().isEmpty());

        QSignalSpy changed(m_technicians.get(), &QAbstractItemModel::dataChanged);
        const qint64 first = m_technicianList.at(0).id;
        const qint64 second = m_technicianList.at(1).id;
        const qint64 third = m_technicianList.at(2).id;
        const auto vehicle = [](qint64 id, qint64 technicianId, const char *source, bool overdue) {
            return VehicleAssignment::fromJson(
                QJsonObject{{QStringLiteral("vehicle_id"), id},
                            {QStringLiteral("technician_id"), technicianId},
                            {QStringLiteral("vehicle_name"), QStringLiteral("Van %1").arg(id)},
                            {QStringLiteral("plate"),
                             QStringLiteral("FD-1%1").arg(id, 2, 10, QLatin1Char('0'))},
                            {QStringLiteral("vehicle_status"), QStringLiteral("active")},
                            {QStringLiteral("source"), QLatin1String(source)},
                            {QStringLiteral("service_overdue"), overdue}});
        };
        roster.setVehicles(
            kDay, {vehicle(7, first, "default", false), vehicle(8, second, "assigned", true)});
        QCOMPARE(changed.size(), 1);
        const auto changedColumns = std::pair(changed.at(0).at(0).toModelIndex().column(),
                                              changed.at(0).at(1).toModelIndex().column());
        QCOMPARE(changedColumns, std::pair(int(TechnicianTableModel::VehicleColumn),
                                           int(TechnicianTableModel::VehicleColumn)));

        const int firstRow = m_store->rowOfTechnician(first);
        const int secondRow = m_store->rowOfTechnician(second);
        const int thirdRow = m_store->rowOfTechnician(third);
        QCOMPARE(cell(firstRow).toString(), QStringLiteral("Van 7 (FD-107)"));
        QVERIFY(cell(firstRow, TechnicianTableModel::VehicleWarningRole).toString().isEmpty());
        QVERIFY(cell(firstRow, Qt::ToolTipRole).toString().contains(QStringLiteral("Default")));
        QVERIFY(!cell(firstRow, Qt::ForegroundRole).isValid());

        QCOMPARE(cell(secondRow).toString(), QStringLiteral("⚠ Van 8 (FD-108)"));
        QCOMPARE(cell(secondRow, TechnicianTableModel::VehicleWarningRole).toString(),
                 QStringLiteral("Van 8 is overdue for service"));
        QVERIFY(cell(secondRow, Qt::ForegroundRole).isValid());

        QCOMPARE(cell(thirdRow).toString(), QStringLiteral("⚠ No vehicle"));
        QVERIFY(cell(thirdRow, TechnicianTableModel::VehicleWarningRole)
                    .toString()
                    .startsWith(QStringLiteral("No vehicle for")));

        roster.clear();
        QVERIFY(cell(thirdRow).toString().isEmpty());
        m_technicians->setVehicleRoster(nullptr);
    }

private:
    std::unique_ptr<DispatchStore> m_store;
    std::unique_ptr<JobTableModel> m_jobs;
    std::unique_ptr<JobFilterProxy> m_proxy;
    std::unique_ptr<TechnicianTableModel> m_technicians;
    std::unique_ptr<QSortFilterProxyModel> m_technicianProxy;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QList<Technician> m_technicianList;
};

FIELDDESK_TEST_MAIN(TestBoardModels)
} // namespace tst_boardmodels
#include "tst_boardmodels.moc"
