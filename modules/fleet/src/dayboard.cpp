#include "fielddesk/fleet/dayboard.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/fleet/dayboardview.h"
#include "fielddesk/fleet/fleetclient.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/forms/periodbutton.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace fielddesk::fleet {

DayBoard::DayBoard(FleetClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_previous(forms::periodButton(forms::kPeriodBefore,
                                     QStringLiteral("dayBoardPrevious"),
                                     tr("The day before (Alt+Left)"),
                                     this))
    , m_today(forms::periodButton(
          tr("Today"), QStringLiteral("dayBoardToday"), tr("Today (Ctrl+T)"), this))
    , m_next(forms::periodButton(forms::kPeriodAfter,
                                 QStringLiteral("dayBoardNext"),
                                 tr("The day after (Alt+Right)"),
                                 this))
    , m_dateEdit(new QDateEdit(m_date, this))
    , m_location(new QComboBox(this))
    , m_message(new forms::MessageLabel(
          forms::MessageLabel::Tone::Error, QStringLiteral("dayBoardMessage"), this))
    , m_notice(new forms::MessageLabel(
          forms::MessageLabel::Tone::Notice, QStringLiteral("dayBoardNotice"), this))
    , m_view(new DayBoardView(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("dayBoard"));
    // The keys of the dispatch board's days.
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_dateEdit->setObjectName(QStringLiteral("dayBoardDate"));
    m_dateEdit->setAccessibleName(tr("Day"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("ddd ") + client::display::datePattern());
    m_location->setObjectName(QStringLiteral("dayBoardLocation"));
    m_location->setAccessibleName(tr("Location"));
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addWidget(m_dateEdit);
    bar->addSpacing(m_today->sizeHint().width() / 2);
    bar->addWidget(new QLabel(tr("Location:"), this));
    bar->addWidget(m_location);
    bar->addStretch(1);
    auto *hint = new QLabel(tr("Drag a technician onto a vehicle to have them drive it that "
                               "day. Del removes the chosen vehicle's assignment."),
                            this);
    hint->setObjectName(QStringLiteral("dayBoardHint"));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(m_notice);
    layout->addWidget(m_scroll, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { setDate(m_date.addDays(1)); });
    connect(m_today, &QToolButton::clicked, this,
            [this] { setDate(QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date()); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &DayBoard::setDate);
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_view, &DayBoardView::technicianDropped, this, &DayBoard::assign);
    connect(m_view, &DayBoardView::removeAssignmentRequested, this, &DayBoard::unassign);
    connect(m_view, &DayBoardView::vehicleActivated, this, &DayBoard::vehicleActivated);
}

void DayBoard::setReadOnly(bool readOnly)
{
    m_view->setReadOnly(readOnly);
}

void DayBoard::setFleet(const QList<Vehicle> &vehicles,
                        const QList<Technician> &technicians,
                        const QList<Location> &locations)
{
    m_vehicles = vehicles;
    m_technicians = technicians;
    const QVariant chosen = m_location->currentData();
    const QSignalBlocker quiet(m_location);
    m_location->clear();
    for (const Location &location : locations)
        m_location->addItem(location.name, location.id);
    m_location->setCurrentIndex(std::max(0, m_location->findData(chosen)));
    reload();
}

void DayBoard::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    setDate(QDateTime::currentDateTimeUtc().toTimeZone(zone).date());
}

void DayBoard::setDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    const QSignalBlocker quiet(m_dateEdit);
    m_dateEdit->setDate(date);
    m_message->showMessage({});
    reload();
}

std::optional<qint64> DayBoard::locationId() const
{
    const QVariant id = m_location->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void DayBoard::setLocation(qint64 locationId)
{
    m_location->setCurrentIndex(std::max(0, m_location->findData(locationId)));
}

void DayBoard::reload()
{
    const quint64 generation = ++m_generation;
    m_client->assignments(
        m_date, locationId(), this,
        [this, generation](const client::ApiResult<QList<VehicleAssignment>> &result) {
            if (generation != m_generation)
                return;
            if (!result) {
                m_message->showMessage(result.error().message());
                return;
            }
            showBoard(*result);
            emit boardLoaded();
        });
}

void DayBoard::showBoard(const QList<VehicleAssignment> &assignments)
{
    const std::optional<qint64> location = locationId();
    QList<Vehicle> vehicles;
    for (const Vehicle &v : std::as_const(m_vehicles)) {
        if (v.status != QLatin1String("retired") && (!location || v.locationId == *location))
            vehicles.append(v);
    }
    QList<Technician> technicians;
    for (const Technician &t : std::as_const(m_technicians)) {
        if (!location || t.locationId == *location)
            technicians.append(t);
    }
    m_view->setBoard(vehicles, technicians, assignments);
    int defaults = 0;
    for (const VehicleAssignment &a : assignments)
        defaults += a.isDefault() ? 1 : 0;
    m_notice->showMessage(defaults ? tr("%n driver(s) drive their default vehicle: no "
                                        "assignment, shown as “(default)”.",
                                        nullptr, defaults)
                                   : QString());
}

void DayBoard::assign(qint64 technicianId, qint64 vehicleId)
{
    m_message->showMessage({});
    m_client->assign(vehicleId, technicianId, m_date, this,
                     [this](const client::ApiResult<VehicleAssignment> &result) {
                         if (!result) {
                             const QString reason = result.error().detail.isEmpty()
                                                        ? result.error().message()
                                                        : result.error().detail;
                             m_message->showMessage(reason);
                             emit changeRefused(reason);
                             return;
                         }
                         reload();
                     });
}

void DayBoard::unassign(qint64 assignmentId)
{
    m_message->showMessage({});
    m_client->unassign(assignmentId, this, [this](const client::ApiResult<client::Done> &result) {
        if (!result) {
            m_message->showMessage(result.error().message());
            emit changeRefused(result.error().message());
            return;
        }
        reload();
    });
}

} // namespace fielddesk::fleet
