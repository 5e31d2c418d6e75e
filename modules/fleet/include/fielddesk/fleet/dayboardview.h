// The day board's painting: the technicians without a vehicle that day in a column on the
// left, and a card per vehicle with who drives it (an assignment, or the technician's default
// vehicle, which says so) and whether its service is overdue. A technician (in the column or
// on a card) is dragged onto a vehicle with the mouse; the view only says what was dropped
// where (technicianDropped), the owner asks the server. A card is chosen by a click; Del or the
// context menu asks to remove its assignment. One geometry (the Geometry of the current size)
// serves painting, hit-testing and the tests. Part of fielddesk_fleet.
#pragma once

#include "fielddesk/domain/dispatch.h"
#include "fielddesk/fleet/fleetrecords.h"

#include <QHash>
#include <QRect>
#include <QWidget>

namespace fielddesk::fleet {

class DayBoardView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMargin = 12;
    static constexpr int kFreeColumnWidth = 220;
    static constexpr int kCardWidth = 240;
    static constexpr int kCardHeight = 92;
    static constexpr int kGap = 10;
    static constexpr int kLineHeight = 20;
    static constexpr int kChipHeight = 26;

    // Where everything is at the view's width.
    struct Geometry
    {
        QRect freeColumn;
        QHash<qint64, QRect> freeChips;   // technician id -> chip in the column
        QHash<qint64, QRect> cards;       // vehicle id -> card
        QHash<qint64, QRect> driverChips; // vehicle id -> its driver's chip on the card
        int height = 0;
    };

    explicit DayBoardView(QWidget *parent = nullptr);

    void setBoard(const QList<Vehicle> &vehicles,
                  const QList<Technician> &technicians,
                  const QList<VehicleAssignment> &assignments);
    void setReadOnly(bool readOnly);

    const Geometry &boardGeometry() const { return m_geometry; }
    // Where the technician is painted (the column's chip or the chip on the card of the vehicle
    // they drive); empty when not on the board.
    QRect technicianRect(qint64 technicianId) const;
    QRect vehicleRect(qint64 vehicleId) const { return m_geometry.cards.value(vehicleId); }
    // Who drives the vehicle on the board's day.
    std::optional<VehicleAssignment> driverOf(qint64 vehicleId) const;
    QList<qint64> freeTechnicians() const { return m_free; }
    qint64 chosenVehicle() const { return m_chosen; }
    void chooseVehicle(qint64 vehicleId);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void technicianDropped(qint64 technicianId, qint64 vehicleId);
    void removeAssignmentRequested(qint64 assignmentId);
    void vehicleActivated(qint64 vehicleId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    Geometry layoutFor(int width) const;
    qint64 technicianAt(const QPoint &at) const;
    qint64 vehicleAt(const QPoint &at) const;
    QString technicianName(qint64 technicianId) const;
    void paintChip(QPainter &painter, const QRect &rect, const QString &text, bool dragged) const;
    void paintCard(QPainter &painter, const Vehicle &vehicle) const;
    void requestRemoval(qint64 vehicleId);

    QList<Vehicle> m_vehicles;
    QList<Technician> m_technicians;
    QHash<qint64, VehicleAssignment> m_drivers; // vehicle id -> who drives it
    QList<qint64> m_free;                       // technicians without a vehicle
    Geometry m_geometry;
    bool m_readOnly = false;
    qint64 m_chosen = 0;
    qint64 m_pressedTechnician = 0;
    QPoint m_pressedAt;
    bool m_dragging = false;
    QPoint m_dragAt;
    qint64 m_hoverVehicle = 0;
};

} // namespace fielddesk::fleet
