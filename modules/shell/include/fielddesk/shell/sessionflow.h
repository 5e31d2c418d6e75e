// Decides what the console shows: the sign-in dialog while signed out, the main window while
// signed in, and the way back on sign-out or when the session expires; asks for a new password
// when the server requires one while the main window is open. Remembers the last
// server, certificate authority file, email and "keep me signed in" choice. Depends on QtWidgets,
// fielddesk_client and fielddesk_signin.
#pragma once

#include "fielddesk/signin/passwordchangedialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace fielddesk::client {
class AuthSession;
class ConnectionMonitor;
struct ApiError;
} // namespace fielddesk::client

namespace fielddesk::signin {
class SignInDialog;
}

namespace fielddesk::shell {

class MainWindow;

class SessionFlow : public QObject
{
    Q_OBJECT

public:
    struct StartOptions
    {
        QUrl server;      // empty: the last one used
        QString caFile;   // a company's certificate authority (PEM); empty: the last one used
        QString email;    // empty: the last one used
        QString password; // with an email: sign in at once (demo convenience)
    };

    SessionFlow(client::AuthSession *session,
                client::ConnectionMonitor *monitor,
                QObject *parent = nullptr);
    ~SessionFlow() override;

    void start(const StartOptions &options);

    signin::SignInDialog *signInDialog() const { return m_dialog.get(); }
    MainWindow *mainWindow() const { return m_window.get(); }
    // The new password asked for while the main window is open, while it is open.
    signin::PasswordChangeDialog *passwordChangeDialog() const { return m_passwordChange; }

    // The last server, CA file, email and choice, from QSettings.
    static QUrl lastServer();
    static QString lastCaFile();
    static QString lastEmail();

signals:
    // The user closed the sign-in dialog without signing in.
    void quitRequested();

private:
    void showMainWindow();
    void returnToSignIn(const QString &message, bool isError);
    void askForNewPassword();

    client::AuthSession *m_session;
    client::ConnectionMonitor *m_monitor;
    std::unique_ptr<signin::SignInDialog> m_dialog;
    std::unique_ptr<MainWindow> m_window;
    QPointer<signin::PasswordChangeDialog> m_passwordChange;
};

} // namespace fielddesk::shell
