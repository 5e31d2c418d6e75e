#include "fielddesk/timeline/timelineview.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobarrivals.h"
#include "fielddesk/board/jobtablemodel.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/theme/palette.h"
#include "fielddesk/timeline/rowlayout.h"
#include "fielddesk/timeline/timelinedraghandler.h"

#include <QAbstractItemModel>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fielddesk::timeline {

using board::JobRecord;
using board::TechnicianRecord;
using theme::Colour;

namespace {

constexpr qint64 kMsPerHour = TimeAxis::kMsPerHour;
constexpr int kMorningHour = 7; // the working day in sight at first
constexpr int kNowTimerMs = 30 * 1000;
constexpr int kKeyScrollRows = 1;
constexpr int kKeyScrollFraction = 8; // arrow keys move an eighth of the visible time
constexpr int kScrollRoomHours = 1;   // scrollToTime leaves this much before the instant
constexpr int kWheelStep = 120;
constexpr int kRowsPerWheelStep = 3;

} // namespace

TimelineView::TimelineView(board::DispatchStore *store, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_store(store)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_nowTimer(new QTimer(this))
    , m_rowPainter(*store)
    , m_header(*store)
    , m_drag(new TimelineDragHandler(this))
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Base);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    connect(store, &board::DispatchStore::scheduleChanged, this,
            &TimelineView::updateTechnicianRow);
    connect(store, &board::DispatchStore::jobChanged, this, &TimelineView::updateJob);
    connect(store, &board::DispatchStore::jobsReset, viewport(), qOverload<>(&QWidget::update));
    connect(store, &board::DispatchStore::techniciansReset, this, &TimelineView::rebuildRows);
    connect(store, &board::DispatchStore::techniciansInserted, this, &TimelineView::rebuildRows);
    connect(store, &board::DispatchStore::dayChanged, this, [this] {
        updateScrollBars();
        viewport()->update();
    });
    m_nowTimer->start(kNowTimerMs);
    connect(m_nowTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    connect(m_drag, &TimelineDragHandler::ghostMoved, this, [this](int fromRow, int toRow) {
        updateRow(fromRow);
        updateRow(toRow);
    });
    connect(m_drag, &TimelineDragHandler::moveRequested, this, &TimelineView::moveRequested);
    connect(m_drag, &TimelineDragHandler::unassignRequested, this,
            &TimelineView::unassignRequested);
    connect(m_drag, &TimelineDragHandler::assignmentRequested, this,
            &TimelineView::assignmentRequested);
    connect(m_drag, &TimelineDragHandler::periodRequested, this, &TimelineView::periodRequested);
    rebuildRows();
    scrollToTime(m_store->daySpan().startMs + kMorningHour * kMsPerHour);
}

TimelineView::~TimelineView() = default;

void TimelineView::setTechnicianModel(QAbstractItemModel *model, int technicianIdRole)
{
    if (m_technicianModel)
        m_technicianModel->disconnect(this);
    m_technicianModel = model;
    m_technicianIdRole = technicianIdRole;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::rebuildRows);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::rebuildRows);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::rebuildRows);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::rebuildRows);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TimelineView::rebuildRows);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &first, const QModelIndex &last) {
                    readRowWarnings(first.row(), last.row());
                });
    }
    rebuildRows();
}

void TimelineView::setRowWarningRole(int role)
{
    m_rowWarningRole = role;
    readRowWarnings();
}

void TimelineView::readRowWarnings(int firstRow, int lastRow)
{
    if (m_rowWarningRole < 0 || !m_technicianModel)
        return;
    bool changed = false;
    if (lastRow < 0) { // every row: warnings of rows that left go too
        lastRow = m_technicianModel->rowCount() - 1;
        changed = !m_rowWarnings.isEmpty();
        m_rowWarnings.clear();
    }
    for (int row = std::max(0, firstRow); row <= lastRow; ++row) {
        const QModelIndex index = m_technicianModel->index(row, 0);
        const qint64 technicianId = index.data(m_technicianIdRole).toLongLong();
        const QString warning = index.data(m_rowWarningRole).toString();
        if (warning == m_rowWarnings.value(technicianId))
            continue; // most changes of the model are not about warnings
        changed = true;
        if (warning.isEmpty())
            m_rowWarnings.remove(technicianId);
        else
            m_rowWarnings.insert(technicianId, warning);
    }
    if (changed)
        viewport()->update(QRect(0, kHeaderHeight, kLabelWidth, viewport()->height()));
}

