#include "fielddesk/shell/notificationlistmodel.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::shell {

namespace {

bool isUnread(const Notification &notification)
{
    return notification.readAt.isEmpty();
}

} // namespace

NotificationListModel::NotificationListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int NotificationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notifications.size());
}

QVariant NotificationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification &notification = m_notifications.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return notification.title;
    case Qt::ToolTipRole:
        return notification.body.isEmpty() ? notification.title : notification.body;
    case IdRole:
        return notification.id;
    case BodyRole:
        return notification.body;
    case CreatedAtRole:
        return parseTimestamp(notification.createdAt).value_or(QDateTime());
    case UnreadRole:
        return isUnread(notification);
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "notificationId");
    names.insert(BodyRole, "body");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(UnreadRole, "unread");
    return names;
}

void NotificationListModel::setNotifications(QList<Notification> notifications)
{
    beginResetModel();
    m_notifications = std::move(notifications);
    endResetModel();
}

void NotificationListModel::prepend(const Notification &notification, int limit)
{
    if (rowOf(notification.id) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    m_notifications.prepend(notification);
    endInsertRows();
    if (m_notifications.size() > limit) {
        const int first = limit;
        const int last = int(m_notifications.size()) - 1;
        beginRemoveRows({}, first, last);
        m_notifications.remove(first, last - first + 1);
        endRemoveRows();
    }
}

void NotificationListModel::markRead(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || !isUnread(m_notifications.at(row)))
        return;
    m_notifications[row].readAt = nowTimestamp(); // what the server writes, near enough
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {UnreadRole});
}

void NotificationListModel::markAllRead()
{
    int first = -1;
    int last = -1;
    for (int row = 0; row < int(m_notifications.size()); ++row) {
        if (!isUnread(m_notifications.at(row)))
            continue;
        m_notifications[row].readAt = nowTimestamp(); // what the server writes, near enough
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0)
        emit dataChanged(index(first), index(last), {UnreadRole});
}

int NotificationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < int(m_notifications.size()); ++row) {
        if (m_notifications.at(row).id == id)
            return row;
    }
    return -1;
}

int NotificationListModel::unreadRows() const
{
    return int(std::count_if(m_notifications.cbegin(), m_notifications.cend(), isUnread));
}

} // namespace fielddesk::shell
