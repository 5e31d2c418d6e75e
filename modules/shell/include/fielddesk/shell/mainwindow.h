// The console's main window: header with the user, the tenant and the notification bell, the
// navigation between the workspaces the signed-in role may use and the area they show in (the
// welcome page when there are none), menus, and a status bar with the user and the connection
// state. After sign-in the first workspace the role may use opens and starts; sign-out or
// expiry stops them all.
// Depends on QtWidgets, fielddesk_client and fielddesk_theme; workspaces are registered by the
// application (WorkspaceSpec), the shell knows none of them.
#pragma once

#include "fielddesk/domain/requests.h"
#include "fielddesk/shell/workspacespec.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace fielddesk::client {
class AuthSession;
class ConnectionMonitor;
class NotificationCenter;
} // namespace fielddesk::client

namespace fielddesk::shell {

class ConnectionIndicator;
class MyNotificationsDialog;
class NotificationBell;
class SessionHeader;
class UserGuideWindow;
class WorkspaceHost;
class WorkspaceNavigation;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr QSize kDefaultSize{1280, 800};
    static constexpr QSize kMinimumSize{900, 560};

    MainWindow(client::AuthSession *session,
               client::ConnectionMonitor *monitor,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Register the workspaces before the first sign-in; they show in the order registered.
    void addWorkspace(WorkspaceSpec spec);
    WorkspaceHost *workspaces() const { return m_workspaces; }
    WorkspaceNavigation *navigation() const { return m_navigation; }
    // Opens the registered workspace with this id if the signed-in role may use it (as if its
    // tab had been clicked); false, and nothing changes, otherwise.
    bool openWorkspace(const QString &id);

    // The signed-in person's notifications, and the bell that shows them in the header.
    client::NotificationCenter *notifications() const { return m_notifications; }
    NotificationBell *notificationBell() const { return m_bell; }

    // Where the workspace a user last chose is kept (QSettings), per user.
    static QString lastWorkspaceKey(const QString &email);

    // Window geometry and dock/toolbar state, kept in QSettings between runs.
    void saveLayout() const;
    void restoreLayout();

signals:
    void signOutRequested();
    // The user chose a notification in the bell's panel: open what it is about.
    void notificationActivated(const fielddesk::Notification &notification);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    QWidget *buildWelcomePage();
    void showSession();
    void openWorkspaces();
    void closeWorkspaces();
    void showConnectionState();
    void showAbout();
    void showPreferences();
    // File > My Notifications: one dialog at a time, for the person signed in.
    void showMyNotifications();
    void closeMyNotifications();
    void showUserGuide();

    client::AuthSession *m_session;
    client::ConnectionMonitor *m_monitor;
    client::NotificationCenter *m_notifications = nullptr;
    SessionHeader *m_header = nullptr;
    NotificationBell *m_bell = nullptr;
    WorkspaceNavigation *m_navigation = nullptr;
    WorkspaceHost *m_workspaces = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QLabel *m_companyValue = nullptr;
    QLabel *m_roleValue = nullptr;
    QLabel *m_locationsValue = nullptr;
    QLabel *m_timeZoneValue = nullptr;
    QLabel *m_serverValue = nullptr;
    QLabel *m_userStatus = nullptr;
    ConnectionIndicator *m_connection = nullptr;
    UserGuideWindow *m_userGuide = nullptr; // made when first asked for
    QAction *m_myNotificationsAction = nullptr;
    QPointer<MyNotificationsDialog> m_myNotifications; // while it is open
};

} // namespace fielddesk::shell
