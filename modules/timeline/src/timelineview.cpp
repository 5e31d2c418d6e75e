#include "fielddesk/timeline/timelineview.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobmimedata.h"
#include "fielddesk/board/jobtablemodel.h"
#include "fielddesk/board/routepreview.h"
#include "fielddesk/board/statuscolours.h"
#include "fielddesk/theme/palette.h"
#include "fielddesk/timeline/rowlayout.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fielddesk::timeline {

using board::JobConflict;
using board::JobConflicts;
using board::JobRecord;
using board::kNoTime;
using board::TechnicianRecord;
using theme::Colour;

namespace {

constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr qint64 kMsPerHour = 60 * kMsPerMinute;
constexpr qint64 kHoursPerDay = 24;
constexpr int kMinLabelSpacing = 48; // pixels between two time labels of the header
constexpr int kDayLineWidth = 2;
constexpr int kMovedPenWidth = 3;
constexpr int kBarRadius = 3;
constexpr int kTextPadding = 4;
constexpr int kMinTextWidth = 28;
constexpr int kLabelPadding = 8;
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
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
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
    rebuildRows();
    // The working day in sight at first.
    scrollToTime(m_store->daySpan().startMs + 7 * kMsPerHour);
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
    }
    rebuildRows();
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

qint64 TimelineView::snap(qint64 ms) const
{
    const qint64 step = kSnapMinutes * kMsPerMinute;
    const qint64 fromDay = ms - m_store->daySpan().startMs;
    return m_store->daySpan().startMs + (fromDay + step / 2) / step * step -
           (fromDay + step / 2 < 0 ? step : 0);
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
    m_elidedTitles.clear();
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
    const int row = rowOfTechnician(technicianId);
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
    const auto time = [this](qint64 ms) {
        return toDateTime(ms).toString(QStringLiteral("HH:mm"));
    };
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

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect dirty = event->rect();
    painter.fillRect(dirty, theme::colour(Colour::Surface));

    const QRect area = timeArea();
    const qint64 fromMs = timeAt(std::max(dirty.left(), kLabelWidth));
    const qint64 toMs = timeAt(dirty.right() + 1);
    const int firstRow = std::max(0, rowAt(std::max(dirty.top(), kHeaderHeight)));
    int lastRow = rowAt(std::min(dirty.bottom(), viewport()->height() - 1));
    if (lastRow < 0)
        lastRow = rowCount() - 1;

    painter.save();
    painter.setClipRect(area.intersected(dirty));
    if (rowCount() > 0) {
        for (int row = firstRow; row <= lastRow; ++row)
            paintRowBackground(painter, row, rowRect(row));
        paintGrid(painter, area.intersected(dirty), fromMs, toMs);
        if (m_store->dayCount() > 1)
            paintDaySeparators(painter, area.intersected(dirty));
        for (int row = firstRow; row <= lastRow; ++row)
            paintRowBars(painter, row, rowRect(row), fromMs, toMs);
    }
    if (m_ghost && m_ghost->row >= 0) {
        const QRect ghost = RowLayout::spanBar(rowRect(m_ghost->row), timeAxis(), m_ghost->startMs,
                                               m_ghost->startMs + m_ghost->durationMs);
        painter.setPen(QPen(theme::colour(Colour::Selection), 1, Qt::DashLine));
        painter.setBrush(theme::colour(Colour::TimelineGhost));
        painter.drawRoundedRect(ghost, kBarRadius, kBarRadius);
        painter.setPen(theme::colour(Colour::Selection));
        painter.drawText(ghost.adjusted(kTextPadding, 0, 0, 0), Qt::AlignVCenter,
                         toDateTime(m_ghost->startMs).toString(QStringLiteral("HH:mm")));
    }
    const qint64 now = m_now();
    if (now >= fromMs && now <= toMs) {
        const int x = xForTime(now);
        painter.setPen(QPen(theme::colour(Colour::TimelineNow), 2));
        painter.drawLine(x, area.top(), x, area.bottom());
    }
    painter.restore();

    if (dirty.left() < kLabelWidth)
        paintLabels(painter, firstRow, lastRow);
    if (dirty.top() < kHeaderHeight)
        paintHeader(painter, QRect(0, 0, viewport()->width(), kHeaderHeight));
}

