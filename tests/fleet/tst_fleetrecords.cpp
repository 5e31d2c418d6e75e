// The fleet's records as read from the API's JSON (docs/fleet-api.md): a vehicle with and
// without its next maintenance, a flagged reading, a plan never done, a service record, a due
// row and a default driver; and the bodies the console sends.

#include "fielddesk/fleet/fleetrecords.h"
#include "fielddesk/fleet/vehicletablemodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

namespace tst_fleetrecords {

using namespace fielddesk;
using namespace fielddesk::fleet;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestFleetRecords : public QObject
{
    Q_OBJECT

private slots:
    void aVehicleWithItsNextMaintenance()
    {
        const Vehicle v = Vehicle::fromJson(json(R"({"id": 7, "name": "Van 12", "plate": "CO 123",
            "vin": null, "make": "Ford", "model": "Transit", "year": 2021, "fuel": "diesel",
            "location_id": 2, "status": "in_service", "notes": "", "odometer_km": 84120,
            "odometer_read_at": "2026-12-01T08:00:00.000Z", "version": 3,
            "next_maintenance": {"plan_id": 5, "name": "Oil change", "due_on": "2026-11-30",
                                 "due_km": 85000, "estimated_due_on": null, "overdue": true}})"));
        QCOMPARE(v.id, 7);
        QCOMPARE(v.plate, QStringLiteral("CO 123"));
        QVERIFY(v.vin.isEmpty());
        QCOMPARE(v.year, std::optional<int>(2021));
        QCOMPARE(v.status, QStringLiteral("in_service"));
        QCOMPARE(v.odometerKm, std::optional<qint64>(84120));
        QCOMPARE(v.version, 3);
        QVERIFY(v.nextMaintenance);
        QCOMPARE(v.nextMaintenance->planId, 5);
        QCOMPARE(v.nextMaintenance->due.dueOn, QDate(2026, 11, 30));
        QCOMPARE(v.nextMaintenance->due.dueKm, std::optional<qint64>(85000));
        QVERIFY(!v.nextMaintenance->due.estimatedDueOn.isValid());
        QVERIFY(v.nextMaintenance->due.overdue);
        QVERIFY(VehicleTableModel::nextMaintenanceText(*v.nextMaintenance)
                    .contains(QLatin1String("OVERDUE")));

        const Vehicle bare =
            Vehicle::fromJson(json(R"({"id": 8, "odometer_km": null, "next_maintenance": null})"));
        QVERIFY(!bare.odometerKm);
        QVERIFY(!bare.nextMaintenance);

        // What is sent: the editable fields, no VIN when there is none.
        const QJsonObject body = vehicleBody(v);
        QCOMPARE(body.value(QLatin1String("location_id")).toInteger(), 2);
        QCOMPARE(body.value(QLatin1String("fuel")).toString(), QStringLiteral("diesel"));
        QVERIFY(!body.contains(QLatin1String("vin")));
        QVERIFY(!body.contains(QLatin1String("odometer_km")));
    }

    void aFlaggedReading()
    {
        const OdometerReading r = OdometerReading::fromJson(json(R"({"id": 3, "vehicle_id": 7,
            "reading_km": 90000, "read_at": "2026-12-02T09:30:00.000Z", "source": "manual",
            "flagged": true, "flag_reason": "5,880 km in 1 day"})"));
        QCOMPARE(r.readingKm, 90000);
        QCOMPARE(readingTime(r), QDateTime(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC));
        QVERIFY(r.flagged);
        QCOMPARE(r.flagReason, QStringLiteral("5,880 km in 1 day"));
    }

    void aPlanNeverDone()
    {
        const MaintenancePlan p = MaintenancePlan::fromJson(json(R"({"id": 5, "vehicle_id": 7,
            "name": "Tyres", "every_km": 40000, "every_days": null, "last_done_km": null,
            "last_done_on": null, "due_km": 40000, "due_on": null,
            "estimated_due_on": "2027-03-01", "km_left": -44120, "days_left": null,
            "overdue": true, "version": 1})"));
        QCOMPARE(p.everyKm, std::optional<qint64>(40000));
        QVERIFY(!p.everyDays);
        QVERIFY(!p.lastDoneKm);
        QVERIFY(!p.lastDoneOn.isValid());
        QCOMPARE(p.due.kmLeft, std::optional<qint64>(-44120));
        QCOMPARE(p.due.estimatedDueOn, QDate(2027, 3, 1));
        QVERIFY(p.due.overdue);
        // Sent with nulls for what it does not have.
        const QJsonObject body = planBody(p);
        QVERIFY(body.value(QLatin1String("every_days")).isNull());
        QVERIFY(body.value(QLatin1String("last_done_on")).isNull());
        QCOMPARE(body.value(QLatin1String("every_km")).toInteger(), 40000);
    }

    void aServiceRecordWithReceipts()
    {
        const ServiceRecord s = ServiceRecord::fromJson(json(R"({"id": 9, "vehicle_id": 7,
            "done_on": "2026-11-20", "odometer_km": 83000, "description": "Oil and filter",
            "cost_minor": 12950, "currency": "USD", "vendor": "Jiffy", "plan_id": 5,
            "media_ids": [11, 12]})"));
        QCOMPARE(s.doneOn, QDate(2026, 11, 20));
        QCOMPARE(s.costMinor, 12950);
        QCOMPARE(s.planId, std::optional<qint64>(5));
        QCOMPARE(s.mediaIds, (QList<qint64>{11, 12}));
        const QJsonObject body = serviceRecordBody(s);
        QCOMPARE(body.value(QLatin1String("media_ids")).toArray().size(), 2);
        QCOMPARE(body.value(QLatin1String("done_on")).toString(), QStringLiteral("2026-11-20"));
    }

    void aDueRowAndADefaultDriver()
    {
        const MaintenanceDueItem d =
            MaintenanceDueItem::fromJson(json(R"({"vehicle_id": 7, "vehicle_name": "Van 12",
            "plate": "CO 123", "location_id": 2, "plan_id": 5, "plan_name": "Oil change",
            "due_on": "2026-11-30", "due_km": null, "odometer_km": 84120,
            "estimated_due_on": null, "days_left": -3, "km_left": null, "overdue": true})"));
        QCOMPARE(d.due.daysLeft, std::optional<qint64>(-3));
        QVERIFY(!d.due.kmLeft);
        QVERIFY(d.due.overdue);
        const VehicleAssignment a = VehicleAssignment::fromJson(json(R"({"id": null,
            "vehicle_id": 7, "technician_id": 4, "date": "2026-12-03", "source": "default",
            "vehicle_name": "Van 12", "plate": "CO 123", "technician_name": "Maria Lopez",
            "vehicle_status": "active", "service_overdue": true})"));
        QCOMPARE(a.id, 0);
        QVERIFY(a.isDefault());
        QCOMPARE(a.date, QDate(2026, 12, 3));
        QCOMPARE(a.technicianName, QStringLiteral("Maria Lopez"));
        QVERIFY(a.serviceOverdue);
    }

    // What is left of a plan: days and distance; past the distance, only a date also passed
    // is said beside it (the days to an estimated date are 0 then).
    void whatIsLeftOfAPlan()
    {
        const QString both = VehicleTableModel::leftText(5, 289);
        QVERIFY2(both.startsWith(QStringLiteral("5 day")) &&
                     both.endsWith(QStringLiteral(" 289 km")),
                 qPrintable(both));
        QVERIFY(VehicleTableModel::leftText(12, std::nullopt).startsWith(QStringLiteral("12 day")));
        QCOMPARE(VehicleTableModel::leftText(0, -1828),
                 QStringLiteral("%1 km over").arg(QLocale().toString(1828)));
        const QString late = VehicleTableModel::leftText(-30, -50);
        QVERIFY2(late.startsWith(QStringLiteral("30 day")) &&
                     late.contains(QStringLiteral("late")) &&
                     late.endsWith(QStringLiteral(" 50 km over")),
                 qPrintable(late));
    }

    void theGridModel()
    {
        VehicleTableModel model;
        QAbstractItemModelTester tester(&model);
        Vehicle v;
        v.id = 1;
        v.name = QStringLiteral("Van 1");
        model.setVehicles({v});
        v.name = QStringLiteral("Van 1b");
        model.upsert(v);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, VehicleTableModel::NameColumn).data().toString(),
                 QStringLiteral("Van 1b"));
        v.id = 2;
        model.upsert(v);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(2), 1);
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestFleetRecords)
} // namespace tst_fleetrecords
#include "tst_fleetrecords.moc"
