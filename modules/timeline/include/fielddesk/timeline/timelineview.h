// The dispatch timeline: one row per technician of the chosen day, jobs as bars at their
// planned start with their duration, travel drawn before each bar, shift hours shaded,
// breaks and time off, a now-line, the selected or hovered job's time window, conflicts in
// a warning style (the reason in the tooltip), pending changes drawn apart until the server
// settles them. Zoom (Ctrl+wheel, +/-), scroll (wheel, Shift+wheel, keys). Drop jobs on a
// row at a time to assign them, drag a bar along or between rows to move it, out of the
// rows to unassign it: the view only asks (signals), the board decides.
// Several days (the store's range) show side by side with day separators. In compare mode a
// RoutePreview's proposed day replaces the rows it plans: proposed bars, moved ones
// highlighted, outlines where they were before. The ETA at each technician's next job and the
// jobs at risk of missing their window (JobArrivals) are marked on the rows.
// The view is the widget that composes the parts: it owns the geometry (rows, TimeAxis,
// RowLayout's bars) that TimelineRowPainter paints with, TimelineHeader draws the ruler on and
// TimelineDragHandler drops with, and paints only the rows and time range in sight, straight
// from the DispatchStore. Depends on QtWidgets, fielddesk_board and fielddesk_theme; knows
// nothing of the grids, the map or the API.
#pragma once

#include "fielddesk/timeline/rowlayout.h"
#include "fielddesk/timeline/timeaxis.h"
#include "fielddesk/timeline/timelineframe.h"
#include "fielddesk/timeline/timelineheader.h"
#include "fielddesk/timeline/timelinerowpainter.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

class QAbstractItemModel;

namespace fielddesk::board {
class DispatchStore;
class JobArrivals;
class RoutePreview;
struct JobRecord;
struct TechnicianRecord;
} // namespace fielddesk::board

namespace fielddesk::timeline {

class TimelineDragHandler;

class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int kRowHeight = 28;
    static constexpr int kHeaderHeight = 30;
    static constexpr int kLabelWidth = 180;
    static constexpr int kLabelPadding = 8; // around the names and the header's corner
    static constexpr int kTextPadding = 4;  // around text in bars and day names
    static constexpr int kSnapMinutes = 5;
    static constexpr double kDefaultPixelsPerHour = 110.0;
    static constexpr double kMinPixelsPerHour = 24.0;
    static constexpr double kMinMultiDayPixelsPerHour = 4.0; // a week in 672 pixels
    static constexpr double kMaxPixelsPerHour = 1440.0;
    static constexpr double kZoomStep = 1.25;

    explicit TimelineView(board::DispatchStore *store, QWidget *parent = nullptr);
    ~TimelineView() override;

    board::DispatchStore *store() const { return m_store; }

    // Rows follow a model's rows (for example the technician grid's sorted, filtered proxy);
    // without one, the store's order.
    void setTechnicianModel(QAbstractItemModel *model, int technicianIdRole);
    // The model's role with a row's warning (a QString, empty for none; e.g. no vehicle that
    // day): a mark before the name and the warning in the name's tooltip.
    void setRowWarningRole(int role);
    QString rowWarning(qint64 technicianId) const { return m_rowWarnings.value(technicianId); }

    double pixelsPerHour() const { return m_pixelsPerHour; }
    void setPixelsPerHour(double pixelsPerHour, std::optional<int> anchorX = std::nullopt);
    void zoomIn();
    void zoomOut();
    double minPixelsPerHour() const;
    // Zooms so that every shown day fits the width (at the least zoom).
    void fitDays();
    // Scrolls so that the instant is at the left of the time area (plus a little room).
    void scrollToTime(qint64 ms);
    void ensureJobVisible(qint64 jobId);

    // Compare mode: while the preview has a proposal, the rows it plans show it. Bars cannot
    // be dragged then. nullptr: no compare mode.
    void setRoutePreview(board::RoutePreview *preview);
    bool isComparing() const;
    // The proposed bar of a job and the outline of where it was (empty: none in sight).
    QRect proposedBarRect(qint64 jobId) const;
    QRect outlineRect(qint64 jobId) const;

