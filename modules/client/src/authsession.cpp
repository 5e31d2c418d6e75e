#include "fielddesk/client/authsession.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/tokenstore.h"

#include <QLoggingCategory>

#include <algorithm>

namespace fielddesk::client {

namespace {

Q_LOGGING_CATEGORY(lcSession, "fielddesk.client.session")

// Used when an answer forgets expires_in: the server's documented access-token lifetime.
constexpr std::chrono::seconds kDefaultAccessLifetime{900};
constexpr std::chrono::milliseconds kMinimumRefreshDelay{1000};
constexpr std::chrono::milliseconds kLogoutTimeout{5000};

const QString kLoginPath = QStringLiteral("/api/v1/auth/login");
const QString kRefreshPath = QStringLiteral("/api/v1/auth/refresh");
const QString kLogoutPath = QStringLiteral("/api/v1/auth/logout");
const QString kPasswordPath = QStringLiteral("/api/v1/me/password");

bool mustChangePassword(const ApiResponse &response)
{
    return response.json.value(QLatin1String("must_change_password")).toBool();
}

ApiRequest refreshRequest(const QString &refreshToken)
{
    return ApiRequest::post(kRefreshPath, {{QStringLiteral("refresh_token"), refreshToken}})
        .withoutToken();
}

} // namespace

AuthSession::AuthSession(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AuthSession::refresh);
    // The timer can be late (a laptop asleep past the expiry): a refused token refreshes now.
    connect(m_api, &ApiClient::accessTokenRejected, this, &AuthSession::refresh);
    connect(m_api, &ApiClient::passwordChangeRequired, this, [this] {
        if (m_state == State::SignedIn)
            requirePasswordChange();
    });
}

AuthSession::~AuthSession() = default;

QString AuthSession::accountKey() const
{
    return TokenStore::accountKey(m_api->baseUrl(), m_email);
}

void AuthSession::startSignIn(const QString &email)
{
    clear();
    m_email = email.trimmed();
    setState(State::SigningIn);
}

void AuthSession::signIn(const QString &email, const QString &password, KeepSignedIn keep)
{
    startSignIn(email);
    const quint64 epoch = m_epoch;
    const ApiRequest request =
        ApiRequest::post(kLoginPath, {{QStringLiteral("email"), m_email},
                                      {QStringLiteral("password"), password}})
            .withoutToken();
    m_api->send(request, this, [this, epoch, keep](const ApiResponse &response) {
        if (epoch != m_epoch)
            return;
        if (!response.ok() || !applyTokens(response)) {
            setState(State::SignedOut);
            emit signInFailed(response.error.value_or(ApiError::invalidResponse(response.status)));
            return;
        }
        admit(response, keep == KeepSignedIn::Yes);
    });
}

void AuthSession::admit(const ApiResponse &response, bool keep)
{
    m_keep = keep && m_store;
    if (mustChangePassword(response)) {
        requirePasswordChange(); // the token is kept once the password is the user's own
        return;
    }
    setState(State::SignedIn);
    emit signedIn();
    if (m_keep)
        keepRefreshToken();
    else if (m_store)
        forgetKeptToken(accountKey()); // unchecked: leave no older token behind
}

void AuthSession::requirePasswordChange()
{
    setState(State::PasswordChangeRequired);
    emit passwordChangeRequired();
}

void AuthSession::changePassword(const QString &currentPassword, const QString &newPassword)
{
    if (m_state != State::PasswordChangeRequired && m_state != State::SignedIn)
        return;
    const quint64 epoch = m_epoch;
    const ApiRequest request =
        ApiRequest::post(kPasswordPath, {{QStringLiteral("current_password"), currentPassword},
                                         {QStringLiteral("new_password"), newPassword}});
    m_api->send(request, this, [this, epoch](const ApiResponse &response) {
        if (epoch != m_epoch)
            return;
        // The answer is a new sign-in: every older refresh token of this user is revoked.
        if (!response.ok() || !applyTokens(response)) {
            emit passwordChangeFailed(
                response.error.value_or(ApiError::invalidResponse(response.status)));
            return;
        }
        admit(response, m_keep);
    });
}

void AuthSession::resume(const QString &email)
{
    startSignIn(email);
    if (!m_store) {
        setState(State::SignedOut);
        emit resumeFailed(QString());
        return;
    }
    const quint64 epoch = m_epoch;
    const QString account = accountKey();
    m_store->read(account, this, [this, epoch, account](const TokenStore::Result &kept) {
        if (epoch != m_epoch)
            return;
        if (!kept.ok() || kept.token.isEmpty()) {
            if (!kept.message.isEmpty())
                qCInfo(lcSession) << "no kept session:" << kept.message;
            setState(State::SignedOut);
            emit resumeFailed(QString());
            return;
        }
        m_api->send(refreshRequest(kept.token), this,
                    [this, epoch, account](const ApiResponse &response) {
                        if (epoch != m_epoch)
                            return;
                        if (!response.ok() || !applyTokens(response)) {
                            setState(State::SignedOut);
                            const ApiError error =
                                response.error.value_or(ApiError::invalidResponse(response.status));
                            if (error.isUnauthorized()) {
                                forgetKeptToken(account);
                                emit resumeFailed(tr("Your saved sign-in is no longer valid. "
                                                     "Please sign in again."));
                            } else {
                                emit resumeFailed(error.message());
                            }
                            return;
                        }
                        admit(response, true); // the kept token was just rotated: keep the new one
                    });
    });
}

