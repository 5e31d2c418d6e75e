#include "fielddesk/domain/geoarea.h"

#include "jsonform.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace fielddesk {

constexpr jsonform::Form kGeoPointForm{
    field<"latitude", &GeoPoint::latitude>,
    field<"longitude", &GeoPoint::longitude>,
};
FIELDDESK_JSON_FROM_FORM(GeoPoint, kGeoPointForm)

namespace {

constexpr double kMaxLatitude = 90;
constexpr double kMaxLongitude = 180;
// Coordinates closer than this (in degrees, about a millimetre) are one point: sums of
// products of degrees lose this much and no more.
constexpr double kSamePoint = 1e-9;

// Which side of the line a→b the point c lies on: > 0 left, < 0 right, 0 on it.
double turn(const GeoPoint &a, const GeoPoint &b, const GeoPoint &c)
{
    const double cross = (b.longitude - a.longitude) * (c.latitude - a.latitude) -
                         (b.latitude - a.latitude) * (c.longitude - a.longitude);
    return std::abs(cross) < kSamePoint * kSamePoint ? 0 : cross;
}

int sign(double value)
{
    return (value > 0) - (value < 0);
}

// Whether c, known to be on the line a→b, lies within the segment.
bool withinSegment(const GeoPoint &a, const GeoPoint &b, const GeoPoint &c)
{
    return c.latitude >= std::min(a.latitude, b.latitude) - kSamePoint &&
           c.latitude <= std::max(a.latitude, b.latitude) + kSamePoint &&
           c.longitude >= std::min(a.longitude, b.longitude) - kSamePoint &&
           c.longitude <= std::max(a.longitude, b.longitude) + kSamePoint;
}

bool onSegment(const GeoPoint &a, const GeoPoint &b, const GeoPoint &c)
{
    return turn(a, b, c) == 0 && withinSegment(a, b, c);
}

// Whether the segments a→b and c→d meet, touching included.
bool segmentsMeet(const GeoPoint &a, const GeoPoint &b, const GeoPoint &c, const GeoPoint &d)
{
    const int d1 = sign(turn(c, d, a));
    const int d2 = sign(turn(c, d, b));
    const int d3 = sign(turn(a, b, c));
    const int d4 = sign(turn(a, b, d));
    if (d1 * d2 < 0 && d3 * d4 < 0)
        return true;
    return (d1 == 0 && withinSegment(c, d, a)) || (d2 == 0 && withinSegment(c, d, b)) ||
           (d3 == 0 && withinSegment(a, b, c)) || (d4 == 0 && withinSegment(a, b, d));
}

bool samePoint(const GeoPoint &a, const GeoPoint &b)
{
    return std::abs(a.latitude - b.latitude) < kSamePoint &&
           std::abs(a.longitude - b.longitude) < kSamePoint;
}

// The first two edges that cross (or fold back on each other), as the corners they start
// from.
std::optional<std::pair<int, int>> crossingEdges(const QList<GeoPoint> &corners)
{
    const int n = int(corners.size());
    const auto corner = [&](int i) { return corners.at(i % n); };
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const bool follows = j == i + 1;
            const bool closes = i == 0 && j == n - 1;
            if (follows || closes) {
                // Neighbours share a corner; they may not fold back over each other.
                const int shared = follows ? j : i;
                const GeoPoint &far1 = corner(follows ? i : i + 1);
                const GeoPoint &far2 = corner(follows ? j + 1 : j);
                const GeoPoint &middle = corner(shared);
                if (onSegment(middle, far1, far2) || onSegment(middle, far2, far1))
                    return std::pair(i, j);
                continue;
            }
            if (segmentsMeet(corner(i), corner(i + 1), corner(j), corner(j + 1)))
                return std::pair(i, j);
        }
    }
    return std::nullopt;
}

} // namespace

