#include "fielddesk/routing/daygenerator.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <random>

namespace fielddesk::routing {
namespace {

constexpr double kCentreLat = 52.37;
constexpr double kCentreLon = 4.90;
constexpr double kKmPerDegreeLat = 111.2;
constexpr int kTowns = 8;
constexpr qint64 kHour = 3600;

class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed)
    {}
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    int below(int n) { return static_cast<int>(m_engine() % static_cast<quint64>(n)); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u = std::max(1e-12, uniform());
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.14159265358979 * uniform());
    }

private:
    std::mt19937_64 m_engine;
};

GeoPoint offset(double northKm, double eastKm)
{
    const double lat = kCentreLat + northKm / kKmPerDegreeLat;
    const double lon =
        kCentreLon + eastKm / (kKmPerDegreeLat * std::cos(kCentreLat * 3.14159265358979 / 180.0));
    return GeoPoint{lat, lon};
}

GeoPoint inDisc(Dice &dice, double radiusKm)
{
    const double r = radiusKm * std::sqrt(dice.uniform());
    const double a = 2.0 * 3.14159265358979 * dice.uniform();
    return offset(r * std::cos(a), r * std::sin(a));
}

} // namespace

Problem DayGenerator::generate(const Settings &settings)
{
    Dice dice(settings.seed);
    Problem p;
    p.travel.speedKmh = 40.0;
    p.travel.roadFactor = 1.3;
    p.timeLimitS = 5.0;
    p.seed = settings.seed;
    const QStringList catalog{QStringLiteral("duct_cleaning"), QStringLiteral("insulation"),
                              QStringLiteral("landscaping"),   QStringLiteral("plumbing"),
                              QStringLiteral("electrical"),    QStringLiteral("hvac"),
                              QStringLiteral("roofing")};
    const qint64 day =
        QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();

    std::vector<GeoPoint> towns;
    for (int i = 0; i < kTowns; ++i)
        towns.push_back(inDisc(dice, settings.radiusKm * 0.8));

    for (int i = 0; i < settings.technicians; ++i) {
        Technician t;
        t.id = QStringLiteral("T%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const int skillCount = 1 + dice.below(3);
        while (t.skills.size() < skillCount) {
            const QString s = catalog[dice.below(static_cast<int>(catalog.size()))];
            if (!t.skills.contains(s))
                t.skills.append(s);
        }
        t.start = inDisc(dice, settings.radiusKm);
        t.end = dice.chance(0.8) ? t.start : inDisc(dice, settings.radiusKm);
        t.shiftStart = day + 7 * kHour + dice.below(3) * 1800;
        t.shiftEnd = t.shiftStart + 8 * kHour + dice.below(3) * 1800;
        if (dice.chance(0.85)) {
            t.breakRule =
                BreakRule{t.shiftStart + 3 * kHour + 1800, t.shiftStart + 5 * kHour + 1800,
                          dice.chance(0.7) ? 30 * 60 : 45 * 60};
        }
        if (dice.chance(0.2))
            t.maxJobs = 4 + dice.below(4);
        if (dice.chance(0.5))
            t.capacity = 8 + dice.below(8);
        p.technicians.append(t);
    }

    const int durations[] = {30, 30, 45, 45, 60, 60, 90};
    for (int j = 0; j < settings.jobs; ++j) {
        Job job;
        job.id = QStringLiteral("J%1").arg(j + 1, 4, 10, QLatin1Char('0'));
        if (dice.chance(0.7)) {
            const GeoPoint &c = towns[static_cast<std::size_t>(dice.below(kTowns))];
            const double north = (c.lat - kCentreLat) * kKmPerDegreeLat + 3.0 * dice.normal();
            const double east = (c.lon - kCentreLon) * kKmPerDegreeLat *
                                    std::cos(kCentreLat * 3.14159265358979 / 180.0) +
                                3.0 * dice.normal();
            job.location = offset(north, east);
        } else {
            job.location = inDisc(dice, settings.radiusKm);
        }
        job.durationS = durations[dice.below(7)] * 60;
        const double w = dice.uniform();
        auto window = [&](int fromHour, int toHour) {
            job.windows.append(TimeWindow{day + fromHour * kHour, day + toHour * kHour});
        };
        if (w < 0.35) {
            window(8, 17);
        } else if (w < 0.6) {
            window(8, 12);
        } else if (w < 0.85) {
            window(12, 16);
        } else if (w < 0.95) {
            const int from = 8 + dice.below(7);
            window(from, from + 2);
        } else {
            window(8, 10);
            window(14, 16);
        }
        const double s = dice.uniform();
        if (s < 0.7) {
            job.skills.append(catalog[dice.below(static_cast<int>(catalog.size()))]);
        } else if (s < 0.8) {
            const int a = dice.below(static_cast<int>(catalog.size()));
            const int b = (a + 1 + dice.below(static_cast<int>(catalog.size()) - 1)) %
                          static_cast<int>(catalog.size());
            job.skills << catalog[a] << catalog[b];
        }
        const double pr = dice.uniform();
        job.priority = pr < 0.1 ? 5 : pr < 0.3 ? 4 : pr < 0.7 ? 3 : pr < 0.9 ? 2 : 1;
        if (dice.chance(0.3))
            job.demand = 1 + dice.below(3);
        if (settings.technicians > 0 && dice.chance(0.06)) {
            // Pinned to someone who can do it, as a dispatcher would.
            for (int attempt = 0; attempt < 20; ++attempt) {
                const Technician &t = p.technicians[dice.below(settings.technicians)];
                bool ok = true;
                for (const QString &sk : job.skills)
                    ok = ok && t.skills.contains(sk);
                if (ok) {
                    job.pinnedTechnician = t.id;
                    job.locked = dice.chance(0.2);
                    break;
                }
            }
        }
        p.jobs.append(job);
    }
    return p;
}

} // namespace fielddesk::routing