void TimelineView::rebuildRows()
{
    m_rowTechnicians.clear();
    m_technicianRows.clear();
    if (m_technicianModel) {
        const int rows = m_technicianModel->rowCount();
        m_rowTechnicians.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            m_rowTechnicians.append(
                m_technicianModel->index(row, 0).data(m_technicianIdRole).toLongLong());
        }
    } else {
        m_rowTechnicians.reserve(m_store->technicianCount());
        for (int row = 0; row < m_store->technicianCount(); ++row)
            m_rowTechnicians.append(m_store->technicianAt(row).technician.id);
    }
    for (int row = 0; row < rowCount(); ++row)
        m_technicianRows.insert(m_rowTechnicians.at(row), row);
    readRowWarnings();
    updateScrollBars();
    viewport()->update();
}

qint64 TimelineView::technicianAtRow(int row) const
{
    return row >= 0 && row < rowCount() ? m_rowTechnicians.at(row) : 0;
}

int TimelineView::rowOfTechnician(qint64 technicianId) const
{
    return m_technicianRows.value(technicianId, -1);
}

QRect TimelineView::timeArea() const
{
    const QRect all = viewport()->rect();
    return QRect(kLabelWidth, kHeaderHeight, std::max(0, all.width() - kLabelWidth),
                 std::max(0, all.height() - kHeaderHeight));
}

