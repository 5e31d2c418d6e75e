#include "services/authservice.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/refreshtokenrepository.h"
#include "repositories/tenantrepository.h"
#include "repositories/userrepository.h"

#include "auth/secrettoken.h"
#include "repositories/apikeyrepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace fielddesk::server {

namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray newRefreshToken()
{
    return newSecretToken();
}

QByteArray hashOf(const QByteArray &refreshToken)
{
    return hashOfSecret(refreshToken);
}

Failure wrongCredentials()
{
    return Failure::unauthorized(QStringLiteral("Wrong email or password."));
}

Failure invalidRefresh(const QString &detail)
{
    return Failure::unauthorized(detail);
}

} // namespace

void SignedIn::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("access_token", QString::fromLatin1(accessToken));
    w.field("refresh_token", QString::fromLatin1(refreshToken));
    w.field("token_type", "Bearer");
    w.field("expires_in", expiresIn);
    writeSessionFields(w, user, tenant);
    w.endObject();
}

void writeSessionFields(JsonWriter &w, const User &user, const std::optional<Tenant> &tenant)
{
    w.field("must_change_password", user.mustChangePassword);
    w.key("user");
    user.writeJson(w);
    w.key("tenant");
    if (tenant)
        tenant->writeJson(w);
    else
        w.nullValue();
}

AuthService::AuthService(Database &db,
                         const JwtCodec &jwt,
                         const PasswordHasher &hasher,
                         LoginThrottle &throttle,
                         const TenantService &tenants,
                         TokenSettings settings)
    : m_db(db)
    , m_jwt(jwt)
    , m_hasher(hasher)
    , m_throttle(throttle)
    , m_tenants(tenants)
    , m_settings(settings)
{}

Principal AuthService::principalOf(const User &user)
{
    Principal p;
    p.userId = user.id;
    p.tenantId = user.tenantId;
    p.role = user.role;
    p.email = user.email;
    p.name = user.name;
    p.locationIds = user.locationIds;
    p.mustChangePassword = user.mustChangePassword;
    return p;
}

