// Which vehicle each technician drives on the board's first shown day, as the server's
// `GET /vehicle-assignments?date=` answers it (fielddesk/domain/fleet.h: an assignment, or the
// technician's default vehicle), and the warning the board shows beside a technician: no vehicle
// that day, or a vehicle that is overdue for service or not in service. Part of fielddesk_board.
#pragma once

#include "fielddesk/domain/fleet.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>

namespace fielddesk::board {

class VehicleRoster : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Forgets the day's vehicles: nothing is known (and nothing is warned about) until the
    // next setVehicles.
    void clear();
    void setVehicles(QDate day, const QList<VehicleAssignment> &vehicles);

    // Whether the day's vehicles are loaded; a server without a fleet leaves it false.
    bool isKnown() const { return m_known; }
    QDate day() const { return m_day; }
    const VehicleAssignment *vehicleOf(qint64 technicianId) const;

    // "Van 3 (FD-103)"; empty when the technician drives nothing that day.
    QString vehicleText(qint64 technicianId) const;
    // Why the board warns about the technician's vehicle that day; empty when it does not.
    QString warningFor(qint64 technicianId) const;

signals:
    void changed();

private:
    bool m_known = false;
    QDate m_day;
    QHash<qint64, VehicleAssignment> m_byTechnician;
};

} // namespace fielddesk::board
