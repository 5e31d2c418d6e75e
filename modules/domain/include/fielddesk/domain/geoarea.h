// A service area: a polygon of map corners, in order and closed implicitly. The one home of
// what makes an area valid (the server refuses the rest, the console's picker shows why) and
// of whether a point lies inside it. Corners are treated as plane coordinates (latitude,
// longitude), which is what a map of one town draws. QtCore only.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fielddesk {

class JsonWriter;

struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;

    void writeJson(JsonWriter &w) const;
    static GeoPoint fromJson(const QJsonObject &o);

    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// Why a list of corners is not an area; `corner` (and `otherCorner` for crossing edges) is
// the index of the corner concerned (an edge is named by the corner it starts from), -1 for
// the area as a whole.
struct AreaProblem
{
    enum class Kind {
        TooFewCorners,
        TooManyCorners,
        LatitudeOutOfRange,  // or not a number
        LongitudeOutOfRange, // or not a number
        RepeatedCorner,      // the same as the corner before it
        EdgesCross,
    };
    static constexpr int kMinCorners = 3;
    static constexpr int kMaxCorners = 200;

    Kind kind = Kind::TooFewCorners;
    int corner = -1;
    int otherCorner = -1;

    // The field an API problem names: `area`, or `area[2].latitude`.
    QString field(const QString &area) const;
    // In English, for API problems (the console words its own).
    QString message() const;
};

// The first reason `corners` is not a valid area, none when it is one.
std::optional<AreaProblem> polygonProblem(const QList<GeoPoint> &corners);

// Whether the point lies inside the area or on its border (even-odd rule).
bool containsPoint(const QList<GeoPoint> &corners, double latitude, double longitude);

// The area as stored and sent: a JSON array of {latitude, longitude}; empty text for none.
QByteArray geoAreaJson(const QList<GeoPoint> &corners);
// Reads that text (or any JSON array of such objects) back; none for anything else.
QList<GeoPoint> geoAreaFromJson(const QByteArray &json);

} // namespace fielddesk