void TimelineView::updateScrollBars()
{
    const QRect area = timeArea();
    const board::TimeSpan span = m_store->daySpan();
    const double hours = double(span.endMs - span.startMs) / kMsPerHour;
    const int dayWidth = int(std::ceil(hours * m_pixelsPerHour));
    horizontalScrollBar()->setRange(0, std::max(0, dayWidth - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    horizontalScrollBar()->setSingleStep(std::max(1, area.width() / kKeyScrollFraction));
    verticalScrollBar()->setRange(0, std::max(0, rowCount() * kRowHeight - area.height()));
    verticalScrollBar()->setPageStep(area.height());
    verticalScrollBar()->setSingleStep(kRowHeight);
}

qint64 TimelineView::viewStartMs() const
{
    return m_store->daySpan().startMs +
           qint64(std::llround(horizontalScrollBar()->value() * kMsPerHour / m_pixelsPerHour));
}

TimeAxis TimelineView::timeAxis() const
{
    return TimeAxis{viewStartMs(), m_pixelsPerHour, kLabelWidth};
}

qint64 TimelineView::timeAt(int x) const
{
    return timeAxis().timeAt(x);
}

int TimelineView::xForTime(qint64 ms) const
{
    return timeAxis().xForTime(ms);
}

int TimelineView::rowAt(int y) const
{
    if (y < kHeaderHeight)
        return -1;
    const int row = (y - kHeaderHeight + verticalScrollBar()->value()) / kRowHeight;
    return row < rowCount() ? row : -1;
}

QRect TimelineView::rowRect(int row) const
{
    return QRect(0, kHeaderHeight + row * kRowHeight - verticalScrollBar()->value(),
                 viewport()->width(), kRowHeight);
}

QList<BarPlacement> TimelineView::rowBars(int row) const
{
    const TechnicianRecord *technician = m_store->technician(technicianAtRow(row));
    return technician ? RowLayout::jobBars(*m_store, *technician, rowRect(row), timeAxis())
                      : QList<BarPlacement>();
}

QRect TimelineView::barRect(qint64 jobId) const
{
    const JobRecord *record = m_store->job(jobId);
    if (!record || !record->isPlanned() || !record->job.technicianId)
        return {};
    const int row = rowOfTechnician(*record->job.technicianId);
    if (row < 0)
        return {};
    for (const BarPlacement &placement : rowBars(row)) {
        if (placement.jobId == jobId)
            return placement.bar.intersects(timeArea()) ? placement.bar : QRect();
    }
    return {};
}

qint64 TimelineView::jobAt(const QPoint &pos) const
{
    if (!timeArea().contains(pos))
        return 0;
    const qint64 technicianId = technicianAtRow(rowAt(pos.y()));
    if (isComparing() && m_preview->coversTechnician(technicianId)) {
        for (const board::RoutePreview::Bar &bar : m_preview->bars(technicianId)) {
            if (proposedBarRect(bar.jobId).contains(pos))
                return bar.jobId;
        }
        return 0;
    }
    return RowLayout::jobAt(rowBars(rowAt(pos.y())), pos);
}

QDateTime TimelineView::toDateTime(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_store->timeZone());
}

void TimelineView::setPixelsPerHour(double pixelsPerHour, std::optional<int> anchorX)
{
    pixelsPerHour = std::clamp(pixelsPerHour, minPixelsPerHour(), kMaxPixelsPerHour);
    if (qFuzzyCompare(pixelsPerHour, m_pixelsPerHour))
        return;
    const int x = anchorX.value_or(kLabelWidth + timeArea().width() / 2);
    const qint64 anchorTime = timeAt(x);
    m_pixelsPerHour = pixelsPerHour;
    m_rowPainter.forgetElidedTitles();
    updateScrollBars();
    const double offset =
        double(anchorTime - m_store->daySpan().startMs) * m_pixelsPerHour / kMsPerHour -
        (x - kLabelWidth);
    horizontalScrollBar()->setValue(int(std::lround(offset)));
    viewport()->update();
}

double TimelineView::minPixelsPerHour() const
{
    return m_store->dayCount() > 1 ? kMinMultiDayPixelsPerHour : kMinPixelsPerHour;
}

void TimelineView::fitDays()
{
    const board::TimeSpan span = m_store->daySpan();
    const double hours = double(span.endMs - span.startMs) / kMsPerHour;
    if (hours <= 0 || timeArea().width() <= 0)
        return;
    setPixelsPerHour(std::max(minPixelsPerHour(), timeArea().width() / hours));
    horizontalScrollBar()->setValue(0);
}

void TimelineView::setRoutePreview(board::RoutePreview *preview)
{
    if (m_preview)
        m_preview->disconnect(this);
    m_preview = preview;
    if (preview) {
        connect(preview, &QAbstractItemModel::modelReset, viewport(),
                qOverload<>(&QWidget::update));
    }
    viewport()->update();
}

void TimelineView::setArrivals(board::JobArrivals *arrivals)
{
    if (m_arrivals)
        m_arrivals->disconnect(this);
    m_arrivals = arrivals;
    if (arrivals) {
        connect(arrivals, &board::JobArrivals::arrivalsChanged, viewport(),
                qOverload<>(&QWidget::update));
    }
    viewport()->update();
}

bool TimelineView::isComparing() const
{
    return m_preview && m_preview->isActive();
}

QRect TimelineView::spanRect(int row, qint64 startMs, qint64 endMs) const
{
    if (row < 0)
        return {};
    const QRect bar = RowLayout::spanBar(rowRect(row), timeAxis(), startMs, endMs);
    return bar.intersects(timeArea()) ? bar : QRect();
}

QRect TimelineView::proposedBarRect(qint64 jobId) const
{
    if (!isComparing())
        return {};
    const auto bar = m_preview->proposedBar(jobId);
    return bar ? spanRect(rowOfTechnician(bar->first), bar->second.startMs, bar->second.endMs)
               : QRect();
}

QRect TimelineView::outlineRect(qint64 jobId) const
{
    if (!isComparing())
        return {};
    const auto outline = m_preview->outline(jobId);
    return outline ? spanRect(rowOfTechnician(outline->first), outline->second.startMs,
                              outline->second.endMs)
                   : QRect();
}

void TimelineView::zoomIn()
{
    setPixelsPerHour(m_pixelsPerHour * kZoomStep);
}

void TimelineView::zoomOut()
{
    setPixelsPerHour(m_pixelsPerHour / kZoomStep);
}

void TimelineView::scrollToTime(qint64 ms)
{
    const double offset = double(ms - kScrollRoomHours * kMsPerHour - m_store->daySpan().startMs) *
                          m_pixelsPerHour / kMsPerHour;
    horizontalScrollBar()->setValue(int(std::lround(offset)));
}

void TimelineView::ensureJobVisible(qint64 jobId)
{
    const JobRecord *record = m_store->job(jobId);
    if (!record || !record->job.technicianId)
        return;
    const int row = rowOfTechnician(*record->job.technicianId);
    if (row >= 0) {
        const int top = row * kRowHeight;
        QScrollBar *bar = verticalScrollBar();
        if (top < bar->value())
            bar->setValue(top);
        else if (top + kRowHeight > bar->value() + timeArea().height())
            bar->setValue(top + kRowHeight - timeArea().height());
    }
    if (record->isPlanned()) {
        const int x = xForTime(record->plannedStartMs);
        if (x < kLabelWidth || x > viewport()->width())
            scrollToTime(record->plannedStartMs);
    }
}

void TimelineView::setSelectedJob(qint64 jobId)
{
    if (jobId == m_selectedJobId)
        return;
    const qint64 previous = m_selectedJobId;
    m_selectedJobId = jobId;
    for (const qint64 id : {previous, jobId}) {
        if (const JobRecord *record = m_store->job(id); record && record->job.technicianId)
            updateTechnicianRow(*record->job.technicianId);
    }
    emit jobSelected(jobId);
}

void TimelineView::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    viewport()->update();
}

