// TimelineView offscreen: bars where their jobs are planned, rows that follow a technician
// model, drops and bar drags turned into requests (assign, move, unassign), zoom and scroll
// from keys and wheel, hour labels never cut at the names' column, conflicts and pending changes
// drawn apart, tooltips with reasons.

#include "../board/boardtestdata.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobmimedata.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/board/statuscolours.h"
#include "fielddesk/board/techniciantablemodel.h"
#include "fielddesk/board/vehicleroster.h"
#include "fielddesk/theme/palette.h"
#include "fielddesk/timeline/timelineview.h"
#include "testmain.h"

#include <QApplication>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QToolTip>

namespace tst_timelineview {

using namespace fielddesk;
using namespace fielddesk::board;
using fielddesk::timeline::TimelineView;

namespace {

const QDate kDay(2026, 11, 23);

qint64 at(int minutes)
{
    return timestampMs(boardtest::at(kDay, minutes, QTimeZone::utc()));
}

Job job(qint64 id, std::optional<qint64> technicianId, int startMinutes, int durationMin = 60)
{
    Job j;
    j.id = id;
    j.title = QStringLiteral("Job %1").arg(id);
    j.durationMin = durationMin;
    j.version = 1;
    j.windowStart = boardtest::at(kDay, 8 * 60, QTimeZone::utc());
    j.windowEnd = boardtest::at(kDay, 16 * 60, QTimeZone::utc());
    if (technicianId) {
        j.technicianId = technicianId;
        j.plannedStart = boardtest::at(kDay, startMinutes, QTimeZone::utc());
        j.plannedEnd = boardtest::at(kDay, startMinutes + durationMin, QTimeZone::utc());
        j.status = JobStatus::Scheduled;
    }
    return j;
}

// A pixel painted in exactly this colour (the middle one of them, reading row by row): where a
// person would click on what they see. Null when the colour is nowhere.
QPoint paintedPixel(const QImage &image, const QColor &colour)
{
    QList<QPoint> found;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == colour)
                found << QPoint(x, y);
        }
    }
    return found.isEmpty() ? QPoint() : found.at(found.size() / 2);
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<DispatchStore>();
        m_store->setDay(kDay, QTimeZone::utc());
        QList<Technician> technicians = boardtest::technicians(5);
        for (Technician &t : technicians)
            t.skills = boardtest::skillNames();
        m_store->setTechnicians(technicians);
        m_store->addJobs({job(1, 1000, 9 * 60), job(2, 1000, 11 * 60), job(3, 1001, 10 * 60),
                          job(4, std::nullopt, 0), job(5, 1002, 9 * 60 + 30, 120),
                          job(6, 1002, 10 * 60)}); // 5 and 6 overlap
        m_view = std::make_unique<TimelineView>(m_store.get());
        m_view->setClock([] { return at(10 * 60 + 15); });
        m_view->resize(1200, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->scrollToTime(at(9 * 60));
    }

    void cleanup()
    {
        m_view.reset();
        m_store.reset();
    }

    void drawsBarsAtTheirPlannedTime()
    {
        const QRect bar = m_view->barRect(1);
        QVERIFY(!bar.isEmpty());
        QCOMPARE(bar.left(), m_view->xForTime(at(9 * 60)));
        QCOMPARE(bar.right() + 1, m_view->xForTime(at(10 * 60)));
        QVERIFY(m_view->rowRect(0).contains(bar.center()));
        QVERIFY(m_view->rowRect(1).contains(m_view->barRect(3).center()));
        QVERIFY(m_view->barRect(4).isEmpty()); // unassigned: no bar
        QCOMPARE(m_view->jobAt(bar.center()), 1);
        QCOMPARE(m_view->timeAt(bar.left()), at(9 * 60));
    }

    void rowsFollowTheTechnicianModel()
    {
        TechnicianTableModel model(m_store.get());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        m_view->setTechnicianModel(&proxy, TechnicianTableModel::TechnicianIdRole);
        QCOMPARE(m_view->rowCount(), 5);
        proxy.sort(TechnicianTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(m_view->technicianAtRow(0), 1004);
        proxy.setFilterFixedString(QStringLiteral("Tech 002"));
        proxy.setFilterKeyColumn(TechnicianTableModel::NameColumn);
        QCOMPARE(m_view->rowCount(), 1);
        QCOMPARE(m_view->technicianAtRow(0), 1001);
    }

    // A technician whose day needs a look (no vehicle, a vehicle due for service) gets a
    // mark before the name, in the danger colour, and the name's tooltip says why; the mark
    // goes when the warning does.
    void aRowsWarningIsMarkedBeforeTheNameAndExplained()
    {
        TechnicianTableModel model(m_store.get());
        VehicleRoster roster;
        model.setVehicleRoster(&roster);
        m_view->setTechnicianModel(&model, TechnicianTableModel::TechnicianIdRole);
        m_view->setRowWarningRole(TechnicianTableModel::VehicleWarningRole);
        const auto vehicle = [](qint64 id, qint64 technicianId, bool overdue) {
            VehicleAssignment v;
            v.vehicleId = id;
            v.technicianId = technicianId;
            v.vehicleName = QStringLiteral("Van %1").arg(id);
            v.vehicleStatus = QStringLiteral("active");
            v.serviceOverdue = overdue;
            return v;
        };
        QList<VehicleAssignment> fine;
        for (int t = 0; t < 5; ++t)
            fine << vehicle(t + 1, 1000 + t, false);
        roster.setVehicles(kDay, fine);
        const QColor danger = theme::colour(theme::Colour::DangerText);
        // A danger-coloured pixel in a row's name, where it is painted.
        const auto markIn = [this, danger](int row) {
            const QImage image = m_view->viewport()->grab().toImage();
            const QRect band = m_view->rowRect(row).intersected(
                QRect(0, 0, TimelineView::kLabelWidth, image.height()));
            for (int y = band.top(); y <= band.bottom(); ++y) {
                for (int x = band.left(); x <= band.right(); ++x) {
                    // Text is antialiased: a pixel of the danger colour's hue, clearly red.
                    const QColor c = image.pixelColor(x, y);
                    if (c.red() - c.green() > 60 && c.red() - c.blue() > 60 &&
                        std::min(std::abs(c.hue() - danger.hue()),
                                 360 - std::abs(c.hue() - danger.hue())) < 20)
                        return QPoint(x, y);
                }
            }
            return QPoint();
        };
        for (int row = 0; row < m_view->rowCount(); ++row)
            QVERIFY2(markIn(row).isNull(), qPrintable(QString::number(row)));

        fine[1] = vehicle(2, 1001, true);
        roster.setVehicles(kDay, fine);
        const int warned = m_view->rowOfTechnician(1001);
        QTRY_VERIFY(!markIn(warned).isNull());
        QVERIFY(markIn(m_view->rowOfTechnician(1000)).isNull());
        const QPoint mark = markIn(warned);
        QHelpEvent help(QEvent::ToolTip, mark, m_view->viewport()->mapToGlobal(mark));
        QApplication::sendEvent(m_view->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Van 2 is overdue for service"));

        fine[1] = vehicle(2, 1001, false);
        roster.setVehicles(kDay, fine);
        QTRY_VERIFY(markIn(warned).isNull());
        m_view->setTechnicianModel(nullptr, 0);
    }

    void dropFromTheGridAsksForAnAssignment()
    {
        QSignalSpy requested(m_view.get(), &TimelineView::assignmentRequested);
        std::unique_ptr<QMimeData> mime(jobIdsMimeData({4}));
        const QPoint target(m_view->xForTime(at(13 * 60 + 2)), m_view->rowRect(3).center().y());
        QDragEnterEvent enter(target, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(target, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_view->viewport(), &drop);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<QList<qint64>>(), QList<qint64>{4});
        QCOMPARE(requested.at(0).at(1).toLongLong(), 1003);
        // Snapped to five minutes.
        QCOMPARE(requested.at(0).at(2).toDateTime().toMSecsSinceEpoch(), at(13 * 60));
    }

    void draggingABarAlongOrAcrossRowsAsksForAMove()
    {
        QSignalSpy moved(m_view.get(), &TimelineView::moveRequested);
        const QRect bar = m_view->barRect(1);
        const QPoint grab = bar.center();
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, grab);
        const int oneHour = m_view->xForTime(at(10 * 60)) - m_view->xForTime(at(9 * 60));
        const QPoint drop(grab.x() + oneHour, m_view->rowRect(2).center().y());
        QTest::mouseMove(m_view->viewport(), grab + QPoint(20, 0));
        QTest::mouseMove(m_view->viewport(), drop);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, drop);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toLongLong(), 1);
        QCOMPARE(moved.at(0).at(1).toLongLong(), 1002);
        QCOMPARE(moved.at(0).at(2).toDateTime().toMSecsSinceEpoch(), at(10 * 60));
    }

    void draggingABarOutAsksToUnassign()
    {
        QSignalSpy unassign(m_view.get(), &TimelineView::unassignRequested);
        QSignalSpy moved(m_view.get(), &TimelineView::moveRequested);
        const QPoint grab = m_view->barRect(3).center();
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, grab);
        QTest::mouseMove(m_view->viewport(), grab + QPoint(30, 0));
        const QPoint outside(grab.x(), m_view->viewport()->height() + 40);
        QTest::mouseMove(m_view->viewport(), outside);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, outside);
        QCOMPARE(unassign.count(), 1);
        QCOMPARE(unassign.at(0).at(0).toLongLong(), 3);
        QCOMPARE(moved.count(), 0);
    }

    void aClickSelectsAndDeleteAsksToUnassign()
    {
        QSignalSpy selected(m_view.get(), &TimelineView::jobSelected);
        QSignalSpy unassign(m_view.get(), &TimelineView::unassignRequested);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->barRect(2).center());
        QCOMPARE(m_view->selectedJobId(), 2);
        QCOMPARE(selected.count(), 1);
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(unassign.count(), 1);
        QCOMPARE(unassign.at(0).at(0).toLongLong(), 2);
    }

    void overlappingBarsAreSelectedAndDraggedWherePainted()
    {
        // Jobs 5 and 6 overlap on the third row; in statuses of their own, each can be found
        // by its colour on the screen.
        Job five = m_store->job(5)->job;
        five.status = JobStatus::EnRoute;
        five.version = 2;
        Job six = m_store->job(6)->job;
        six.status = JobStatus::OnSite;
        six.version = 2;
        m_store->upsertJob(five);
        m_store->upsertJob(six);
        m_view->viewport()->repaint();
        const QImage image = m_view->viewport()->grab().toImage();
        const QPoint onFive = paintedPixel(image, jobStatusColour(JobStatus::EnRoute));
        const QPoint onSix = paintedPixel(image, jobStatusColour(JobStatus::OnSite));
        QVERIFY(!onFive.isNull());
        QVERIFY(!onSix.isNull());
        QVERIFY(onFive.y() != onSix.y()); // one lane each

        for (const auto &[point, jobId] : {std::pair{onFive, 5}, std::pair{onSix, 6}}) {
            QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, point);
            QCOMPARE(m_view->selectedJobId(), jobId);
            QCOMPARE(m_view->jobAt(point), jobId);
            QSignalSpy unassign(m_view.get(), &TimelineView::unassignRequested);
            QTest::keyClick(m_view.get(), Qt::Key_Delete);
            QCOMPARE(unassign.count(), 1);
            QCOMPARE(unassign.at(0).at(0).toLongLong(), jobId);
        }

        // Dragging the upper bar moves the job painted there.
        QSignalSpy moved(m_view.get(), &TimelineView::moveRequested);
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, onFive);
        QTest::mouseMove(m_view->viewport(), onFive + QPoint(20, 0));
        const QPoint drop(onFive.x() + 20, m_view->rowRect(4).center().y());
        QTest::mouseMove(m_view->viewport(), drop);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, drop);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toLongLong(), 5);
        QCOMPARE(moved.at(0).at(1).toLongLong(), m_view->technicianAtRow(4));
    }

    void zoomsWithKeysAndControlWheel()
    {
        const double start = m_view->pixelsPerHour();
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QCOMPARE(m_view->pixelsPerHour(), start * TimelineView::kZoomStep);
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QCOMPARE(m_view->pixelsPerHour(), start);

        // Ctrl+wheel zooms around the cursor: the time under it stays put.
        const QPoint cursor(600, 100);
        const qint64 before = m_view->timeAt(cursor.x());
        QWheelEvent wheel(cursor, m_view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_view->viewport(), &wheel);
        QVERIFY(m_view->pixelsPerHour() > start);
        QVERIFY(qAbs(m_view->timeAt(cursor.x()) - before) < 60 * 1000);
    }

    void anHourLabelIsNotCutAtTheTimeAreasEdge()
    {
        // 09:00 scrolled just past the names' column: its label would show as "9:00".
        const int left = m_view->timeArea().left();
        QScrollBar *scroll = m_view->horizontalScrollBar();
        scroll->setValue(scroll->value() + m_view->xForTime(at(9 * 60)) - (left - 6));
        QCOMPARE(m_view->xForTime(at(9 * 60)), left - 6);
        const int ten = m_view->xForTime(at(10 * 60));
        QVERIFY(ten > left + 60);
        const QImage image = m_view->viewport()->grab().toImage();
        const QColor background = theme::colour(theme::Colour::TimelineHeader);
        // Above the ticks, the header shows nothing from the edge to 10:00's tick...
        const auto painted = [&](int fromX, int toX) {
            int pixels = 0;
            for (int y = 2; y < TimelineView::kHeaderHeight - 8; ++y) {
                for (int x = fromX; x < toX; ++x)
                    pixels += image.pixelColor(x, y) != background ? 1 : 0;
            }
            return pixels;
        };
        QCOMPARE(painted(left, ten - 1), 0);
        // ...and 10:00's label after it.
        QVERIFY(painted(ten + 1, ten + 40) > 0);
    }

    void scrollsWithKeysAndWheel()
    {
        const int horizontal = m_view->horizontalScrollBar()->value();
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QVERIFY(m_view->horizontalScrollBar()->value() > horizontal);
        m_view->resize(1200, 120); // fewer rows than the technicians
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_view->verticalScrollBar()->value(), TimelineView::kRowHeight);
    }

    void explainsConflictsInTheTooltip()
    {
        QVERIFY(m_store->job(5)->conflicts.testFlag(JobConflict::Overlap));
        const QString tip = m_view->toolTipFor(6);
        QVERIFY2(tip.contains(QStringLiteral("Overlaps")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Job 5")));
        QVERIFY(!m_view->toolTipFor(1).contains(QStringLiteral("⚠")));
    }

    void drawsPendingAndConflictingBarsApart()
    {
        const auto pixelAt = [this](qint64 jobId) {
            const QImage image = m_view->viewport()->grab().toImage();
            const QRect bar = m_view->barRect(jobId);
            return image.pixelColor(bar.left() + 6, bar.center().y() + 2);
        };
        const QColor settled = pixelAt(1);
        Job moved = m_store->job(1)->job;
        moved.durationMin = 61;
        m_store->proposeJob(moved);
        QVERIFY(m_store->job(1)->pending);
        const QColor pending = pixelAt(1);
        QVERIFY2(settled != pending,
                 qPrintable(settled.name() + QLatin1Char(' ') + pending.name()));
        // A conflicting bar has a red outline.
        const QRect conflicting = m_view->barRect(6);
        const QImage image = m_view->viewport()->grab().toImage();
        const QColor edge = image.pixelColor(conflicting.left(), conflicting.center().y());
        QVERIFY2(edge.red() > 150 && edge.green() < 120, qPrintable(edge.name()));
    }

    void aChangedJobMovesItsBar()
    {
        // What is repainted is tst_timelinerepaint's business.
        Job later = m_store->job(3)->job;
        later.plannedStart = boardtest::at(kDay, 14 * 60, QTimeZone::utc());
        later.plannedEnd = boardtest::at(kDay, 15 * 60, QTimeZone::utc());
        later.version = 2;
        m_store->upsertJob(later);
        QTRY_VERIFY(m_view->barRect(3).left() == m_view->xForTime(at(14 * 60)));
    }

    void showsSeveralDays()
    {
        const double oneDayZoom = m_view->pixelsPerHour();
        m_store->setDays(kDay, 3, QTimeZone::utc());
        Job third = job(7, 1001, 2 * 24 * 60 + 9 * 60);
        m_store->addJobs({third});
        m_view->fitDays();
        // The three days fit the width, below the one-day view's least zoom.
        QVERIFY(m_view->pixelsPerHour() < TimelineView::kMinPixelsPerHour);
        QVERIFY(m_view->pixelsPerHour() < oneDayZoom);
        QVERIFY(m_view->xForTime(m_store->daySpan().endMs) <= m_view->viewport()->width() + 1);
        const QRect bar = m_view->barRect(7);
        QVERIFY(!bar.isEmpty());
        QVERIFY(bar.left() >= m_view->xForTime(m_store->dayStartMs(2)));
        QCOMPARE(m_view->jobAt(bar.center()), qint64(7));
        const QImage image = m_view->viewport()->grab().toImage();
        QVERIFY(!image.isNull());
    }

    void comparesAProposal()
    {
        // Job 1 moves from Tech 001 at 09:00 to Tech 002 at 12:00; job 4 is placed with
        // Tech 001 at 13:00; job 3 (Tech 002) is left out.
        const QByteArray json = QStringLiteral(R"({"id": 9, "location_id": 1, "date": "2026-11-23",
            "status": "open", "technicians": [
              {"technician_id": 1000, "name": "Tech 001", "travel_before_s": 600,
               "travel_after_s": 300, "breaks": [], "jobs": [
                {"job_id": 2, "title": "Job 2", "planned_start": "%1", "planned_end": "%2",
                 "moved": false, "previous_technician_id": 1000, "previous_planned_start": "%1"},
                {"job_id": 4, "title": "Job 4", "planned_start": "%3", "planned_end": "%4",
                 "moved": true, "previous_technician_id": null, "previous_planned_start": null}]},
              {"technician_id": 1001, "name": "Tech 002", "travel_before_s": 0,
               "travel_after_s": 0, "breaks": [], "jobs": [
                {"job_id": 1, "title": "Job 1", "planned_start": "%5", "planned_end": "%6",
                 "moved": true, "previous_technician_id": 1000, "previous_planned_start": "%7"}]}],
            "unassigned": [{"job_id": 3, "title": "Job 3", "reason": "No time left",
                            "previous_technician_id": 1001}],
            "totals": {"jobs": 4, "served": 3, "served_before": 3, "moved": 3,
                       "travel_before_s": 600, "travel_after_s": 300},
            "expected_versions": {"1": 1, "2": 1, "3": 1, "4": 1}})")
                                    .arg(boardtest::at(kDay, 11 * 60, QTimeZone::utc()),
                                         boardtest::at(kDay, 12 * 60, QTimeZone::utc()),
                                         boardtest::at(kDay, 13 * 60, QTimeZone::utc()),
                                         boardtest::at(kDay, 14 * 60, QTimeZone::utc()),
                                         boardtest::at(kDay, 12 * 60, QTimeZone::utc()),
                                         boardtest::at(kDay, 13 * 60, QTimeZone::utc()),
                                         boardtest::at(kDay, 9 * 60, QTimeZone::utc()))
                                    .toUtf8();
        RoutePreview preview;
        m_view->setRoutePreview(&preview);
        QVERIFY(!m_view->isComparing());
        preview.setProposal(RoutingProposal::fromJson(QJsonDocument::fromJson(json).object()),
                            m_store.get());
        QVERIFY(m_view->isComparing());
        const int row1000 = m_view->rowOfTechnician(1000);
        const int row1001 = m_view->rowOfTechnician(1001);
        // Job 1's proposed bar on Tech 002's row at 12:00, its outline where it was.
        const QRect proposed = m_view->proposedBarRect(1);
        QVERIFY(!proposed.isEmpty());
        QCOMPARE(proposed.left(), m_view->xForTime(at(12 * 60)));
        QVERIFY(m_view->rowRect(row1001).contains(proposed.center()));
        const QRect outline = m_view->outlineRect(1);
        QCOMPARE(outline.left(), m_view->xForTime(at(9 * 60)));
        QVERIFY(m_view->rowRect(row1000).contains(outline.center()));
        // Left out: an outline, no bar; clicks find the proposed bars.
        QVERIFY(m_view->proposedBarRect(3).isEmpty());
        QVERIFY(!m_view->outlineRect(3).isEmpty());
        QCOMPARE(m_view->jobAt(proposed.center()), qint64(1));
        QCOMPARE(m_view->jobAt(m_view->proposedBarRect(4).center()), qint64(4));
        QVERIFY(m_view->toolTipFor(1).contains(QStringLiteral("12:00")));
        // Nothing can be dragged while comparing.
        QSignalSpy moves(m_view.get(), &TimelineView::moveRequested);
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, proposed.center());
        QTest::mouseMove(m_view->viewport(), proposed.center() + QPoint(80, 0));
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {},
                            proposed.center() + QPoint(80, 0));
        QCOMPARE(moves.size(), 0);
        preview.clear();
        QVERIFY(!m_view->isComparing());
        QVERIFY(m_view->proposedBarRect(1).isEmpty());
    }

private:
    std::unique_ptr<DispatchStore> m_store;
    std::unique_ptr<TimelineView> m_view;
};

FIELDDESK_TEST_MAIN(TestTimelineView)
} // namespace tst_timelineview
#include "tst_timelineview.moc"
