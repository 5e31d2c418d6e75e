#include "app/dispatchseeder.h"

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/organisation.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/domain/travelmodel.h"
#include "repositories/jobrepository.h"
#include "storage/bulkinsert.h"
#include "storage/sqlfilter.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <random>
#include <tuple>

namespace fielddesk::server {

namespace {

// Travel between stops as the schedule endpoint estimates it with the default TravelModel,
// rounded up to whole minutes of this size, so seeded days show the gaps the server computes.
constexpr int kTravelRoundingMin = 5;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// A demo started early in the morning or late at night still shows work under way today.
constexpr int kAsOfEarliestMin = 10 * 60 + 30;
constexpr int kAsOfLatestMin = 14 * 60 + 30;

// Share of past and today's jobs that got a technician (the days ahead take the rest of the
// plan's share), of all jobs that were cancelled, of finished days left "on site" because
// the technician forgot to close the job.
constexpr double kPastAssigned = 0.88;
constexpr double kTodayAssigned = 0.7;
constexpr double kCancelled = 0.045;
constexpr double kLeftOnSite = 0.02;
constexpr double kPartsMissing = 0.03;

// mt19937_64 is specified exactly by the standard; the distributions are not, so they are
// written out here to give the same data with every standard library.
class SeedRandom
{
public:
    explicit SeedRandom(quint64 seed)
        : m_engine(seed)
    {}

    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    int between(int low, int high)
    {
        return low + int(m_engine() % quint64(std::max(1, high - low + 1)));
    }
    bool chance(double p) { return unit() < p; }
    double gaussian()
    {
        const double u = std::max(unit(), 1e-12);
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * unit());
    }
    int weighted(const QList<double> &weights)
    {
        double total = 0;
        for (const double w : weights)
            total += w;
        double r = unit() * total;
        for (int i = 0; i < weights.size(); ++i) {
            r -= weights.at(i);
            if (r < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }
    template<typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[between(0, int(N) - 1)];
    }

private:
    std::mt19937_64 m_engine;
};

enum SkillIndex {
    Hvac,
    GasFitting,
    Electrical,
    Plumbing,
    DuctCleaning,
    Insulation,
    Lawn,
    Irrigation
};

struct SkillSpec
{
    const char *name;
    const char *description;
};

const SkillSpec kSkills[] = {
    {"hvac", "Furnaces, heat pumps and air conditioners"},
    {"gas_fitting", "Gas lines and gas appliances (licensed)"},
    {"electrical", "Thermostats, low-voltage wiring and appliance circuits"},
    {"plumbing", "Water heaters, drains and fixtures"},
    {"duct_cleaning", "Air ducts and dryer vents"},
    {"insulation", "Attic and wall insulation"},
    {"lawn_care", "Mowing, aeration and overseeding"},
    {"irrigation", "Sprinkler systems: start-up, repair, winterization"},
};

struct ServiceSpec
{
    const char *name;
    const char *description;
    int durationMin;
    double price;
    int priority;
    int skill;
    int extraSkill; // -1: none; some jobs need it as well
    double extraSkillChance;
    double weight;                 // how often customers ask for it
    bool weatherSensitive = false; // outdoor work that rain, wind or frost spoil
};

const ServiceSpec kServices[] = {
    {"Furnace tune-up", "Inspection, cleaning and safety check of a gas furnace", 90, 129.0, 3,
     Hvac, -1, 0, 14, false},
    {"AC repair", "Diagnose and repair a central air conditioner or heat pump", 120, 249.0, 4, Hvac,
     Electrical, 0.2, 6, false},
    {"No-heat emergency", "Same-day visit for a furnace that does not heat", 120, 289.0, 5, Hvac,
     GasFitting, 0.3, 6, false},
    {"Duct cleaning", "Whole-house air duct cleaning with negative-pressure vacuum", 180, 399.0, 2,
     DuctCleaning, -1, 0, 10, false},
    {"Dryer vent cleaning", "Clear lint from the dryer vent run to the outside wall", 60, 149.0, 3,
     DuctCleaning, -1, 0, 6, false},
    {"Attic insulation", "Blown-in attic insulation to R-49", 240, 1450.0, 2, Insulation, -1, 0, 7,
     false},
    {"Lawn aeration", "Core aeration of the lawn, with overseeding on request", 60, 89.0, 1, Lawn,
     -1, 0, 7, true},
    {"Sprinkler winterization", "Blow out the irrigation lines before the first hard freeze", 45,
     79.0, 2, Irrigation, -1, 0, 7, true},
    {"Water heater replacement", "Remove the old tank and install a new 50-gallon water heater",
     180, 1350.0, 4, Plumbing, GasFitting, 0.6, 5, false},
    {"Drain cleaning", "Clear a blocked kitchen, bathroom or main sewer drain", 90, 189.0, 4,
     Plumbing, -1, 0, 10, false},
};

// Technicians' main trades in proportion to the work customers ask for.
const int kTradeCycle[] = {Hvac, DuctCleaning, Plumbing,   Hvac,       Lawn, DuctCleaning,
                           Hvac, Plumbing,     Insulation, Irrigation, Hvac};

QList<int> relatedSkills(int trade)
{
    switch (trade) {
    case Hvac:
        return {GasFitting, Electrical};
    case Plumbing:
        return {GasFitting};
    case DuctCleaning:
        return {Insulation, Hvac};
    case Insulation:
        return {DuctCleaning};
    case Lawn:
        return {Irrigation};
    case Irrigation:
        return {Lawn, Plumbing};
    default:
        return {Electrical};
    }
}

const char *const kFirstNames[] = {
    "James",   "Maria",  "Robert", "Linda",  "Michael", "Patricia", "David",   "Jennifer", "Carlos",
    "Sofia",   "Daniel", "Emily",  "Jose",   "Ashley",  "Kevin",    "Megan",   "Brian",    "Laura",
    "Jason",   "Nicole", "Luis",   "Hannah", "Ryan",    "Rachel",   "Eric",    "Olivia",   "Tyler",
    "Grace",   "Aaron",  "Chloe",  "Marcus", "Natalie", "Derek",    "Vanessa", "Ethan",    "Paige",
    "Omar",    "Lucia",  "Trevor", "Kayla",  "Adrian",  "Brooke",   "Wesley",  "Tanya",    "Diego",
    "Jasmine", "Connor", "Alyssa", "Jamal",  "Erin",    "Noah",     "Rosa",    "Gavin",    "Mei",
    "Hector",  "Priya",  "Colton", "Leah",   "Andre",   "Yesenia"};

const char *const kLastNames[] = {
    "Garcia",   "Martinez", "Johnson",  "Smith",      "Hernandez", "Lopez",    "Nguyen",
    "Anderson", "Thompson", "Sanchez",  "Ramirez",    "Miller",    "Davis",    "Wilson",
    "Romero",   "Torres",   "Baker",    "Gonzalez",   "Archuleta", "Maestas",  "Vigil",
    "Trujillo", "Olson",    "Peterson", "Larson",     "Schmidt",   "Kowalski", "Murphy",
    "O'Brien",  "Sullivan", "Kim",      "Patel",      "Chavez",    "Montoya",  "Gallegos",
    "Espinoza", "Carter",   "Mitchell", "Roberts",    "Turner",    "Phillips", "Campbell",
    "Parker",   "Evans",    "Edwards",  "Collins",    "Stewart",   "Morris",   "Reed",
    "Cook",     "Bell",     "Cooper",   "Richardson", "Cox",       "Ward",     "Brooks",
    "Sanders",  "Price",    "Bennett",  "Wood"};

const char *const kNeighbourhoods[] = {
    "Cherry Creek", "Highlands",   "Capitol Hill",  "Wash Park",    "Sloan's Lake",
    "Park Hill",    "Baker",       "Congress Park", "Bear Valley",  "Green Valley",
    "Belmar",       "Applewood",   "Southmoor",     "Hampden",      "Central Park",
    "Mile High",    "Front Range", "Red Rocks",     "Platte River", "Bonnie Brae"};

const char *const kBusinessKinds[] = {
    "Dental",        "Property Management", "Apartments HOA", "Montessori School",
    "Auto Repair",   "Brewing Co.",         "Bakery",         "Veterinary Clinic",
    "Townhomes HOA", "Family Church",       "Fitness",        "Senior Living"};

struct StreetSpec
{
    const char *name;
    bool eastWest; // avenues run east-west and take E/W, streets take N/S south of Ellsworth
};

const StreetSpec kStreets[] = {
    {"Colfax Ave", true},      {"Alameda Ave", true},   {"Mississippi Ave", true},
    {"Evans Ave", true},       {"Iliff Ave", true},     {"Yale Ave", true},
    {"Hampden Ave", true},     {"Jewell Ave", true},    {"Florida Ave", true},
    {"Exposition Ave", true},  {"Virginia Ave", true},  {"Bayaud Ave", true},
    {"Kentucky Ave", true},    {"Louisiana Ave", true}, {"Dartmouth Ave", true},
    {"6th Ave", true},         {"8th Ave", true},       {"13th Ave", true},
    {"17th Ave", true},        {"26th Ave", true},      {"32nd Ave", true},
    {"38th Ave", true},        {"44th Ave", true},      {"Montview Blvd", true},
    {"Broadway", false},       {"Federal Blvd", false}, {"Sheridan Blvd", false},
    {"Wadsworth Blvd", false}, {"Kipling St", false},   {"Colorado Blvd", false},
    {"Monaco Pkwy", false},    {"Quebec St", false},    {"Havana St", false},
    {"Peoria St", false},      {"Chambers Rd", false},  {"Buckley Rd", false},
    {"York St", false},        {"Downing St", false},   {"Logan St", false},
    {"Pearl St", false},       {"Holly St", false},     {"Dahlia St", false},
    {"Garrison St", false},    {"Union Blvd", false},   {"Simms St", false},
    {"Lowell Blvd", false},    {"Tennyson St", false},  {"Zuni St", false},
    {"Yosemite St", false},    {"Tower Rd", false}};

// Denver's address grid: east and west of Broadway, north and south of Ellsworth Ave.
constexpr double kBroadwayLongitude = -104.9876;
constexpr double kEllsworthLatitude = 39.7165;

const char *const kNotes[] = {
    "Gate code 4412.",
    "Dog in the backyard, friendly.",
    "Call 30 minutes before arrival.",
    "Park in the alley behind the garage.",
    "Tenant will let you in; owner pays.",
    "Furnace is in the crawl space, bring a light.",
    "Customer works from home, ring twice.",
    "Second visit: follow-up on last month's repair.",
};

const char *const kCancelReasons[] = {
    "Customer rescheduled",
    "Customer fixed it themselves",
    "Duplicate request",
    "No access to the property",
};

const QString kLate = QStringLiteral("Window closes before the technician can arrive");
const QString kNoParts = QStringLiteral("Parts not in stock");
const QString kNobodyFree = QStringLiteral("No technician with the required skills is free");
const QString kNotConfirmed = QStringLiteral("Customer has not confirmed access");

struct SeedLocation
{
    qint64 id = 0;
    QString city;
    double latitude = 0;
    double longitude = 0;
    QTimeZone zone;
    QList<int> zips;
};

struct SeedAddress
{
    QString label;
    QString text;
    double latitude = 0;
    double longitude = 0;
    qint64 id = 0;
};

struct SeedCustomer
{
    QString name;
    QString phone;
    QString email;
    QString notes;
    int location = 0;
    QList<SeedAddress> addresses;
    qint64 id = 0;
};

struct SeedAvailability
{
    QString kind;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    QString reason;
};

struct SeedTechnician
{
    qint64 userId = 0; // an existing user; 0: written by the seeder
    bool userHasLocation = true;
    QString name;
    QString email;
    QString phone;
    int location = 0;
    QList<int> skills;
    double homeLatitude = 0;
    double homeLongitude = 0;
    int shiftStartMin = 8 * 60;
    int shiftEndMin = 17 * 60;
    int breakEarliestMin = 11 * 60 + 30;
    int breakLatestMin = 13 * 60 + 30;
    int breakMinutes = 30;
    QList<int> workDays{1, 2, 3, 4, 5};
    std::optional<int> maxJobs;
    bool active = true;
    QSet<int> daysAway; // day indexes with time off or an unavailable period
    QList<SeedAvailability> availability;
    qint64 id = 0;
};

struct Step
{
    JobStatus status;
    qint64 at;
};

struct SeedJob
{
    int customer = 0;
    int address = 0;
    int service = 0;
    int location = 0;
    int day = 0;
    QList<int> skills;
    int priority = 3;
    int durationMin = 60;
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    QString title;
    QString notes;
    qint64 createdAt = 0;
    int technician = -1;
    qint64 assignedAt = 0;
    qint64 plannedStart = 0;
    qint64 plannedEnd = 0;
    QList<Step> steps; // dispatched .. completed, timed
    int reached = 0;   // how many steps happened by the plan's instant
    bool cancelled = false;
    qint64 cancelledAt = 0;
    QString cancelReason;
    bool atRisk = false;
    qint64 atRiskAt = 0;
    QString atRiskReason;
    qint64 id = 0;
};

QString timestamp(qint64 msecs)
{
    return toTimestamp(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC));
}

QString clockText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int travelMinutes(double lat1, double lon1, double lat2, double lon2)
{
    const double minutes = TravelModel().seconds(lat1, lon1, lat2, lon2) / 60.0;
    const int rounded = int(std::ceil(minutes / kTravelRoundingMin)) * kTravelRoundingMin;
    return std::max(kTravelRoundingMin, rounded);
}

qint64 roundUpToQuarter(qint64 msecs)
{
    const qint64 quarter = 15 * kMinute;
    return (msecs + quarter - 1) / quarter * quarter;
}

// The UTC instants of local times on the seeded days, per location. The offset at noon is
// the day's working offset: daylight saving switches at 02:00, outside every shift.
class SeedDayClock
{
public:
    SeedDayClock(const QList<SeedLocation> &locations, QDate firstDay, int days)
        : m_firstDay(firstDay)
        , m_days(days)
    {
        for (const SeedLocation &location : locations) {
            for (int d = 0; d < days; ++d) {
                const QDate day = firstDay.addDays(d);
                const int offset = QDateTime(day, QTime(12, 0), location.zone).offsetFromUtc();
                m_midnights.append(QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() -
                                   qint64(offset) * 1000);
            }
        }
    }

