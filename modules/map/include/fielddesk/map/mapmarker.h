// One thing on the map: a job (coloured by status, sized by priority), a technician's home
// base or last known position. Part of fielddesk_map.
#pragma once

#include <QColor>
#include <QString>

#include <optional>

namespace fielddesk::map {

struct MapMarker
{
    enum class Kind { Job, HomeBase, Position };

    qint64 id = 0;
    Kind kind = Kind::Job;
    double latitude = 0;
    double longitude = 0;
    QColor colour;
    int priority = 3; // jobs: 1..5, drawn larger and ringed when urgent
    QString label;    // tooltip
    // Positions: an arrow along the heading (0 north, clockwise) when known, else a dot; the
    // caption beside it (name and age; from zoom 12 on, where they do not crowd); faded when
    // stale.
    std::optional<double> headingDeg;
    QString caption;
    bool faded = false;
};

} // namespace fielddesk::map
