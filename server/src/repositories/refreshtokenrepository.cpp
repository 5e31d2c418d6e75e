#include "repositories/refreshtokenrepository.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

void RefreshTokenRepository::insert(qint64 userId,
                                    const QString &familyId,
                                    const QByteArray &tokenHash,
                                    const QString &expiresAt)
{
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO refresh_tokens (user_id, family_id, token_hash, created_at, "
                         "expires_at) VALUES (?, ?, ?, ?, ?)"));
    q.bind(userId)
        .bind(familyId)
        .bind(QString::fromLatin1(tokenHash))
        .bind(nowTimestamp())
        .bind(expiresAt)
        .exec();
}

std::optional<RefreshTokenRecord> RefreshTokenRepository::findByHash(const QByteArray &tokenHash)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, user_id, family_id, expires_at, used_at, revoked_at "
                              "FROM refresh_tokens WHERE token_hash = ?"));
    q.bind(QString::fromLatin1(tokenHash)).exec();
    if (!q.next())
        return std::nullopt;
    RefreshTokenRecord r;
    r.id = q.integer(0);
    r.userId = q.integer(1);
    r.familyId = q.text(2);
    r.expiresAt = q.text(3);
    r.used = !q.isNull(4);
    r.revoked = !q.isNull(5);
    return r;
}

bool RefreshTokenRepository::markUsed(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE refresh_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL"));
    q.bind(nowTimestamp()).bind(id).exec();
    return q.rowsAffected() == 1;
}

void RefreshTokenRepository::revokeFamily(const QString &familyId)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"));
    q.bind(nowTimestamp()).bind(familyId).exec();
}

void RefreshTokenRepository::revokeAllOfUser(qint64 userId)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"));
    q.bind(nowTimestamp()).bind(userId).exec();
}

} // namespace fielddesk::server