    qint64 at(int location, int day, int minuteOfDay) const
    {
        return m_midnights.at(location * m_days + day) + minuteOfDay * kMinute;
    }
    QDate date(int day) const { return m_firstDay.addDays(day); }
    int days() const { return m_days; }

private:
    QDate m_firstDay;
    int m_days;
    QList<qint64> m_midnights;
};

// Everything the seeder makes up, before it is written.
class DispatchWorld
{
public:
    DispatchWorld(const DispatchSeedPlan &plan,
                  QList<SeedLocation> locations,
                  QList<SeedTechnician> existing);

    void generate();

    const DispatchSeedPlan &plan;
    QList<SeedLocation> locations;
    SeedDayClock clock;
    qint64 asOf = 0;
    int today = -1; // day index of the plan's instant; -1: outside the range
    QList<SeedTechnician> technicians;
    QList<SeedCustomer> customers;
    QList<SeedJob> jobs;

private:
    SeedAddress makeAddress(int location, double spreadKm, const QString &label);
    QString makePhone();
    void makeTechnicians(QList<SeedTechnician> existing);
    void makeCustomers();
    void makeJobs();
    void packDays();
    // Returns how many jobs of the days ahead got a technician.
    int packWithShare(double aheadShare);
    void planLifecycles();
    void cancelSome();
    void makeEveryStatusAppear();
    void markAtRisk();
    JobStatus statusOf(const SeedJob &job) const;
    qint64 lastChangeAt(const SeedJob &job) const;

