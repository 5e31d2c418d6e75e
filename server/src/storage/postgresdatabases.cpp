#include "storage/postgresdatabases.h"

#include "storage/database.h"

namespace fielddesk::server {

namespace {

DatabaseUrl withName(DatabaseUrl url, const QString &name)
{
    url.name = name;
    return url;
}

} // namespace

PostgresDatabases::PostgresDatabases(const DatabaseUrl &url)
    : m_url(url)
    , m_maintenance(std::make_unique<Database>(withName(url, QStringLiteral("postgres"))))
{}

PostgresDatabases::~PostgresDatabases() = default;

QString PostgresDatabases::quoted(const QString &identifier)
{
    QString inner = identifier;
    inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

std::optional<QString> PostgresDatabases::comment(const QString &name)
{
    SqlQuery q(*m_maintenance,
               QStringLiteral("SELECT COALESCE(shobj_description(oid, 'pg_database'), '') "
                              "FROM pg_database WHERE datname = ?"));
    q.bind(name).exec();
    if (!q.next())
        return std::nullopt;
    return q.text(0);
}

QList<PostgresDatabases::Entry> PostgresDatabases::named(const QString &prefix)
{
    SqlQuery q(*m_maintenance,
               QStringLiteral("SELECT datname, COALESCE(shobj_description(oid, 'pg_database'), '') "
                              "FROM pg_database WHERE left(datname, length(?)) = ?"));
    q.bind(prefix).bind(prefix).exec();
    QList<Entry> entries;
    while (q.next())
        entries.append({q.text(0), q.text(1)});
    return entries;
}

bool PostgresDatabases::holdsNoTable(const QString &name)
{
    Database database(withName(m_url, name));
    SqlQuery q(database,
               QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"));
    q.exec();
    return q.next() && q.integer(0) == 0;
}

void PostgresDatabases::create(const QString &name)
{
    m_maintenance->execute(QStringLiteral("CREATE DATABASE ") + quoted(name));
}

void PostgresDatabases::copy(const QString &from, const QString &to)
{
    m_maintenance->execute(QStringLiteral("CREATE DATABASE ") + quoted(to) +
                           QStringLiteral(" TEMPLATE ") + quoted(from));
}

void PostgresDatabases::setComment(const QString &name, const QString &comment)
{
    QString literal = comment;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    m_maintenance->execute(QStringLiteral("COMMENT ON DATABASE ") + quoted(name) +
                           QStringLiteral(" IS '") + literal + QLatin1Char('\''));
}

void PostgresDatabases::rename(const QString &from, const QString &to)
{
    m_maintenance->execute(QStringLiteral("ALTER DATABASE ") + quoted(from) +
                           QStringLiteral(" RENAME TO ") + quoted(to));
}

void PostgresDatabases::drop(const QString &name)
{
    m_maintenance->execute(QStringLiteral("DROP DATABASE IF EXISTS ") + quoted(name));
}

} // namespace fielddesk::server