void TimelineView::paintRowBackground(QPainter &painter, int row, const QRect &rect) const
{
    const TechnicianRecord *technician = m_store->technician(technicianAtRow(row));
    const QRect area = timeArea();
    const QRect lane(area.left(), rect.top(), area.width(), rect.height());
    painter.fillRect(lane, theme::colour(Colour::TimelineOffShift));
    if (!technician)
        return;
    const auto span = [&](qint64 start, qint64 end) {
        const int left = std::max(lane.left(), xForTime(start));
        const int right = std::min(lane.right() + 1, xForTime(end));
        return QRect(left, lane.top(), std::max(0, right - left), lane.height());
    };
    for (const board::TimeSpan &shift : technician->shifts)
        painter.fillRect(span(shift.startMs, shift.endMs), theme::colour(Colour::Surface));
    const qint64 technicianId = technician->technician.id;
    const QList<board::TimeSpan> breaks = isComparing() && m_preview->coversTechnician(technicianId)
                                              ? m_preview->breaks(technicianId)
                                              : technician->breaks;
    for (const board::TimeSpan &pause : breaks) {
        painter.fillRect(span(pause.startMs, pause.endMs),
                         QBrush(theme::colour(Colour::TimelineBreak), Qt::BDiagPattern));
    }
    for (const board::TimeSpan &off : technician->unavailable) {
        painter.fillRect(span(off.startMs, off.endMs),
                         QBrush(theme::colour(Colour::TimelineTimeOff), Qt::SolidPattern));
    }

    // The selected or hovered job's window, behind the bars.
    for (const qint64 jobId : {m_selectedJobId, m_hoveredJobId}) {
        const JobRecord *record = jobId ? m_store->job(jobId) : nullptr;
        if (record && record->hasWindow() && record->job.technicianId == technicianAtRow(row)) {
            const QRect window = span(record->windowStartMs, record->windowEndMs);
            painter.fillRect(window, theme::colour(Colour::TimelineWindow));
            painter.setPen(QPen(theme::colour(Colour::TimelineWindowEdge), 1, Qt::DashLine));
            painter.drawLine(window.topLeft(), window.bottomLeft());
            painter.drawLine(window.topRight(), window.bottomRight());
        }
    }
}

void TimelineView::paintRowBars(
    QPainter &painter, int row, const QRect &rect, qint64 fromMs, qint64 toMs) const
{
    const qint64 technicianId = technicianAtRow(row);
    const QRect area = timeArea();
    if (isComparing()) {
        if (m_preview->coversTechnician(technicianId)) {
            // Where jobs were, under where the proposal puts them.
            paintOutlines(painter, technicianId, rect);
            paintProposedRow(painter, technicianId, rect);
            painter.setPen(theme::colour(Colour::TimelineRowLine));
            painter.drawLine(area.left(), rect.bottom(), area.right(), rect.bottom());
            return;
        }
    }
    const TechnicianRecord *technician = m_store->technician(technicianId);
    if (!technician)
        return;
    for (const BarPlacement &placement :
         RowLayout::jobBars(*m_store, *technician, rect, timeAxis())) {
        const JobRecord &record = m_store->jobAt(placement.storeRow);
        const qint64 travelMs = qint64(record.travelBeforeSec) * 1000;
        if (record.plannedEndMs < fromMs || record.plannedStartMs - travelMs > toMs)
            continue;
        if (!placement.travel.isEmpty())
            painter.fillRect(placement.travel, theme::colour(Colour::TimelineTravel));
        paintBar(painter, record, placement.bar);
    }
    if (isComparing()) {
        paintOutlines(painter, technicianId, rect);
        // Not part of the proposal: in the background.
        painter.fillRect(QRect(area.left(), rect.top(), area.width(), rect.height()),
                         theme::colour(Colour::TimelineNotCompared));
    }
    painter.setPen(theme::colour(Colour::TimelineRowLine));
    painter.drawLine(area.left(), rect.bottom(), area.right(), rect.bottom());
}

