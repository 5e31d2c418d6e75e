// Access tokens: JWT signed with HMAC-SHA256. Only HS256 is accepted when verifying; a token
// naming any other algorithm ("none" included) is refused.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace fielddesk::server {

struct AccessClaims
{
    qint64 userId = 0;
    qint64 tenantId = 0;
    QString role;
    qint64 issuedAt = 0;  // seconds since the epoch
    qint64 expiresAt = 0; // seconds since the epoch
    QString tokenId;
};

class JwtCodec
{
public:
    explicit JwtCodec(QByteArray secret);

    QByteArray sign(const AccessClaims &claims) const;
    // The claims of a well-formed, correctly signed, unexpired token; else a 401 problem.
    Result<AccessClaims> verify(const QByteArray &token, qint64 nowSeconds) const;

    static constexpr const char *kIssuer = "fielddesk";

private:
    QByteArray signature(const QByteArray &signingInput) const;

    QByteArray m_secret;
};

} // namespace fielddesk::server
