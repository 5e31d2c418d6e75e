#include "fielddesk/mywork/jobdaymodel.h"

#include "fielddesk/client/displayformat.h"
#include "fielddesk/client/jobstatustext.h"

#include <QDateTime>

namespace fielddesk::mywork {

JobDayModel::JobDayModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JobDayModel::setTimeZone(const QTimeZone &timeZone)
{
    m_timeZone = timeZone.isValid() ? timeZone : QTimeZone::systemTimeZone();
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void JobDayModel::setJobs(const QList<Job> &jobs)
{
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

bool JobDayModel::update(const Job &job)
{
    const int row = rowOf(job.id);
    if (row < 0)
        return false;
    m_jobs[row] = job;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int JobDayModel::rowOf(qint64 jobId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return row;
    }
    return -1;
}

int JobDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString
JobDayModel::timeSpan(const QString &isoStart, const QString &isoEnd, const QDate &shownDay) const
{
    const QDateTime start =
        QDateTime::fromString(isoStart, Qt::ISODateWithMs).toTimeZone(m_timeZone);
    const QDateTime end = QDateTime::fromString(isoEnd, Qt::ISODateWithMs).toTimeZone(m_timeZone);
    return client::display::span(start, end, shownDay.isValid() ? shownDay : start.date());
}

QString JobDayModel::plannedTime(const Job &job) const
{
    return timeSpan(job.plannedStart, job.plannedEnd);
}

QString JobDayModel::details(const Job &job) const
{
    QStringList lines;
    // The window's day is said when it is not the day the job is planned on.
    const QDate planned =
        QDateTime::fromString(job.plannedStart, Qt::ISODateWithMs).toTimeZone(m_timeZone).date();
    if (const QString window = timeSpan(job.windowStart, job.windowEnd, planned); !window.isEmpty())
        lines << tr("Customer's window: %1").arg(window);
    if (!job.requiredSkills.isEmpty())
        lines << tr("Needs: %1").arg(job.requiredSkills.join(QStringLiteral(", ")));
    if (!job.notes.isEmpty())
        lines << tr("Notes: %1").arg(job.notes);
    return lines.join(QLatin1Char('\n'));
}

QVariant JobDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
    switch (role) {
    case JobIdRole:
        return job.id;
    case StatusRole:
        return int(job.status);
    case Qt::ToolTipRole:
        return index.column() == TitleColumn && !job.notes.isEmpty() ? QVariant(job.notes)
                                                                     : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return plannedTime(job);
        case TitleColumn:
            return job.title;
        case CustomerColumn:
            return job.customerName;
        case AddressColumn:
            return job.address;
        case StatusColumn:
            return client::JobStatusText::title(job.status);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant JobDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TitleColumn:
        return tr("Job");
    case CustomerColumn:
        return tr("Customer");
    case AddressColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace fielddesk::mywork