void TimelineView::paintProposedRow(QPainter &painter, qint64 technicianId, const QRect &rect) const
{
    for (const board::RoutePreview::Bar &proposed : m_preview->bars(technicianId)) {
        const QRect bar = RowLayout::spanBar(rect, timeAxis(), proposed.startMs, proposed.endMs);
        if (bar.right() < timeArea().left() || bar.left() > rect.right())
            continue;
        const JobRecord *record = m_store->job(proposed.jobId);
        JobRecord shown;
        if (record) {
            shown = *record;
        } else {
            shown.job.id = proposed.jobId;
            shown.job.title = proposed.title;
            shown.job.status = JobStatus::Scheduled;
        }
        // The proposal's place: no conflicts, nothing pending.
        shown.conflicts = JobConflicts();
        shown.pending = false;
        if (!proposed.moved) {
            paintBar(painter, shown, bar);
            continue;
        }
        shown.job.status = JobStatus::Scheduled;
        paintBar(painter, shown, bar);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(theme::colour(Colour::Proposed), kMovedPenWidth));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar.adjusted(1, 1, -2, -2));
    }
}

void TimelineView::paintOutlines(QPainter &painter, qint64 technicianId, const QRect &rect) const
{
    // Where moved (or left-out) jobs were: an outline, over what is there now.
    for (const board::RoutePreview::Bar &was : m_preview->outlines(technicianId)) {
        const QRect bar = RowLayout::spanBar(rect, timeAxis(), was.startMs, was.endMs);
        if (bar.right() < timeArea().left() || bar.left() > rect.right())
            continue;
        const QColor edge = theme::colour(was.leftOut ? Colour::Danger : Colour::TextSubtle);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(edge, 1.5, Qt::DashLine));
        QColor fill = edge;
        fill.setAlpha(28);
        painter.setBrush(fill);
        painter.drawRect(bar.adjusted(0, 0, -1, -1));
        if (bar.width() >= kMinTextWidth) {
            painter.setPen(edge);
            painter.drawText(bar.adjusted(kTextPadding, 0, -kTextPadding, 0),
                             Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                             fontMetrics().elidedText(was.title, Qt::ElideRight,
                                                      bar.width() - 2 * kTextPadding));
        }
    }
}

void TimelineView::paintDaySeparators(QPainter &painter, const QRect &area) const
{
    painter.setPen(QPen(theme::colour(Colour::TextFaint), kDayLineWidth));
    const int bottom = std::min(area.bottom(), rowRect(rowCount() - 1).bottom());
    for (int index = 1; index < m_store->dayCount(); ++index) {
        const int x = xForTime(m_store->dayStartMs(index));
        if (x >= area.left() && x <= area.right() + 1)
            painter.drawLine(x, area.top(), x, bottom);
    }
}

void TimelineView::paintGrid(QPainter &painter, const QRect &area, qint64 fromMs, qint64 toMs) const
{
    // Hour (and, zoomed in, half-hour) lines over the row backgrounds, under the bars; zoomed
    // out over several days, fewer.
    const qint64 dayStart = m_store->daySpan().startMs;
    qint64 step = m_pixelsPerHour >= 2 * kMsPerHour / kMsPerMinute ? kMsPerHour / 2 : kMsPerHour;
    if (m_pixelsPerHour < kMinPixelsPerHour)
        step = m_pixelsPerHour * 6 >= kMinLabelSpacing / 2 ? 6 * kMsPerHour : 12 * kMsPerHour;
    const int bottom = std::min(area.bottom(), rowRect(rowCount() - 1).bottom());
    for (qint64 t = dayStart + std::max<qint64>(0, (fromMs - dayStart) / step) * step; t <= toMs;
         t += step) {
        const bool hour = (t - dayStart) % kMsPerHour == 0;
        painter.setPen(
            theme::colour(hour ? Colour::TimelineHourLine : Colour::TimelineHalfHourLine));
        const int x = xForTime(t);
        painter.drawLine(x, area.top(), x, bottom);
    }
}