    SeedRandom m_rng;
    QSet<QString> m_emails;
};

DispatchWorld::DispatchWorld(const DispatchSeedPlan &seedPlan,
                             QList<SeedLocation> seedLocations,
                             QList<SeedTechnician> existing)
    : plan(seedPlan)
    , locations(std::move(seedLocations))
    , clock(locations, seedPlan.firstDay, seedPlan.days)
    , m_rng(seedPlan.seed)
{
    const QDateTime asOfTime =
        plan.asOf.isValid() ? plan.asOf.toUTC() : QDateTime::currentDateTimeUtc();
    const QDate localToday = asOfTime.toTimeZone(locations.first().zone).date();
    const qint64 dayIndex = plan.firstDay.daysTo(localToday);
    asOf = asOfTime.toMSecsSinceEpoch();
    if (dayIndex >= 0 && dayIndex < plan.days) {
        today = int(dayIndex);
        asOf = std::clamp(asOf, clock.at(0, today, kAsOfEarliestMin),
                          clock.at(0, today, kAsOfLatestMin));
    }
    makeTechnicians(std::move(existing));
}

void DispatchWorld::generate()
{
    makeCustomers();
    makeJobs();
    packDays();
    planLifecycles();
    cancelSome();
    makeEveryStatusAppear();
    markAtRisk();
    // Ids grow with creation time, as they would have in a real installation.
    std::stable_sort(jobs.begin(), jobs.end(),
                     [](const SeedJob &a, const SeedJob &b) { return a.createdAt < b.createdAt; });
}

SeedAddress DispatchWorld::makeAddress(int location, double spreadKm, const QString &label)
{
    const SeedLocation &l = locations.at(location);
    const double north = std::clamp(m_rng.gaussian(), -2.5, 2.5) * spreadKm;
    const double east = std::clamp(m_rng.gaussian(), -2.5, 2.5) * spreadKm;
    SeedAddress a;
    a.label = label;
    a.latitude = l.latitude + north / 111.0;
    a.longitude = l.longitude + east / (111.0 * std::cos(l.latitude * std::numbers::pi / 180.0));
    const StreetSpec &street = m_rng.pick(kStreets);
    QString prefix;
    if (street.eastWest)
        prefix = a.longitude > kBroadwayLongitude ? QStringLiteral("E ") : QStringLiteral("W ");
    else if (a.latitude < kEllsworthLatitude)
        prefix = QStringLiteral("S ");
    const int number = m_rng.between(1, 159) * 100 + m_rng.between(0, 98);
    a.text = QStringLiteral("%1 %2%3").arg(number).arg(prefix, QLatin1String(street.name));
    if (m_rng.chance(0.12))
        a.text += QStringLiteral(" Apt %1%2")
                      .arg(m_rng.between(1, 4))
                      .arg(QLatin1Char(char('A' + m_rng.between(0, 3))));
    a.text += QStringLiteral(", %1, CO").arg(l.city);
    if (!l.zips.isEmpty())
        a.text += QStringLiteral(" %1").arg(l.zips.at(m_rng.between(0, int(l.zips.size()) - 1)));
    return a;
}

QString DispatchWorld::makePhone()
{
    return QStringLiteral("(%1) 555-%2")
        .arg(m_rng.chance(0.6) ? 303 : 720)
        .arg(m_rng.between(0, 9999), 4, 10, QLatin1Char('0'));
}

void DispatchWorld::makeTechnicians(QList<SeedTechnician> existing)
{
    const int count = std::max(plan.technicians, int(existing.size()));
    QList<int> perLocation(locations.size(), 0);
    for (int i = 0; i < count; ++i) {
        SeedTechnician t;
        if (i < existing.size()) {
            t = existing.at(i);
        } else {
            const QString first = QLatin1String(m_rng.pick(kFirstNames));
            const QString last = QLatin1String(m_rng.pick(kLastNames));
            t.name = first + QLatin1Char(' ') + last;
            const QString local = (first + QLatin1Char('.') + last)
                                      .toLower()
                                      .remove(QLatin1Char('\''))
                                      .remove(QLatin1Char(' '));
            QString email = local + QLatin1Char('@') + plan.technicianEmailDomain;
            for (int n = 2; m_emails.contains(email); ++n)
                email = local + QString::number(n) + QLatin1Char('@') + plan.technicianEmailDomain;
            t.email = email;
            // Locations in turn, the first a little bigger (the central office).
            t.location = (i % (int(locations.size()) + 1)) % int(locations.size());
        }
        m_emails.insert(t.email);
        t.phone = makePhone();
        const int trade = kTradeCycle[perLocation[t.location]++ % int(std::size(kTradeCycle))];
        t.skills = {trade};
        const QList<int> related = relatedSkills(trade);
        const int extras = m_rng.chance(0.55) ? (m_rng.chance(0.35) ? 2 : 1) : 0;
        for (int e = 0; e < extras && e < related.size(); ++e)
            t.skills.append(related.at(e));
        const SeedAddress home = makeAddress(t.location, 7.0, {});
        t.homeLatitude = home.latitude;
        t.homeLongitude = home.longitude;
        if (m_rng.chance(0.5)) {
            t.shiftStartMin = 7 * 60;
            t.shiftEndMin = 16 * 60;
            t.breakEarliestMin = 11 * 60;
            t.breakLatestMin = 13 * 60;
        }
        const int pattern = m_rng.weighted({70, 15, 8, 7});
        if (pattern == 1)
            t.workDays = {2, 3, 4, 5, 6};
        else if (pattern == 2)
            t.workDays = {1, 4, 5, 6, 7};
        else if (pattern == 3)
            t.workDays = {1, 2, 3, 4}; // four tens, but the same shift here
        if (m_rng.chance(0.15))
            t.maxJobs = 5;
        t.active = i < existing.size() || !m_rng.chance(0.02);
        // Some time off (vacation, a sick day) and ad-hoc unavailability in the range.
        if (m_rng.chance(0.08)) {
            const int first = m_rng.between(0, clock.days() - 1);
            const int length = std::min(m_rng.between(1, 3), clock.days() - first);
            SeedAvailability away{QStringLiteral("time_off"), clock.at(t.location, first, 0),
                                  clock.at(t.location, first + length - 1, 24 * 60),
                                  m_rng.chance(0.7) ? QStringLiteral("Vacation")
                                                    : QStringLiteral("Sick day")};
            t.availability.append(away);
            for (int d = first; d < first + length; ++d)
                t.daysAway.insert(d);
        }
        if (m_rng.chance(0.05)) {
            const int day = m_rng.between(0, clock.days() - 1);
            const int start = m_rng.between(9, 14) * 60;
            t.availability.append({QStringLiteral("unavailable"), clock.at(t.location, day, start),
                                   clock.at(t.location, day, start + 120),
                                   m_rng.chance(0.5) ? QStringLiteral("Vehicle service")
                                                     : QStringLiteral("Doctor's appointment")});
            t.daysAway.insert(day); // kept simple: no work planned around it that day
        }
        technicians.append(t);
    }
}

void DispatchWorld::makeCustomers()
{
    QSet<QString> emails;
    for (int i = 0; i < plan.customers; ++i) {
        SeedCustomer c;
        c.location = m_rng.weighted(QList<double>(locations.size(), 1.0));
        c.phone = makePhone();
        if (m_rng.chance(0.18)) {
            const QString place = QLatin1String(m_rng.pick(kNeighbourhoods));
            c.name = place + QLatin1Char(' ') + QLatin1String(m_rng.pick(kBusinessKinds));
            QString slug = c.name.toLower();
            static const QRegularExpression notSlug(QStringLiteral("[^a-z0-9]"));
            slug.remove(notSlug);
            c.email = QStringLiteral("office@%1.example").arg(slug);
            const int sites = m_rng.between(1, 3);
            for (int s = 0; s < sites; ++s)
                c.addresses.append(makeAddress(
                    c.location, 6.0,
                    s == 0 ? QStringLiteral("Main office")
                           : QStringLiteral("Building %1").arg(QLatin1Char(char('A' + s)))));
            c.notes = QStringLiteral("Invoice monthly; PO number required.");
        } else {
            const QString first = QLatin1String(m_rng.pick(kFirstNames));
            const QString last = QLatin1String(m_rng.pick(kLastNames));
            c.name = first + QLatin1Char(' ') + last;
            c.email = (first + QLatin1Char('.') + last).toLower().remove(QLatin1Char('\'')) +
                      QStringLiteral("@example.com");
            c.addresses.append(makeAddress(c.location, 6.0, QStringLiteral("Home")));
            if (m_rng.chance(0.1))
                c.addresses.append(makeAddress(c.location, 6.0, QStringLiteral("Rental")));
        }
        const QString email = c.email;
        for (int n = 2; emails.contains(c.email); ++n)
            c.email = QString(email).replace(QLatin1Char('@'), QStringLiteral("%1@").arg(n));
        emails.insert(c.email);
        customers.append(c);
    }
}

void DispatchWorld::makeJobs()
{
    QList<double> dayWeights;
    for (int d = 0; d < clock.days(); ++d) {
        const int weekday = clock.date(d).dayOfWeek();
        dayWeights.append(weekday == 7 ? 0.15 : weekday == 6 ? 0.35 : 1.0);
    }
    QList<double> serviceWeights;
    for (const ServiceSpec &s : kServices)
        serviceWeights.append(s.weight);

    for (int i = 0; i < plan.jobs; ++i) {
        SeedJob j;
        j.customer = m_rng.between(0, int(customers.size()) - 1);
        const SeedCustomer &customer = customers.at(j.customer);
        j.address = m_rng.between(0, int(customer.addresses.size()) - 1);
        j.location = customer.location;
        j.service = m_rng.weighted(serviceWeights);
        const ServiceSpec &service = kServices[j.service];
        j.day = m_rng.weighted(dayWeights);
        j.title = QLatin1String(service.name);
        j.skills = {service.skill};
        if (service.extraSkill >= 0 && m_rng.chance(service.extraSkillChance))
            j.skills.append(service.extraSkill);
        j.priority = std::min(5, service.priority + (m_rng.chance(0.06) ? 1 : 0));
        if (m_rng.chance(0.4)) // the house is bigger or smaller than most
            j.durationMin = std::max(30, service.durationMin + 15 * m_rng.between(-1, 2));
        else
            j.durationMin = service.durationMin;
        if (m_rng.chance(0.3))
            j.notes = QLatin1String(m_rng.pick(kNotes));

        // Windows: mostly 2-4 hours, some all day, a few "any day this week" (lawns).
        const int kind = m_rng.weighted({45, 25, 20, 8, 2});
        int startMin = 8 * 60;
        int endDay = j.day;
        int endMin = 17 * 60;
        if (kind == 0) {
            startMin = m_rng.between(7, 15) * 60;
            endMin = startMin + 120;
        } else if (kind == 1) {
            static const int starts[] = {8 * 60, 11 * 60, 13 * 60, 14 * 60};
            startMin = m_rng.pick(starts);
            endMin = startMin + 180;
        } else if (kind == 2) {
            static const int starts[] = {8 * 60, 12 * 60, 13 * 60};
            startMin = m_rng.pick(starts);
            endMin = startMin + 240;
        } else if (kind == 4) {
            endDay = std::min(clock.days() - 1, j.day + 2);
        }
        j.windowStart = clock.at(j.location, j.day, startMin);
        j.windowEnd = clock.at(j.location, endDay, endMin);

        // Booked 12 hours to 10 days ahead, never after the plan's instant.
        const qint64 ahead = m_rng.between(12 * 60, 10 * 24 * 60) * kMinute;
        const qint64 latest = asOf - m_rng.between(10, 3 * 24 * 60) * kMinute;
        j.createdAt = std::min(j.windowStart - ahead, latest);
        jobs.append(j);
    }
}

void DispatchWorld::packDays()
{
    int past = 0;
    int now = 0;
    int ahead = 0;
    for (const SeedJob &j : std::as_const(jobs)) {
        if (today < 0 ? j.windowStart < asOf : j.day < today)
            ++past;
        else if (j.day == today)
            ++now;
        else
            ++ahead;
    }
    const double target = plan.assignedFraction * double(jobs.size());
    const double neededAhead = target - kPastAssigned * past - kTodayAssigned * now;
    if (ahead == 0) {
        // The range ends today (a demo seeded on a Sunday): past days and today still get
        // their technicians.
        packWithShare(0.0);
        return;
    }
    // Not every chosen job finds a technician (skills, weekends, full days): ask for more
    // until the days ahead carry their part of the share.
    constexpr int kAttempts = 3;
    constexpr double kMaxAheadShare = 0.9;
    double aheadShare = std::clamp(neededAhead / ahead, 0.08, kMaxAheadShare);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const int assigned = packWithShare(aheadShare);
        if (assigned >= 0.95 * neededAhead || aheadShare >= kMaxAheadShare)
            break;
        aheadShare = std::min(kMaxAheadShare, aheadShare * neededAhead / std::max(1, assigned));
    }
}

