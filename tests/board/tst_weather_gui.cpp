// Rain on the demo: the whole board offscreen against a real fielddesk-server with the demo
// week, its forecasts from an Open-Meteo-compatible API on loopback that rains all day on the
// next demo weekday. The demo's lawn jobs that day (a weather-sensitive service) are flagged
// at risk on the board with the reason; the best-slot dialog searches a range of days, names
// the rainy day as skipped for the weather and offers the other days, each slot with its day.
#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/dispatchboard/bestslotdialog.h"
#include "fielddesk/dispatchboard/dispatchboard.h"

#include "demoboardsignin.h"
#include "fakeweatherapi.h"
#include "testmain.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

namespace tst_weather_gui {

using namespace fielddesk;
using namespace fielddesk::board;
using fielddesk::dispatchboard::DispatchBoard;

namespace {

constexpr int kTimeout = 30000;
constexpr int kForecastDays = 16;
constexpr int kRangeDays = 5; // the rainy day and the next four: weekdays among them
const QString kLawnService = QStringLiteral("Lawn aeration");

} // namespace

class TestWeatherGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_weather.listen());
        QString error;
        // The zone first: the demo tenant is in Denver.
        const QTimeZone denver("America/Denver");
        m_rainyDay = nextDemoWeekday(denver);
        m_weather.setRange(
            QDateTime(QDate::currentDate().addDays(-2), QTime(0, 0), QTimeZone::utc()),
            kForecastDays * 24);
        // All day long on the demo's clock.
        m_weather.rain(QDateTime(m_rainyDay, QTime(0, 0), denver).toUTC(), 24, 9);
        m_timeZone = startDemoAndSignInDispatcher(
            m_server, m_api, &error,
            {QStringLiteral("FIELDDESK_WEATHER_URL=") + m_weather.url(),
             QStringLiteral("FIELDDESK_WEATHER_POLL_MINUTES=0.02")});
        QVERIFY2(m_timeZone.isValid(), qPrintable(error));
        m_board = std::make_unique<DispatchBoard>(&m_api);
        m_board->resize(1600, 1000);
        m_board->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
        m_board->start(m_timeZone, QStringLiteral("weather-test"));
        m_board->showDay(m_rainyDay);
        waitForLoad();
    }

    void rainFlagsTheLawnJobsOfTheDay()
    {
        // The first poll may come before the board loaded: the flags arrive live or on reload.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (!lawnJobAtRisk()) {
                    m_board->showDay(m_rainyDay);
                    waitForLoad();
                }
                return lawnJobAtRisk() != 0;
            }(),
            kTimeout);
        // The weather flags the day's jobs in one commit, whose live events may arrive in any
        // order: a reload shows them all, so the job taken below is the same in every run.
        m_board->showDay(m_rainyDay);
        waitForLoad();
        const JobRecord *record = store()->job(lawnJobAtRisk());
        QVERIFY2(record->job.atRiskReason.startsWith(QLatin1String("rain 9 mm/h")),
                 qPrintable(record->job.atRiskReason));
        // Only the weather-sensitive services' jobs (the demo has others at risk for their
        // own reasons).
        for (int row = 0; row < store()->jobCount(); ++row) {
            const Job &job = store()->jobAt(row).job;
            if (job.atRisk && job.atRiskReason.startsWith(QLatin1String("rain ")))
                QVERIFY2(job.title.startsWith(kLawnService) ||
                             job.title.startsWith(QLatin1String("Sprinkler")),
                         qPrintable(job.title));
        }
        screenshot(m_board.get(), QStringLiteral("weather-at-risk"));
    }

    void bestSlotOffersAnotherDay()
    {
        const qint64 jobId = lawnJobAtRisk();
        QVERIFY(jobId);
        dispatchboard::BestSlotDialog *dialog = m_board->findBestSlot(jobId);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kTimeout);
        dialog->fromEdit()->setDate(m_rainyDay);
        dialog->toEdit()->setDate(m_rainyDay.addDays(kRangeDays - 1));
        QCOMPARE(dialog->toEdit()->date(), m_rainyDay.addDays(kRangeDays - 1));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("bestSlotFind")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded() && !dialog->skippedDays().isEmpty(), kTimeout);
        QCOMPARE(dialog->skippedDays().first().day, m_rainyDay);
        QVERIFY(dialog->skippedDays().first().reason.startsWith(QLatin1String("rain 9 mm/h")));
        QVERIFY(dialog->skippedLabel()->isVisible());
        QVERIFY(dialog->skippedLabel()->text().contains(dialog->skippedDays().first().reason));
        // What the failure says: the job asked about and the days the server skipped.
        const auto asked = [&] {
            const JobRecord *record = store()->job(jobId);
            QStringList skipped;
            for (const board::SkippedDay &d : dialog->skippedDays())
                skipped << d.day.toString(Qt::ISODate) + QLatin1Char(' ') + d.reason;
            return QStringLiteral("job %1 (%2, window %3 to %4, technician %5); skipped: %6")
                .arg(QString::number(jobId), record ? jobStatusName(record->job.status) : QString(),
                     record ? record->job.windowStart : QString(),
                     record ? record->job.windowEnd : QString(),
                     record && record->job.technicianId ? QString::number(*record->job.technicianId)
                                                        : QStringLiteral("none"),
                     skipped.join(QStringLiteral("; ")));
        };
        QVERIFY2(!dialog->suggestions().isEmpty(),
                 qPrintable(QStringLiteral("no other day offered for ") + asked()));
        QTreeWidget *list = dialog->suggestionList();
        QCOMPARE(list->topLevelItemCount(), int(dialog->suggestions().size()));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const BestSlot &slot = dialog->suggestions().at(i);
            QVERIFY(slot.day != m_rainyDay);
            QVERIFY(slot.day > m_rainyDay && slot.day < m_rainyDay.addDays(kRangeDays));
            QCOMPARE(list->topLevelItem(i)->text(1), client::display::weekdayDayMonth(slot.day));
        }
        // The range stays one the server takes: at most fourteen days from the first.
        dialog->toEdit()->setDate(m_rainyDay.addDays(40));
        QCOMPARE(dialog->toEdit()->date(),
                 m_rainyDay.addDays(dispatchboard::BestSlotDialog::kMaxDays - 1));
        screenshot(dialog, QStringLiteral("weather-best-slot"));
        dialog->reject();
    }

    void cleanupTestCase()
    {
        m_board.reset();
        m_server.stop();
    }

