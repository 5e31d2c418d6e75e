#include "app/demofleet.h"

#include "app/receiptimage.h"
#include "fielddesk/domain/localclock.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/fleetrecords.h"
#include "repositories/mediarepository.h"
#include "repositories/vehiclerepository.h"
#include "services/vehicleservice.h"
#include "storage/bulkinsert.h"
#include "storage/sqlvalues.h"

#include <QCryptographicHash>
#include <QHash>

#include <cmath>
#include <random>

namespace fielddesk::server {

namespace {

constexpr int kFleetRowsPerCommit = 2000;
constexpr int kWeeksOfReadings = 52;
constexpr quint32 kFleetSeed = 16;

struct DemoModel
{
    const char *make;
    const char *model;
    const char *fuel;
};

const DemoModel kModels[] = {
    {"Ford", "Transit", "diesel"},     {"Mercedes-Benz", "Sprinter", "diesel"},
    {"Ram", "ProMaster", "petrol"},    {"Chevrolet", "Express", "petrol"},
    {"Ford", "E-Transit", "electric"}, {"Nissan", "NV200", "petrol"},
    {"Toyota", "Tacoma", "hybrid"},    {"Ford", "F-150", "petrol"},
};

const char *const kVendors[] = {"Mile High Fleet Service", "Colfax Tire & Auto",
                                "Aurora Diesel Works", "QuickLube Lakewood"};

// A plan as seeded: how often, and how long ago it was last done.
struct DemoPlan
{
    const char *name;
    std::optional<qint64> everyKm;
    std::optional<int> everyDays;
    int doneDaysAgo = 0;
    qint64 costMinor = 0;
};

// One vehicle's year: its weekly readings (oldest first) and how far it drives a day.
struct DemoVehicle
{
    qint64 id = 0;
    qint64 locationId = 0;
    QString status;
    QList<std::pair<QDateTime, qint64>> readings;
    double kmPerDay = 0;

