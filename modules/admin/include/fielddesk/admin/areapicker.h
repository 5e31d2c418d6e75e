// Draws an area on the map (a location's service area): the map centred on the area, else on
// the place it belongs to; a click adds a corner, a corner dragged moves, Backspace or "Remove
// last corner" takes the last one back, "Clear" all of them. Why the corners are no area yet
// (fielddesk/domain/geoarea.h) shows as they change, and OK waits until they are one (or
// there are none: no area). Part of fielddesk_admin.
#pragma once

#include "fielddesk/domain/geoarea.h"

#include <QDialog>
#include <QPointF>

#include <optional>

class QLabel;
class QPushButton;

namespace fielddesk::map {
class MapView;
}

namespace fielddesk::admin {

class AreaPicker : public QDialog
{
    Q_OBJECT

public:
    AreaPicker(const QList<GeoPoint> &corners,
               std::optional<QPointF> place, // x: longitude, y: latitude
               QWidget *parent = nullptr);

    const QList<GeoPoint> &corners() const { return m_corners; }
    map::MapView *mapView() const { return m_map; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

    void addCorner(double latitude, double longitude);
    void moveCorner(int corner, double latitude, double longitude);
    void removeLastCorner();
    void clearCorners();

    // What is wrong with the corners, in the user's words; empty when they are an area.
    static QString problemText(const AreaProblem &problem);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showCorners();
    void centreOnArea(std::optional<QPointF> place);

    map::MapView *m_map;
    QLabel *m_problem;
    QPushButton *m_ok;
    QPushButton *m_removeLast;
    QPushButton *m_clear;
    QList<GeoPoint> m_corners;
};

} // namespace fielddesk::admin
