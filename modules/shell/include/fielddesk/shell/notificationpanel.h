// The bell's popup: the newest notifications of the signed-in person (unread ones marked and
// in bold, with how long ago they were raised), "Mark all read", and one line saying that they
// load, that there are none, or what went wrong. Clicking a notification, or Enter on it,
// marks it read, says which one was chosen and closes; Esc closes. New notifications join the
// list at the top while it is open. Depends on QtWidgets, fielddesk_client and the theme.
#pragma once

#include "fielddesk/domain/requests.h"

#include <QFrame>
#include <QSet>

class QLabel;
class QListView;
class QModelIndex;
class QPushButton;

namespace fielddesk::client {
class NotificationCenter;
}

namespace fielddesk::shell {

class NotificationDelegate;
class NotificationListModel;

class NotificationPanel : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kWidth = 400;
    static constexpr int kListHeight = 420; // the most; fewer rows take less
    static constexpr int kRecentLimit = 20; // how many the panel lists
    static constexpr int kMargin = 12;
    static constexpr int kSpacing = 8;
    static constexpr int kTitlePointSizeDelta = 2;

    explicit NotificationPanel(client::NotificationCenter *center, QWidget *parent = nullptr);

    // Opens below the anchor with its right edge on the anchor's (kept on the screen), loads
    // the newest notifications and gives the list the keyboard.
    void popUp(QWidget *anchor);

    NotificationListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QPushButton *markAllReadButton() const { return m_markAll; }
    // "Loading…", "No notifications yet", or what went wrong; empty while the list shows.
    QString statusText() const;

signals:
    // The user chose this notification (it is being marked read).
    void notificationActivated(const fielddesk::Notification &notification);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    // A notification (all of them) read here or elsewhere: its row shows it at once.
    void markReadHere(qint64 id);
    void markAllReadHere();
    void forgetSession();
    void fitListToRows();
    void activate(const QModelIndex &index);
    void showStatus(const QString &text);
    void refreshMarkAll();
    void placeBelow(QWidget *anchor);

    client::NotificationCenter *m_center;
    NotificationListModel *m_model;
    NotificationDelegate *m_delegate;
    QListView *m_list;
    QLabel *m_status;
    QPushButton *m_markAll;
    bool m_loading = false;
    // Bumped when the session ends: a list still loading for it is dropped.
    quint64 m_generation = 0;
    // Arrived while the list was loading: the answer may not hold them yet.
    QList<Notification> m_arrivedWhileLoading;
    // Marks made while a load was under way: its answer may predate them.
    QSet<qint64> m_readWhileLoading;
    bool m_allReadWhileLoading = false;
};

} // namespace fielddesk::shell
