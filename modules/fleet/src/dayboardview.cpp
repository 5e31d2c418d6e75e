#include "fielddesk/fleet/dayboardview.h"

#include "fielddesk/fleet/vehicletablemodel.h"
#include "fielddesk/theme/palette.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace fielddesk::fleet {

namespace {

constexpr int kCardRadius = 6;
constexpr int kChipRadius = 4;
constexpr int kTextPadding = 8;
constexpr int kHeaderHeight = 24;

} // namespace

DayBoardView::DayBoardView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dayBoardView"));
    setAccessibleName(tr("Who drives what"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void DayBoardView::setBoard(const QList<Vehicle> &vehicles,
                            const QList<Technician> &technicians,
                            const QList<VehicleAssignment> &assignments)
{
    m_vehicles = vehicles;
    m_technicians = technicians;
    m_drivers.clear();
    QSet<qint64> driving;
    for (const VehicleAssignment &a : assignments) {
        // An assignment wins over a default filling the same vehicle (the server sends none
        // such, but the board must not show two drivers).
        if (!m_drivers.contains(a.vehicleId) || !a.isDefault())
            m_drivers.insert(a.vehicleId, a);
        driving.insert(a.technicianId);
    }
    m_free.clear();
    for (const Technician &t : technicians) {
        if (!driving.contains(t.id))
            m_free.append(t.id);
    }
    m_pressedTechnician = 0;
    m_dragging = false;
    m_hoverVehicle = 0;
    m_geometry = layoutFor(width());
    updateGeometry();
    update();
}

void DayBoardView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    update();
}

QRect DayBoardView::technicianRect(qint64 technicianId) const
{
    if (m_geometry.freeChips.contains(technicianId))
        return m_geometry.freeChips.value(technicianId);
    for (auto it = m_drivers.cbegin(); it != m_drivers.cend(); ++it) {
        if (it->technicianId == technicianId)
            return m_geometry.driverChips.value(it.key());
    }
    return {};
}

std::optional<VehicleAssignment> DayBoardView::driverOf(qint64 vehicleId) const
{
    const auto it = m_drivers.constFind(vehicleId);
    return it == m_drivers.cend() ? std::nullopt : std::optional<VehicleAssignment>(*it);
}

void DayBoardView::chooseVehicle(qint64 vehicleId)
{
    m_chosen = vehicleId;
    update();
}

DayBoardView::Geometry DayBoardView::layoutFor(int width) const
{
    Geometry g;
    const int chipWidth = kFreeColumnWidth - 2 * kTextPadding;
    int y = kMargin + kHeaderHeight;
    for (qint64 technicianId : m_free) {
        g.freeChips.insert(technicianId, QRect(kMargin + kTextPadding, y, chipWidth, kChipHeight));
        y += kChipHeight + kGap / 2;
    }
    g.freeColumn = QRect(kMargin, kMargin, kFreeColumnWidth, std::max(y, kCardHeight) - kMargin);
    const int cardsLeft = kMargin + kFreeColumnWidth + kGap * 2;
    const int columns = std::max(1, (width - cardsLeft - kMargin + kGap) / (kCardWidth + kGap));
    for (int i = 0; i < m_vehicles.size(); ++i) {
        const QRect card(cardsLeft + (i % columns) * (kCardWidth + kGap),
                         kMargin + kHeaderHeight + (i / columns) * (kCardHeight + kGap), kCardWidth,
                         kCardHeight);
        g.cards.insert(m_vehicles.at(i).id, card);
        if (m_drivers.contains(m_vehicles.at(i).id))
            g.driverChips.insert(m_vehicles.at(i).id,
                                 QRect(card.left() + kTextPadding,
                                       card.bottom() - kChipHeight - kTextPadding + 1,
                                       card.width() - 2 * kTextPadding, kChipHeight));
    }
    const int rows = int((m_vehicles.size() + columns - 1) / columns);
    const int cardsBottom = kMargin + kHeaderHeight + rows * (kCardHeight + kGap);
    g.height = std::max(g.freeColumn.bottom(), cardsBottom) + kMargin;
    return g;
}

QSize DayBoardView::sizeHint() const
{
    const int width = kMargin * 2 + kFreeColumnWidth + kGap * 2 + 4 * (kCardWidth + kGap);
    return {width, heightForWidth(width)};
}

int DayBoardView::heightForWidth(int width) const
{
    return layoutFor(width).height;
}

void DayBoardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_geometry = layoutFor(width());
}