void AuthSession::refresh()
{
    // Also while the password change is pending: the dialog may stay open past the expiry.
    if ((m_state != State::SignedIn && m_state != State::PasswordChangeRequired) ||
        m_refreshInFlight)
        return;
    m_refreshInFlight = true;
    m_refreshTimer.stop();
    const quint64 epoch = m_epoch;
    m_api->send(refreshRequest(m_refreshToken), this, [this, epoch](const ApiResponse &response) {
        if (epoch != m_epoch)
            return;
        m_refreshInFlight = false;
        if (response.ok() && applyTokens(response)) {
            emit refreshed();
            if (m_state == State::SignedIn && mustChangePassword(response))
                requirePasswordChange();
            else if (m_keep && m_state == State::SignedIn)
                keepRefreshToken();
            return;
        }
        const ApiError error = response.error.value_or(ApiError::invalidResponse(response.status));
        if (error.isUnauthorized()) {
            // Revoked, expired, or the family was revoked after a re-use: this session is over.
            qCInfo(lcSession) << "session expired:" << error.message();
            const QString account = accountKey();
            const bool hadKept = m_keep;
            clear();
            if (hadKept)
                forgetKeptToken(account);
            setState(State::SignedOut);
            emit sessionExpired(error);
            return;
        }
        // Network trouble or a server hiccup: the refresh token is still good, try again.
        qCInfo(lcSession) << "refresh failed, retrying:" << error.message();
        const auto retry = error.retryAfterSeconds ? std::chrono::seconds(*error.retryAfterSeconds)
                                                   : kRefreshRetry;
        scheduleRefresh(std::max<std::chrono::milliseconds>(retry, kMinimumRefreshDelay));
    });
}

void AuthSession::signOut()
{
    const bool wasSignedIn = m_state == State::SignedIn;
    // The server answers a pending password change nothing but the change itself (no sign-out);
    // a kept token is forgotten all the same.
    const bool hadSession = wasSignedIn || m_state == State::PasswordChangeRequired;
    const QByteArray accessToken = m_accessToken;
    const QString refreshToken = m_refreshToken;
    const QString account = accountKey();
    clear();
    setState(State::SignedOut);
    if (wasSignedIn) {
        // Best effort and not tied to this session's lifetime: the answer changes nothing here.
        ApiRequest request =
            ApiRequest::post(kLogoutPath, {{QStringLiteral("refresh_token"), refreshToken}});
        request.bearerToken = accessToken;
        request.timeout = kLogoutTimeout;
        m_api->send(request, nullptr, [](const ApiResponse &response) {
            if (!response.ok())
                qCInfo(lcSession) << "sign-out not confirmed:" << response.error->message();
        });
    }
    if (hadSession && m_store)
        forgetKeptToken(account);
    emit signedOut();
}

void AuthSession::cancel()
{
    if (m_state != State::SigningIn)
        return;
    clear();
    setState(State::SignedOut);
}

bool AuthSession::applyTokens(const ApiResponse &response)
{
    const QJsonObject &json = response.json;
    const QByteArray accessToken = json.value(QLatin1String("access_token")).toString().toUtf8();
    const QString refreshToken = json.value(QLatin1String("refresh_token")).toString();
    if (accessToken.isEmpty() || refreshToken.isEmpty() ||
        !json.value(QLatin1String("user")).isObject())
        return false;

    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
    m_api->setAccessToken(m_accessToken);
    m_user = UserProfile::fromJson(json.value(QLatin1String("user")).toObject());
    m_tenant = TenantProfile::fromJson(json.value(QLatin1String("tenant")).toObject());

    const qint64 expiresIn = json.value(QLatin1String("expires_in")).toInteger();
    const std::chrono::seconds lifetime =
        expiresIn > 0 ? std::chrono::seconds(expiresIn) : kDefaultAccessLifetime;
    m_accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetime.count());
    // Well before expiry, so that one failed attempt can be retried in time.
    const std::chrono::milliseconds delay = std::max<std::chrono::milliseconds>(
        {lifetime - kRefreshMargin, lifetime * 3 / 4, kMinimumRefreshDelay});
    scheduleRefresh(delay);
    return true;
}

void AuthSession::scheduleRefresh(std::chrono::milliseconds delay)
{
    m_refreshTimer.start(delay);
}

void AuthSession::keepRefreshToken()
{
    if (!m_store)
        return;
    const quint64 epoch = m_epoch;
    m_store->write(accountKey(), m_refreshToken, this,
                   [this, epoch](const TokenStore::Result &result) {
                       if (epoch != m_epoch)
                           return;
                       if (result.ok()) {
                           emit refreshTokenKept();
                           return;
                       }
                       qCWarning(lcSession) << "refresh token not kept:" << result.message;
                       m_keep = false; // nothing is stored; do not try again on every refresh
                       emit refreshTokenNotKept(result.message);
                   });
}

void AuthSession::forgetKeptToken(const QString &account)
{
    if (!m_store)
        return;
    m_store->remove(account, this, [](const TokenStore::Result &result) {
        if (!result.ok() && result.status != TokenStore::Result::Status::NotFound)
            qCInfo(lcSession) << "kept token not removed:" << result.message;
    });
}

void AuthSession::clear()
{
    ++m_epoch;
    m_refreshTimer.stop();
    m_refreshInFlight = false;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessExpiresAt = {};
    m_api->setAccessToken({});
    m_user = {};
    m_tenant = {};
    m_keep = false;
}

void AuthSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace fielddesk::client