QString AreaProblem::field(const QString &area) const
{
    switch (kind) {
    case Kind::LatitudeOutOfRange:
        return QStringLiteral("%1[%2].latitude").arg(area).arg(corner);
    case Kind::LongitudeOutOfRange:
        return QStringLiteral("%1[%2].longitude").arg(area).arg(corner);
    case Kind::RepeatedCorner:
        return QStringLiteral("%1[%2]").arg(area).arg(corner);
    case Kind::TooFewCorners:
    case Kind::TooManyCorners:
    case Kind::EdgesCross:
        break;
    }
    return area;
}

QString AreaProblem::message() const
{
    switch (kind) {
    case Kind::TooFewCorners:
        return QStringLiteral("needs at least %1 corners").arg(kMinCorners);
    case Kind::TooManyCorners:
        return QStringLiteral("may have at most %1 corners").arg(kMaxCorners);
    case Kind::LatitudeOutOfRange:
        return QStringLiteral("must be a number from %1 to %2")
            .arg(-kMaxLatitude)
            .arg(kMaxLatitude);
    case Kind::LongitudeOutOfRange:
        return QStringLiteral("must be a number from %1 to %2")
            .arg(-kMaxLongitude)
            .arg(kMaxLongitude);
    case Kind::RepeatedCorner:
        return QStringLiteral("repeats the corner before it");
    case Kind::EdgesCross:
        return QStringLiteral("edges may not cross: the edge from corner %1 meets the edge from "
                              "corner %2")
            .arg(corner)
            .arg(otherCorner);
    }
    return {};
}

std::optional<AreaProblem> polygonProblem(const QList<GeoPoint> &corners)
{
    using Kind = AreaProblem::Kind;
    const int n = int(corners.size());
    if (n < AreaProblem::kMinCorners)
        return AreaProblem{Kind::TooFewCorners};
    if (n > AreaProblem::kMaxCorners)
        return AreaProblem{Kind::TooManyCorners};
    for (int i = 0; i < n; ++i) {
        // Written so that NaN (a corner without a number) is out of range too.
        const GeoPoint &p = corners.at(i);
        if (!(p.latitude >= -kMaxLatitude && p.latitude <= kMaxLatitude))
            return AreaProblem{Kind::LatitudeOutOfRange, i};
        if (!(p.longitude >= -kMaxLongitude && p.longitude <= kMaxLongitude))
            return AreaProblem{Kind::LongitudeOutOfRange, i};
    }
    for (int i = 0; i < n; ++i) {
        if (samePoint(corners.at(i), corners.at((i + n - 1) % n)))
            return AreaProblem{Kind::RepeatedCorner, i};
    }
    if (const auto edges = crossingEdges(corners))
        return AreaProblem{Kind::EdgesCross, edges->first, edges->second};
    return std::nullopt;
}

bool containsPoint(const QList<GeoPoint> &corners, double latitude, double longitude)
{
    const int n = int(corners.size());
    if (n < AreaProblem::kMinCorners)
        return false;
    const GeoPoint point{latitude, longitude};
    bool inside = false;
    for (int i = 0, j = n - 1; i < n; j = i++) {
        const GeoPoint &a = corners.at(i);
        const GeoPoint &b = corners.at(j);
        if (onSegment(a, b, point))
            return true;
        // Crossings of a ray from the point towards growing longitude.
        if ((a.latitude > latitude) != (b.latitude > latitude)) {
            const double crossesAt = a.longitude + (latitude - a.latitude) *
                                                       (b.longitude - a.longitude) /
                                                       (b.latitude - a.latitude);
            if (longitude < crossesAt)
                inside = !inside;
        }
    }
    return inside;
}

QByteArray geoAreaJson(const QList<GeoPoint> &corners)
{
    if (corners.isEmpty())
        return {};
    JsonWriter w(32 + 48 * corners.size());
    jsonform::List<jsonform::Described>::write(w, corners);
    return w.take();
}

QList<GeoPoint> geoAreaFromJson(const QByteArray &json)
{
    QList<GeoPoint> corners;
    if (!json.isEmpty())
        jsonform::List<jsonform::Described>::read(QJsonDocument::fromJson(json).array(), corners);
    return corners;
}

} // namespace fielddesk