int DispatchWorld::packWithShare(double aheadShare)
{
    for (SeedJob &j : jobs) {
        j.technician = -1;
        j.steps.clear();
    }
    // The jobs to give a technician, per location and day, in window order.
    QHash<qint64, QList<int>> byLocationDay;
    for (int i = 0; i < jobs.size(); ++i) {
        const SeedJob &j = jobs.at(i);
        const bool isPast = today < 0 ? j.windowStart < asOf : j.day < today;
        const double share = isPast ? kPastAssigned : j.day == today ? kTodayAssigned : aheadShare;
        if (m_rng.chance(share))
            byLocationDay[qint64(j.location) * clock.days() + j.day].append(i);
    }
    int assignedAhead = 0;
    for (int location = 0; location < locations.size(); ++location) {
        for (int day = 0; day < clock.days(); ++day) {
            QList<int> queue = byLocationDay.value(qint64(location) * clock.days() + day);
            std::sort(queue.begin(), queue.end(), [this](int a, int b) {
                const SeedJob &x = jobs.at(a);
                const SeedJob &y = jobs.at(b);
                return std::tie(x.windowStart, y.priority, a) <
                       std::tie(y.windowStart, x.priority, b);
            });
            struct Route
            {
                int technician;
                qint64 cursor;
                double latitude;
                double longitude;
                bool breakTaken;
                int jobs;
            };
            QList<Route> routes;
            const int weekday = clock.date(day).dayOfWeek();
            for (int t = 0; t < technicians.size(); ++t) {
                const SeedTechnician &tech = technicians.at(t);
                if (tech.location == location && tech.active && tech.workDays.contains(weekday) &&
                    !tech.daysAway.contains(day))
                    routes.append({t, clock.at(location, day, tech.shiftStartMin),
                                   tech.homeLatitude, tech.homeLongitude, false, 0});
            }
            for (const int index : std::as_const(queue)) {
                SeedJob &job = jobs[index];
                const SeedAddress &place = customers.at(job.customer).addresses.at(job.address);
                int best = -1;
                qint64 bestStart = 0;
                int bestTravel = 0;
                bool bestLate = true;
                for (int r = 0; r < routes.size(); ++r) {
                    const Route &route = routes.at(r);
                    const SeedTechnician &tech = technicians.at(route.technician);
                    if (tech.maxJobs && route.jobs >= *tech.maxJobs)
                        continue;
                    bool hasSkills = true;
                    for (const int skill : std::as_const(job.skills))
                        hasSkills = hasSkills && tech.skills.contains(skill);
                    if (!hasSkills)
                        continue;
                    qint64 free = route.cursor;
                    if (!route.breakTaken && free >= clock.at(location, day, tech.breakEarliestMin))
                        free += tech.breakMinutes * kMinute;
                    const int travel = travelMinutes(route.latitude, route.longitude,
                                                     place.latitude, place.longitude);
                    const qint64 start =
                        roundUpToQuarter(std::max(free + travel * kMinute, job.windowStart));
                    const qint64 end = start + job.durationMin * kMinute;
                    if (end > clock.at(location, day, tech.shiftEndMin))
                        continue;
                    const bool late = end > job.windowEnd;
                    if (best < 0 || (bestLate && !late) ||
                        (bestLate == late && start < bestStart)) {
                        best = r;
                        bestStart = start;
                        bestTravel = travel;
                        bestLate = late;
                    }
                }
                // A dispatcher knowingly books a late arrival now and then (it shows at risk).
                if (best < 0 || (bestLate && !m_rng.chance(0.3)))
                    continue;
                Route &route = routes[best];
                const SeedTechnician &tech = technicians.at(route.technician);
                const qint64 arrivalEarliest = bestStart - bestTravel * kMinute;
                if (!route.breakTaken &&
                    (route.cursor >= clock.at(location, day, tech.breakEarliestMin) ||
                     arrivalEarliest - route.cursor >= tech.breakMinutes * kMinute))
                    route.breakTaken = true;
                job.technician = route.technician;
                job.plannedStart = bestStart;
                job.plannedEnd = bestStart + job.durationMin * kMinute;
                route.cursor = job.plannedEnd;
                route.latitude = place.latitude;
                route.longitude = place.longitude;
                ++route.jobs;
                const bool isAhead = today < 0 ? job.windowStart >= asOf : job.day > today;
                assignedAhead += isAhead ? 1 : 0;
                // Travel is kept with the job: en route starts that long before arrival.
                job.steps = {{JobStatus::Dispatched, 0},
                             {JobStatus::EnRoute, bestStart - bestTravel * kMinute},
                             {JobStatus::OnSite, 0},
                             {JobStatus::Completed, 0}};
            }
        }
    }
    return assignedAhead;
}

