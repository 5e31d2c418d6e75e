// Narrows and sorts a RequestTableModel the way an inbox is read: by kind, status, location,
// requester, how long requests have waited, and free text over what the rows show.
// Part of fielddesk_requests: QtCore only.
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace fielddesk::requests {

class RequestFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RequestFilterProxy(QObject *parent = nullptr);

    // Empty: every kind.
    void setKinds(const QSet<QString> &kinds);
    // Empty: every status.
    void setStatuses(const QSet<QString> &statuses);
    void setLocationId(std::optional<qint64> locationId);
    void setRequesterId(std::optional<qint64> requesterId);
    // Only requests that have waited at least this many days.
    void setMinimumAgeDays(int days);
    void setText(const QString &text);

    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    template<typename T>
    void refilterIfChanged(T &criterion, const T &value);

    QSet<QString> m_kinds;
    QSet<QString> m_statuses;
    std::optional<qint64> m_locationId;
    std::optional<qint64> m_requesterId;
    int m_minimumAgeDays = 0;
    QString m_text;
};

} // namespace fielddesk::requests
