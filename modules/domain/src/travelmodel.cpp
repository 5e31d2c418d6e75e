#include "fielddesk/domain/travelmodel.h"

#include "fielddesk/domain/jsonwriter.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fielddesk {

namespace {
constexpr double kSecondsPerHour = 3600.0;
constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;
constexpr char kSpeedMember[] = "travel_speed_kmh";
constexpr char kRoadFactorMember[] = "travel_road_factor";
} // namespace

double TravelModel::greatCircleKm(double lat1, double lon1, double lat2, double lon2)
{
    const double dLat = (lat2 - lat1) * kRadiansPerDegree;
    const double dLon = (lon2 - lon1) * kRadiansPerDegree;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * kRadiansPerDegree) * std::cos(lat2 * kRadiansPerDegree) *
                         std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

double TravelModel::roadKm(double lat1, double lon1, double lat2, double lon2) const
{
    return greatCircleKm(lat1, lon1, lat2, lon2) * roadFactor;
}

int TravelModel::seconds(double roadKm) const
{
    return speedKmh > 0 ? int(std::lround(roadKm / speedKmh * kSecondsPerHour)) : 0;
}

int TravelModel::seconds(double lat1, double lon1, double lat2, double lon2) const
{
    return seconds(roadKm(lat1, lon1, lat2, lon2));
}

double TravelModel::secondsPerGreatCircleKm() const
{
    return speedKmh > 0 ? roadFactor / speedKmh * kSecondsPerHour : 0.0;
}

TravelModel TravelModel::fromJson(const QJsonObject &object)
{
    TravelModel model;
    const double speed = object.value(QLatin1String(kSpeedMember)).toDouble(0);
    const double factor = object.value(QLatin1String(kRoadFactorMember)).toDouble(0);
    if (speed > 0)
        model.speedKmh = speed;
    if (factor > 0)
        model.roadFactor = factor;
    return model;
}

void TravelModel::writeJsonMembers(JsonWriter &w) const
{
    w.field(kSpeedMember, speedKmh);
    w.field(kRoadFactorMember, roadFactor);
}

} // namespace fielddesk