void DispatchWorld::planLifecycles()
{
    for (SeedJob &job : jobs) {
        if (job.technician < 0)
            continue;
        const SeedTechnician &tech = technicians.at(job.technician);
        // Assigned between booking and half an hour before the visit, before the instant.
        const qint64 assignLimit = std::min(job.plannedStart - 30 * kMinute, asOf - 5 * kMinute);
        job.assignedAt = job.createdAt + kMinute;
        if (assignLimit > job.assignedAt)
            job.assignedAt += qint64(m_rng.unit() * double(assignLimit - job.assignedAt));
        // The day's route goes out half an hour before the shift; then the field steps.
        qint64 previous = job.assignedAt;
        const qint64 times[] = {
            clock.at(job.location, job.day, tech.shiftStartMin - 30),
            job.steps.at(1).at,
            job.plannedStart + m_rng.between(-5, 10) * kMinute,
            job.plannedEnd + m_rng.between(-10, 20) * kMinute,
        };
        for (int s = 0; s < job.steps.size(); ++s) {
            previous = std::max(times[s], previous + kMinute);
            job.steps[s].at = previous;
        }
        job.reached = 0;
        while (job.reached < job.steps.size() && job.steps.at(job.reached).at <= asOf)
            ++job.reached;
        if (job.reached == job.steps.size() && today >= 0 && job.day < today &&
            m_rng.chance(kLeftOnSite))
            job.reached = int(job.steps.size()) - 1;
    }
}

qint64 DispatchWorld::lastChangeAt(const SeedJob &job) const
{
    qint64 last = job.createdAt;
    if (job.technician >= 0)
        last = job.assignedAt;
    if (job.reached > 0)
        last = job.steps.at(job.reached - 1).at;
    if (job.atRisk)
        last = job.atRiskAt;
    if (job.cancelled)
        last = job.cancelledAt;
    return last;
}

JobStatus DispatchWorld::statusOf(const SeedJob &job) const
{
    if (job.cancelled)
        return JobStatus::Cancelled;
    if (job.technician < 0)
        return JobStatus::New;
    return job.reached == 0 ? JobStatus::Scheduled : job.steps.at(job.reached - 1).status;
}

void DispatchWorld::cancelSome()
{
    for (SeedJob &job : jobs) {
        const bool isPast = job.windowEnd < asOf;
        // Unassigned past jobs were mostly called off; others now and then.
        const double chance = job.technician < 0 && isPast ? 0.5 : kCancelled;
        if (job.reached > 0 || !m_rng.chance(chance))
            continue;
        const qint64 from = lastChangeAt(job) + kMinute;
        const qint64 before = job.technician >= 0 ? job.steps.at(0).at - kMinute : job.windowStart;
        const qint64 limit = std::min(before, asOf - kMinute);
        if (limit <= from)
            continue;
        job.cancelled = true;
        job.cancelledAt = from + qint64(m_rng.unit() * double(limit - from));
        job.cancelReason = QLatin1String(m_rng.pick(kCancelReasons));
    }
}

