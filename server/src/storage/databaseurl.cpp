#include "storage/databaseurl.h"

#include <QUrl>

namespace fielddesk::server {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    DatabaseUrl result;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        result.engine = Engine::Sqlite;
        result.path = text.mid(7);
        if (result.path.startsWith(QLatin1String("//")))
            result.path = result.path.mid(2);
        if (result.path.isEmpty()) {
            *error = QStringLiteral(
                "sqlite: needs a file path, e.g. sqlite:/var/lib/fielddesk/fielddesk.db");
            return std::nullopt;
        }
        return result;
    }
    if (text.startsWith(QLatin1String("postgresql://")) ||
        text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            *error = QStringLiteral("a PostgreSQL URL looks like postgresql://USER@HOST:PORT/DB");
            return std::nullopt;
        }
        result.engine = Engine::Postgres;
        result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName();
        result.password = url.password();
        result.name = url.path().mid(1);
        if (result.name.isEmpty() || result.user.isEmpty()) {
            *error = QStringLiteral("a PostgreSQL URL needs a user and a database name: "
                                    "postgresql://USER@HOST:PORT/DB");
            return std::nullopt;
        }
        return result;
    }
    *error = QStringLiteral("the database must be sqlite:PATH or postgresql://USER@HOST:PORT/DB");
    return std::nullopt;
}

QString DatabaseUrl::redacted() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

} // namespace fielddesk::server
