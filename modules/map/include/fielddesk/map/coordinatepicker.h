// Picks a place on the map: the map (the configured tiles) centred on the place already chosen,
// marked; a click moves the mark there and says its coordinates; OK takes it.
// Part of fielddesk_map: the admin's places and the new-job dialog's typed addresses.
#pragma once

#include <QDialog>
#include <QPointF>

#include <optional>

class QLabel;

namespace fielddesk::map {

class MapView;

class CoordinatePicker : public QDialog
{
    Q_OBJECT

public:
    // Where to start: the place chosen, else somewhere to look around (the tenant's usual
    // area), else the whole map.
    CoordinatePicker(std::optional<QPointF> chosen, // x: longitude, y: latitude
                     QWidget *parent = nullptr);

    std::optional<QPointF> chosen() const { return m_chosen; }
    map::MapView *mapView() const { return m_map; }
    QLabel *placeLabel() const { return m_place; }

    void choose(double latitude, double longitude);
    // Where to look while nothing is chosen (the board's map, the location), close enough to
    // tell streets apart.
    void lookAround(const QPointF &centre, int zoom); // x: longitude, y: latitude

private:
    map::MapView *m_map;
    QLabel *m_place;
    std::optional<QPointF> m_chosen;
};

} // namespace fielddesk::map
