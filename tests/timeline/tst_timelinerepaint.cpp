// What TimelineView repaints when the store changes one job: the rows of that job's
// technicians, never the whole view. The regions come from the viewport's own paint events,
// so the test sees what Qt was asked to repaint, not what the view says about itself.

#include "../board/boardtestdata.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/timeline/timelineview.h"
#include "testmain.h"

#include <QPaintEvent>
#include <QTest>

namespace tst_timelinerepaint {

using namespace fielddesk;
using namespace fielddesk::board;
using fielddesk::timeline::TimelineView;

namespace {

const QDate kDay(2026, 11, 23);
constexpr int kTechnicians = 5;

// Collects the region of every paint event of a widget.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget) { widget->installEventFilter(this); }

    QRegion painted() const { return m_painted; }
    int paintCount() const { return m_paintCount; }
    void clear()
    {
        m_painted = QRegion();
        m_paintCount = 0;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            m_painted += static_cast<QPaintEvent *>(event)->region();
            ++m_paintCount;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QRegion m_painted;
    int m_paintCount = 0;
};

} // namespace

class TestTimelineRepaint : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<DispatchStore>();
        m_store->setDay(kDay, QTimeZone::utc());
        const QList<Technician> technicians = boardtest::technicians(kTechnicians);
        m_store->setTechnicians(technicians);
        m_store->addJobs(boardtest::jobs(3 * kTechnicians, technicians, kDay, QTimeZone::utc()));
        m_view = std::make_unique<TimelineView>(m_store.get());
        m_view->resize(1200, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->scrollToTime(timestampMs(boardtest::at(kDay, 8 * 60, QTimeZone::utc())));
        // Every row is on screen, so a full repaint would be seen as one.
        QVERIFY(m_view->rowRect(kTechnicians - 1).bottom() < m_view->viewport()->height());
        m_recorder = std::make_unique<PaintRecorder>(m_view->viewport());
        // Whatever showing and scrolling asked for is painted now, before the change.
        m_view->viewport()->repaint();
        m_recorder->clear();
    }

    void cleanup()
    {
        m_recorder.reset();
        m_view.reset();
        m_store.reset();
    }

    void aMoveWithinADayRepaintsThatRowOnly()
    {
        Job moved = plannedJob();
        const int row = m_view->rowOfTechnician(*moved.technicianId);
        QVERIFY(row >= 0);
        shift(moved, 30);
        m_store->upsertJob(moved);

        QTRY_VERIFY(m_recorder->paintCount() > 0);
        const QRegion painted = m_recorder->painted();
        QVERIFY2((painted - m_view->rowRect(row)).isEmpty(), qPrintable(describe(painted, row)));
        QVERIFY(painted.intersects(m_view->barRect(moved.id)));
        for (int other = 0; other < kTechnicians; ++other) {
            if (other != row)
                QVERIFY2(!painted.intersects(m_view->rowRect(other)),
                         qPrintable(describe(painted, other)));
        }
    }

    void aReassignmentRepaintsBothRowsOnly()
    {
        Job moved = plannedJob();
        const int from = m_view->rowOfTechnician(*moved.technicianId);
        const int to = (from + 2) % kTechnicians;
        moved.technicianId = m_store->technicianAt(to).technician.id;
        moved.technicianName = m_store->technicianAt(to).technician.name;
        moved.version += 1;
        QCOMPARE(m_view->rowOfTechnician(*moved.technicianId), to);
        m_store->upsertJob(moved);

        QTRY_VERIFY(m_recorder->paintCount() > 0);
        const QRegion painted = m_recorder->painted();
        const QRegion rows = QRegion(m_view->rowRect(from)) + m_view->rowRect(to);
        QVERIFY2((painted - rows).isEmpty(), qPrintable(describe(painted, from)));
        QVERIFY(painted.intersects(m_view->rowRect(from))); // the bar left...
        QVERIFY(painted.intersects(m_view->rowRect(to)));   // ... and arrived
        for (int other = 0; other < kTechnicians; ++other) {
            if (other != from && other != to)
                QVERIFY2(!painted.intersects(m_view->rowRect(other)),
                         qPrintable(describe(painted, other)));
        }
    }

private:
    // The first planned job of the day.
    Job plannedJob() const
    {
        for (int i = 0; i < m_store->jobCount(); ++i) {
            if (m_store->jobAt(i).job.technicianId)
                return m_store->jobAt(i).job;
        }
        qFatal("the test day has no planned job");
    }

    static void shift(Job &job, int minutes)
    {
        const auto later = [minutes](const QString &timestamp) {
            return toTimestamp(
                QDateTime::fromMSecsSinceEpoch(timestampMs(timestamp), QTimeZone::utc())
                    .addSecs(qint64(minutes) * 60));
        };
        job.plannedStart = later(job.plannedStart);
        job.plannedEnd = later(job.plannedEnd);
        job.version += 1;
    }

    QString describe(const QRegion &painted, int row) const
    {
        const auto text = [](const QRect &r) {
            return QStringLiteral("(%1,%2 %3x%4)")
                .arg(r.x())
                .arg(r.y())
                .arg(r.width())
                .arg(r.height());
        };
        return QStringLiteral("painted %1, row %2 is %3")
            .arg(text(painted.boundingRect()))
            .arg(row)
            .arg(text(m_view->rowRect(row)));
    }

    std::unique_ptr<DispatchStore> m_store;
    std::unique_ptr<TimelineView> m_view;
    std::unique_ptr<PaintRecorder> m_recorder;
};

FIELDDESK_TEST_MAIN(TestTimelineRepaint)
} // namespace tst_timelinerepaint
#include "tst_timelinerepaint.moc"
