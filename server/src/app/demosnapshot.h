// A copy of a freshly seeded demo database (SQLite), kept so that the next demo server started
// on an empty file within the same hour copies it instead of seeding again: seeding takes
// ~0.4 s (~2.5 s under AddressSanitizer), copying a few milliseconds, and the tests start
// some 170 demo servers. The copy is kept under a name made of everything the seed depends
// on (the server's own program, the demo's time zone, its date and hour there, the password
// hash's parameters) and serves only while younger than kMaxAgeSeconds; what follows the clock
// to the minute (the technicians' phones) is never in it (DemoData::seedLive).
// Off unless `demo_snapshot_dir` is set (the tests set it); PostgreSQL always seeds.
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

    // nullopt when no directory is given or the database is not SQLite.
    static std::optional<DemoSnapshot> forServer(const QString &directory,
                                                 const DatabaseUrl &database,
                                                 const QString &demoTimeZone,
                                                 const Argon2Parameters &argon2,
                                                 const QDateTime &now);

    // The file this server's seed is kept in.
    const QString &path() const { return m_path; }
    // Copies the snapshot into the database file before anything opens it: only when the file
    // is missing or empty and the snapshot is young enough. Whether it did; *error when a copy
    // was tried and failed (the file is then removed, so the server seeds as usual).
    bool restoreInto(const QString &databasePath, QString *error) const;
    // Keeps a copy of `db` (just seeded) under path(), replacing any; never throws. Written
    // under a name of this process first, so servers starting at once never mix their copies.
    // Copies in the folder too old to serve are removed.
    void save(Database &db) const;

private:
    explicit DemoSnapshot(QString path)
        : m_path(std::move(path))
    {}

    QString m_path;
};

} // namespace fielddesk::server