private:
    DispatchStore *store() const { return m_board->session()->store(); }

    void waitForLoad()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_board->session()->loader()->isLoading() && store()->technicianCount() > 0, kTimeout);
    }

    // The first lawn job on the board (the rainy day) flagged at risk for the rain (0: none yet).
    // The demo flags a few jobs for their own reasons (late, nobody free, not confirmed), which the
    // weather leaves alone: those are not the ones this test waits for.
    qint64 lawnJobAtRisk() const
    {
        qint64 first = 0; // the lowest id
        for (int row = 0; row < store()->jobCount(); ++row) {
            const JobRecord &record = store()->jobAt(row);
            if (record.job.title.startsWith(kLawnService) && record.job.atRisk &&
                record.job.atRiskReason.startsWith(QLatin1String("rain ")) &&
                !isTerminal(record.job.status) && (first == 0 || record.job.id < first))
                first = record.job.id;
        }
        return first;
    }

    FakeWeatherApi m_weather;
    DemoServer m_server;
    client::ApiClient m_api;
    QTimeZone m_timeZone;
    QDate m_rainyDay;
    std::unique_ptr<DispatchBoard> m_board;
};

FIELDDESK_TEST_MAIN(TestWeatherGui)
} // namespace tst_weather_gui
#include "tst_weather_gui.moc"
