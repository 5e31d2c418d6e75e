// An area drawn on the map (a location's service area): a polygon, faint for showing, or with
// its corners for editing. Part of fielddesk_map.
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>

namespace fielddesk::map {

struct MapArea
{
    enum class Style {
        Faint,   // a light wash and outline (the board shows every location's area)
        Editing, // a stronger outline with its corners, which can be dragged
    };

    QList<QPointF> corners; // (longitude, latitude), in order; closed when there are 3 or more
    QColor colour;
    Style style = Style::Faint;
};

} // namespace fielddesk::map
