// "Who drives what": the day board of a location. ◀ today ▶ and a date choose the day; the
// vehicles of the location (retired ones left out) with who drives them that day and the
// technicians without one (DayBoardView). A technician dropped on a vehicle is assigned to it
// for the day (POST /vehicle-assignments); a refusal (the vehicle has a driver, the technician
// another vehicle, the vehicle is in service) is said with the server's reason and the board
// stays as it was. Read-only: nothing can be dragged or removed. Part of fielddesk_fleet.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/organisation.h"
#include "fielddesk/fleet/fleetrecords.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QToolButton;
class QScrollArea;

namespace fielddesk::forms {
class MessageLabel;
}

namespace fielddesk::fleet {

class DayBoardView;
class FleetClient;

class DayBoard : public QWidget
{
    Q_OBJECT

public:
    explicit DayBoard(FleetClient *client, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);
    // The company's time zone: "Today" is today there, and the board starts on that day.
    void setTimeZone(const QTimeZone &zone);
    // The vehicles, technicians and locations the board shows (the workspace loads them).
    void setFleet(const QList<Vehicle> &vehicles,
                  const QList<Technician> &technicians,
                  const QList<Location> &locations);
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    std::optional<qint64> locationId() const;
    void setLocation(qint64 locationId);
    // Asks the server who drives what on the day.
    void reload();

    DayBoardView *view() const { return m_view; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QDateEdit *dateEdit() const { return m_dateEdit; }
    QComboBox *locationBox() const { return m_location; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *todayButton() const { return m_today; }
    QToolButton *nextButton() const { return m_next; }
    forms::MessageLabel *messageLabel() const { return m_message; }

signals:
    // The board shows the server's answer for the day (after a change too).
    void boardLoaded();
    // A change was refused; the message says why.
    void changeRefused(const QString &reason);
    void vehicleActivated(qint64 vehicleId);

private:
    void assign(qint64 technicianId, qint64 vehicleId);
    void unassign(qint64 assignmentId);
    void showBoard(const QList<VehicleAssignment> &assignments);

    FleetClient *m_client;
    QList<Vehicle> m_vehicles;
    QList<Technician> m_technicians;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_date = QDate::currentDate();
    quint64 m_generation = 0;
    QToolButton *m_previous;
    QToolButton *m_today;
    QToolButton *m_next;
    QDateEdit *m_dateEdit;
    QComboBox *m_location;
    forms::MessageLabel *m_message;
    forms::MessageLabel *m_notice;
    DayBoardView *m_view;
    QScrollArea *m_scroll;
};

} // namespace fielddesk::fleet
