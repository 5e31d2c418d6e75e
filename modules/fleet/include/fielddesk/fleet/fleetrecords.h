// The fleet's records as the console reads them are the domain's (fielddesk/domain/fleet.h:
// one description for the server's answers and the console's reading). What the console adds
// is the bodies it sends: the editable fields of a new or changed record. Part of
// fielddesk_fleet: QtCore only.
#pragma once

#include "fielddesk/domain/fleet.h"

#include <QDateTime>
#include <QJsonObject>

namespace fielddesk::fleet {

// The API body of a new or changed vehicle (its editable fields).
QJsonObject vehicleBody(const Vehicle &vehicle);
// The API body of a new or changed plan (absent values as null).
QJsonObject planBody(const MaintenancePlan &plan);
// The API body of a new service record.
QJsonObject serviceRecordBody(const ServiceRecord &record);

// When a reading was taken, as a point in time (invalid when the server sent none).
QDateTime readingTime(const OdometerReading &reading);

} // namespace fielddesk::fleet
