// The sign-in dialog: server URL, email, password and "keep me signed in", and for an https
// server the company's certificate authority file to trust besides the system's. It drives an
// AuthSession and closes (accepted) once signed in; failures stay in the dialog with the
// server's message and everything typed kept. A user who must change their password is asked
// for a new one (PasswordChangeDialog) before the dialog closes; cancelling it signs out. Depends
// on QtWidgets and fielddesk_client only.
#pragma once

#include "fielddesk/signin/passwordchangedialog.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fielddesk::client {
class AuthSession;
struct ApiError;
} // namespace fielddesk::client

namespace fielddesk::signin {

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Severity { Info, Warning, Error };
    Q_ENUM(Severity)

    explicit SignInDialog(client::AuthSession *session, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServerUrl(const QUrl &url);
    // What the server field holds, normalised; invalid when it is not a usable address.
    QUrl serverUrl() const;
    // The company's certificate authority (PEM) trusted for an https server; empty: the
    // system's authorities only. Shown for an https address, or when one is set.
    void setCaFile(const QString &path);
    QString caFile() const;
    bool isCaFileShown() const;
    void setEmail(const QString &email);
    QString email() const;
    void setPassword(const QString &password);
    void setKeepSignedIn(bool keep);
    bool keepSignedIn() const;

    void showMessage(const QString &text, Severity severity);
    void clearMessage();
    QString message() const;
    Severity messageSeverity() const { return m_severity; }

    // True while a sign-in is in flight (the Sign in button is disabled then).
    bool isBusy() const;
    // The new password asked for after signing in, while it is open.
    PasswordChangeDialog *passwordChangeDialog() const { return m_passwordChange; }

public slots:
    // What the Sign in button does: checks the fields, then signs in.
    void signIn();
    // Signs in silently with the refresh token kept for this server and email; the form
    // stays usable if there is none.
    void resumeSavedSession();
    // Back to an empty password and no message, for the next sign-in after a sign-out.
    void prepareForNextSignIn();

    void reject() override;
    void done(int result) override;

private:
    enum class Phase {
        Editing,
        SigningIn,        // email and password sent
        Resuming,         // signing in with a kept refresh token
        ChangingPassword, // signed in with a password the user must change first
        KeepingToken,     // signed in; waiting for the keychain to store the refresh token
        SignedInWarned,   // signed in, but the keychain failed: the user reads why, then goes on
    };

    void buildUi();
    void setPhase(Phase phase);
    void onSignedIn();
    void onPasswordChangeRequired();
    void onSignInFailed(const client::ApiError &error);
    void onResumeFailed(const QString &message);
    void onRefreshTokenKept();
    void onRefreshTokenNotKept(const QString &message);
    void onPrimaryClicked();
    bool validate();
    // The trust the fields ask for, given to the API client; false (with the message shown)
    // when the CA file cannot be used.
    bool applyServerTrust();
    void showCaFileWhenUseful();
    void browseForCaFile();

    client::AuthSession *m_session;
    Phase m_phase = Phase::Editing;
    Severity m_severity = Severity::Info;
    bool m_keepRequested = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_caFile = nullptr;
    QWidget *m_caFileRow = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_keep = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_primary = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<PasswordChangeDialog> m_passwordChange;
};

} // namespace fielddesk::signin
