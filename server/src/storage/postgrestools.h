// PostgreSQL's own programs (pg_dump, pg_restore, psql) run against the configured database:
// its host, port, user and name on their command line, its password in their environment
// (never on a command line, where other users of the machine could read it).
#pragma once

#include "storage/databaseurl.h"

#include <QByteArray>
#include <QStringList>

class QProcess;

namespace fielddesk::server {

struct ToolRun
{
    bool ok = false;   // started, ended by itself with exit code 0
    QByteArray output; // what it wrote on standard output (unless sent elsewhere)
    QString error;     // why not ok: its standard error, or that it could not start
};

class PostgresTools
{
public:
    explicit PostgresTools(DatabaseUrl url)
        : m_url(std::move(url))
    {}

    // --host, --port, --username and --dbname of the database.
    QStringList connectionArguments() const;
    // Prepares `process` to run `program`: the password in its environment.
    void prepare(QProcess &process, const QString &program, const QStringList &arguments) const;
    // Runs `program` with `arguments` to its end and collects what it wrote.
    ToolRun run(const QString &program, const QStringList &arguments) const;
    // The reason a finished (or failed to start) process was not a success; empty if it was.
    static QString failureOf(QProcess &process, const QString &program);

private:
    DatabaseUrl m_url;
};

} // namespace fielddesk::server
