// The console's main window: header with the user and tenant, a central area that feature
// panes (dispatch board, timeline, map) go into, menus, and a status bar with the user and
// the connection state. Depends on QtWidgets and fielddesk_client only.
#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace fielddesk::client {
class AuthSession;
class ConnectionMonitor;
} // namespace fielddesk::client

namespace fielddesk::shell {

class ConnectionIndicator;
class SessionHeader;

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

    // Where feature panes go; it shows a welcome page until there are some.
    QStackedWidget *panes() const { return m_panes; }

    // Window geometry and dock/toolbar state, kept in QSettings between runs.
    void saveLayout() const;
    void restoreLayout();

signals:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    QWidget *buildWelcomePage();
    void showSession();
    void showConnectionState();
    void showAbout();

    client::AuthSession *m_session;
    client::ConnectionMonitor *m_monitor;
    SessionHeader *m_header = nullptr;
    QStackedWidget *m_panes = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QLabel *m_companyValue = nullptr;
    QLabel *m_roleValue = nullptr;
    QLabel *m_locationsValue = nullptr;
    QLabel *m_timeZoneValue = nullptr;
    QLabel *m_serverValue = nullptr;
    QLabel *m_userStatus = nullptr;
    ConnectionIndicator *m_connection = nullptr;
};

} // namespace fielddesk::shell
