#include "fielddesk/fleet/fleetrecords.h"

#include "fielddesk/domain/timestamps.h"

#include <QJsonArray>
#include <QJsonValue>

namespace fielddesk::fleet {

namespace {

template<typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(qint64(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject vehicleBody(const Vehicle &vehicle)
{
    QJsonObject body{{QStringLiteral("name"), vehicle.name},
                     {QStringLiteral("plate"), vehicle.plate},
                     {QStringLiteral("make"), vehicle.make},
                     {QStringLiteral("model"), vehicle.model},
                     {QStringLiteral("year"), orNull(vehicle.year)},
                     {QStringLiteral("fuel"), vehicle.fuel},
                     {QStringLiteral("status"), vehicle.status},
                     {QStringLiteral("notes"), vehicle.notes},
                     {QStringLiteral("location_id"), vehicle.locationId}};
    if (!vehicle.vin.isEmpty())
        body.insert(QStringLiteral("vin"), vehicle.vin);
    return body;
}

QJsonObject planBody(const MaintenancePlan &plan)
{
    return {{QStringLiteral("name"), plan.name},
            {QStringLiteral("every_km"), orNull(plan.everyKm)},
            {QStringLiteral("every_days"), orNull(plan.everyDays)},
            {QStringLiteral("last_done_km"), orNull(plan.lastDoneKm)},
            {QStringLiteral("last_done_on"), orNull(plan.lastDoneOn)}};
}

QJsonObject serviceRecordBody(const ServiceRecord &record)
{
    QJsonArray media;
    for (qint64 mediaId : record.mediaIds)
        media.append(mediaId);
    QJsonObject body{{QStringLiteral("done_on"), record.doneOn.toString(Qt::ISODate)},
                     {QStringLiteral("odometer_km"), record.odometerKm},
                     {QStringLiteral("description"), record.description},
                     {QStringLiteral("cost_minor"), record.costMinor},
                     {QStringLiteral("media_ids"), media}};
    if (!record.currency.isEmpty())
        body.insert(QStringLiteral("currency"), record.currency);
    if (!record.vendor.isEmpty())
        body.insert(QStringLiteral("vendor"), record.vendor);
    if (record.planId)
        body.insert(QStringLiteral("plan_id"), *record.planId);
    return body;
}

QDateTime readingTime(const OdometerReading &reading)
{
    return parseTimestamp(reading.readAt).value_or(QDateTime());
}

} // namespace fielddesk::fleet
