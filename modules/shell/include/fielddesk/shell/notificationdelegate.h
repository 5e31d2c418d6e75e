// Paints one notification of the bell's panel: a dot, a tint and a bold title while unread,
// the time it was raised in words ("5 min ago") on the right, the body (if any) below on one
// line. What is painted and how tall a row is come from one row layout. Depends on QtWidgets and
// the theme.
#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

namespace fielddesk::shell {

class NotificationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NotificationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "just now", "5 min ago", "3 h ago", "2 d ago", then the date.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
};

} // namespace fielddesk::shell
