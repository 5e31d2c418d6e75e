// Web Mercator as slippy-map tiles use it: a coordinate as a point of the unit square
// (x east, y south) and back; at zoom z the world is 256 * 2^z pixels wide.
// Part of fielddesk_map: QtCore only.
#pragma once

#include <QPointF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fielddesk::map {

inline constexpr int kTileSize = 256;
inline constexpr double kMaxLatitude = 85.05112878;
inline constexpr double kEarthCircumferenceM = 40075016.686;

inline QPointF toUnit(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180;
    const double x = (longitude + 180.0) / 360.0;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / std::numbers::pi) / 2.0;
    return {x, y};
}

// (latitude, longitude) of a unit-square point, as QPointF(longitude, latitude).
inline QPointF fromUnit(const QPointF &unit)
{
    const double longitude = unit.x() * 360.0 - 180.0;
    const double n = std::numbers::pi * (1.0 - 2.0 * unit.y());
    const double latitude = 180.0 / std::numbers::pi * std::atan(std::sinh(n));
    return {longitude, latitude};
}

inline double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

// Metres on the ground per pixel at a latitude and zoom.
inline double metresPerPixel(double latitude, double zoom)
{
    return kEarthCircumferenceM * std::cos(latitude * std::numbers::pi / 180) / worldSize(zoom);
}

} // namespace fielddesk::map