QString DayBoardView::technicianName(qint64 technicianId) const
{
    for (const Technician &t : m_technicians) {
        if (t.id == technicianId)
            return t.name;
    }
    for (const VehicleAssignment &a : m_drivers) {
        if (a.technicianId == technicianId)
            return a.technicianName;
    }
    return tr("Technician %1").arg(technicianId);
}

void DayBoardView::paintChip(QPainter &painter,
                             const QRect &rect,
                             const QString &text,
                             bool dragged) const
{
    painter.setPen(theme::colour(dragged ? theme::Colour::Selection : theme::Colour::Border));
    painter.setBrush(
        theme::colour(dragged ? theme::Colour::HoverBackground : theme::Colour::PageBackground));
    painter.drawRoundedRect(rect, kChipRadius, kChipRadius);
    painter.setPen(theme::colour(theme::Colour::Text));
    painter.drawText(
        rect.adjusted(kTextPadding, 0, -kTextPadding, 0), Qt::AlignVCenter | Qt::AlignLeft,
        painter.fontMetrics().elidedText(text, Qt::ElideRight, rect.width() - 2 * kTextPadding));
}

void DayBoardView::paintCard(QPainter &painter, const Vehicle &vehicle) const
{
    const QRect card = m_geometry.cards.value(vehicle.id);
    const bool hovered = m_dragging && m_hoverVehicle == vehicle.id;
    const bool unavailable = vehicle.status != QLatin1String("active");
    QPen outline(theme::colour(hovered || m_chosen == vehicle.id ? theme::Colour::Selection
                                                                 : theme::Colour::Border));
    outline.setWidth(hovered || m_chosen == vehicle.id ? 2 : 1);
    painter.setPen(outline);
    painter.setBrush(
        theme::colour(hovered ? theme::Colour::HoverBackground : theme::Colour::Surface));
    painter.drawRoundedRect(card, kCardRadius, kCardRadius);

    const QRect text = card.adjusted(kTextPadding, kTextPadding / 2, -kTextPadding, 0);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(theme::colour(unavailable ? theme::Colour::TextDisabled : theme::Colour::Text));
    const QRect first(text.left(), text.top(), text.width(), kLineHeight);
    painter.drawText(
        first, Qt::AlignVCenter | Qt::AlignLeft,
        painter.fontMetrics().elidedText(vehicle.name, Qt::ElideRight, text.width() / 2));
    painter.setFont(font());
    painter.setPen(theme::colour(theme::Colour::TextSubtle));
    painter.drawText(first, Qt::AlignVCenter | Qt::AlignRight, vehicle.plate);

    const auto driver = driverOf(vehicle.id);
    QString second = VehicleTableModel::statusText(vehicle.status);
    const bool overdue = (vehicle.nextMaintenance && vehicle.nextMaintenance->due.overdue) ||
                         (driver && driver->serviceOverdue);
    QRect secondLine(text.left(), first.bottom() + 1, text.width(), kLineHeight);
    painter.setPen(
        theme::colour(unavailable ? theme::Colour::DangerText : theme::Colour::TextCaption));
    painter.drawText(secondLine, Qt::AlignVCenter | Qt::AlignLeft, second);
    if (overdue) {
        painter.setPen(theme::colour(theme::Colour::DangerText));
        painter.drawText(secondLine, Qt::AlignVCenter | Qt::AlignRight, tr("⚠ Service overdue"));
    }

    if (driver) {
        const bool dragged = m_dragging && m_pressedTechnician == driver->technicianId;
        const QString name = driver->isDefault() ? tr("%1 (default)").arg(driver->technicianName)
                                                 : driver->technicianName;
        paintChip(painter, m_geometry.driverChips.value(vehicle.id), name, dragged);
    } else {
        painter.setPen(theme::colour(theme::Colour::TextFaint));
        const QRect empty(text.left(), card.bottom() - kChipHeight - kTextPadding + 1, text.width(),
                          kChipHeight);
        painter.drawText(empty, Qt::AlignVCenter | Qt::AlignLeft, tr("No driver"));
    }
}

