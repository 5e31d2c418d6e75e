// The databases of a PostgreSQL server, managed from its maintenance database ("postgres") with
// the host, port and credentials of a server's URL: whether one exists and what its comment
// says, a copy of one (CREATE DATABASE ... TEMPLATE), renaming and dropping. PostgreSQL cannot
// bind a name in these statements: names are quoted here. Failures throw DatabaseError.
#pragma once

#include "storage/databaseurl.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace fielddesk::server {

class Database;

class PostgresDatabases
{
public:
    struct Entry
    {
        QString name;
        QString comment;
    };

    explicit PostgresDatabases(const DatabaseUrl &url);
    ~PostgresDatabases();
    PostgresDatabases(const PostgresDatabases &) = delete;
    PostgresDatabases &operator=(const PostgresDatabases &) = delete;

    // The comment on database `name` (empty when none); nullopt when there is no such database.
    std::optional<QString> comment(const QString &name);
    // The databases whose names start with `prefix`.
    QList<Entry> named(const QString &prefix);
    // Whether database `name` holds no table (in schema public); connects to it for a moment.
    bool holdsNoTable(const QString &name);

    void create(const QString &name);
    // A new database `to`, a copy of `from`, which no one may be connected to meanwhile.
    void copy(const QString &from, const QString &to);
    void setComment(const QString &name, const QString &comment);
    void rename(const QString &from, const QString &to);
    // Drops `name` if it exists; waits a few seconds for sessions that are ending.
    void drop(const QString &name);

    static QString quoted(const QString &identifier);

private:
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_maintenance;
};

} // namespace fielddesk::server