void TimelineView::paintBar(QPainter &painter, const JobRecord &record, const QRect &bar) const
{
    const bool selected = record.job.id == m_selectedJobId;
    const bool conflict = record.conflicts != JobConflicts();
    QColor fill = board::jobStatusColour(record.job.status);
    QPen pen(fill.darker(130), 1);
    Qt::BrushStyle pattern = Qt::SolidPattern;
    if (record.pending) {
        // Asked for, not confirmed: light, hatched, dashed outline.
        fill = fill.lighter(170);
        pen = QPen(board::jobStatusColour(record.job.status).darker(120), 1.5, Qt::DashLine);
        pattern = Qt::Dense4Pattern;
    }
    if (conflict)
        pen = QPen(theme::colour(Colour::Danger), 2);
    if (selected)
        pen = QPen(theme::colour(Colour::Selection), 2);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(pen);
    painter.setBrush(QBrush(fill, pattern));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    if (conflict) {
        // A warning corner: visible even when the bar is a few pixels wide.
        const int size = std::min(bar.height() / 2, std::max(4, bar.width() / 2));
        QPolygon corner;
        corner << bar.topRight() << QPoint(bar.right() - size, bar.top())
               << QPoint(bar.right(), bar.top() + size);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme::colour(Colour::Danger));
        painter.drawPolygon(corner);
    }
    if (bar.width() >= kMinTextWidth &&
        bar.height() + RowLayout::kBarMargin >= fontMetrics().height()) {
        const QRect textRect = bar.adjusted(kTextPadding, 0, -kTextPadding, 0);
        painter.setPen(theme::colour(record.pending ? Colour::TimelinePendingBarText
                                                    : Colour::TimelineBarText));
        painter.drawText(textRect,
                         Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine | Qt::TextDontClip,
                         elidedTitle(record.job, textRect.width()));
    }
}

QString TimelineView::elidedTitle(const Job &job, int width) const
{
    // Eliding is the costliest part of a frame: keep the result until the width or the
    // title changes (zooming clears the cache).
    ElidedTitle &cached = m_elidedTitles[job.id];
    if (cached.width != width || cached.title != job.title) {
        cached.width = width;
        cached.title = job.title;
        cached.text = fontMetrics().elidedText(job.title, Qt::ElideRight, width);
    }
    return cached.text;
}

void TimelineView::paintLabels(QPainter &painter, int firstRow, int lastRow) const
{
    const QRect column(0, kHeaderHeight, kLabelWidth, viewport()->height() - kHeaderHeight);
    painter.fillRect(column, theme::colour(Colour::TimelineNames));
    painter.save();
    painter.setClipRect(column);
    for (int row = firstRow; row <= lastRow && row < rowCount(); ++row) {
        const QRect rect = rowRect(row);
        const TechnicianRecord *technician = m_store->technician(technicianAtRow(row));
        if (technician) {
            const QRect text(kLabelPadding, rect.top(), kLabelWidth - 2 * kLabelPadding,
                             rect.height());
            painter.setPen(theme::colour(Colour::Text));
            const qint64 technicianId = technician->technician.id;
            const QString count =
                QString::number(isComparing() && m_preview->coversTechnician(technicianId)
                                    ? m_preview->bars(technicianId).size()
                                    : technician->jobRows.size());
            const int countWidth = fontMetrics().horizontalAdvance(count) + kLabelPadding;
            painter.drawText(text.adjusted(0, 0, -countWidth, 0), Qt::AlignVCenter,
                             fontMetrics().elidedText(technician->technician.name, Qt::ElideRight,
                                                      text.width() - countWidth));
            painter.setPen(theme::colour(Colour::TextFaint));
            painter.drawText(text, Qt::AlignVCenter | Qt::AlignRight, count);
        }
        painter.setPen(theme::colour(Colour::TimelineRowLine));
        painter.drawLine(0, rect.bottom(), kLabelWidth, rect.bottom());
    }
    painter.restore();
    painter.setPen(theme::colour(Colour::TimelineHourLine));
    painter.drawLine(kLabelWidth - 1, kHeaderHeight, kLabelWidth - 1, viewport()->height());
}

