#include "fielddesk/board/techniciantablemodel.h"

#include "fielddesk/board/jobmimedata.h"
#include "fielddesk/board/vehicleroster.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/theme/palette.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace fielddesk::board {

namespace {

constexpr double kOverbooked = 1.0;
constexpr int kPercent = 100;

} // namespace

TechnicianTableModel::TechnicianTableModel(DispatchStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(store, &DispatchStore::techniciansAboutToBeReset, this, [this] { beginResetModel(); });
    connect(store, &DispatchStore::techniciansReset, this, [this] { endResetModel(); });
    connect(store, &DispatchStore::techniciansAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(store, &DispatchStore::techniciansInserted, this, [this] { endInsertRows(); });
    connect(store, &DispatchStore::technicianChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

void TechnicianTableModel::setLocationNames(const QHash<qint64, QString> &names)
{
    m_locationNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, LocationColumn), index(rowCount() - 1, LocationColumn));
}

void TechnicianTableModel::setVehicleRoster(const VehicleRoster *vehicles)
{
    if (m_vehicles)
        disconnect(m_vehicles, nullptr, this, nullptr);
    m_vehicles = vehicles;
    const auto vehiclesChanged = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, VehicleColumn), index(rowCount() - 1, VehicleColumn));
    };
    if (vehicles)
        connect(vehicles, &VehicleRoster::changed, this, vehiclesChanged);
    vehiclesChanged();
}

void TechnicianTableModel::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    refreshTimes();
}

void TechnicianTableModel::refreshTimes()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, NextJobColumn));
}

int TechnicianTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->technicianCount();
}

int TechnicianTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TechnicianTableModel::statusTitle(TechnicianDayStats::Status status)
{
    switch (status) {
    case TechnicianDayStats::Status::Available:
        return tr("Available");
    case TechnicianDayStats::Status::OnJob:
        return tr("On job");
    case TechnicianDayStats::Status::EnRoute:
        return tr("En route");
    case TechnicianDayStats::Status::Off:
        return tr("Off");
    case TechnicianDayStats::Status::Unavailable:
        return tr("Unavailable");
    }
    return {};
}

QVariant TechnicianTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TechnicianRecord &record = m_store->technicianAt(index.row());
    const Technician &technician = record.technician;
    if (role == TechnicianIdRole)
        return technician.id;
    if (index.column() == VehicleColumn || role == VehicleWarningRole)
        return vehicleData(technician.id, role);
    const bool needsStats = role == StatusRole || role == UtilisationRole || role == JobCountRole ||
                            (role == Qt::DisplayRole &&
                             (index.column() == StatusColumn || index.column() >= JobsColumn)) ||
                            (role == Qt::ForegroundRole && index.column() == UtilisationColumn);
    if (!needsStats && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const TechnicianDayStats stats =
        needsStats ? m_store->dayStats(index.row(), m_now()) : TechnicianDayStats();
    switch (role) {
    case StatusRole:
        return int(stats.status);
    case UtilisationRole:
        return stats.utilisation;
    case JobCountRole:
        return stats.jobCount;
    case Qt::ForegroundRole:
        return stats.utilisation > kOverbooked
                   ? QVariant(QBrush(theme::colour(theme::Colour::DangerText)))
                   : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 — shift %2–%3")
            .arg(technician.name, technician.shiftStart, technician.shiftEnd);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return technician.name;
        case StatusColumn:
            return statusTitle(stats.status);
        case SkillsColumn:
            return technician.skills.join(QStringLiteral(", "));
        case LocationColumn:
            return m_locationNames.value(technician.locationId,
                                         QString::number(technician.locationId));
        case JobsColumn:
            return stats.jobCount;
        case UtilisationColumn:
            return tr("%1 %").arg(std::lround(stats.utilisation * kPercent));
        case NextJobColumn: {
            if (stats.nextJobRow < 0)
                return QString();
            const JobRecord &next = m_store->jobAt(stats.nextJobRow);
            const QString at = client::display::time(
                QDateTime::fromMSecsSinceEpoch(next.plannedStartMs, m_store->timeZone()));
            return tr("%1 %2", "time, job title").arg(at, next.job.title);
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TechnicianTableModel::vehicleData(qint64 technicianId, int role) const
{
    const QString warning = m_vehicles ? m_vehicles->warningFor(technicianId) : QString();
    switch (role) {
    case VehicleWarningRole:
        return warning;
    case Qt::DisplayRole: {
        const QString vehicle = m_vehicles ? m_vehicles->vehicleText(technicianId) : QString();
        if (warning.isEmpty())
            return vehicle;
        // A mark as well as the colour: the warning must not rest on colour alone.
        return vehicle.isEmpty() ? tr("⚠ No vehicle") : tr("⚠ %1").arg(vehicle);
    }
    case Qt::ForegroundRole:
        return warning.isEmpty() ? QVariant()
                                 : QVariant(QBrush(theme::colour(theme::Colour::DangerText)));
    case Qt::ToolTipRole: {
        const VehicleAssignment *vehicle =
            m_vehicles ? m_vehicles->vehicleOf(technicianId) : nullptr;
        const QString source = vehicle && vehicle->isDefault()
                                   ? tr("Default vehicle (nothing assigned for the day)")
                                   : QString();
        QStringList lines{warning, source};
        lines.removeAll(QString());
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

QVariant TechnicianTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Technician");
    case StatusColumn:
        return tr("Status");
    case SkillsColumn:
        return tr("Skills");
    case LocationColumn:
        return tr("Location");
    case JobsColumn:
        return tr("Jobs");
    case UtilisationColumn:
        return tr("Utilisation");
    case NextJobColumn:
        return tr("Next job");
    case VehicleColumn:
        return tr("Vehicle");
    default:
        return {};
    }
}

Qt::ItemFlags TechnicianTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList TechnicianTableModel::mimeTypes() const
{
    return {jobIdsMimeType()};
}

Qt::DropActions TechnicianTableModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool TechnicianTableModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    return parent.isValid() && data && data->hasFormat(jobIdsMimeType());
}

bool TechnicianTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = decodeJobIds(data);
    if (ids.isEmpty())
        return false;
    emit jobsDropped(ids, m_store->technicianAt(parent.row()).technician.id);
    // The jobs stay where they are until the server agrees: nothing to remove from the source.
    return false;
}

} // namespace fielddesk::board
