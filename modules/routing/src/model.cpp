#include "model.h"

#include "fielddesk/domain/travelmodel.h"

#include <algorithm>
#include <cmath>

namespace fielddesk::routing::detail {
namespace {
// The domain travel model's radius; the unit vectors below are a faster form of its haversine.
constexpr double kEarthRadiusKm = TravelModel::kEarthRadiusKm;
constexpr double kPi = 3.14159265358979323846;
} // namespace

void TravelTable::setMatrix(int nodes, std::vector<int> matrix)
{
    m_nodes = nodes;
    m_matrix = std::move(matrix);
    m_x.clear();
    m_y.clear();
    m_z.clear();
}

void TravelTable::setGeodesic(const std::vector<double> &latDeg,
                              const std::vector<double> &lonDeg,
                              double secondsPerKm,
                              bool tabulate)
{
    m_nodes = static_cast<int>(latDeg.size());
    m_secondsPerKm = secondsPerKm;
    m_matrix.clear();
    m_x.resize(latDeg.size());
    m_y.resize(latDeg.size());
    m_z.resize(latDeg.size());
    for (std::size_t i = 0; i < latDeg.size(); ++i) {
        const double lat = latDeg[i] * kPi / 180.0;
        const double lon = lonDeg[i] * kPi / 180.0;
        m_x[i] = std::cos(lat) * std::cos(lon);
        m_y[i] = std::cos(lat) * std::sin(lon);
        m_z[i] = std::sin(lat);
    }
    if (!tabulate)
        return;
    std::vector<int> matrix(static_cast<std::size_t>(m_nodes) * static_cast<std::size_t>(m_nodes));
    for (int a = 0; a < m_nodes; ++a) {
        for (int b = 0; b < m_nodes; ++b)
            matrix[static_cast<std::size_t>(a) * static_cast<std::size_t>(m_nodes) +
                   static_cast<std::size_t>(b)] = geodesic(a, b);
    }
    m_matrix = std::move(matrix);
}

// Great-circle distance from the chord between unit vectors: numerically stable for short
// distances, same value as the haversine formula.
int TravelTable::geodesic(int from, int to) const
{
    const auto a = static_cast<std::size_t>(from);
    const auto b = static_cast<std::size_t>(to);
    const double dx = m_x[a] - m_x[b];
    const double dy = m_y[a] - m_y[b];
    const double dz = m_z[a] - m_z[b];
    const double chord = std::sqrt(dx * dx + dy * dy + dz * dz);
    const double km = 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, chord / 2.0));
    return static_cast<int>(std::lround(km * m_secondsPerKm));
}

} // namespace fielddesk::routing::detail
