#include "fielddesk/board/jobtablemodel.h"

#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/jobmimedata.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/client/jobstatustext.h"
#include "fielddesk/theme/palette.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QSet>

namespace fielddesk::board {

namespace {

constexpr int kUrgentPriority = 5;
constexpr int kHighPriority = 4;

QColor priorityColor(int priority)
{
    if (priority >= kUrgentPriority)
        return theme::colour(theme::Colour::DangerText);
    if (priority >= kHighPriority)
        return theme::colour(theme::Colour::CautionText);
    return {};
}

} // namespace

JobTableModel::JobTableModel(DispatchStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &DispatchStore::jobsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(store, &DispatchStore::jobsInserted, this, [this] { endInsertRows(); });
    connect(store, &DispatchStore::jobsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(store, &DispatchStore::jobsRemoved, this, [this] { endRemoveRows(); });
    connect(store, &DispatchStore::jobsAboutToBeReset, this, [this] { beginResetModel(); });
    connect(store, &DispatchStore::jobsReset, this, [this] { endResetModel(); });
    connect(store, &DispatchStore::jobChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

const JobRecord &JobTableModel::recordAt(int row) const
{
    return m_store->jobAt(row);
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->jobCount();
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTableModel::statusTitle(JobStatus status)
{
    return client::JobStatusText::title(status);
}

QString JobTableModel::timeOfDay(qint64 ms) const
{
    if (ms == kNoTime)
        return {};
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, m_store->timeZone());
    if (time.date() == m_store->day())
        return client::display::time(time);
    return client::display::weekdayDayMonthTime(time);
}

QString JobTableModel::windowText(const JobRecord &record) const
{
    if (!record.hasWindow())
        return {};
    return client::display::span(
        QDateTime::fromMSecsSinceEpoch(record.windowStartMs, m_store->timeZone()),
        QDateTime::fromMSecsSinceEpoch(record.windowEndMs, m_store->timeZone()), m_store->day());
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord &record = m_store->jobAt(index.row());
    const Job &job = record.job;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PriorityColumn:
            return job.priority;
        case StatusColumn:
            return statusTitle(job.status);
        case TitleColumn:
            return job.title;
        case WindowColumn:
            return windowText(record);
        case DurationColumn:
            return tr("%1 min").arg(job.durationMin);
        case CustomerColumn:
            return job.customerName;
        case AddressColumn:
            return job.address;
        case SkillsColumn:
            return job.requiredSkills.join(QStringLiteral(", "));
        case TechnicianColumn:
            return job.technicianName;
        case PlannedStartColumn:
            return timeOfDay(record.plannedStartMs);
        case AtRiskColumn:
            if (job.atRisk)
                return tr("At risk");
            return record.conflicts != JobConflicts() ? tr("Conflict") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines{QStringLiteral("<b>%1</b>").arg(job.title.toHtmlEscaped())};
        if (job.atRisk && !job.atRiskReason.isEmpty())
            lines << tr("At risk: %1").arg(job.atRiskReason.toHtmlEscaped());
        for (const QString &reason : m_store->conflictReasons(job.id))
            lines << reason.toHtmlEscaped();
        if (record.pending)
            lines << tr("<i>Waiting for the server…</i>");
        return lines.join(QStringLiteral("<br>"));
    }
    case Qt::ForegroundRole:
        if (record.pending)
            return QBrush(theme::colour(theme::Colour::TextDisabled));
        if (index.column() == PriorityColumn || index.column() == AtRiskColumn) {
            const QColor color = index.column() == PriorityColumn
                                     ? priorityColor(job.priority)
                                     : theme::colour(theme::Colour::DangerText);
            return color.isValid() ? QVariant(QBrush(color)) : QVariant();
        }
        return {};
    case Qt::FontRole:
        if (record.pending) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriorityColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case JobIdRole:
        return job.id;
    case TechnicianIdRole:
        return job.technicianId.value_or(0);
    case PendingRole:
        return record.pending;
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Job");
    case WindowColumn:
        return tr("Window");
    case DurationColumn:
        return tr("Duration");
    case CustomerColumn:
        return tr("Customer");
    case AddressColumn:
        return tr("Address");
    case SkillsColumn:
        return tr("Skills");
    case TechnicianColumn:
        return tr("Technician");
    case PlannedStartColumn:
        return tr("Planned start");
    case AtRiskColumn:
        return tr("At risk");
    default:
        return {};
    }
}

Qt::ItemFlags JobTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList JobTableModel::mimeTypes() const
{
    return {jobIdsMimeType()};
}

QMimeData *JobTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row())) {
            rows.insert(index.row());
            ids << m_store->jobAt(index.row()).job.id;
        }
    }
    return ids.isEmpty() ? nullptr : jobIdsMimeData(ids);
}

Qt::DropActions JobTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace fielddesk::board
