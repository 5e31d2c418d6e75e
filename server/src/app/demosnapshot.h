// A copy of a freshly seeded demo database, kept so that the next demo server started on an
// empty database within the same hour copies it instead of seeding again: seeding takes
// ~0.4 s on SQLite (~2.5 s under AddressSanitizer, ~6 s on PostgreSQL there), copying a few
// milliseconds (half a second on PostgreSQL), and the tests start some 170 demo servers. The
// copy is kept under a name made of everything the seed depends on (the server's own program,
// the demo's time zone, its date and hour there, the password hash's parameters) and serves
// only while younger than kMaxAgeSeconds; what follows the clock to the minute (the
// technicians' phones) is never in it (DemoData::seedLive).
// SQLite: a file in `demo_snapshot_dir`. PostgreSQL: a database on the same server
// (fielddesk_demo_<key>, its comment the time it was made), and an empty database is replaced
// by a copy of it (dropped and made again from it: CREATE DATABASE ... TEMPLATE), which needs
// the right to create databases. Off unless `demo_snapshot_dir` is set (the tests set it).
#pragma once

#include "auth/passwordhasher.h"
#include "storage/databaseurl.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fielddesk::server {

class Database;

class DemoSnapshot
{
public:
    static constexpr int kMaxAgeSeconds = 300;

    // nullopt when no directory is given.
    static std::optional<DemoSnapshot> forServer(const QString &directory,
                                                 const DatabaseUrl &database,
                                                 const QString &demoTimeZone,
                                                 const Argon2Parameters &argon2,
                                                 const QDateTime &now);

    // Where this server's seed is kept: a file, or a database's name.
    const QString &where() const { return m_where; }
    // Copies the kept seed into the server's database before anything opens it: only when the
    // database is missing or empty and the copy is young enough. Whether it did; *error when
    // a copy was tried and failed (the database is then left empty, so the server seeds).
    bool restore(QString *error) const;
    // Keeps a copy of `db` (just seeded), replacing any; never throws. Made under a name of
    // this process first, so servers starting at once never mix their copies. Copies too old
    // to serve are removed. On PostgreSQL this thread's connection to `db` is closed first.
    void save(Database &db) const;

private:
    DemoSnapshot(DatabaseUrl database, QString where)
        : m_database(std::move(database))
        , m_where(std::move(where))
    {}

    bool restoreFile(QString *error) const;
    bool restoreDatabase(QString *error) const;
    void saveFile(Database &db) const;
    void saveDatabase(Database &db) const;

    DatabaseUrl m_database; // the server's
    QString m_where;
};

} // namespace fielddesk::server
