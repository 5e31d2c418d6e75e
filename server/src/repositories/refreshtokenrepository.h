// SQL for refresh tokens. Only a SHA-256 of each token is stored; tokens of one sign-in form
// a family so that re-use of a rotated token can revoke them all.
#pragma once

#include "storage/database.h"

#include <optional>

namespace fielddesk::server {

struct RefreshTokenRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    QString familyId;
    QString expiresAt;
    bool used = false;
    bool revoked = false;
};

class RefreshTokenRepository
{
public:
    explicit RefreshTokenRepository(Database &db)
        : m_db(db)
    {}

    void insert(qint64 userId,
                const QString &familyId,
                const QByteArray &tokenHash,
                const QString &expiresAt);
    std::optional<RefreshTokenRecord> findByHash(const QByteArray &tokenHash);
    // True when this call marked it used (false: someone else used it first).
    bool markUsed(qint64 id);
    void revokeFamily(const QString &familyId);
    void revokeAllOfUser(qint64 userId);

private:
    Database &m_db;
};

} // namespace fielddesk::server
