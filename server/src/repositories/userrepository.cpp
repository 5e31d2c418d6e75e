#include "repositories/userrepository.h"

#include "fielddesk/domain/timestamps.h"

#include <QHash>

namespace fielddesk::server {

namespace {

const QString kUserColumns =
    QStringLiteral("id, tenant_id, email, name, role, phone, active, created_at, updated_at");

User readUser(const SqlQuery &q)
{
    User u;
    u.id = q.integer(0);
    u.tenantId = q.integer(1);
    u.email = q.text(2);
    u.name = q.text(3);
    u.role = roleFromName(q.text(4)).value_or(Role::Employee);
    u.phone = q.text(5);
    u.active = q.integer(6) != 0;
    u.createdAt = q.text(7);
    u.updatedAt = q.text(8);
    return u;
}

} // namespace

const ListSpec &UserRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("id")},
         {QStringLiteral("name"), QStringLiteral("name")},
         {QStringLiteral("email"), QStringLiteral("email")},
         {QStringLiteral("role"), QStringLiteral("role")},
         {QStringLiteral("created_at"), QStringLiteral("created_at")},
         {QStringLiteral("updated_at"), QStringLiteral("updated_at")}},
        QStringLiteral("name"),
        {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")},
        {{QStringLiteral("id"), QStringLiteral("id"), FilterType::Integer, true, {}},
         {QStringLiteral("role"), QStringLiteral("role"), FilterType::Enum, true, allRoleNames()},
         {QStringLiteral("active"), QStringLiteral("active"), FilterType::Boolean, false, {}},
         {QStringLiteral("email"), QStringLiteral("email"), FilterType::Text, false, {}},
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
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kUserColumns +
                         QStringLiteral(" FROM users WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    QList<User> users{readUser(q)};
    loadLocations(users);
    return users.first();
}

std::optional<UserCredentials> UserRepository::findCredentials(const QString &email)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kUserColumns +
                         QStringLiteral(", password_hash FROM users WHERE email = ?"));
    q.bind(email.trimmed().toLower()).exec();
    if (!q.next())
        return std::nullopt;
    QList<User> users{readUser(q)};
    const QString hash = q.text(9);
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
    Page<User> page =
        selectPage<User>(m_db, kUserColumns, QStringLiteral("users"), filter, plain, readUser);
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
    user.email = user.email.trimmed().toLower();
    user.createdAt = user.updatedAt = nowTimestamp();
    SqlQuery q(m_db,
               QStringLiteral(
                   "INSERT INTO users (tenant_id, email, name, role, phone, active, password_hash, "
                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(user.tenantId)
        .bind(user.email)
        .bind(user.name)
        .bind(roleName(user.role))
        .bind(user.phone)
        .bind(user.active ? 1 : 0)
        .bind(passwordHash)
        .bind(user.createdAt)
        .bind(user.updatedAt)
        .exec();
    q.next();
    user.id = q.integer(0);
    setLocations(user.id, user.locationIds);
    return user;
}

void UserRepository::update(const User &user)
{
    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE users SET email = ?, name = ?, role = ?, phone = ?, active = ?, "
                         "updated_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(user.email.trimmed().toLower())
        .bind(user.name)
        .bind(roleName(user.role))
        .bind(user.phone)
        .bind(user.active ? 1 : 0)
        .bind(user.updatedAt)
        .bind(user.tenantId)
        .bind(user.id)
        .exec();
    setLocations(user.id, user.locationIds);
}

void UserRepository::setPassword(qint64 userId, const QString &passwordHash)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.bind(passwordHash).bind(userId).exec();
}

void UserRepository::remove(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM users WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
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

} // namespace fielddesk::server