    // The odometer at `at`, between the readings around it.
    qint64 odometerAt(const QDateTime &at) const
    {
        if (at <= readings.first().first)
            return readings.first().second;
        for (qsizetype i = 1; i < readings.size(); ++i) {
            if (at <= readings.at(i).first) {
                const auto &[t0, km0] = readings.at(i - 1);
                const auto &[t1, km1] = readings.at(i);
                const double share = double(t0.secsTo(at)) / double(t0.secsTo(t1));
                return km0 + qint64(std::floor(share * double(km1 - km0)));
            }
        }
        return readings.last().second;
    }
};

} // namespace

void DemoFleet::seed(qint64 tenantId, const QString &timeZone, qint64 uploader)
{
    std::mt19937 random(kFleetSeed);
    const auto between = [&random](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    const LocalClock clock(timeZone);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = clock.local(now).date();
    const QString seededAt = nowTimestamp();

    QList<qint64> locations;
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT id FROM locations WHERE tenant_id = ? ORDER BY id"));
        q.bind(tenantId).exec();
        while (q.next())
            locations << q.integer(0);
    }
    if (locations.isEmpty())
        return;
    // Technicians by location, in id order.
    QHash<qint64, QList<qint64>> techniciansAt;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT id, location_id FROM technicians WHERE tenant_id = "
                                        "? AND active = 1 ORDER BY id"));
        q.bind(tenantId).exec();
        while (q.next())
            techniciansAt[q.integer(1)] << q.integer(0);
    }

    BatchedTransaction tx(m_db, kFleetRowsPerCommit);
    QList<DemoVehicle> fleet;
    {
        BulkInsert vehicles(
            m_db, tx, QStringLiteral("vehicles"),
            {QStringLiteral("tenant_id"), QStringLiteral("location_id"), QStringLiteral("name"),
             QStringLiteral("plate"), QStringLiteral("plate_key"), QStringLiteral("vin"),
             QStringLiteral("make"), QStringLiteral("model"), QStringLiteral("year"),
             QStringLiteral("fuel"), QStringLiteral("status"), QStringLiteral("notes"),
             QStringLiteral("search_text"), QStringLiteral("version"), QStringLiteral("created_at"),
             QStringLiteral("updated_at")},
            true);
        for (int i = 0; i < kVehicles; ++i) {
            const DemoModel &model = kModels[i % std::size(kModels)];
            Vehicle v;
            v.name = (QLatin1String(model.model).contains(QLatin1String("F-150")) ||
                      QLatin1String(model.model) == QLatin1String("Tacoma"))
                         ? QStringLiteral("Truck %1").arg(i + 1, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("Van %1").arg(i + 1, 2, 10, QLatin1Char('0'));
            v.plate = QStringLiteral("CO %1-%2").arg(QChar(u'A' + i % 26)).arg(4100 + i * 37);
            v.vin = QStringLiteral("1FD%1").arg(qint64(7340000000000LL) + i * 7919, 14, 10,
                                                QLatin1Char('0'));
            v.make = QLatin1String(model.make);
            v.model = QLatin1String(model.model);
            v.year = 2015 + i % 11;
            v.fuel = QLatin1String(model.fuel);
            v.locationId = locations.at(i % locations.size());
            // Two in the workshop, one retired; the rest on the road.
            v.status = i == 7 || i == 19 ? QStringLiteral("in_service")
                       : i == 29         ? QStringLiteral("retired")
                                         : QStringLiteral("active");
            v.notes =
                i == 29 ? QStringLiteral("Sold at auction; kept for its history.") : QString();
            vehicles.add({tenantId, v.locationId, v.name, v.plate, plateKey(v.plate), v.vin, v.make,
                          v.model, *v.year, v.fuel, v.status, v.notes, vehicleSearchText(v), 1,
                          seededAt, seededAt});
            DemoVehicle d;
            d.locationId = v.locationId;
            d.status = v.status;
            d.kmPerDay = between(60, 170);
            fleet << d;
        }
        vehicles.finish();
        for (qsizetype i = 0; i < fleet.size(); ++i)
            fleet[i].id = vehicles.ids().at(i);
    }

    // A year of weekly readings at the end of the day; the retired one stopped two months ago.
    BulkInsert readings(m_db, tx, QStringLiteral("odometer_readings"),
                        {QStringLiteral("tenant_id"), QStringLiteral("vehicle_id"),
                         QStringLiteral("reading_km"), QStringLiteral("read_at"),
                         QStringLiteral("source"), QStringLiteral("flagged"),
                         QStringLiteral("flag_reason"), QStringLiteral("recorded_by"),
                         QStringLiteral("created_at")});
    for (DemoVehicle &v : fleet) {
        qint64 km = between(8000, 120000);
        const int lastWeek =
            v.status == QLatin1String("retired") ? kWeeksOfReadings - 9 : kWeeksOfReadings;
        for (int week = 0; week <= lastWeek; ++week) {
            const QDate day = today.addDays(-7LL * (kWeeksOfReadings - week) - 1);
            const QDateTime at = clock.instantAt(day, QTime(18, 0));
            if (week > 0)
                km += qint64(v.kmPerDay * 7 * (0.8 + 0.4 * between(0, 100) / 100.0));
            v.readings.append({at, km});
        }
    }

    // Plans: an oil change by distance and time, a yearly inspection, tyres by distance on
    // some; when each was last done decides whether it is overdue or due soon.
    QList<std::pair<qint64, DemoPlan>> plans; // vehicle index, plan
    for (qsizetype i = 0; i < fleet.size(); ++i) {
        const DemoVehicle &v = fleet.at(i);
        const double kmPerDay = v.kmPerDay;
        // Days for 15,000 km at this vehicle's pace: overdue, due within a week, or fine.
        const int oilDays = int(15000 / kmPerDay);
        const int oilAgo = i % 5 == 0   ? oilDays + 12
                           : i % 5 == 1 ? oilDays - 4
                                        : between(20, oilDays / 2);
        plans.append({i, DemoPlan{"Oil change", 15000, 365, std::min(oilAgo, 350), 18900}});
        const int inspectionAgo = i % 7 == 3 ? 360 : i % 7 == 5 ? 340 : between(40, 300);
        plans.append({i, DemoPlan{"Annual inspection", std::nullopt, 365, inspectionAgo, 12500}});
        if (i % 3 == 0)
            plans.append(
                {i, DemoPlan{"Tyre rotation", 40000, std::nullopt, between(60, 300), 9900}});
    }

    // The service records that last did each plan, with their reading at noon; every other
    // record has a receipt.
    QList<qint64> receipts;
    {
        BulkInsert media(m_db, tx, QStringLiteral("media"),
                         {QStringLiteral("tenant_id"), QStringLiteral("sha256"),
                          QStringLiteral("content_type"), QStringLiteral("size"),
                          QStringLiteral("content"), QStringLiteral("created_at")},
                         true);
        for (qsizetype p = 0; p < plans.size(); p += 2) {
            const QByteArray png = receiptPng(quint32(kFleetSeed * 1000 + p));
            media.add({tenantId,
                       QString::fromLatin1(
                           QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()),
                       QStringLiteral("image/png"), qint64(png.size()), png, seededAt});
        }
        media.finish();
        receipts = media.ids();
        BulkInsert uploads(
            m_db, tx, QStringLiteral("media_uploads"),
            {QStringLiteral("media_id"), QStringLiteral("user_id"), QStringLiteral("uploaded_at")});
        for (const qint64 id : std::as_const(receipts))
            uploads.add({id, uploader, seededAt});
        uploads.finish();
    }
    struct SeededRecord
    {
        qint64 vehicleId;
        QString doneOn;
        qint64 km;
        const DemoPlan *plan;
        std::optional<qint64> receipt;
    };
    QList<SeededRecord> records;
    for (qsizetype p = 0; p < plans.size(); ++p) {
        DemoVehicle &v = fleet[plans.at(p).first];
        const QDate doneOn = today.addDays(-plans.at(p).second.doneDaysAgo);
        const QDateTime noon = clock.instantAt(doneOn, QTime(12, 0));
        const qint64 km = v.odometerAt(noon);
        v.readings.append({noon, km});
        records.append({v.id, doneOn.toString(Qt::ISODate), km, &plans.at(p).second,
                        p % 2 == 0 ? std::optional<qint64>(receipts.at(p / 2)) : std::nullopt});
    }
    for (DemoVehicle &v : fleet) {
        std::stable_sort(v.readings.begin(), v.readings.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[at, km] : std::as_const(v.readings))
            readings.add({tenantId, v.id, km, toTimestamp(at), QStringLiteral("manual"), 0,
                          QString(), nullableId(std::nullopt), toTimestamp(at)});
    }
    readings.finish();

    BulkInsert planRows(m_db, tx, QStringLiteral("maintenance_plans"),
                        {QStringLiteral("tenant_id"), QStringLiteral("vehicle_id"),
                         QStringLiteral("name"), QStringLiteral("every_km"),
                         QStringLiteral("every_days"), QStringLiteral("last_done_km"),
                         QStringLiteral("last_done_on"), QStringLiteral("version"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")},
                        true);
    for (const SeededRecord &r : std::as_const(records))
        planRows.add({tenantId, r.vehicleId, QLatin1String(r.plan->name),
                      nullableId(r.plan->everyKm), nullableInt(r.plan->everyDays), r.km, r.doneOn,
                      1, seededAt, seededAt});
    planRows.finish();

    BulkInsert recordRows(
        m_db, tx, QStringLiteral("service_records"),
        {QStringLiteral("tenant_id"), QStringLiteral("vehicle_id"), QStringLiteral("plan_id"),
         QStringLiteral("done_on"), QStringLiteral("odometer_km"), QStringLiteral("description"),
         QStringLiteral("cost_minor"), QStringLiteral("currency"), QStringLiteral("vendor"),
         QStringLiteral("media_ids"), QStringLiteral("created_by"), QStringLiteral("created_at")},
        true);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const SeededRecord &r = records.at(i);
        recordRows.add({tenantId, r.vehicleId, planRows.ids().at(i), r.doneOn, r.km,
                        QLatin1String(r.plan->name) + QStringLiteral(" done"),
                        r.plan->costMinor + between(0, 40) * 100, QStringLiteral("USD"),
                        QLatin1String(kVendors[i % std::size(kVendors)]),
                        mediaIdsJson(r.receipt ? QList<qint64>{*r.receipt} : QList<qint64>()),
                        uploader, seededAt});
    }
    recordRows.finish();
    BulkInsert links(m_db, tx, QStringLiteral("service_record_media"),
                     {QStringLiteral("service_record_id"), QStringLiteral("media_id")});
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).receipt)
            links.add({recordRows.ids().at(i), *records.at(i).receipt});
    }
    links.finish();

    // Each location's technicians get its active vehicles as their default ones, in order;
    // every day of the four weeks around today they drive them, and every fourth day the
    // vans go round one place.
    BulkInsert assignments(m_db, tx, QStringLiteral("vehicle_assignments"),
                           {QStringLiteral("tenant_id"), QStringLiteral("vehicle_id"),
                            QStringLiteral("technician_id"), QStringLiteral("assigned_on"),
                            QStringLiteral("created_by"), QStringLiteral("created_at")});
    QList<std::pair<qint64, qint64>> defaults; // technician, vehicle
    for (const qint64 location : std::as_const(locations)) {
        QList<qint64> vans;
        for (const DemoVehicle &v : std::as_const(fleet)) {
            if (v.locationId == location && v.status == QLatin1String("active"))
                vans << v.id;
        }
        const QList<qint64> technicians = techniciansAt.value(location);
        const qsizetype pairs = std::min(vans.size(), technicians.size());
        if (pairs == 0)
            continue;
        for (qsizetype k = 0; k < pairs; ++k)
            defaults.append({technicians.at(k), vans.at(k)});
        for (int day = -kAssignedDays; day <= kAssignedDays; ++day) {
            const qsizetype shift = (day % 4 == 0) ? 1 : 0;
            const QString date = today.addDays(day).toString(Qt::ISODate);
            for (qsizetype k = 0; k < pairs; ++k)
                assignments.add({tenantId, vans.at((k + shift) % pairs), technicians.at(k), date,
                                 uploader, seededAt});
        }
    }
    assignments.finish();
    tx.commit();
    Transaction defaultsTx(m_db);
    for (const auto &[technician, vehicle] : std::as_const(defaults)) {
        SqlQuery q(m_db, QStringLiteral("UPDATE technicians SET vehicle_id = ? WHERE id = ?"));
        q.bind(vehicle).bind(technician).exec();
    }
    defaultsTx.commit();

    // The managers hear of what is due now, as the hourly check would tell them.
    Transaction noticeTx(m_db);
    CallContext call;
    call.principal.tenantId = tenantId;
    call.principal.name = QStringLiteral("FieldDesk");
    VehicleRepository vehicles(m_db);
    for (const DemoVehicle &v : std::as_const(fleet)) {
        if (const std::optional<Vehicle> vehicle = vehicles.find(tenantId, v.id))
            VehicleService::noticeDue(m_db, call, *vehicle);
    }
    noticeTx.commit();
}

} // namespace fielddesk::server
