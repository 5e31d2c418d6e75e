// Travel between two points as FieldDesk estimates it without a road network: the
// great-circle distance times a road factor, at an average speed. The one home of that rule:
// the server's warnings and schedules, the routing engine's default travel, the demo seeder
// and the console's travel gaps all use it, with the server's settings
// (`travel_speed_kmh`, `travel_road_factor`). QtCore only.
#pragma once

#include <QJsonObject>

namespace fielddesk {

class JsonWriter;

struct TravelModel
{
    static constexpr double kEarthRadiusKm = 6371.0088; // mean radius (IUGG)
    static constexpr double kDefaultSpeedKmh = 40.0;
    static constexpr double kDefaultRoadFactor = 1.3;

    double speedKmh = kDefaultSpeedKmh;
    double roadFactor = kDefaultRoadFactor;

    // As the crow flies, in kilometres (haversine).
    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2);
    // Along the roads, as estimated: great circle times the road factor.
    double roadKm(double lat1, double lon1, double lat2, double lon2) const;
    // Driving time for a road distance, in whole seconds (0 without a speed).
    int seconds(double roadKm) const;
    int seconds(double lat1, double lon1, double lat2, double lon2) const;
    // Seconds per great-circle kilometre (what a travel matrix multiplies distances by).
    double secondsPerGreatCircleKm() const;
    bool isValid() const { return speedKmh > 0 && roadFactor > 0; }

    // From the tenant's "travel_speed_kmh" and "travel_road_factor" (Tenant::writeJson);
    // missing or invalid members keep the defaults.
    static TravelModel fromJson(const QJsonObject &object);
    // Writes those two members into the object being written (the tenant's).
    void writeJsonMembers(JsonWriter &w) const;

    friend bool operator==(const TravelModel &, const TravelModel &) = default;
};

} // namespace fielddesk
