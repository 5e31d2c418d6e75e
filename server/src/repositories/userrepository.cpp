#include "repositories/userrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlvalues.h"
#include "storage/table.h"

#include <QHash>

namespace fielddesk::server {

namespace {

QString normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

// An operator belongs to no tenant: NULL, not 0.
QVariant tenantValue(qint64 tenantId)
{
    return nullableId(tenantId ? std::optional<qint64>(tenantId) : std::nullopt);
}

Column<User> tenantColumn()
{
    Column<User> c = column(QStringLiteral("tenant_id"), &User::tenantId, ColumnWrite::OnInsert);
    c.value = [](const User &user) { return tenantValue(user.tenantId); };
    return c;
}

// The password hash is written beside the row and read only by findCredentials.
const Table<User> &userTable()
{
    static const Table<User> table(
        QStringLiteral("users"),
        {column(QStringLiteral("id"), &User::id, ColumnWrite::Never), tenantColumn(),
         textColumn(
             QStringLiteral("email"), &User::email, [](const QString &text) { return text; },
             normalizedEmail),
         column(QStringLiteral("name"), &User::name),
         textColumn(
             QStringLiteral("role"), &User::role,
             [](const QString &text) { return roleFromName(text).value_or(Role::Employee); },
             roleName),
         column(QStringLiteral("phone"), &User::phone),
         column(QStringLiteral("active"), &User::active),
         column(QStringLiteral("must_change_password"), &User::mustChangePassword),
         column(QStringLiteral("created_at"), &User::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &User::updatedAt)});
    return table;
}

} // namespace

const ListSpec &UserRepository::listSpec()
{
    const Table<User> &table = userTable();
    static const ListSpec spec{
        table.orderable({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                         QStringLiteral("role"), QStringLiteral("created_at"),
                         QStringLiteral("updated_at")}),
        QStringLiteral("name"),
        {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")},
        {table.filter(QStringLiteral("id"), FilterType::Integer, true),
         table.filter(QStringLiteral("role"), FilterType::Enum, true, tenantRoleNames()),
         table.filter(QStringLiteral("active"), FilterType::Boolean),
         table.filter(QStringLiteral("email"), FilterType::Text),
         // No column: list() turns it into an EXISTS over user_locations.
         {QStringLiteral("location_id"), QString(), FilterType::Integer, false, {}}},
        {}};
    return spec;
}

void UserRepository::loadLocations(QList<User> &users)
{
    if (users.isEmpty())
        return;
    QHash<qint64, User *> byId;
    QStringList marks;
    for (User &user : users) {
        byId.insert(user.id, &user);
        marks << QStringLiteral("?");
    }
    SqlQuery q(
        m_db, QStringLiteral("SELECT user_id, location_id FROM user_locations WHERE user_id IN (") +
                  marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY user_id, location_id"));
    for (const User &user : users)
        q.bind(user.id);
    q.exec();
    while (q.next()) {
        if (User *user = byId.value(q.integer(0)))
            user->locationIds.append(q.integer(1));
    }
}

std::optional<User> UserRepository::find(qint64 tenantId, qint64 id)
{
    const std::optional<User> user = userTable().find(m_db, tenantId, id);
    if (!user)
        return std::nullopt;
    QList<User> users{*user};
    loadLocations(users);
    return users.first();
}

std::optional<UserAccount> UserRepository::findAccount(qint64 id)
{
    // Every signed-in request reads its caller: one statement, the locations as a list.
    static const QString sqliteLocations =
        QStringLiteral("(SELECT group_concat(location_id) FROM (SELECT location_id FROM "
                       "user_locations WHERE user_id = users.id ORDER BY location_id))");
    static const QString postgresLocations =
        QStringLiteral("(SELECT string_agg(CAST(location_id AS TEXT), ',' ORDER BY location_id) "
                       "FROM user_locations WHERE user_id = users.id)");
    SqlQuery q(m_db, QStringLiteral("SELECT ") + userTable().selectList() +
                         QStringLiteral(", (SELECT t.status FROM tenants t WHERE t.id = "
                                        "users.tenant_id), sessions_ended_at, ") +
                         (m_db.engine() == Engine::Postgres ? postgresLocations : sqliteLocations) +
                         QStringLiteral(" FROM users WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    User user = userTable().read(q);
    const int extra = userTable().readCount();
    const bool suspended = q.text(extra) == QLatin1String("suspended");
    const qint64 sessionsEndedAt = q.integer(extra + 1); // NULL: 0
    const QString locations = q.text(extra + 2);
    for (const QStringView location :
         QStringView(locations).split(QLatin1Char(','), Qt::SkipEmptyParts))
        user.locationIds.append(location.toLongLong());
    std::sort(user.locationIds.begin(), user.locationIds.end());
    return UserAccount{user, suspended, sessionsEndedAt};
}

std::optional<UserCredentials> UserRepository::findCredentials(const QString &email)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + userTable().selectList() +
                         QStringLiteral(", password_hash FROM users WHERE email = ?"));
    q.bind(normalizedEmail(email)).exec();
    if (!q.next())
        return std::nullopt;
    QList<User> users{userTable().read(q)};
    const QString hash = q.text(userTable().readCount());
    loadLocations(users);
    return UserCredentials{users.first(), hash};
}

Page<User> UserRepository::list(qint64 tenantId,
                                const std::optional<QList<qint64>> &sharingLocations,
                                qint64 alwaysInclude,
                                const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId});
    if (sharingLocations) {
        SqlFilter inLocations;
        inLocations.whereIn(QStringLiteral("ul.location_id"), *sharingLocations);
        QVariantList values = inLocations.values();
        values.prepend(alwaysInclude);
        filter.where(QStringLiteral("(id = ? OR EXISTS (SELECT 1 FROM user_locations ul WHERE "
                                    "ul.user_id = users.id AND ") +
                         inLocations.clause().mid(7) + QStringLiteral("))"),
                     values);
    }
    // location_id is a filter with a bound subquery: rewrite it as an EXISTS.
    ListQuery plain = query;
    plain.filters.removeIf([&](const auto &f) {
        if (f.first->name != QLatin1String("location_id"))
            return false;
        filter.where(QStringLiteral("EXISTS (SELECT 1 FROM user_locations ul WHERE ul.user_id = "
                                    "users.id AND ul.location_id = ?)"),
                     f.second);
        return true;
    });
    filter.apply(plain, listSpec());
    Page<User> page = userTable().page(m_db, filter, plain);
    loadLocations(page.items);
    return page;
}

void UserRepository::setLocations(qint64 userId, const QList<qint64> &locationIds)
{
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM user_locations WHERE user_id = ?"));
    clear.bind(userId).exec();
    for (const qint64 locationId : locationIds) {
        SqlQuery add(m_db, QStringLiteral(
                               "INSERT INTO user_locations (user_id, location_id) VALUES (?, ?)"));
        add.bind(userId).bind(locationId).exec();
    }
}

User UserRepository::insert(User user, const QString &passwordHash)
{
    user.email = normalizedEmail(user.email);
    user.createdAt = user.updatedAt = nowTimestamp();
    user.id = userTable().insert(m_db, user, {{QStringLiteral("password_hash"), passwordHash}});
    setLocations(user.id, user.locationIds);
    return user;
}

void UserRepository::update(const User &user)
{
    userTable().update(m_db, user, user.tenantId);
    setLocations(user.id, user.locationIds);
}

void UserRepository::setPassword(qint64 userId,
                                 const QString &passwordHash,
                                 bool mustChange,
                                 const QString &updatedAt)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, "
                                    "updated_at = ? WHERE id = ?"));
    q.bind(passwordHash).bind(mustChange ? 1 : 0).bind(updatedAt).bind(userId).exec();
}

std::optional<QString> UserRepository::passwordHash(qint64 userId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.bind(userId).exec();
    return q.next() ? std::optional<QString>(q.text(0)) : std::nullopt;
}

void UserRepository::remove(qint64 tenantId, qint64 id)
{
    userTable().remove(m_db, tenantId, id);
}

qint64 UserRepository::countActiveAdmins(qint64 tenantId)
{
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT COUNT(*) FROM users WHERE tenant_id = ? AND role = 'admin' AND active = 1"));
    q.bind(tenantId).exec();
    return q.next() ? q.integer(0) : 0;
}

QList<qint64> UserRepository::activeManagersAt(qint64 tenantId, qint64 locationId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT u.id FROM users u JOIN user_locations ul ON "
                                    "ul.user_id = u.id WHERE u.tenant_id = ? AND u.role = "
                                    "'manager' AND u.active = 1 AND ul.location_id = ? "
                                    "ORDER BY u.id"));
    q.bind(tenantId).bind(locationId).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.integer(0);
    return ids;
}

void UserRepository::endSessions(qint64 userId, qint64 endedAt)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET sessions_ended_at = ? WHERE id = ?"));
    q.bind(endedAt).bind(userId).exec();
}

} // namespace fielddesk::server