void TimelineView::updateTechnicianRow(qint64 technicianId)
{
    updateRow(rowOfTechnician(technicianId));
}

void TimelineView::updateRow(int row)
{
    if (row < 0)
        return;
    const QRect rect = rowRect(row);
    if (rect.intersects(viewport()->rect()))
        viewport()->update(rect);
}

void TimelineView::updateJob(int storeRow)
{
    if (storeRow < 0 || storeRow >= m_store->jobCount())
        return;
    if (const std::optional<qint64> technicianId = m_store->jobAt(storeRow).job.technicianId)
        updateTechnicianRow(*technicianId);
}

QString TimelineView::toolTipFor(qint64 jobId) const
{
    const JobRecord *record = m_store->job(jobId);
    if (!record)
        return {};
    const Job &job = record->job;
    const auto time = [this](qint64 ms) { return client::display::time(toDateTime(ms)); };
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(job.title.toHtmlEscaped());
    if (!job.customerName.isEmpty())
        lines << job.customerName.toHtmlEscaped() + QStringLiteral(" — ") +
                     job.address.toHtmlEscaped();
    if (record->isPlanned()) {
        lines << tr("Planned %1–%2 (%n min)", nullptr, job.durationMin)
                     .arg(time(record->plannedStartMs), time(record->plannedEndMs));
    }
    if (record->hasWindow())
        lines << tr("Window %1–%2").arg(time(record->windowStartMs), time(record->windowEndMs));
    if (record->travelBeforeSec > 0)
        lines << tr("Travel before: about %n min", nullptr,
                    int(std::lround(record->travelBeforeSec / 60.0)));
    lines << board::JobTableModel::statusTitle(job.status);
    const QString danger = theme::css(Colour::Danger);
    if (job.atRisk)
        lines << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(danger, tr("At risk: %1").arg(job.atRiskReason).toHtmlEscaped());
    for (const QString &reason : m_store->conflictReasons(jobId))
        lines << QStringLiteral("<span style='color:%1'>⚠ %2</span>")
                     .arg(danger, reason.toHtmlEscaped());
    if (m_arrivals) {
        if (const QString eta = m_arrivals->etaText(jobId); !eta.isEmpty())
            lines << QStringLiteral("<b>%1</b>").arg(eta.toHtmlEscaped());
        if (const QString risk = m_arrivals->atRiskText(jobId); !risk.isEmpty())
            lines << QStringLiteral("<span style='color:%1'>⚠ %2</span>")
                         .arg(danger, risk.toHtmlEscaped());
    }
    if (record->pending)
        lines << QStringLiteral("<i>%1</i>").arg(tr("Waiting for the server…"));
    if (isComparing()) {
        if (const auto proposed = m_preview->proposedBar(jobId);
            proposed && proposed->second.moved) {
            const TechnicianRecord *to = m_store->technician(proposed->first);
            lines << QStringLiteral("<b>%1</b>")
                         .arg(tr("Proposed: %1, %2–%3")
                                  .arg(to ? to->technician.name : QString::number(proposed->first),
                                       time(proposed->second.startMs), time(proposed->second.endMs))
                                  .toHtmlEscaped());
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

// Painting ------------------------------------------------------------------------------

TimelineFrame TimelineView::frameFor(const QRect &dirty) const
{
    TimelineFrame frame;
    frame.axis = timeAxis();
    frame.timeArea = timeArea();
    frame.fromMs = timeAt(std::max(dirty.left(), kLabelWidth));
    frame.toMs = timeAt(dirty.right() + 1);
    frame.nowMs = m_now();
    frame.selectedJobId = m_selectedJobId;
    frame.hoveredJobId = m_hoveredJobId;
    frame.comparing = isComparing() ? m_preview.data() : nullptr;
    frame.arrivals = m_arrivals.data();
    frame.rowsBottom = rowRect(rowCount() - 1).bottom();
    const int firstRow = std::max(0, rowAt(std::max(dirty.top(), kHeaderHeight)));
    int lastRow = rowAt(std::min(dirty.bottom(), viewport()->height() - 1));
    if (lastRow < 0)
        lastRow = rowCount() - 1;
    for (int row = firstRow; row <= lastRow; ++row)
        frame.rows.append(
            {technicianAtRow(row), rowRect(row), m_rowWarnings.value(technicianAtRow(row))});
    return frame;
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect dirty = event->rect();
    painter.fillRect(dirty, theme::colour(Colour::Surface));
    const TimelineFrame frame = frameFor(dirty);
    const QRect rows = frame.timeArea.intersected(dirty);

    painter.save();
    painter.setClipRect(rows);
    if (rowCount() > 0) {
        m_rowPainter.paintBackgrounds(painter, frame);
        m_header.paintLines(painter, frame, rows);
        m_rowPainter.paintBars(painter, frame);
    }
    paintGhost(painter, frame);
    m_header.paintNowLine(painter, frame);
    painter.restore();

    if (dirty.left() < kLabelWidth) {
        m_rowPainter.paintNames(
            painter, frame,
            QRect(0, kHeaderHeight, kLabelWidth, viewport()->height() - kHeaderHeight));
    }
    if (dirty.top() < kHeaderHeight)
        m_header.paint(painter, frame, QRect(0, 0, viewport()->width(), kHeaderHeight));
}

void TimelineView::paintGhost(QPainter &painter, const TimelineFrame &frame) const
{
    const std::optional<TimelineDragHandler::Ghost> &ghost = m_drag->ghost();
    if (!ghost || ghost->row < 0)
        return;
    m_rowPainter.paintGhost(painter, frame, rowRect(ghost->row), ghost->startMs,
                            ghost->startMs + ghost->durationMs,
                            client::display::time(toDateTime(ghost->startMs)));
}

// Scrolling and zooming -----------------------------------------------------------------

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    // Move what is painted already and paint only the strip that comes into sight; the
    // header follows horizontal scrolling, the names vertical scrolling.
    const QRect area = timeArea();
    if (std::abs(dx) >= area.width() || std::abs(dy) >= area.height()) {
        viewport()->update();
        return;
    }
    viewport()->scroll(dx, dy, area);
    if (dx != 0)
        viewport()->update(QRect(0, 0, viewport()->width(), kHeaderHeight));
    if (dy != 0)
        viewport()->update(QRect(0, kHeaderHeight, kLabelWidth, area.height()));
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = double(delta.y()) / kWheelStep;
        setPixelsPerHour(m_pixelsPerHour * std::pow(kZoomStep, steps), int(event->position().x()));
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier || delta.x() != 0) {
        const int pixels = delta.x() != 0 ? delta.x() : delta.y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - pixels);
        event->accept();
        return;
    }
    verticalScrollBar()->setValue(verticalScrollBar()->value() -
                                  delta.y() * kRowsPerWheelStep * kRowHeight / kWheelStep);
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *horizontal = horizontalScrollBar();
    QScrollBar *vertical = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        horizontal->setValue(horizontal->value() - horizontal->singleStep());
        break;
    case Qt::Key_Right:
        horizontal->setValue(horizontal->value() + horizontal->singleStep());
        break;
    case Qt::Key_Up:
        vertical->setValue(vertical->value() - kKeyScrollRows * kRowHeight);
        break;
    case Qt::Key_Down:
        vertical->setValue(vertical->value() + kKeyScrollRows * kRowHeight);
        break;
    case Qt::Key_PageUp:
        vertical->setValue(vertical->value() - vertical->pageStep());
        break;
    case Qt::Key_PageDown:
        vertical->setValue(vertical->value() + vertical->pageStep());
        break;
    case Qt::Key_Home:
        scrollToTime(m_now());
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selectedJobId != 0)
            emit unassignRequested(m_selectedJobId);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedJobId != 0)
            emit jobActivated(m_selectedJobId);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

