#include "repositories/userrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlvalues.h"

#include <QHash>

namespace fielddesk::server {

namespace {

const QString kUserColumns = QStringLiteral("id, tenant_id, email, name, role, phone, active, "
                                            "created_at, updated_at, must_change_password");
// The same, from "users u" joined with the user's tenant.
const QString kJoinedUserColumns =
    QStringLiteral("u.id, u.tenant_id, u.email, u.name, u.role, u.phone, u.active, u.created_at, "
                   "u.updated_at, u.must_change_password");

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
    u.mustChangePassword = q.integer(9) != 0;
    return u;
}

// An operator belongs to no tenant: NULL, not 0.
QVariant tenantValue(qint64 tenantId)
{
    return nullableId(tenantId ? std::optional<qint64>(tenantId) : std::nullopt);
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
         {QStringLiteral("role"), QStringLiteral("role"), FilterType::Enum, true,
          tenantRoleNames()},
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

std::optional<UserAccount> UserRepository::findAccount(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kJoinedUserColumns +
                         QStringLiteral(", t.status FROM users u LEFT JOIN tenants t ON t.id = "
                                        "u.tenant_id WHERE u.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    QList<User> users{readUser(q)};
    const bool suspended = q.text(10) == QLatin1String("suspended");
    loadLocations(users);
    return UserAccount{users.first(), suspended};
}

std::optional<UserCredentials> UserRepository::findCredentials(const QString &email)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kUserColumns +
                         QStringLiteral(", password_hash FROM users WHERE email = ?"));
    q.bind(email.trimmed().toLower()).exec();
    if (!q.next())
        return std::nullopt;
    QList<User> users{readUser(q)};
    const QString hash = q.text(10);
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
                   "created_at, updated_at, must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                   "?, ?) RETURNING id"));
    q.bind(tenantValue(user.tenantId))
        .bind(user.email)
        .bind(user.name)
        .bind(roleName(user.role))
        .bind(user.phone)
        .bind(user.active ? 1 : 0)
        .bind(passwordHash)
        .bind(user.createdAt)
        .bind(user.updatedAt)
        .bind(user.mustChangePassword ? 1 : 0)
        .exec();
    q.next();
    user.id = q.integer(0);
    setLocations(user.id, user.locationIds);
    return user;
}

void UserRepository::update(const User &user)
{
    SqlQuery q(
        m_db,
        QStringLiteral("UPDATE users SET email = ?, name = ?, role = ?, phone = ?, active = ?, "
                       "must_change_password = ?, updated_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(user.email.trimmed().toLower())
        .bind(user.name)
        .bind(roleName(user.role))
        .bind(user.phone)
        .bind(user.active ? 1 : 0)
        .bind(user.mustChangePassword ? 1 : 0)
        .bind(user.updatedAt)
        .bind(user.tenantId)
        .bind(user.id)
        .exec();
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
