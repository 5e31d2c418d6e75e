// The failed sign-ins the login throttle counts (table login_failures): one row per failure
// and key, shared by every server on the database. The rule itself is LoginThrottle's.
#pragma once

#include "storage/database.h"

#include <QStringList>

namespace fielddesk::server {

struct FailureCount
{
    int count = 0;
    qint64 oldest = 0; // the time of the oldest failure counted; 0 when none
};

class LoginFailureRepository
{
public:
    explicit LoginFailureRepository(Database &db)
        : m_db(db)
    {}

    // PostgreSQL: holds these keys until the transaction ends, so that another server's check
    // and count of the same key waits for this one's (taken in one order: no deadlock).
    // SQLite has one writer at a time anyway.
    void lockKeys(const QStringList &keys);
    // The failures of `key` after `since`.
    FailureCount countAfter(const QString &key, qint64 since);
    void add(const QString &key, qint64 at);
    // Forgets every failure of `key`.
    void clear(const QString &key);
    // Forgets the newest failure of `key`, if it has one.
    void removeNewest(const QString &key);
    // Deletes the failures of `key` (every key when empty) at or before `cutoff`; how many.
    int deleteUpTo(qint64 cutoff, const QString &key = {});

private:
    Database &m_db;
};

} // namespace fielddesk::server
