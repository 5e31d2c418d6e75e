// The newest notifications as the bell's panel lists them, newest first: loaded at once when
// the panel opens, a new one inserted at the top as it arrives, rows marked read one by one or
// all together (exact dataChanged ranges). Depends on QtCore and the domain's Notification.
#pragma once

#include "fielddesk/domain/requests.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace fielddesk::shell {

class NotificationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        BodyRole,      // QString
        CreatedAtRole, // QDateTime (UTC); invalid when the server sent none
        UnreadRole,    // bool
    };

    explicit NotificationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the list (newest first).
    void setNotifications(QList<Notification> notifications);
    // A new one at the top (ignored when listed already); keeps at most `limit` rows.
    void prepend(const Notification &notification, int limit);
    void markRead(qint64 id);
    void markAllRead();

    const Notification &notificationAt(int row) const { return m_notifications.at(row); }
    // The row of this notification, or -1.
    int rowOf(qint64 id) const;
    int unreadRows() const;

private:
    QList<Notification> m_notifications;
};

} // namespace fielddesk::shell
