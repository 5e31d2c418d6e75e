// Requests as a table: kind, requester, location, summary, age and status, one row per
// request. Loads replace the rows; live changes insert, update or drop one row with its exact
// range. Sorting uses SortRole (ages and dates sort as times, not as text).
// Part of fielddesk_requests: QtCore only.
#pragma once

#include "fielddesk/domain/requests.h"
#include "fielddesk/requests/requestsclient.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace fielddesk::requests {

class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        RequesterColumn,
        LocationColumn,
        SummaryColumn,
        SubmittedColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RequestIdRole = Qt::UserRole + 1,
        KindRole,
        StatusRole,
        RequesterIdRole,
        LocationIdRole,
        SubmittedAtRole, // QDateTime, UTC
        SortRole,
    };

    explicit RequestTableModel(QObject *parent = nullptr);

    void setRequests(const QList<Request> &requests);
    // Inserts a request that is new to the list, or updates the row that has it.
    void upsert(const Request &request);
    void remove(qint64 requestId);
    void clear();

    // Names shown for tools, clothing and locations; rows show ids until these arrive.
    void setCatalogs(const Catalogs &catalogs);
    void setLocationNames(const QHash<qint64, QString> &names);
    bool hasLocationNames() const { return !m_locationNames.isEmpty(); }
    const Catalogs &catalogs() const { return m_catalogs; }

    const Request &requestAt(int row) const { return m_rows.at(row).request; }
    int rowOf(qint64 requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "5 min", "3 h", "2 d": how long a request has waited, as the list shows it.
    static QString ageText(const QDateTime &since, const QDateTime &now);

private:
    struct Row
    {
        Request request;
        QString summary;
        QDateTime submittedAt;
    };

    Row rowFor(const Request &request) const;
    void reindex();
    QString locationName(qint64 id) const;

    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    Catalogs m_catalogs;
    QHash<qint64, QString> m_locationNames;
};

} // namespace fielddesk::requests