void DispatchWorld::makeEveryStatusAppear()
{
    // How many jobs have each status: a job is taken back to an earlier step only when it is
    // not the last of its own status (the only job on its way once became the "dispatched"
    // one, and then no job was on its way).
    QHash<int, int> present;
    for (const SeedJob &job : std::as_const(jobs))
        ++present[int(statusOf(job))];
    const auto movable = [&present, this](const SeedJob &job) {
        return present.value(int(statusOf(job))) > 1;
    };
    const auto setReached = [&present, this](SeedJob &job, int reached) {
        --present[int(statusOf(job))];
        job.reached = reached;
        ++present[int(statusOf(job))];
    };
    // Latest days first: a job stopped at an earlier step is least odd there.
    QList<int> order(jobs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return jobs.at(a).day > jobs.at(b).day; });
    const JobStatus steps[] = {JobStatus::Dispatched, JobStatus::EnRoute, JobStatus::OnSite,
                               JobStatus::Completed};
    for (int s = 0; s < 4; ++s) {
        if (present.value(int(steps[s])) > 0)
            continue;
        for (const int i : std::as_const(order)) {
            SeedJob &job = jobs[i];
            if (!job.cancelled && job.technician >= 0 && job.reached > s + 1 && movable(job)) {
                setReached(job, s + 1);
                break;
            }
        }
    }
    if (present.value(int(JobStatus::Scheduled)) == 0) {
        for (SeedJob &job : jobs) {
            if (!job.cancelled && job.technician >= 0 && statusOf(job) != JobStatus::Scheduled &&
                job.reached > 0 && job.day >= today && movable(job)) {
                setReached(job, 0);
                break;
            }
        }
    }
    if (present.value(int(JobStatus::Cancelled)) == 0) {
        for (SeedJob &job : jobs) {
            const qint64 from = lastChangeAt(job) + kMinute;
            if (statusOf(job) == JobStatus::New && from < asOf - kMinute) {
                job.cancelled = true;
                job.cancelledAt = from;
                job.cancelReason = QLatin1String(kCancelReasons[0]);
                break;
            }
        }
    }
}

void DispatchWorld::markAtRisk()
{
    for (SeedJob &job : jobs) {
        const JobStatus status = statusOf(job);
        if (status != JobStatus::New && status != JobStatus::Scheduled &&
            status != JobStatus::Dispatched)
            continue;
        QString reason;
        if (job.technician >= 0 && job.plannedEnd > job.windowEnd)
            reason = kLate;
        else if (job.technician < 0 && job.windowStart < asOf + 4 * kHour && m_rng.chance(0.35))
            reason = kNobodyFree;
        else if ((job.skills.first() == Hvac || job.skills.first() == Plumbing) &&
                 m_rng.chance(kPartsMissing))
            reason = kNoParts;
        else if (job.technician >= 0 && m_rng.chance(0.01))
            reason = kNotConfirmed;
        const qint64 from = lastChangeAt(job) + kMinute;
        if (reason.isEmpty() || from >= asOf)
            continue;
        job.atRisk = true;
        job.atRiskReason = reason;
        job.atRiskAt = from + qint64(m_rng.unit() * double(asOf - from));
    }
}

// The changes a job went through, in order; each is one history row.
enum class ChangeKind { Created, Assigned, Step, MarkedAtRisk, Cancelled };

struct Change
{
    ChangeKind kind;
    qint64 at;
    int step; // for ChangeKind::Step
};

QList<Change> changesOf(const SeedJob &job)
{
    QList<Change> changes{{ChangeKind::Created, job.createdAt, 0}};
    if (job.technician >= 0)
        changes.append({ChangeKind::Assigned, job.assignedAt, 0});
    for (int s = 0; s < job.reached; ++s)
        changes.append({ChangeKind::Step, job.steps.at(s).at, s});
    if (job.atRisk)
        changes.append({ChangeKind::MarkedAtRisk, job.atRiskAt, 0});
    if (job.cancelled)
        changes.append({ChangeKind::Cancelled, job.cancelledAt, 0});
    return changes;
}

// Replays a job's story: the job as the API shows it after change `last`.
class JobStory
{
public:
    explicit JobStory(const DispatchWorld &world)
        : m_world(world)
    {
        for (const SkillSpec &skill : kSkills)
            m_skillNames.append(QLatin1String(skill.name));
    }

    Job after(const SeedJob &s, const QList<Change> &changes, int last, qint64 serviceId) const
    {
        const SeedCustomer &customer = m_world.customers.at(s.customer);
        const SeedAddress &address = customer.addresses.at(s.address);
        Job j;
        j.id = s.id;
        j.locationId = m_world.locations.at(s.location).id;
        j.title = s.title;
        j.customerId = customer.id;
        j.customerName = customer.name;
        j.addressId = address.id;
        j.address = address.text;
        j.latitude = address.latitude;
        j.longitude = address.longitude;
        j.serviceId = serviceId;
        for (const int skill : s.skills)
            j.requiredSkills.append(m_skillNames.at(skill));
        j.priority = s.priority;
        j.durationMin = s.durationMin;
        j.windowStart = timestamp(s.windowStart);
        j.windowEnd = timestamp(s.windowEnd);
        j.notes = s.notes;
        j.createdAt = timestamp(s.createdAt);
        j.updatedAt = j.createdAt;
        for (int c = 1; c <= last; ++c) {
            const Change &change = changes.at(c);
            switch (change.kind) {
            case ChangeKind::Created:
                break;
            case ChangeKind::Assigned: {
                const SeedTechnician &tech = m_world.technicians.at(s.technician);
                j.status = JobStatus::Scheduled;
                j.technicianId = tech.id;
                j.technicianName = tech.name;
                j.plannedStart = timestamp(s.plannedStart);
                j.plannedEnd = timestamp(s.plannedEnd);
                break;
            }
            case ChangeKind::Step:
                j.status = s.steps.at(change.step).status;
                break;
            case ChangeKind::MarkedAtRisk:
                j.atRisk = true;
                j.atRiskReason = s.atRiskReason;
                break;
            case ChangeKind::Cancelled:
                j.status = JobStatus::Cancelled;
                j.notes += (j.notes.isEmpty() ? QString() : QStringLiteral("\n")) +
                           QStringLiteral("Cancelled: ") + s.cancelReason;
                break;
            }
            j.version = c + 1;
            j.updatedAt = timestamp(change.at);
        }
        return j;
    }

private:
    const DispatchWorld &m_world;
    QStringList m_skillNames;
};

