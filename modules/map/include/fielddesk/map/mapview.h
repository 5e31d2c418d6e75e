// The dispatch map, our own slippy-map widget (Qt Location is not packaged for Qt 6 on
// Debian 12): raster tiles from a TileCache under job markers coloured by status and sized
// by priority, grouped into counted clusters where they would crowd, technicians' home
// bases and positions, the selected technician's route as a polyline in planned order, areas
// (locations' service areas: faint, or with corners to drag while one is drawn), a scale bar. Pan
// with the mouse or arrow keys, zoom with the wheel or +/-, Shift+drag to select the jobs in a
// rectangle, drag a job marker to another pane. Works without any tile server on a plain
// background. Depends on QtWidgets, QtNetwork and fielddesk_board's MIME format only; it knows
// nothing of the store (the board feeds it markers).
#pragma once

#include "fielddesk/map/maparea.h"
#include "fielddesk/map/mapmarker.h"
#include "fielddesk/map/tilecache.h"

#include <QHash>
#include <QPixmap>
#include <QPointF>
#include <QWidget>

#include <optional>

namespace fielddesk::map {

class MapView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMinZoom = 3;
    static constexpr int kMaxZoom = 19;
    static constexpr int kClusterCell = 56;    // pixels: markers closer than this merge
    static constexpr int kClusterMaxZoom = 16; // from here on every marker stands alone
    static constexpr int kKeyPanPixels = 120;
    static constexpr int kAreaCornerRadius = 6; // pixels: an Editing area's corner handles

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    TileCache *tiles() const { return m_tiles; }
    void setAttribution(const QString &attribution);
    // The tile server the user configured (FIELDDESK_TILE_URL, else the setting Map/tileUrl;
    // none by default: the map works without one), cached in the user's cache folder.
    void useConfiguredTiles();

    void setCenter(double latitude, double longitude);
    QPointF center() const; // (longitude, latitude)
    int zoom() const { return m_zoom; }
    void setZoom(int zoom, std::optional<QPoint> anchor = std::nullopt);
    // Centres and zooms so that every job marker is in sight.
    void fitJobs();

    void setJobMarkers(const QList<MapMarker> &markers);
    void updateJobMarker(const MapMarker &marker);
    void removeJobMarker(qint64 jobId);
    int jobMarkerCount() const { return int(m_jobs.size()); }
    void setTechnicianMarkers(const QList<MapMarker> &markers);
    // Technicians' last positions (Kind::Position, the technician's id), over the jobs.
    void setPositionMarkers(const QList<MapMarker> &markers);
    std::optional<MapMarker> positionMarker(qint64 technicianId) const;
    int positionMarkerCount() const { return int(m_positions.size()); }
    // The technician whose position is painted at pos, if any.
    std::optional<qint64> technicianAt(const QPoint &pos) const;
    // A technician's track (a replay), points as QPointF(longitude, latitude), oldest first;
    // empty: none.
    void setTrack(const QList<QPointF> &track, const QColor &colour);
    int trackPointCount() const { return int(m_trackUnits.size()); }
    // Points as QPointF(longitude, latitude), in planned order.
    void setRoute(const QList<QPointF> &route, const QColor &colour);
    void setSelectedJobs(const QList<qint64> &jobIds);
    QList<qint64> selectedJobs() const { return m_selected; }
    // Under everything else. The corners of an Editing area can be dragged (areaCornerDragged).
    void setAreas(const QList<MapArea> &areas);
    const QList<MapArea> &areas() const { return m_areas; }
    // Where corner `corner` of area `area` is painted, and the Editing corner painted at
    // `pos` (as the area's index and the corner's), if any.
    QPointF areaCornerPoint(int area, int corner) const;
    std::optional<std::pair<int, int>> areaCornerAt(const QPoint &pos) const;

    QPointF screenPoint(double latitude, double longitude) const;
    QPointF coordinateAt(const QPointF &pos) const; // (longitude, latitude)
    // What is drawn where, as the last paint left it (for hits and tests).
    int visibleClusterCount() const { return m_clusterCount; }
    std::optional<qint64> jobAt(const QPoint &pos) const;
    QString scaleText() const;

signals:
    // A click (no drag) on the map itself, not on a marker or a cluster.
    void pointClicked(double latitude, double longitude);
    void jobClicked(qint64 jobId);
    void jobsSelected(const QList<qint64> &jobIds);
    void technicianClicked(qint64 technicianId);
    // Right click on a single job's marker.
    void jobContextMenuRequested(qint64 jobId, const QPoint &globalPos);
    // Right click on a technician's position.
    void technicianContextMenuRequested(qint64 technicianId, const QPoint &globalPos);
    // An Editing area's corner dragged to a place (while the mouse moves, and where it is
    // released); the view does not move it itself: its owner sets the areas again.
    void areaCornerDragged(int area, int corner, double latitude, double longitude);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Placed
    {
        MapMarker marker;
        QPointF unit; // on the unit square, computed once
    };
    struct Drawn
    {
        QPointF pos;
        int count = 0;
        qint64 jobId = 0; // count == 1
        double radius = 0;
    };

    QPointF worldTopLeft() const;
    void paintTiles(QPainter &painter);
    void paintJobs(QPainter &painter);
    void paintAreas(QPainter &painter) const;
    void paintTrack(QPainter &painter) const;
    void paintPositions(QPainter &painter) const;
    void paintScaleBar(QPainter &painter) const;
    QPixmap clusterPixmap(int radius, bool urgent) const;
    QPixmap markerPixmap(const QColor &fill, int priority, bool selected) const;
    void panBy(const QPointF &pixels);

    TileCache *m_tiles;
    QString m_attribution;
    QPointF m_centerUnit{0.5, 0.5};
    int m_zoom = 11;
    QList<Placed> m_jobs;
    QHash<qint64, qsizetype> m_jobIndex;
    QList<Placed> m_technicians;
    QList<Placed> m_positions;
    QList<QPointF> m_trackUnits;
    QColor m_trackColour;
    QList<QPointF> m_routeUnits;
    QColor m_routeColour;
    QList<qint64> m_selected;
    QList<MapArea> m_areas;
    std::optional<std::pair<int, int>> m_draggedCorner; // area, corner
    QList<Drawn> m_drawn;
    int m_clusterCount = 0;
    std::optional<QPoint> m_panFrom;
    std::optional<QRect> m_selection;
    std::optional<QPoint> m_pressPos;
    qint64 m_pressedJob = 0;
    mutable QHash<quint64, QPixmap> m_clusterPixmaps;
    mutable QHash<quint64, QPixmap> m_markerPixmaps;
};

} // namespace fielddesk::map
