// Periodic upkeep (PeriodicWork) run thousands of times with work that ends at once: each run
// reports once, on the object's thread, and never crashes. On Qt 6.4 QFuture's
// .then(context, ...) could run its continuation twice when the work ended while it was being
// attached; the second run crashed the server (QFutureInterfaceBase::reportStarted, a server
// of tst_cluster lost to SIGSEGV).
#include "services/periodicwork.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace fielddesk::server;

class TestPeriodicWork : public QObject
{
    Q_OBJECT
private slots:
    void eachRunReportsOnceOnItsThread()
    {
        std::atomic<int> runs = 0;
        int reports = 0;
        bool elsewhere = false;
        {
            PeriodicWork work(
                QStringLiteral("quick"),
                [&runs] {
                    ++runs;
                    return 0;
                },
                0); // as often as the event loop allows
            connect(&work, &PeriodicWork::done, this, [&] {
                ++reports;
                elsewhere = elsewhere || QThread::currentThread() != thread();
            });
            // Busy threads on every core: this thread is often preempted between starting a run
            // and waiting for its end, which is when the work can end first.
            std::atomic<bool> busy = true;
            QList<QThread *> hogs;
            for (int i = 0; i < QThread::idealThreadCount(); ++i) {
                hogs << QThread::create([&busy] {
                    while (busy.load(std::memory_order_relaxed)) {
                    }
                });
                hogs.last()->start();
            }
            work.start();
            QElapsedTimer clock;
            clock.start();
            int most = 0;
            while (clock.elapsed() < 3000) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
                // One run at a time: its report may be on its way, never one too many.
                const int ran = runs.load();
                QVERIFY2(reports == ran || reports == ran - 1,
                         qPrintable(QStringLiteral("%1 runs, %2 reports").arg(ran).arg(reports)));
                most = ran;
            }
            busy = false;
            for (QThread *hog : std::as_const(hogs)) {
                hog->wait();
                delete hog;
            }
            qInfo("%d runs, %d reports", most, reports);
            QVERIFY2(most > 1000, "too few runs to meet the race");
        }
        QVERIFY(!elsewhere);
    }
};

QTEST_GUILESS_MAIN(TestPeriodicWork)
#include "tst_periodicwork.moc"
