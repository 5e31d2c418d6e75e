#include "auth/jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace fielddesk::server {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodeSegment(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

std::optional<QByteArray> decodeSegment(const QByteArray &segment)
{
    auto decoded = QByteArray::fromBase64Encoding(
        segment, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<QJsonObject> decodeObject(const QByteArray &segment)
{
    const auto bytes = decodeSegment(segment);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

Failure invalidToken(const QString &why)
{
    return Failure::unauthorized(QStringLiteral("The access token is not valid: %1.").arg(why));
}

} // namespace

JwtCodec::JwtCodec(QByteArray secret)
    : m_secret(std::move(secret))
{}

QByteArray JwtCodec::signature(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256);
}

QByteArray JwtCodec::sign(const AccessClaims &claims) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("iss"), QLatin1String(kIssuer)},
                              {QStringLiteral("sub"), QString::number(claims.userId)},
                              {QStringLiteral("tid"), claims.tenantId},
                              {QStringLiteral("role"), claims.role},
                              {QStringLiteral("iat"), claims.issuedAt},
                              {QStringLiteral("exp"), claims.expiresAt},
                              {QStringLiteral("jti"), claims.tokenId}};
    const QByteArray signingInput = encodeSegment(header) + '.' + encodeSegment(payload);
    return signingInput + '.' + signature(signingInput).toBase64(kBase64Url);
}

Result<AccessClaims> JwtCodec::verify(const QByteArray &token, qint64 nowSeconds) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return invalidToken(QStringLiteral("it is not a JWT"));
    const auto header = decodeObject(parts[0]);
    if (!header)
        return invalidToken(QStringLiteral("its header is not readable"));
    // Only our algorithm: never "none", never a public-key algorithm keyed with our secret.
    if (header->value(QLatin1String("alg")).toString() != QLatin1String("HS256"))
        return invalidToken(QStringLiteral("only HS256 tokens are accepted"));
    const auto givenSignature = decodeSegment(parts[2]);
    if (!givenSignature ||
        !constantTimeEquals(*givenSignature, signature(parts[0] + '.' + parts[1])))
        return invalidToken(QStringLiteral("its signature does not match"));
    const auto payload = decodeObject(parts[1]);
    if (!payload)
        return invalidToken(QStringLiteral("its payload is not readable"));
    if (payload->value(QLatin1String("iss")).toString() != QLatin1String(kIssuer))
        return invalidToken(QStringLiteral("it was not issued by FieldDesk"));

    AccessClaims claims;
    bool ok = false;
    claims.userId = payload->value(QLatin1String("sub")).toString().toLongLong(&ok);
    claims.tenantId = payload->value(QLatin1String("tid")).toInteger();
    claims.role = payload->value(QLatin1String("role")).toString();
    claims.issuedAt = payload->value(QLatin1String("iat")).toInteger();
    claims.expiresAt = payload->value(QLatin1String("exp")).toInteger();
    claims.tokenId = payload->value(QLatin1String("jti")).toString();
    // Only an operator's token names no tenant (tid 0).
    const bool tenantNamed =
        claims.tenantId > 0 || (claims.tenantId == 0 && claims.role == QLatin1String("operator"));
    if (!ok || claims.userId <= 0 || !tenantNamed || claims.expiresAt <= 0)
        return invalidToken(QStringLiteral("its claims are incomplete"));
    if (nowSeconds >= claims.expiresAt)
        return Failure::unauthorized(
            QStringLiteral("The access token has expired; refresh it or sign in again."));
    return claims;
}

} // namespace fielddesk::server