// Mouse: select, hover, drag bars -------------------------------------------------------

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 jobId = jobAt(help->pos());
        const int row = rowAt(help->pos().y());
        const QString warning = m_rowWarnings.value(technicianAtRow(row));
        if (jobId != 0) {
            QToolTip::showText(help->globalPos(), toolTipFor(jobId), viewport(), barRect(jobId));
        } else if (help->pos().x() < kLabelWidth && !warning.isEmpty()) {
            const QRect name = rowRect(row).intersected(QRect(0, 0, kLabelWidth, height()));
            QToolTip::showText(help->globalPos(), warning, viewport(), name);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const qint64 jobId = jobAt(pos);
    setSelectedJob(jobId);
    if (jobId != 0 && !isComparing()) {
        m_drag->press(jobId, pos);
    } else if (const int row = rowAt(pos.y()); row >= 0) {
        emit technicianSelected(technicianAtRow(row));
        if (!isComparing() && pos.x() >= timeArea().left())
            m_drag->pressRow(row, pos); // a drag from here marks time off
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag->isPressed()) {
        m_drag->move(pos);
        return;
    }
    const qint64 hovered = jobAt(pos);
    if (hovered == m_hoveredJobId)
        return;
    const qint64 previous = m_hoveredJobId;
    m_hoveredJobId = hovered;
    for (const qint64 id : {previous, hovered}) {
        if (const JobRecord *record = m_store->job(id); record && record->job.technicianId)
            updateTechnicianRow(*record->job.technicianId);
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drag->isPressed() || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_drag->release(event->position().toPoint());
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 jobId = jobAt(event->position().toPoint());
    if (jobId != 0)
        emit jobActivated(jobId);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard: the selected bar; from the mouse: the bar under it.
    const qint64 jobId =
        event->reason() == QContextMenuEvent::Keyboard ? m_selectedJobId : jobAt(event->pos());
    if (jobId == 0) {
        const qint64 technicianId = technicianAtRow(rowAt(event->pos().y()));
        if (event->reason() == QContextMenuEvent::Keyboard || technicianId == 0)
            return;
        constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;
        const qint64 at = timeAt(event->pos().x());
        emit rowContextMenuRequested(technicianId, at - at % kQuarterHourMs, event->globalPos());
        event->accept();
        return;
    }
    setSelectedJob(jobId);
    const QRect bar = barRect(jobId);
    const QPoint at = event->reason() == QContextMenuEvent::Keyboard && !bar.isEmpty()
                          ? viewport()->mapToGlobal(bar.bottomLeft())
                          : event->globalPos();
    emit jobContextMenuRequested(jobId, at);
    event->accept();
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (m_hoveredJobId != 0 && !m_drag->isPressed()) {
        const JobRecord *record = m_store->job(m_hoveredJobId);
        m_hoveredJobId = 0;
        if (record && record->job.technicianId)
            updateTechnicianRow(*record->job.technicianId);
    }
    QAbstractScrollArea::leaveEvent(event);
}

// Drops from other panes ----------------------------------------------------------------

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_drag->acceptsDrag(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_drag->dragMove(event->mimeData(), event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_drag->dragLeave();
    event->accept();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    if (m_drag->drop(event->mimeData(), event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

} // namespace fielddesk::timeline