QString customerSearchText(const SeedCustomer &c)
{
    QStringList parts{c.name, c.phone, c.email};
    for (const SeedAddress &a : c.addresses)
        parts << a.text;
    return foldForSearch(parts.join(QLatin1Char('\n')));
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QList<SeedLocation> loadLocations(Database &db, qint64 tenantId, const QList<qint64> &ids)
{
    static const QHash<QString, QList<int>> zipsByCity{
        {QStringLiteral("Denver"),
         {80202, 80203, 80205, 80206, 80209, 80210, 80211, 80218, 80220, 80224}},
        {QStringLiteral("Aurora"), {80010, 80011, 80012, 80013, 80014, 80015, 80017}},
        {QStringLiteral("Lakewood"), {80214, 80215, 80226, 80227, 80228, 80232}},
    };
    QList<SeedLocation> locations;
    for (const qint64 id : ids) {
        SqlQuery q(db, QStringLiteral("SELECT name, latitude, longitude, time_zone FROM locations "
                                      "WHERE tenant_id = ? AND id = ?"));
        q.bind(tenantId).bind(id).exec();
        if (!q.next() || q.isNull(1) || q.isNull(2))
            throw DatabaseError(DatabaseError::Kind::Other,
                                QStringLiteral("location %1 of tenant %2 is missing or has no "
                                               "coordinates")
                                    .arg(id)
                                    .arg(tenantId));
        SeedLocation l;
        l.id = id;
        l.city = q.text(0).section(QLatin1Char(' '), 0, 0);
        l.latitude = q.number(1);
        l.longitude = q.number(2);
        l.zone = QTimeZone(q.text(3).toUtf8());
        if (!l.zone.isValid())
            l.zone = QTimeZone(QByteArrayLiteral("UTC"));
        l.zips = zipsByCity.value(l.city);
        locations.append(l);
    }
    if (locations.isEmpty())
        throw DatabaseError(DatabaseError::Kind::Other, QStringLiteral("no location to seed"));
    return locations;
}

QList<SeedTechnician>
loadEmployees(Database &db, const QList<qint64> &userIds, const QList<SeedLocation> &locations)
{
    QList<SeedTechnician> list;
    for (const qint64 userId : userIds) {
        SqlQuery q(db, QStringLiteral("SELECT name, email FROM users WHERE id = ?"));
        q.bind(userId).exec();
        if (!q.next())
            continue;
        SeedTechnician t;
        t.userId = userId;
        t.name = q.text(0);
        t.email = q.text(1);
        t.userHasLocation = false;
        SqlQuery where(db, QStringLiteral("SELECT location_id FROM user_locations WHERE user_id = "
                                          "? ORDER BY location_id"));
        where.bind(userId).exec();
        while (where.next() && !t.userHasLocation) {
            for (int l = 0; l < locations.size(); ++l) {
                if (locations.at(l).id == where.integer(0)) {
                    t.location = l;
                    t.userHasLocation = true;
                    break;
                }
            }
        }
        list.append(t);
    }
    return list;
}

// Writes the generated world, parents before children, ids flowing down.
class WorldWriter
{
public:
    WorldWriter(Database &db, DispatchWorld &world)
        : m_db(db)
        , m_world(world)
        , m_tx(db, world.plan.rowsPerCommit)
        , m_since(timestamp(world.clock.at(0, 0, 0) - 120 * kDay))
    {}

    DispatchSeedResult write();

private:
    void writeCatalogue();
    void writeTechnicians();
    void writeCustomers();
    void writeJobs();
    void writeHistory();

    Database &m_db;
    DispatchWorld &m_world;
    BatchedTransaction m_tx;
    QString m_since; // when the catalogue, staff and customers were entered
    DispatchSeedResult m_result;
};

DispatchSeedResult WorldWriter::write()
{
    writeCatalogue();
    writeTechnicians();
    writeCustomers();
    writeJobs();
    writeHistory();
    m_tx.commit();
    return m_result;
}

void WorldWriter::writeCatalogue()
{
    const qint64 tenant = m_world.plan.tenantId;
    BulkInsert skills(m_db, m_tx, QStringLiteral("skills"),
                      {QStringLiteral("tenant_id"), QStringLiteral("name"),
                       QStringLiteral("description"), QStringLiteral("created_at"),
                       QStringLiteral("updated_at")},
                      true);
    for (const SkillSpec &s : kSkills)
        skills.add({tenant, QLatin1String(s.name), QLatin1String(s.description), m_since, m_since});
    skills.finish();
    m_result.skillIds = skills.ids();

    BulkInsert services(m_db, m_tx, QStringLiteral("services"),
                        {QStringLiteral("tenant_id"), QStringLiteral("name"),
                         QStringLiteral("description"), QStringLiteral("duration_min"),
                         QStringLiteral("price"), QStringLiteral("priority"),
                         QStringLiteral("required_skill_id"), QStringLiteral("active"),
                         QStringLiteral("weather_sensitive"), QStringLiteral("created_at"),
                         QStringLiteral("updated_at")},
                        true);
    for (const ServiceSpec &s : kServices)
        services.add({tenant, QLatin1String(s.name), QLatin1String(s.description), s.durationMin,
                      s.price, s.priority, m_result.skillIds.at(s.skill), 1,
                      s.weatherSensitive ? 1 : 0, m_since, m_since});
    services.finish();
    m_result.serviceIds = services.ids();
}

void WorldWriter::writeTechnicians()
{
    const DispatchSeedPlan &plan = m_world.plan;
    QList<SeedTechnician> &techs = m_world.technicians;
    BulkInsert users(m_db, m_tx, QStringLiteral("users"),
                     {QStringLiteral("tenant_id"), QStringLiteral("email"), QStringLiteral("name"),
                      QStringLiteral("role"), QStringLiteral("phone"), QStringLiteral("active"),
                      QStringLiteral("password_hash"), QStringLiteral("created_at"),
                      QStringLiteral("updated_at")},
                     true);
    QList<int> created;
    for (int i = 0; i < techs.size(); ++i) {
        const SeedTechnician &t = techs.at(i);
        if (t.userId != 0)
            continue;
        users.add({plan.tenantId, t.email, t.name, QStringLiteral("employee"), t.phone,
                   t.active ? 1 : 0, plan.technicianPasswordHash, m_since, m_since});
        created.append(i);
    }
    users.finish();
    for (int n = 0; n < created.size(); ++n) {
        techs[created.at(n)].userId = users.ids().at(n);
        techs[created.at(n)].userHasLocation = false;
    }

    BulkInsert userLocations(m_db, m_tx, QStringLiteral("user_locations"),
                             {QStringLiteral("user_id"), QStringLiteral("location_id")});
    BulkInsert profiles(m_db, m_tx, QStringLiteral("technicians"),
                        {QStringLiteral("tenant_id"), QStringLiteral("user_id"),
                         QStringLiteral("location_id"), QStringLiteral("home_latitude"),
                         QStringLiteral("home_longitude"), QStringLiteral("shift_start"),
                         QStringLiteral("shift_end"), QStringLiteral("break_earliest"),
                         QStringLiteral("break_latest"), QStringLiteral("break_minutes"),
                         QStringLiteral("work_days"), QStringLiteral("max_jobs"),
                         QStringLiteral("vehicle_id"), QStringLiteral("active"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")},
                        true);
    for (const SeedTechnician &t : std::as_const(techs)) {
        const qint64 location = m_world.locations.at(t.location).id;
        if (!t.userHasLocation)
            userLocations.add({t.userId, location});
        QStringList days;
        for (const int d : t.workDays)
            days << QString::number(d);
        profiles.add({plan.tenantId, t.userId, location, t.homeLatitude, t.homeLongitude,
                      clockText(t.shiftStartMin), clockText(t.shiftEndMin),
                      clockText(t.breakEarliestMin), clockText(t.breakLatestMin), t.breakMinutes,
                      days.join(QLatin1Char(',')), nullableInt(t.maxJobs),
                      QVariant(QMetaType::fromType<qint64>()), t.active ? 1 : 0, m_since, m_since});
    }
    userLocations.finish();
    profiles.finish();
    for (int i = 0; i < techs.size(); ++i)
        techs[i].id = profiles.ids().at(i);
    m_result.technicianIds = profiles.ids();

    BulkInsert skills(m_db, m_tx, QStringLiteral("technician_skills"),
                      {QStringLiteral("technician_id"), QStringLiteral("skill_id")});
    BulkInsert availability(m_db, m_tx, QStringLiteral("technician_availability"),
                            {QStringLiteral("tenant_id"), QStringLiteral("technician_id"),
                             QStringLiteral("kind"), QStringLiteral("starts_at"),
                             QStringLiteral("ends_at"), QStringLiteral("reason"),
                             QStringLiteral("created_at")});
    for (const SeedTechnician &t : std::as_const(techs)) {
        for (const int skill : t.skills)
            skills.add({t.id, m_result.skillIds.at(skill)});
        for (const SeedAvailability &a : t.availability)
            availability.add({plan.tenantId, t.id, a.kind, timestamp(a.startsAt),
                              timestamp(a.endsAt), a.reason, timestamp(a.startsAt - 14 * kDay)});
    }
    skills.finish();
    availability.finish();
}

void WorldWriter::writeCustomers()
{
    const qint64 tenant = m_world.plan.tenantId;
    QList<SeedCustomer> &customers = m_world.customers;
    BulkInsert rows(m_db, m_tx, QStringLiteral("customers"),
                    {QStringLiteral("tenant_id"), QStringLiteral("name"), QStringLiteral("phone"),
                     QStringLiteral("email"), QStringLiteral("notes"),
                     QStringLiteral("search_text"), QStringLiteral("created_at"),
                     QStringLiteral("updated_at")},
                    true);
    for (const SeedCustomer &c : std::as_const(customers))
        rows.add(
            {tenant, c.name, c.phone, c.email, c.notes, customerSearchText(c), m_since, m_since});
    rows.finish();
    BulkInsert addresses(m_db, m_tx, QStringLiteral("customer_addresses"),
                         {QStringLiteral("tenant_id"), QStringLiteral("customer_id"),
                          QStringLiteral("label"), QStringLiteral("address"),
                          QStringLiteral("latitude"), QStringLiteral("longitude")},
                         true);
    for (int i = 0; i < customers.size(); ++i) {
        customers[i].id = rows.ids().at(i);
        for (const SeedAddress &a : std::as_const(customers.at(i).addresses))
            addresses.add({tenant, customers.at(i).id, a.label, a.text, a.latitude, a.longitude});
    }
    addresses.finish();
    int n = 0;
    for (SeedCustomer &c : customers)
        for (SeedAddress &a : c.addresses)
            a.id = addresses.ids().at(n++);
    m_result.customerIds = rows.ids();
}

void WorldWriter::writeJobs()
{
    const qint64 tenant = m_world.plan.tenantId;
    const JobStory story(m_world);
    QList<Job> jobs;
    jobs.reserve(m_world.jobs.size());
    for (const SeedJob &s : std::as_const(m_world.jobs)) {
        const QList<Change> changes = changesOf(s);
        const Job j =
            story.after(s, changes, int(changes.size()) - 1, m_result.serviceIds.at(s.service));
        jobs.append(j);
        ++m_result.jobsByStatus[jobStatusName(j.status)];
        m_result.assignedJobs += j.technicianId ? 1 : 0;
        m_result.atRiskJobs += j.atRisk ? 1 : 0;
    }
    // The repository derives the search text and the calendar span as for any other job.
    const QList<qint64> ids = JobRepository(m_db).insertMany(tenant, jobs, m_tx);
    m_result.jobs = ids.size();

    BulkInsert skills(m_db, m_tx, QStringLiteral("job_skills"),
                      {QStringLiteral("job_id"), QStringLiteral("skill_id")});
    for (int i = 0; i < m_world.jobs.size(); ++i) {
        SeedJob &s = m_world.jobs[i];
        s.id = ids.at(i);
        for (const int skill : std::as_const(s.skills))
            skills.add({s.id, m_result.skillIds.at(skill)});
    }
    skills.finish();
}

void WorldWriter::writeHistory()
{
    const DispatchSeedPlan &plan = m_world.plan;
    const JobStory story(m_world);
    // History rows in the order they happened, as the server would have appended them.
    struct Entry
    {
        qint64 at;
        int job;
        int change;
    };
    QList<Entry> entries;
    for (int i = 0; i < m_world.jobs.size(); ++i) {
        const QList<Change> changes = changesOf(m_world.jobs.at(i));
        for (int c = 0; c < changes.size(); ++c)
            entries.append({changes.at(c).at, i, c});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.at < b.at; });

    BulkInsert rows(
        m_db, m_tx, QStringLiteral("dispatch_history"),
        {QStringLiteral("tenant_id"), QStringLiteral("job_id"), QStringLiteral("location_id"),
         QStringLiteral("action"), QStringLiteral("actor_user_id"), QStringLiteral("actor_name"),
         QStringLiteral("client_id"), QStringLiteral("before_json"), QStringLiteral("after_json"),
         QStringLiteral("occurred_at"), QStringLiteral("request_id")});
    const QString dispatchConsole = QStringLiteral("seed-console");
    for (const Entry &e : std::as_const(entries)) {
        const SeedJob &s = m_world.jobs.at(e.job);
        const QList<Change> changes = changesOf(s);
        const Change &change = changes.at(e.change);
        const qint64 serviceId = m_result.serviceIds.at(s.service);
        const Job after = story.after(s, changes, e.change, serviceId);
        const QVariant before =
            e.change == 0 ? nullText()
                          : QVariant(QString::fromUtf8(
                                toJsonText(story.after(s, changes, e.change - 1, serviceId))));
        QString action;
        switch (change.kind) {
        case ChangeKind::Created:
            action = QStringLiteral("created");
            break;
        case ChangeKind::Assigned:
            action = QStringLiteral("assigned");
            break;
        case ChangeKind::MarkedAtRisk:
            action = QStringLiteral("updated");
            break;
        case ChangeKind::Step:
        case ChangeKind::Cancelled:
            action = QStringLiteral("status_changed");
            break;
        }
        // Technicians report en route, on site and completed from the field.
        const bool byTechnician = change.kind == ChangeKind::Step &&
                                  s.steps.at(change.step).status != JobStatus::Dispatched;
        QVariant actorId = nullableId(plan.dispatcherUserId);
        QString actorName = plan.dispatcherName;
        QString client = dispatchConsole;
        if (byTechnician) {
            const SeedTechnician &tech = m_world.technicians.at(s.technician);
            actorId = tech.userId;
            actorName = tech.name;
            client.clear();
        }
        rows.add({plan.tenantId, s.id, m_world.locations.at(s.location).id, action, actorId,
                  actorName, client, before, QString::fromUtf8(toJsonText(after)),
                  timestamp(change.at), QString()});
    }
    rows.finish();
    m_result.historyRows = rows.rowsWritten();
}

} // namespace

DispatchSeedResult DispatchSeeder::seed(const DispatchSeedPlan &plan)
{
    const QList<SeedLocation> locations = loadLocations(m_db, plan.tenantId, plan.locationIds);
    DispatchWorld world(plan, locations, loadEmployees(m_db, plan.employeeUserIds, locations));
    world.generate();
    return WorldWriter(m_db, world).write();
}

QStringList DispatchSeeder::searchTerms()
{
    QStringList terms;
    for (const char *name : kLastNames)
        terms << QLatin1String(name);
    for (const StreetSpec &street : kStreets)
        terms << QString(QLatin1String(street.name)).section(QLatin1Char(' '), 0, 0);
    for (const char *place : kNeighbourhoods)
        terms << QLatin1String(place);
    return terms;
}

} // namespace fielddesk::server
