// The bell in the session header, for every role: the signed-in person's unread count as a
// badge on it (hidden at 0), and the panel of the newest notifications when clicked, on Space
// while it has the focus, or on Ctrl+Shift+N anywhere in the window. Passes on the
// notification the user chose, for the application to open what it is about. Depends on
// QtWidgets, fielddesk_client and the theme.
#pragma once

#include "fielddesk/domain/requests.h"

#include <QKeySequence>
#include <QToolButton>

class QLabel;

namespace fielddesk::client {
class NotificationCenter;
}

namespace fielddesk::shell {

class NotificationPanel;

class NotificationBell : public QToolButton
{
    Q_OBJECT

public:
    static constexpr int kIconSize = 22;
    static constexpr int kBadgeHeight = 16;
    static constexpr int kBadgeInset = 1; // from the button's top right corner
    static constexpr int kBadgeHorizontalPadding = 4;
    static constexpr int kMostCountShown = 99; // more reads "99+"

    explicit NotificationBell(client::NotificationCenter *center, QWidget *parent = nullptr);

    // Opens the panel (Ctrl+Shift+N).
    static QKeySequence shortcut();

    // The count the badge shows (0: no badge).
    int unreadCount() const { return m_shownCount; }
    QLabel *badge() const { return m_badge; }
    NotificationPanel *panel() const { return m_panel; }
    // Opens the panel, with the shortcut; the window the bell is in adds it (an action added
    // to a tool button would turn it into a menu button).
    QAction *openPanelAction() const { return m_openPanel; }

    void openPanel();
    void togglePanel();

signals:
    void notificationActivated(const fielddesk::Notification &notification);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showCount(int count);
    void placeBadge();

    client::NotificationCenter *m_center;
    QLabel *m_badge;
    NotificationPanel *m_panel;
    QAction *m_openPanel;
    int m_shownCount = 0;
};

} // namespace fielddesk::shell