    // The ETAs of the technicians' next jobs and the jobs at risk of missing their window:
    // marked on the rows and told in the tooltips. nullptr: none.
    void setArrivals(board::JobArrivals *arrivals);

    qint64 selectedJobId() const { return m_selectedJobId; }
    void setSelectedJob(qint64 jobId);

    // "Now" for the now-line; tests set a fixed clock.
    void setClock(std::function<qint64()> nowMs);

    // Geometry, in viewport coordinates.
    int rowCount() const { return int(m_rowTechnicians.size()); }
    qint64 technicianAtRow(int row) const;
    int rowOfTechnician(qint64 technicianId) const;
    int rowAt(int y) const;    // -1: not on a row
    TimeAxis timeAxis() const; // at the current zoom and scroll
    qint64 timeAt(int x) const;
    int xForTime(qint64 ms) const;
    QRect rowRect(int row) const;
    QRect barRect(qint64 jobId) const; // empty when the job has no bar in sight
    QRect timeArea() const;
    qint64 jobAt(const QPoint &pos) const; // 0: none
    QString toolTipFor(qint64 jobId) const;
    // An instant on the store's clock.
    QDateTime toDateTime(qint64 ms) const;

signals:
    // Jobs dropped on a row at a time (from the job grid, the map...).
    void
    assignmentRequested(const QList<qint64> &jobIds, qint64 technicianId, const QDateTime &start);
    // A bar dragged along its row or to another row.
    void moveRequested(qint64 jobId, qint64 technicianId, const QDateTime &start);
    // A bar dragged out of the rows, or Delete on the selected bar.
    void unassignRequested(qint64 jobId);
    void jobSelected(qint64 jobId);
    void jobActivated(qint64 jobId);
    void technicianSelected(qint64 technicianId);
    // Right click (or the menu key) on a bar.
    void jobContextMenuRequested(qint64 jobId, const QPoint &globalPos);
    // Dragged across a technician's row where no bar is: a period to take off (snapped).
    void periodRequested(qint64 technicianId, qint64 startMs, qint64 endMs);
    // Right click on a technician's row where no bar is: the technician and the time there
    // (ms since the epoch, to the quarter hour).
    void rowContextMenuRequested(qint64 technicianId, qint64 atMs, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rebuildRows();
    // The warnings of the model's rows first to last (all of them by default).
    void readRowWarnings(int firstRow = 0, int lastRow = -1);
    // The bars of a row as painted (RowLayout), for hit-testing.
    QList<BarPlacement> rowBars(int row) const;
    void updateScrollBars();
    void updateTechnicianRow(qint64 technicianId);
    void updateJob(int storeRow);
    void updateRow(int row);
    qint64 viewStartMs() const;
    QRect spanRect(int row, qint64 startMs, qint64 endMs) const;
    // What the painters need for the part of the viewport to repaint.
    TimelineFrame frameFor(const QRect &dirty) const;
    void paintGhost(QPainter &painter, const TimelineFrame &frame) const;

    board::DispatchStore *m_store;
    QPointer<QAbstractItemModel> m_technicianModel;
    QPointer<board::RoutePreview> m_preview;
    QPointer<board::JobArrivals> m_arrivals;
    int m_technicianIdRole = 0;
    int m_rowWarningRole = -1;
    QList<qint64> m_rowTechnicians;
    QHash<qint64, QString> m_rowWarnings; // only rows with a warning
    QHash<qint64, int> m_technicianRows;
    double m_pixelsPerHour = kDefaultPixelsPerHour;
    qint64 m_selectedJobId = 0;
    qint64 m_hoveredJobId = 0;
    std::function<qint64()> m_now;
    QTimer *m_nowTimer;
    TimelineRowPainter m_rowPainter;
    TimelineHeader m_header;
    TimelineDragHandler *m_drag;
};

} // namespace fielddesk::timeline