void TimelineView::paintHeader(QPainter &painter, const QRect &area) const
{
    painter.fillRect(area, theme::colour(Colour::TimelineHeader));
    painter.setPen(theme::colour(Colour::TextSubtle));
    QString corner = QLocale().toString(m_store->day(), QLocale::ShortFormat);
    if (m_store->dayCount() > 1) {
        corner = tr("%1 – %2").arg(m_store->day().toString(QStringLiteral("d MMM")),
                                   m_store->lastDay().toString(QStringLiteral("d MMM")));
    }
    if (isComparing()) {
        painter.setPen(theme::colour(Colour::ProposedText));
        corner = tr("Preview: %1").arg(corner);
    }
    painter.drawText(QRect(kLabelPadding, 0, kLabelWidth - kLabelPadding, area.height()),
                     Qt::AlignVCenter, corner);
    painter.save();
    painter.setClipRect(QRect(kLabelWidth, 0, area.width() - kLabelWidth, area.height()));
    if (m_store->dayCount() > 1) {
        paintMultiDayHeader(painter, area, timeAt(kLabelWidth), timeAt(area.right()));
        painter.restore();
        painter.setPen(theme::colour(Colour::TimelineHourLine));
        painter.drawLine(area.left(), area.bottom(), area.right(), area.bottom());
        return;
    }
    const qint64 dayStart = m_store->daySpan().startMs;
    // Label spacing that keeps labels apart at any zoom.
    qint64 step = kMsPerHour;
    if (m_pixelsPerHour < 40)
        step = 3 * kMsPerHour;
    else if (m_pixelsPerHour < 70)
        step = 2 * kMsPerHour;
    else if (m_pixelsPerHour >= 600)
        step = 15 * kMsPerMinute;
    else if (m_pixelsPerHour >= 240)
        step = 30 * kMsPerMinute;
    const qint64 from = timeAt(kLabelWidth);
    const qint64 to = timeAt(area.right());
    for (qint64 t = dayStart + std::max<qint64>(0, (from - dayStart) / step) * step; t <= to;
         t += step) {
        const int x = xForTime(t);
        painter.setPen(theme::colour(Colour::TimelineHourLine));
        painter.drawLine(x, area.bottom() - 6, x, area.bottom());
        painter.setPen(theme::colour(Colour::TextSubtle));
        painter.drawText(QRect(x + 3, 0, 60, area.height()), Qt::AlignVCenter,
                         toDateTime(t).toString(QStringLiteral("HH:mm")));
    }
    const qint64 now = m_now();
    if (now >= from && now <= to) {
        const int x = xForTime(now);
        painter.setPen(QPen(theme::colour(Colour::TimelineNow), 2));
        painter.drawLine(x, area.top() + area.height() / 2, x, area.bottom());
    }
    painter.restore();
    painter.setPen(theme::colour(Colour::TimelineHourLine));
    painter.drawLine(area.left(), area.bottom(), area.right(), area.bottom());
}

