// Sign-in, token refresh with rotation and re-use detection, sign-out, and turning an access
// token into the caller's identity for every request.
#pragma once

#include "auth/jwt.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "fielddesk/domain/organisation.h"
#include "http/requestpipeline.h"
#include "services/callcontext.h"
#include "services/tenantservice.h"
#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

struct TokenSettings
{
    qint64 accessTokenSeconds = 15 * 60;
    qint64 refreshTokenSeconds = 30 * 24 * 3600;
};

struct SignedIn
{
    QByteArray accessToken;
    QByteArray refreshToken;
    qint64 expiresIn = 0;
    User user;
    std::optional<Tenant> tenant; // none for an operator

    void writeJson(JsonWriter &w) const;
};

// What a sign-in's answer and GET /me say of the session, into an open object: whether the
// password must be changed, the user, and the tenant (null for an operator).
void writeSessionFields(JsonWriter &w, const User &user, const std::optional<Tenant> &tenant);

class AuthService : public Authenticator
{
public:
    AuthService(Database &db,
                const JwtCodec &jwt,
                const PasswordHasher &hasher,
                LoginThrottle &throttle,
                const TenantService &tenants,
                TokenSettings settings);

    Result<SignedIn>
    login(const QString &email, const QString &password, const QString &remoteAddress);
    Result<SignedIn> refresh(const QByteArray &refreshToken);
    // Revokes the sign-in of this refresh token, or every sign-in of the user without one.
    Status logout(const Principal &principal, const std::optional<QByteArray> &refreshToken);

    // The signed-in user as they are now (operators too, who are in no tenant).
    Result<User> me(const Principal &caller) const;
    // The caller's own password: the current one proves it is them; every other sign-in of
    // theirs ends, and this one goes on with the new tokens answered. Clears
    // must_change_password. Audited.
    Result<SignedIn> changePassword(const CallContext &call,
                                    const QString &currentPassword,
                                    const QString &newPassword);

    Result<Principal> authenticate(const QByteArray &accessToken) const override;
    Result<Principal> authenticateApiKey(const QByteArray &key) const override;

    static Principal principalOf(const User &user);

private:
    Result<SignedIn> issue(const User &user, const QString &familyId);

    Database &m_db;
    const JwtCodec &m_jwt;
    const PasswordHasher &m_hasher;
    LoginThrottle &m_throttle;
    const TenantService &m_tenants;
    TokenSettings m_settings;
};

} // namespace fielddesk::server
