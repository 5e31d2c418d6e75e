#include "repositories/loginfailurerepository.h"

namespace fielddesk::server {

namespace {
// The two-key advisory locks of the login throttle: this constant, and the key's hash.
constexpr int kThrottleLockSpace = 7240534;
} // namespace

void LoginFailureRepository::lockKeys(const QStringList &keys)
{
    if (m_db.engine() != Engine::Postgres || keys.isEmpty())
        return;
    // One statement, in hash order: two servers locking the same keys never wait on each
    // other crosswise, not even when two keys share a hash.
    QStringList placeholders;
    for (qsizetype i = 0; i < keys.size(); ++i)
        placeholders << QStringLiteral("SELECT hashtext(?) AS h");
    SqlQuery q(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(CAST(%1 AS INTEGER), k.h) FROM "
                                    "(%2) k ORDER BY k.h")
                         .arg(kThrottleLockSpace)
                         .arg(placeholders.join(QStringLiteral(" UNION "))));
    for (const QString &key : keys)
        q.bind(key);
    q.exec();
    while (q.next()) {
    }
}

FailureCount LoginFailureRepository::countAfter(const QString &key, qint64 since)
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*), COALESCE(MIN(failed_at), 0) FROM "
                                    "login_failures WHERE throttle_key = ? AND failed_at > ?"));
    q.bind(key).bind(since).exec();
    if (!q.next())
        return {};
    return {int(q.integer(0)), q.integer(1)};
}

void LoginFailureRepository::add(const QString &key, qint64 at)
{
    SqlQuery q(
        m_db, QStringLiteral("INSERT INTO login_failures (throttle_key, failed_at) VALUES (?, ?)"));
    q.bind(key).bind(at).exec();
}

void LoginFailureRepository::clear(const QString &key)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM login_failures WHERE throttle_key = ?"));
    q.bind(key).exec();
}

void LoginFailureRepository::removeNewest(const QString &key)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM login_failures WHERE id = (SELECT id FROM "
                                    "login_failures WHERE throttle_key = ? ORDER BY failed_at "
                                    "DESC, id DESC LIMIT 1)"));
    q.bind(key).exec();
}

int LoginFailureRepository::deleteUpTo(qint64 cutoff, const QString &key)
{
    if (key.isEmpty()) {
        SqlQuery q(m_db, QStringLiteral("DELETE FROM login_failures WHERE failed_at <= ?"));
        q.bind(cutoff).exec();
        return q.rowsAffected();
    }
    SqlQuery q(m_db, QStringLiteral(
                         "DELETE FROM login_failures WHERE throttle_key = ? AND failed_at <= ?"));
    q.bind(key).bind(cutoff).exec();
    return q.rowsAffected();
}

} // namespace fielddesk::server