void TimelineView::paintMultiDayHeader(QPainter &painter,
                                       const QRect &area,
                                       qint64 from,
                                       qint64 to) const
{
    // The day's name in the upper half at each midnight, times in the lower half as far
    // apart as the zoom allows.
    const int half = area.height() / 2;
    for (int index = 0; index < m_store->dayCount(); ++index) {
        const qint64 start = m_store->dayStartMs(index);
        const qint64 end = m_store->dayStartMs(index + 1);
        if (end < from || start > to)
            continue;
        const int x = xForTime(start);
        painter.setPen(QPen(theme::colour(Colour::TextFaint), kDayLineWidth));
        painter.drawLine(x, area.top(), x, area.bottom());
        painter.setPen(theme::colour(Colour::Text));
        const int left = std::max(x, kLabelWidth) + kTextPadding;
        painter.drawText(
            QRect(left, 0, std::max(0, xForTime(end) - left), half + 2),
            Qt::AlignBottom | Qt::AlignLeft,
            QLocale().toString(m_store->day().addDays(index), QStringLiteral("ddd d MMM")));
    }
    qint64 step = 0;
    for (const qint64 hours : {1, 2, 3, 6, 12}) {
        if (m_pixelsPerHour * double(hours) >= kMinLabelSpacing) {
            step = hours * kMsPerHour;
            break;
        }
    }
    if (step == 0)
        return;
    const qint64 rangeStart = m_store->daySpan().startMs;
    painter.setPen(theme::colour(Colour::TextSubtle));
    for (qint64 t = rangeStart + std::max<qint64>(0, (from - rangeStart) / step) * step; t <= to;
         t += step) {
        if ((t - rangeStart) % (kHoursPerDay * kMsPerHour) == 0)
            continue; // the day's name is there
        const int x = xForTime(t);
        painter.drawText(QRect(x + 2, half, kMinLabelSpacing, area.height() - half),
                         Qt::AlignVCenter, toDateTime(t).toString(QStringLiteral("HH:mm")));
    }
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
        if (jobId != 0)
            QToolTip::showText(help->globalPos(), toolTipFor(jobId), viewport(), barRect(jobId));
        else
            QToolTip::hideText();
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
        const JobRecord *record = m_store->job(jobId);
        m_press = BarPress{jobId, pos, timeAt(pos.x()) - record->plannedStartMs, false};
    } else if (const int row = rowAt(pos.y()); row >= 0) {
        emit technicianSelected(technicianAtRow(row));
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_press) {
        const qint64 hovered = jobAt(pos);
        if (hovered != m_hoveredJobId) {
            const qint64 previous = m_hoveredJobId;
            m_hoveredJobId = hovered;
            for (const qint64 id : {previous, hovered}) {
                if (const JobRecord *record = m_store->job(id); record && record->job.technicianId)
                    updateTechnicianRow(*record->job.technicianId);
            }
        }
        return;
    }
    if (!m_press->dragging &&
        (pos - m_press->pos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_press->dragging = true;
    const JobRecord *record = m_store->job(m_press->jobId);
    if (!record) {
        m_press.reset();
        setGhost(std::nullopt);
        return;
    }
    setGhost(ghostFor(pos, record->plannedEndMs - record->plannedStartMs, m_press->grabOffsetMs));
    setCursor(viewport()->rect().contains(pos) ? Qt::ClosedHandCursor : Qt::ForbiddenCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_press || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const BarPress press = *m_press;
    m_press.reset();
    unsetCursor();
    const std::optional<Ghost> ghost = m_ghost;
    setGhost(std::nullopt);
    if (!press.dragging)
        return;
    const QPoint pos = event->position().toPoint();
    if (!viewport()->rect().contains(pos)) {
        emit unassignRequested(press.jobId);
        return;
    }
    const JobRecord *record = m_store->job(press.jobId);
    if (!ghost || !record)
        return;
    const qint64 technicianId = technicianAtRow(ghost->row);
    if (technicianId == record->job.technicianId.value_or(0) &&
        ghost->startMs == record->plannedStartMs)
        return;
    emit moveRequested(press.jobId, technicianId, toDateTime(ghost->startMs));
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
    if (jobId == 0)
        return;
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
    if (m_hoveredJobId != 0 && !m_press) {
        const JobRecord *record = m_store->job(m_hoveredJobId);
        m_hoveredJobId = 0;
        if (record && record->job.technicianId)
            updateTechnicianRow(*record->job.technicianId);
    }
    QAbstractScrollArea::leaveEvent(event);
}

std::optional<TimelineView::Ghost>
TimelineView::ghostFor(const QPoint &pos, qint64 durationMs, qint64 grabOffsetMs) const
{
    const int row = rowAt(pos.y());
    if (row < 0 || pos.x() < kLabelWidth || !viewport()->rect().contains(pos))
        return std::nullopt;
    return Ghost{row, snap(timeAt(pos.x()) - grabOffsetMs), durationMs};
}

void TimelineView::setGhost(const std::optional<Ghost> &ghost)
{
    const auto rowOf = [](const std::optional<Ghost> &g) { return g ? g->row : -1; };
    const int before = rowOf(m_ghost);
    m_ghost = ghost;
    for (const int row : {before, rowOf(ghost)}) {
        if (row >= 0)
            viewport()->update(rowRect(row));
    }
}

// Drops from other panes ----------------------------------------------------------------

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(board::jobIdsMimeType()) && !isComparing())
        event->acceptProposedAction();
    else
        event->ignore();
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    const QList<qint64> ids = board::decodeJobIds(event->mimeData());
    const JobRecord *first = ids.isEmpty() ? nullptr : m_store->job(ids.first());
    const std::optional<Ghost> ghost = ghostFor(
        event->position().toPoint(), first ? first->job.durationMin * kMsPerMinute : kMsPerHour, 0);
    setGhost(ghost);
    if (ghost)
        event->acceptProposedAction();
    else
        event->ignore();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setGhost(std::nullopt);
    event->accept();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    const QList<qint64> ids = board::decodeJobIds(event->mimeData());
    const std::optional<Ghost> ghost = ghostFor(event->position().toPoint(), 0, 0);
    setGhost(std::nullopt);
    if (ids.isEmpty() || !ghost) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit assignmentRequested(ids, technicianAtRow(ghost->row), toDateTime(ghost->startMs));
}

} // namespace fielddesk::timeline