void DayBoardView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), theme::colour(theme::Colour::PageBackground));

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(theme::colour(theme::Colour::Text));
    painter.drawText(QRect(kMargin, kMargin, kFreeColumnWidth, kHeaderHeight),
                     Qt::AlignLeft | Qt::AlignTop, tr("Without a vehicle (%1)").arg(m_free.size()));
    const int cardsLeft = kMargin + kFreeColumnWidth + kGap * 2;
    painter.drawText(QRect(cardsLeft, kMargin, width() - cardsLeft, kHeaderHeight),
                     Qt::AlignLeft | Qt::AlignTop, tr("Vehicles (%1)").arg(m_vehicles.size()));
    painter.setFont(font());

    painter.setPen(theme::colour(theme::Colour::Rule));
    painter.drawLine(cardsLeft - kGap, kMargin, cardsLeft - kGap, height() - kMargin);
    for (auto it = m_geometry.freeChips.cbegin(); it != m_geometry.freeChips.cend(); ++it)
        paintChip(painter, it.value(), technicianName(it.key()),
                  m_dragging && m_pressedTechnician == it.key());
    if (m_free.isEmpty()) {
        painter.setPen(theme::colour(theme::Colour::TextFaint));
        painter.drawText(QRect(kMargin, kMargin + kHeaderHeight, kFreeColumnWidth, kChipHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("Everyone has a vehicle."));
    }
    for (const Vehicle &vehicle : std::as_const(m_vehicles))
        paintCard(painter, vehicle);

    if (m_dragging && m_pressedTechnician) {
        // The technician follows the mouse.
        QRect ghost(QPoint(), QSize(kFreeColumnWidth - 2 * kTextPadding, kChipHeight));
        ghost.moveCenter(m_dragAt);
        painter.setOpacity(0.8);
        paintChip(painter, ghost, technicianName(m_pressedTechnician), true);
    }
}

qint64 DayBoardView::technicianAt(const QPoint &at) const
{
    for (auto it = m_geometry.freeChips.cbegin(); it != m_geometry.freeChips.cend(); ++it) {
        if (it.value().contains(at))
            return it.key();
    }
    for (auto it = m_geometry.driverChips.cbegin(); it != m_geometry.driverChips.cend(); ++it) {
        if (it.value().contains(at))
            return m_drivers.value(it.key()).technicianId;
    }
    return 0;
}

qint64 DayBoardView::vehicleAt(const QPoint &at) const
{
    for (auto it = m_geometry.cards.cbegin(); it != m_geometry.cards.cend(); ++it) {
        if (it.value().contains(at))
            return it.key();
    }
    return 0;
}

void DayBoardView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint at = event->position().toPoint();
    setFocus(Qt::MouseFocusReason);
    chooseVehicle(vehicleAt(at));
    m_pressedTechnician = m_readOnly ? 0 : technicianAt(at);
    m_pressedAt = at;
    m_dragging = false;
}

void DayBoardView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressedTechnician || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint at = event->position().toPoint();
    if (!m_dragging && (at - m_pressedAt).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dragAt = at;
    m_hoverVehicle = vehicleAt(at);
    setCursor(Qt::ClosedHandCursor);
    update();
}

void DayBoardView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const qint64 technicianId = m_pressedTechnician;
    const bool dropped = m_dragging;
    m_pressedTechnician = 0;
    m_dragging = false;
    m_hoverVehicle = 0;
    unsetCursor();
    update();
    if (!dropped || !technicianId)
        return;
    const qint64 vehicleId = vehicleAt(event->position().toPoint());
    if (!vehicleId)
        return;
    const auto driver = driverOf(vehicleId);
    if (driver && driver->technicianId == technicianId)
        return; // dropped where they already are
    emit technicianDropped(technicianId, vehicleId);
}

void DayBoardView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 vehicleId = vehicleAt(event->position().toPoint());
    if (vehicleId)
        emit vehicleActivated(vehicleId);
}

void DayBoardView::requestRemoval(qint64 vehicleId)
{
    const auto driver = driverOf(vehicleId);
    if (!m_readOnly && driver && driver->id > 0)
        emit removeAssignmentRequested(driver->id);
}

void DayBoardView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_chosen) {
        requestRemoval(m_chosen);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_chosen) {
        emit vehicleActivated(m_chosen);
        return;
    }
    QWidget::keyPressEvent(event);
}

void DayBoardView::contextMenuEvent(QContextMenuEvent *event)
{
    const qint64 vehicleId = vehicleAt(event->pos());
    if (!vehicleId)
        return;
    chooseVehicle(vehicleId);
    const auto driver = driverOf(vehicleId);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("dayBoardMenu"));
    QAction *open = menu.addAction(tr("Open vehicle"));
    QAction *remove = nullptr;
    if (!m_readOnly) {
        remove = menu.addAction(tr("Remove assignment"));
        remove->setShortcut(QKeySequence::Delete);
        remove->setEnabled(driver && driver->id);
        if (driver && driver->isDefault())
            remove->setToolTip(tr("A default vehicle is the technician's own; change it in "
                                  "the technician's record."));
    }
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == open)
        emit vehicleActivated(vehicleId);
    else if (remove && chosen == remove)
        requestRemoval(vehicleId);
}

} // namespace fielddesk::fleet
