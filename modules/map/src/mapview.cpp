#include "fielddesk/map/mapview.h"

#include "fielddesk/board/jobmimedata.h"
#include "fielddesk/map/mercator.h"
#include "fielddesk/theme/palette.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QStandardPaths>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace fielddesk::map {

using theme::Colour;

namespace {

constexpr int kMarkerRadius = 5;
constexpr int kUrgentPriority = 5;
constexpr int kClusterMinRadius = 9;
constexpr int kClusterMaxRadius = 22;
constexpr int kScaleBarMaxWidth = 120;
constexpr int kMargin = 10;
constexpr int kHomeSize = 7;
constexpr int kWheelStep = 120;
constexpr double kFitPadding = 0.9;
constexpr double kPositionDotRadius = 6;
constexpr double kPositionArrowLength = 11; // from the centre to the tip
constexpr double kPositionHitRadius = 10;
constexpr double kFadedOpacity = 0.4;
constexpr int kCaptionGap = 10; // between a position and its caption
constexpr int kCaptionPadding = 3;
constexpr double kTrackWidth = 3;
constexpr int kCaptionMinZoom = 12; // further out, names crowd: the tooltip tells them

double niceRound(double metres)
{
    const double power = std::pow(10.0, std::floor(std::log10(metres)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * power <= metres)
            return step * power;
    }
    return power;
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_tiles(new TileCache(this))
{
    setObjectName(QStringLiteral("mapView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Map"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    connect(m_tiles, &TileCache::tileReady, this, qOverload<>(&QWidget::update));
}

MapView::~MapView() = default;

void MapView::setAttribution(const QString &attribution)
{
    m_attribution = attribution;
    update();
}

void MapView::setCenter(double latitude, double longitude)
{
    m_centerUnit = toUnit(latitude, longitude);
    update();
}

QPointF MapView::center() const
{
    return fromUnit(m_centerUnit);
}

void MapView::setZoom(int zoom, std::optional<QPoint> anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (zoom == m_zoom)
        return;
    // Keep the point under the anchor (the cursor) where it is.
    const QPointF pos = anchor ? QPointF(*anchor) : QPointF(width() / 2.0, height() / 2.0);
    const QPointF before = worldTopLeft() + pos;
    const QPointF unit = before / worldSize(m_zoom);
    m_zoom = zoom;
    const QPointF after = unit * worldSize(m_zoom);
    m_centerUnit = (after - pos + QPointF(width() / 2.0, height() / 2.0)) / worldSize(m_zoom);
    update();
}

void MapView::fitJobs()
{
    if (m_jobs.isEmpty())
        return;
    double left = 1, top = 1, right = 0, bottom = 0;
    for (const Placed &job : std::as_const(m_jobs)) {
        left = std::min(left, job.unit.x());
        right = std::max(right, job.unit.x());
        top = std::min(top, job.unit.y());
        bottom = std::max(bottom, job.unit.y());
    }
    m_centerUnit = QPointF((left + right) / 2, (top + bottom) / 2);
    int zoom = kMaxZoom;
    while (zoom > kMinZoom && ((right - left) * worldSize(zoom) > width() * kFitPadding ||
                               (bottom - top) * worldSize(zoom) > height() * kFitPadding))
        --zoom;
    m_zoom = zoom;
    update();
}

void MapView::setJobMarkers(const QList<MapMarker> &markers)
{
    m_jobs.clear();
    m_jobIndex.clear();
    m_jobs.reserve(markers.size());
    for (const MapMarker &marker : markers) {
        m_jobIndex.insert(marker.id, m_jobs.size());
        m_jobs.append({marker, toUnit(marker.latitude, marker.longitude)});
    }
    update();
}

void MapView::updateJobMarker(const MapMarker &marker)
{
    const Placed placed{marker, toUnit(marker.latitude, marker.longitude)};
    if (const auto it = m_jobIndex.constFind(marker.id); it != m_jobIndex.cend()) {
        m_jobs[*it] = placed;
    } else {
        m_jobIndex.insert(marker.id, m_jobs.size());
        m_jobs.append(placed);
    }
    update();
}

void MapView::removeJobMarker(qint64 jobId)
{
    const auto it = m_jobIndex.constFind(jobId);
    if (it == m_jobIndex.cend())
        return;
    const qsizetype index = *it;
    m_jobIndex.erase(it);
    // Move the last marker into the hole: no index but one changes.
    if (index != m_jobs.size() - 1) {
        m_jobs[index] = m_jobs.last();
        m_jobIndex[m_jobs.at(index).marker.id] = index;
    }
    m_jobs.removeLast();
    update();
}

void MapView::setTechnicianMarkers(const QList<MapMarker> &markers)
{
    m_technicians.clear();
    for (const MapMarker &marker : markers)
        m_technicians.append({marker, toUnit(marker.latitude, marker.longitude)});
    update();
}

void MapView::setPositionMarkers(const QList<MapMarker> &markers)
{
    m_positions.clear();
    for (const MapMarker &marker : markers)
        m_positions.append({marker, toUnit(marker.latitude, marker.longitude)});
    update();
}

std::optional<MapMarker> MapView::positionMarker(qint64 technicianId) const
{
    for (const Placed &position : m_positions) {
        if (position.marker.id == technicianId)
            return position.marker;
    }
    return std::nullopt;
}

std::optional<qint64> MapView::technicianAt(const QPoint &pos) const
{
    // The last painted is on top: it wins.
    for (auto it = m_positions.crbegin(); it != m_positions.crend(); ++it) {
        if (QLineF(it->unit * worldSize(m_zoom) - worldTopLeft(), QPointF(pos)).length() <=
            kPositionHitRadius)
            return it->marker.id;
    }
    return std::nullopt;
}

void MapView::setTrack(const QList<QPointF> &track, const QColor &colour)
{
    m_trackUnits.clear();
    for (const QPointF &point : track)
        m_trackUnits.append(toUnit(point.y(), point.x()));
    m_trackColour = colour;
    update();
}

void MapView::paintTrack(QPainter &painter) const
{
    if (m_trackUnits.size() < 2)
        return;
    const QPointF origin = worldTopLeft();
    const double world = worldSize(m_zoom);
    QPolygonF line;
    for (const QPointF &unit : std::as_const(m_trackUnits))
        line << unit * world - origin;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_trackColour, kTrackWidth, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);
}

void MapView::paintPositions(QPainter &painter) const
{
    const QPointF origin = worldTopLeft();
    const double world = worldSize(m_zoom);
    const QRectF visible =
        QRectF(rect()).adjusted(-kClusterCell, -kClusterCell, kClusterCell, kClusterCell);
    for (const Placed &position : m_positions) {
        const QPointF pos = position.unit * world - origin;
        if (!visible.contains(pos))
            continue;
        const MapMarker &marker = position.marker;
        painter.save();
        painter.setOpacity(marker.faded ? kFadedOpacity : 1.0);
        painter.setPen(QPen(theme::colour(Colour::MapMarkerOutline), 1.5));
        painter.setBrush(marker.colour.isValid() ? marker.colour
                                                 : theme::colour(Colour::MapPosition));
        painter.translate(pos);
        if (marker.headingDeg) {
            // An arrow pointing where they drive: up is north, the heading turns it clockwise.
            painter.rotate(*marker.headingDeg);
            QPolygonF arrow;
            arrow << QPointF(0, -kPositionArrowLength)
                  << QPointF(kPositionArrowLength * 0.7, kPositionArrowLength * 0.8)
                  << QPointF(0, kPositionArrowLength * 0.4)
                  << QPointF(-kPositionArrowLength * 0.7, kPositionArrowLength * 0.8);
            painter.drawPolygon(arrow);
            painter.resetTransform();
            painter.translate(pos);
        } else {
            painter.drawEllipse(QPointF(0, 0), kPositionDotRadius, kPositionDotRadius);
        }
        if (!marker.caption.isEmpty() && m_zoom >= kCaptionMinZoom) {
            const QRect text = fontMetrics().boundingRect(marker.caption);
            const QRectF box(
                QPointF(kCaptionGap, -text.height() / 2.0 - kCaptionPadding),
                QSizeF(text.width() + 2 * kCaptionPadding, text.height() + 2 * kCaptionPadding));
            painter.setPen(Qt::NoPen);
            painter.setBrush(theme::colour(Colour::MapPanel));
            painter.drawRect(box);
            painter.setPen(theme::colour(Colour::Text));
            painter.drawText(box, Qt::AlignCenter, marker.caption);
        }
        painter.restore();
    }
}

void MapView::setRoute(const QList<QPointF> &route, const QColor &colour)
{
    m_routeUnits.clear();
    for (const QPointF &point : route)
        m_routeUnits.append(toUnit(point.y(), point.x()));
    m_routeColour = colour;
    update();
}

void MapView::setSelectedJobs(const QList<qint64> &jobIds)
{
    m_selected = jobIds;
    update();
}

void MapView::setAreas(const QList<MapArea> &areas)
{
    m_areas = areas;
    update();
}

QPointF MapView::areaCornerPoint(int area, int corner) const
{
    const QPointF &place = m_areas.at(area).corners.at(corner);
    return screenPoint(place.y(), place.x());
}

std::optional<std::pair<int, int>> MapView::areaCornerAt(const QPoint &pos) const
{
    // The last corner painted is on top: it wins.
    for (int area = int(m_areas.size()) - 1; area >= 0; --area) {
        if (m_areas.at(area).style != MapArea::Style::Editing)
            continue;
        for (int corner = int(m_areas.at(area).corners.size()) - 1; corner >= 0; --corner) {
            if (QLineF(areaCornerPoint(area, corner), QPointF(pos)).length() <=
                kAreaCornerRadius + 2)
                return std::pair(area, corner);
        }
    }
    return std::nullopt;
}

void MapView::paintAreas(QPainter &painter) const
{
    for (int a = 0; a < m_areas.size(); ++a) {
        const MapArea &area = m_areas.at(a);
        QPolygonF shape;
        for (int corner = 0; corner < area.corners.size(); ++corner)
            shape << areaCornerPoint(a, corner);
        const bool editing = area.style == MapArea::Style::Editing;
        QColor wash = area.colour;
        wash.setAlphaF(editing ? 0.25f : 0.08f);
        QColor outline = area.colour;
        outline.setAlphaF(editing ? 1.0f : 0.45f);
        painter.setPen(
            QPen(outline, editing ? 2.5 : 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (shape.size() >= 3) {
            painter.setBrush(wash);
            painter.drawPolygon(shape);
        } else {
            painter.drawPolyline(shape);
        }
        if (!editing)
            continue;
        painter.setBrush(theme::colour(Colour::Surface));
        for (const QPointF &corner : std::as_const(shape))
            painter.drawEllipse(corner, kAreaCornerRadius, kAreaCornerRadius);
    }
}

QPointF MapView::worldTopLeft() const
{
    return m_centerUnit * worldSize(m_zoom) - QPointF(width() / 2.0, height() / 2.0);
}

QPointF MapView::screenPoint(double latitude, double longitude) const
{
    return toUnit(latitude, longitude) * worldSize(m_zoom) - worldTopLeft();
}

QPointF MapView::coordinateAt(const QPointF &pos) const
{
    return fromUnit((worldTopLeft() + pos) / worldSize(m_zoom));
}

QString MapView::scaleText() const
{
    const double metres = niceRound(metresPerPixel(center().y(), m_zoom) * kScaleBarMaxWidth);
    return metres >= 1000 ? tr("%1 km").arg(metres / 1000) : tr("%1 m").arg(metres);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), theme::colour(Colour::MapBackground));
    paintTiles(painter);

    painter.setRenderHint(QPainter::Antialiasing);
    paintAreas(painter);
    const QPointF origin = worldTopLeft();
    const double world = worldSize(m_zoom);
    if (m_routeUnits.size() > 1) {
        QPolygonF line;
        for (const QPointF &unit : std::as_const(m_routeUnits))
            line << unit * world - origin;
        painter.setPen(QPen(m_routeColour, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(line);
        painter.setPen(QPen(m_routeColour.darker(130), 1));
        painter.setBrush(theme::colour(Colour::Surface));
        for (int i = 0; i < line.size(); ++i) {
            painter.drawEllipse(line.at(i), 8, 8);
            painter.drawText(QRectF(line.at(i) - QPointF(8, 8), QSizeF(16, 16)), Qt::AlignCenter,
                             QString::number(i));
        }
    }
    for (const Placed &technician : std::as_const(m_technicians)) {
        const QPointF pos = technician.unit * world - origin;
        if (!rect().adjusted(-kHomeSize, -kHomeSize, kHomeSize, kHomeSize).contains(pos.toPoint()))
            continue;
        painter.setPen(QPen(theme::colour(Colour::MapMarkerOutline), 1.5));
        painter.setBrush(theme::colour(Colour::MapHomeBase));
        QPolygonF house;
        house << pos + QPointF(0, -kHomeSize) << pos + QPointF(kHomeSize, 0)
              << pos + QPointF(kHomeSize, kHomeSize) << pos + QPointF(-kHomeSize, kHomeSize)
              << pos + QPointF(-kHomeSize, 0);
        painter.drawPolygon(house);
    }
    paintTrack(painter);
    // Jobs over the home bases: they are what the dispatcher works with.
    paintJobs(painter);
    // Where the technicians are, over everything: a live picture of the day.
    painter.setRenderHint(QPainter::Antialiasing);
    paintPositions(painter);
    if (m_selection) {
        painter.setPen(QPen(theme::colour(Colour::Selection), 1, Qt::DashLine));
        painter.setBrush(theme::colour(Colour::MapSelectionFill));
        painter.drawRect(m_selection->normalized());
    }
    paintScaleBar(painter);
}

void MapView::paintTiles(QPainter &painter)
{
    if (!m_tiles->hasServer()) {
        // No tile server: a quiet graticule so that panning still shows movement.
        painter.setPen(theme::colour(Colour::MapGrid));
        const QPointF origin = worldTopLeft();
        const int step = kTileSize;
        const int startX = -int(std::fmod(origin.x(), step));
        const int startY = -int(std::fmod(origin.y(), step));
        for (int x = startX; x < width(); x += step)
            painter.drawLine(x, 0, x, height());
        for (int y = startY; y < height(); y += step)
            painter.drawLine(0, y, width(), y);
        return;
    }
    const QPointF origin = worldTopLeft();
    const int tiles = 1 << m_zoom;
    const int firstX = int(std::floor(origin.x() / kTileSize));
    const int firstY = int(std::floor(origin.y() / kTileSize));
    const int lastX = int(std::floor((origin.x() + width()) / kTileSize));
    const int lastY = int(std::floor((origin.y() + height()) / kTileSize));
    QSet<TileKey> wanted;
    for (int y = std::max(0, firstY); y <= std::min(tiles - 1, lastY); ++y) {
        for (int x = firstX; x <= lastX; ++x) {
            const TileKey key{m_zoom, ((x % tiles) + tiles) % tiles, y};
            wanted.insert(key);
            const QPointF topLeft = QPointF(x * kTileSize, y * kTileSize) - origin;
            const QPixmap pixmap = m_tiles->tile(key);
            if (!pixmap.isNull()) {
                painter.drawPixmap(topLeft, pixmap);
                continue;
            }
            // Meanwhile, the parent tile scaled up if it is in memory.
            const TileKey parent{m_zoom - 1, key.x / 2, key.y / 2};
            if (m_zoom > 0) {
                const QPixmap coarse = m_tiles->tile(parent);
                wanted.insert(parent);
                if (!coarse.isNull()) {
                    const QRect source((key.x % 2) * kTileSize / 2, (key.y % 2) * kTileSize / 2,
                                       kTileSize / 2, kTileSize / 2);
                    painter.drawPixmap(QRectF(topLeft, QSizeF(kTileSize, kTileSize)), coarse,
                                       source);
                }
            }
        }
    }
    m_tiles->keepOnly(wanted);
}

QPixmap MapView::clusterPixmap(int radius, bool urgent) const
{
    // Drawn once per size and kind, then blitted: a thousand antialiased circles with text
    // would not fit in a frame.
    const quint64 key = (quint64(radius) << 1) | (urgent ? 1 : 0);
    if (const auto it = m_clusterPixmaps.constFind(key); it != m_clusterPixmaps.cend())
        return *it;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(2 * radius + 4, 2 * radius + 4) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(
        QPen(urgent ? theme::colour(Colour::Danger) : theme::colour(Colour::MapMarkerOutline), 2));
    painter.setBrush(theme::colour(Colour::MapCluster));
    painter.drawEllipse(QPointF(radius + 2, radius + 2), radius, radius);
    m_clusterPixmaps.insert(key, pixmap);
    return pixmap;
}

QPixmap MapView::markerPixmap(const QColor &fill, int priority, bool selected) const
{
    const quint64 key =
        (quint64(fill.rgba()) << 8) | (quint64(priority & 0x7f) << 1) | (selected ? 1 : 0);
    if (const auto it = m_markerPixmaps.constFind(key); it != m_markerPixmaps.cend())
        return *it;
    const bool urgent = priority >= kUrgentPriority;
    const double radius = kMarkerRadius + (priority - 3) * 0.75 + (selected ? 2 : 0);
    const int size = int(std::ceil(2 * radius)) + 6;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(selected ? theme::colour(Colour::Selection)
                                 : (urgent ? theme::colour(Colour::Danger)
                                           : theme::colour(Colour::MapMarkerOutline)),
                        selected || urgent ? 2.5 : 1.5));
    painter.setBrush(fill);
    painter.drawEllipse(QPointF(size / 2.0, size / 2.0), radius, radius);
    m_markerPixmaps.insert(key, pixmap);
    return pixmap;
}

void MapView::paintJobs(QPainter &painter)
{
    m_drawn.clear();
    const QPointF origin = worldTopLeft();
    const double world = worldSize(m_zoom);
    const QRectF visible =
        QRectF(rect()).adjusted(-kClusterCell, -kClusterCell, kClusterCell, kClusterCell);
    const bool cluster = m_zoom < kClusterMaxZoom;
    // Grid clustering on cells of the world at this zoom (stable while panning), kept in a
    // flat array over the cells in sight.
    struct Bucket
    {
        QPointF sum;
        int count = 0;
        qsizetype first = -1;
        bool urgent = false;
    };
    const int firstCellX = int(std::floor((origin.x() + visible.left()) / kClusterCell));
    const int firstCellY = int(std::floor((origin.y() + visible.top()) / kClusterCell));
    const int columns = int(visible.width()) / kClusterCell + 2;
    const int rows = int(visible.height()) / kClusterCell + 2;
    QList<Bucket> buckets(cluster ? qsizetype(columns) * rows : 0);
    QList<qsizetype> singles;
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        const Placed &job = m_jobs.at(i);
        const QPointF inWorld = job.unit * world;
        const QPointF pos = inWorld - origin;
        if (!visible.contains(pos))
            continue;
        if (!cluster) {
            singles.append(i);
            continue;
        }
        const int column = int(std::floor(inWorld.x() / kClusterCell)) - firstCellX;
        const int row = int(std::floor(inWorld.y() / kClusterCell)) - firstCellY;
        if (column < 0 || row < 0 || column >= columns || row >= rows)
            continue;
        Bucket &bucket = buckets[qsizetype(row) * columns + column];
        bucket.sum += pos;
        if (++bucket.count == 1)
            bucket.first = i;
        bucket.urgent = bucket.urgent || job.marker.priority >= kUrgentPriority;
    }
    m_clusterCount = 0;
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(theme::colour(Colour::MapClusterText));
    for (const Bucket &bucket : std::as_const(buckets)) {
        if (bucket.count == 0)
            continue;
        if (bucket.count == 1) {
            singles.append(bucket.first);
            continue;
        }
        ++m_clusterCount;
        const QPointF pos = bucket.sum / bucket.count;
        const int radius = int(
            std::min<double>(kClusterMaxRadius, kClusterMinRadius + 3 * std::log2(bucket.count)));
        painter.drawPixmap(pos - QPointF(radius + 2, radius + 2),
                           clusterPixmap(radius, bucket.urgent));
        painter.drawText(QRectF(pos - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)),
                         Qt::AlignCenter, QString::number(bucket.count));
        m_drawn.append({pos, bucket.count, 0, double(radius)});
    }
    for (const qsizetype index : std::as_const(singles)) {
        const Placed &job = m_jobs.at(index);
        const QPointF pos = job.unit * world - origin;
        const bool selected = m_selected.contains(job.marker.id);
        const QPixmap pixmap = markerPixmap(job.marker.colour, job.marker.priority, selected);
        const QSizeF size = pixmap.deviceIndependentSize();
        painter.drawPixmap(pos - QPointF(size.width() / 2, size.height() / 2), pixmap);
        const double radius = kMarkerRadius + (job.marker.priority - 3) * 0.75;
        m_drawn.append({pos, 1, job.marker.id, radius});
    }
}

void MapView::paintScaleBar(QPainter &painter) const
{
    const double metresPerPx = metresPerPixel(center().y(), m_zoom);
    const double metres = niceRound(metresPerPx * kScaleBarMaxWidth);
    const int barWidth = int(std::lround(metres / metresPerPx));
    const QString text = scaleText();
    const int textWidth = fontMetrics().horizontalAdvance(text);
    const int panelHeight = fontMetrics().height() + 12;
    const QRect panel(kMargin, height() - kMargin - panelHeight, std::max(barWidth, textWidth) + 12,
                      panelHeight);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::colour(Colour::MapPanel));
    painter.drawRect(panel);
    painter.setPen(QPen(theme::colour(Colour::Text), 2));
    const int y = panel.bottom() - 4;
    painter.drawLine(panel.left() + 6, y, panel.left() + 6 + barWidth, y);
    painter.drawLine(panel.left() + 6, y - 4, panel.left() + 6, y);
    painter.drawLine(panel.left() + 6 + barWidth, y - 4, panel.left() + 6 + barWidth, y);
    painter.drawText(panel.adjusted(6, 2, 0, -8), Qt::AlignLeft | Qt::AlignTop, text);
    if (!m_attribution.isEmpty() && m_tiles->hasServer()) {
        const QRect attribution = fontMetrics().boundingRect(m_attribution).adjusted(-4, -2, 4, 2);
        const QRect placed(width() - attribution.width() - 2, height() - attribution.height() - 2,
                           attribution.width(), attribution.height());
        painter.setPen(Qt::NoPen);
        painter.drawRect(placed);
        painter.setPen(theme::colour(Colour::Text));
        painter.drawText(placed, Qt::AlignCenter, m_attribution);
    }
}

std::optional<qint64> MapView::jobAt(const QPoint &pos) const
{
    for (auto it = m_drawn.crbegin(); it != m_drawn.crend(); ++it) {
        if (it->count == 1 && QLineF(it->pos, QPointF(pos)).length() <= it->radius + 2)
            return it->jobId;
    }
    return std::nullopt;
}

void MapView::panBy(const QPointF &pixels)
{
    const double world = worldSize(m_zoom);
    m_centerUnit += pixels / world;
    m_centerUnit.setX(m_centerUnit.x() - std::floor(m_centerUnit.x()));
    m_centerUnit.setY(std::clamp(m_centerUnit.y(), 0.0, 1.0));
    update();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / kWheelStep;
    if (steps != 0)
        setZoom(m_zoom + steps, event->position().toPoint());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(m_zoom + 1);
        break;
    case Qt::Key_Minus:
        setZoom(m_zoom - 1);
        break;
    case Qt::Key_Left:
        panBy(QPointF(-kKeyPanPixels, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(kKeyPanPixels, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, -kKeyPanPixels));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, kKeyPanPixels));
        break;
    case Qt::Key_Home:
        fitJobs();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    if (const std::optional<qint64> technician = technicianAt(event->pos())) {
        emit technicianContextMenuRequested(*technician, event->globalPos());
        event->accept();
        return;
    }
    const std::optional<qint64> job = jobAt(event->pos());
    if (!job) {
        QWidget::contextMenuEvent(event);
        return;
    }
    emit jobContextMenuRequested(*job, event->globalPos());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    if (event->modifiers() & Qt::ShiftModifier) {
        m_selection = QRect(pos, pos);
        return;
    }
    m_draggedCorner = areaCornerAt(pos);
    if (m_draggedCorner)
        return;
    const std::optional<qint64> job = jobAt(pos);
    m_pressedJob = job.value_or(0);
    if (!job)
        m_panFrom = pos;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_selection) {
        m_selection->setBottomRight(pos);
        update();
        return;
    }
    if (m_draggedCorner) {
        const QPointF place = coordinateAt(pos);
        emit areaCornerDragged(m_draggedCorner->first, m_draggedCorner->second, place.y(),
                               place.x());
        return;
    }
    if (m_panFrom) {
        panBy(QPointF(*m_panFrom - pos));
        m_panFrom = pos;
        return;
    }
    if (m_pressedJob != 0 && m_pressPos &&
        (pos - *m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        // A job marker leaves the map: to the timeline or the technician grid.
        QList<qint64> ids = m_selected.contains(m_pressedJob) ? m_selected : QList<qint64>();
        if (ids.isEmpty())
            ids = {m_pressedJob};
        m_pressedJob = 0;
        m_pressPos.reset();
        auto *drag = new QDrag(this);
        drag->setMimeData(board::jobIdsMimeData(ids));
        drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_draggedCorner) {
        // Pressed on a corner: where it ends is where the corner goes, never a click.
        if (m_pressPos && pos != *m_pressPos) {
            const QPointF place = coordinateAt(pos);
            emit areaCornerDragged(m_draggedCorner->first, m_draggedCorner->second, place.y(),
                                   place.x());
        }
        m_draggedCorner.reset();
        m_pressPos.reset();
        return;
    }
    if (m_selection) {
        const QRect area = m_selection->normalized();
        m_selection.reset();
        QList<qint64> ids;
        const QPointF origin = worldTopLeft();
        const double world = worldSize(m_zoom);
        for (const Placed &job : std::as_const(m_jobs)) {
            if (area.contains((job.unit * world - origin).toPoint()))
                ids.append(job.marker.id);
        }
        m_selected = ids;
        update();
        emit jobsSelected(ids);
    } else if (m_pressedJob != 0) {
        m_selected = {m_pressedJob};
        update();
        emit jobClicked(m_pressedJob);
    } else if (m_pressPos && (pos - *m_pressPos).manhattanLength() < 3) {
        // A click on a cluster zooms into it; elsewhere it names the place.
        bool onCluster = false;
        for (const Drawn &drawn : std::as_const(m_drawn)) {
            if (drawn.count > 1 && QLineF(drawn.pos, QPointF(pos)).length() <= drawn.radius) {
                setZoom(m_zoom + 2, pos);
                onCluster = true;
                break;
            }
        }
        const std::optional<qint64> technician = onCluster ? std::nullopt : technicianAt(pos);
        if (technician) {
            emit technicianClicked(*technician);
        } else if (!onCluster) {
            const QPointF place = coordinateAt(pos);
            emit pointClicked(place.y(), place.x());
        }
    }
    m_panFrom.reset();
    m_pressPos.reset();
    m_pressedJob = 0;
}

void MapView::useConfiguredTiles()
{
    const QString fromEnvironment = qEnvironmentVariable("FIELDDESK_TILE_URL");
    const QString tiles = !fromEnvironment.isEmpty()
                              ? fromEnvironment
                              : QSettings().value(QStringLiteral("Map/tileUrl")).toString();
    m_tiles->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                               QStringLiteral("/tiles"));
    m_tiles->setUrlTemplate(tiles);
    setAttribution(
        QSettings()
            .value(QStringLiteral("Map/attribution"), tiles.contains(QLatin1String("openstreetmap"))
                                                          ? tr("© OpenStreetMap contributors")
                                                          : QString())
            .toString());
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<qint64> job = jobAt(help->pos());
        const std::optional<qint64> technician = technicianAt(help->pos());
        if (technician)
            QToolTip::showText(help->globalPos(), positionMarker(*technician)->label, this);
        else if (job)
            QToolTip::showText(help->globalPos(), m_jobs.at(m_jobIndex.value(*job)).marker.label,
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace fielddesk::map