Result<SignedIn>
AuthService::login(const QString &email, const QString &password, const QString &remoteAddress)
{
    // Counted as a failure from the start; a correct password takes the count back.
    if (const int wait = m_throttle.beginAttempt(email, remoteAddress, nowSeconds()); wait > 0)
        return Failure::tooManyRequests(wait);

    UserRepository users(m_db);
    const std::optional<UserCredentials> credentials = users.findCredentials(email);
    if (!credentials) {
        m_hasher.verifyDummy(password); // same cost as a real check: timing tells nothing
        return wrongCredentials();
    }
    if (!m_hasher.verify(credentials->passwordHash, password))
        return wrongCredentials();
    m_throttle.recordSuccess(email, remoteAddress);
    if (!credentials->user.active)
        return Failure::forbidden(
            QStringLiteral("This account is deactivated. Ask your administrator."));

    Transaction tx(m_db);
    tx.describeNoJobChanged(); // a sign-in's tokens
    Result<SignedIn> result =
        issue(credentials->user, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (result)
        tx.commit();
    return result;
}

Result<SignedIn> AuthService::issue(const User &user, const QString &familyId)
{
    std::optional<Tenant> tenant;
    if (user.role != Role::Operator) {
        tenant = m_tenants.find(user.tenantId);
        if (!tenant)
            return Failure::unauthorized(QStringLiteral("This account no longer exists."));
        if (tenant->status == TenantService::kSuspended)
            return Failure::tenantSuspended();
    }

    const qint64 now = nowSeconds();
    AccessClaims claims;
    claims.userId = user.id;
    claims.tenantId = user.tenantId;
    claims.role = roleName(user.role);
    claims.issuedAt = now;
    claims.expiresAt = now + m_settings.accessTokenSeconds;
    claims.tokenId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    SignedIn signedIn;
    signedIn.accessToken = m_jwt.sign(claims);
    signedIn.refreshToken = newRefreshToken();
    signedIn.expiresIn = m_settings.accessTokenSeconds;
    signedIn.user = user;
    signedIn.tenant = tenant;
    RefreshTokenRepository(m_db).insert(
        user.id, familyId, hashOf(signedIn.refreshToken),
        toTimestamp(QDateTime::fromSecsSinceEpoch(now + m_settings.refreshTokenSeconds, Qt::UTC)));
    return signedIn;
}

Result<SignedIn> AuthService::refresh(const QByteArray &refreshToken)
{
    RefreshTokenRepository tokens(m_db);
    Transaction tx(m_db);
    tx.describeNoJobChanged(); // a sign-in's tokens
    const std::optional<RefreshTokenRecord> record = tokens.findByHash(hashOf(refreshToken));
    if (!record || record->revoked)
        return invalidRefresh(QStringLiteral("This refresh token is not valid; sign in again."));
    if (record->used || !tokens.markUsed(record->id)) {
        // A rotated token came back: it was stolen or replayed. End the whole sign-in.
        tokens.revokeFamily(record->familyId);
        tx.commit();
        return invalidRefresh(
            QStringLiteral("This refresh token was already used; the session has been "
                           "signed out everywhere for safety. Sign in again."));
    }
    if (record->expiresAt <= nowTimestamp())
        return invalidRefresh(QStringLiteral("This refresh token has expired; sign in again."));

    // The user row decides, not the old token: role changes and deactivation apply at once.
    const std::optional<UserAccount> account = UserRepository(m_db).findAccount(record->userId);
    if (!account)
        return invalidRefresh(QStringLiteral("This account no longer exists."));
    if (!account->user.active)
        return invalidRefresh(QStringLiteral("This account is deactivated."));

    Result<SignedIn> result = issue(account->user, record->familyId);
    if (result)
        tx.commit();
    return result;
}

Status AuthService::logout(const Principal &principal,
                           const std::optional<QByteArray> &refreshToken)
{
    RefreshTokenRepository tokens(m_db);
    Transaction tx(m_db);
    tx.describeNoJobChanged(); // a sign-in's tokens
    if (refreshToken) {
        const std::optional<RefreshTokenRecord> record = tokens.findByHash(hashOf(*refreshToken));
        // Someone else's token is treated like an unknown one: nothing to revoke here.
        if (record && record->userId == principal.userId)
            tokens.revokeFamily(record->familyId);
    } else {
        tokens.revokeAllOfUser(principal.userId);
    }
    tx.commit();
    return Done{};
}

Result<Principal> AuthService::authenticateApiKey(const QByteArray &key) const
{
    const std::optional<ApiKeyOwner> owner =
        ApiKeyRepository(m_db).findActiveByHash(hashOfSecret(key));
    if (!owner)
        return Failure::unauthorized(QStringLiteral("This API key is unknown or revoked."));
    // A suspended company's customers' systems stop with it.
    const std::optional<Tenant> tenant = TenantRepository(m_db).find(owner->tenantId);
    if (tenant && tenant->status == TenantService::kSuspended)
        return Failure::tenantSuspended();
    Principal p;
    p.tenantId = owner->tenantId;
    p.role = Role::Employee; // the least; isCustomerKey() / isFleetTrackerKey() are checked
    p.name = QStringLiteral("API key %1 (%2)").arg(owner->key.name, owner->key.prefix);
    p.locationIds = {owner->key.locationId};
    p.apiKeyId = owner->key.id;
    p.customerId = owner->key.customerId;
    p.fleetTracker = owner->key.kind == QLatin1String(ApiKey::kFleetTracker);
    return p;
}

Result<Principal> AuthService::authenticate(const QByteArray &accessToken) const
{
    Result<AccessClaims> claims = m_jwt.verify(accessToken, nowSeconds());
    if (!claims)
        return claims.failure();
    const std::optional<UserAccount> account = UserRepository(m_db).findAccount(claims->userId);
    if (!account || account->user.tenantId != claims->tenantId || !account->user.active)
        return Failure::unauthorized(QStringLiteral("This account is no longer active."));
    if (account->tenantSuspended)
        return Failure::tenantSuspended();
    if (claims->issuedAt < account->sessionsEndedAt)
        return Failure::unauthorized(
            QStringLiteral("An administrator ended this session. Sign in again."));
    return principalOf(account->user);
}

Result<User> AuthService::me(const Principal &caller) const
{
    const std::optional<UserAccount> account = UserRepository(m_db).findAccount(caller.userId);
    if (!account)
        return Failure::notFound(QStringLiteral("Your account no longer exists."));
    return account->user;
}

Result<SignedIn> AuthService::changePassword(const CallContext &call,
                                             const QString &currentPassword,
                                             const QString &newPassword)
{
    UserRepository users(m_db);
    const qint64 userId = call.principal.userId;
    const std::optional<QString> currentHash = users.passwordHash(userId);
    if (!currentHash)
        return Failure::unauthorized(QStringLiteral("This account no longer exists."));
    if (!m_hasher.verify(*currentHash, currentPassword))
        return Failure::validation(QStringLiteral("current_password"),
                                   QStringLiteral("is not your current password"));
    if (newPassword == currentPassword)
        return Failure::validation(QStringLiteral("new_password"),
                                   QStringLiteral("must differ from the current password"));
    const QString newHash = m_hasher.hash(newPassword);

    Transaction tx(m_db);
    const std::optional<UserAccount> account = users.findAccount(userId);
    if (!account || !account->user.active)
        return Failure::unauthorized(QStringLiteral("This account is no longer active."));
    User user = account->user;
    user.mustChangePassword = false;
    user.updatedAt = nowTimestamp();
    users.setPassword(userId, newHash, false, user.updatedAt);
    // Every other sign-in ends: whoever knew the old password is out.
    RefreshTokenRepository(m_db).revokeAllOfUser(userId);
    AuditRepository(m_db).append(call.audit(
        QStringLiteral("user.password_changed"), QStringLiteral("user"), userId,
        user.locationIds.isEmpty() ? std::nullopt : std::optional<qint64>(user.locationIds.first()),
        {}, {}));
    Result<SignedIn> result = issue(user, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (result)
        tx.commit();
    return result;
}

} // namespace fielddesk::server
