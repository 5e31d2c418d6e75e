// One technician's jobs of a day as a table: planned time, title, customer, address, status.
// A load replaces the rows; a job the technician moved on changes its own row only.
// Part of fielddesk_mywork: QtCore only.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace fielddesk::mywork {

class JobDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        TitleColumn,
        CustomerColumn,
        AddressColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        JobIdRole = Qt::UserRole + 1,
        StatusRole, // the JobStatus as an int
    };

    explicit JobDayModel(QObject *parent = nullptr);

    // Planned times are shown on this clock.
    void setTimeZone(const QTimeZone &timeZone);
    void setJobs(const QList<Job> &jobs);
    // Replaces the job's row with what the server answered; false when it has no row.
    bool update(const Job &job);
    void clear() { setJobs({}); }

    const Job &jobAt(int row) const { return m_jobs.at(row); }
    // What a technician reads of a job before going (a line each, none when unknown): the
    // customer's window on this clock, the skills it needs, the dispatcher's notes.
    QString details(const Job &job) const;
    int rowOf(qint64 jobId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString plannedTime(const Job &job) const;
    // Its day said when it is not `shownDay` (the start's when none is given).
    QString
    timeSpan(const QString &isoStart, const QString &isoEnd, const QDate &shownDay = {}) const;

    QList<Job> m_jobs;
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
};

} // namespace fielddesk::mywork
