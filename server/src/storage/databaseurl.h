// Where the data lives: "sqlite:PATH" or "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB".
#pragma once

#include <QString>

#include <optional>

namespace fielddesk::server {

enum class Engine { Sqlite, Postgres };

struct DatabaseUrl
{
    Engine engine = Engine::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString name;

    // nullopt and a reason in *error when the text is not a database URL we understand.
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);
    // For logs: never shows the password.
    QString redacted() const;
};

} // namespace fielddesk::server
