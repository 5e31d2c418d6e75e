// The console's signed-in session: signs in with email and password (or with a kept refresh
// token), refreshes the access token before it expires (the server rotates the refresh token
// on every refresh), keeps the refresh token in a TokenStore when asked, and signs out. A user
// who must change their password (a temporary one, or an admin asked for it) is held before
// signedIn() until changePassword() succeeds: the server refuses them everything else.
// Part of fielddesk_client: QtCore and QtNetwork only, no widgets.
#pragma once

#include "fielddesk/client/apierror.h"
#include "fielddesk/client/tenantprofile.h"
#include "fielddesk/client/tokenstore.h"
#include "fielddesk/client/userprofile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace fielddesk::client {

class ApiClient;
struct ApiResponse;

class AuthSession : public QObject
{
    Q_OBJECT

public:
    // PasswordChangeRequired: the server knows who it is but answers nothing but the password
    // change; signedIn() follows once it is done.
    enum class State { SignedOut, SigningIn, PasswordChangeRequired, SignedIn };
    Q_ENUM(State)
    enum class KeepSignedIn { No, Yes };

    // Refresh this long before the access token expires (or at 3/4 of a shorter lifetime).
    static constexpr std::chrono::seconds kRefreshMargin{60};
    // After a failed refresh that may be temporary (network, 5xx), try again after this.
    static constexpr std::chrono::seconds kRefreshRetry{15};

    explicit AuthSession(ApiClient *api, QObject *parent = nullptr);
    ~AuthSession() override;

    ApiClient *api() const { return m_api; }

    // Optional: without a store "keep me signed in" silently does nothing.
    void setTokenStore(TokenStore *store) { m_store = store; }
    TokenStore *tokenStore() const { return m_store; }

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    QString email() const { return m_email; }
    const UserProfile &user() const { return m_user; }
    const TenantProfile &tenant() const { return m_tenant; }
    QString refreshToken() const { return m_refreshToken; }
    QDateTime accessTokenExpiresAt() const { return m_accessExpiresAt; }
    bool keepsSignedIn() const { return m_keep; }
    // The TokenStore entry for the current server and email.
    QString accountKey() const;

    void
    signIn(const QString &email, const QString &password, KeepSignedIn keep = KeepSignedIn::No);
    // Signs in with the refresh token kept for this server and email, if there is one.
    void resume(const QString &email);
    // Gets a new access token now (normally a timer does this before expiry).
    void refresh();
    // Revokes the refresh token on the server (best effort), forgets the kept token and the
    // local session. signedOut() follows at once.
    void signOut();
    // Abandons a sign-in in flight; its answer is ignored.
    void cancel();
    // Sets a password of the user's own (POST /me/password); the server answers new tokens,
    // and signedIn() or passwordChangeFailed() follows.
    void changePassword(const QString &currentPassword, const QString &newPassword);

signals:
    void stateChanged(fielddesk::client::AuthSession::State state);
    void signedIn();
    void signInFailed(const fielddesk::client::ApiError &error);
    // The user must choose a new password before anything else: at sign-in, or later when an
    // admin asked for it (the workspaces stop until it is done).
    void passwordChangeRequired();
    void passwordChangeFailed(const fielddesk::client::ApiError &error);
    // resume() did not sign in; message is empty when nothing was kept (nothing to tell).
    void resumeFailed(const QString &message);
    // New access and refresh tokens (the old refresh token is dead now).
    void refreshed();
    // The server no longer accepts this session; sign in again.
    void sessionExpired(const fielddesk::client::ApiError &error);
    void signedOut();
    // "Keep me signed in": the refresh token is in the store / could not be stored (nothing
    // was stored then, and the session stops trying for this sign-in).
    void refreshTokenKept();
    void refreshTokenNotKept(const QString &message);

private:
    void startSignIn(const QString &email);
    bool applyTokens(const ApiResponse &response);
    // Signed in after a sign-in answer (or a password change): held for the password change
    // when the server asks for one, else signedIn() and the token kept or forgotten.
    void admit(const ApiResponse &response, bool keep);
    void requirePasswordChange();
    void scheduleRefresh(std::chrono::milliseconds delay);
    void keepRefreshToken();
    void forgetKeptToken(const QString &account);
    void clear();
    void setState(State state);

    ApiClient *m_api;
    QPointer<TokenStore> m_store;
    State m_state = State::SignedOut;
    QString m_email;
    QByteArray m_accessToken;
    QString m_refreshToken;
    QDateTime m_accessExpiresAt;
    UserProfile m_user;
    TenantProfile m_tenant;
    bool m_keep = false;
    bool m_refreshInFlight = false;
    // Bumped whenever the session changes hands (sign in, sign out, cancel) so that late
    // answers to an older attempt are ignored.
    quint64 m_epoch = 0;
    QTimer m_refreshTimer;
};

} // namespace fielddesk::client
