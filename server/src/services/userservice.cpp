#include "services/userservice.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/locationrepository.h"
#include "repositories/refreshtokenrepository.h"

#include <QJsonArray>
#include <QSet>

namespace fielddesk::server {

namespace {

Failure userNotFound()
{
    return Failure::notFound(QStringLiteral("There is no such user."));
}

Failure emailTaken(const QString &email)
{
    return Failure::conflict(QStringLiteral("The email %1 is already in use.").arg(email));
}

// The location an audit row about this user is filed under (managers see their locations').
std::optional<qint64> auditLocation(const User &user)
{
    return user.locationIds.isEmpty() ? std::nullopt
                                      : std::optional<qint64>(user.locationIds.first());
}

} // namespace

bool UserService::canSee(const Principal &caller, const User &user)
{
    if (caller.isAdmin() || caller.userId == user.id)
        return true;
    if (caller.role == Role::Employee)
        return false;
    for (const qint64 locationId : user.locationIds) {
        if (caller.locationIds.contains(locationId))
            return true;
    }
    return false;
}

Page<User> UserService::list(const Principal &caller, const ListQuery &query)
{
    std::optional<QList<qint64>> sharing;
    if (caller.role == Role::Employee)
        sharing = QList<qint64>{}; // only themselves
    else if (!caller.isAdmin())
        sharing = caller.locationIds;
    return UserRepository(m_db).list(caller.tenantId, sharing, caller.userId, query);
}

Result<User> UserService::get(const Principal &caller, qint64 id)
{
    const std::optional<User> user = UserRepository(m_db).find(caller.tenantId, id);
    if (!user || !canSee(caller, *user))
        return userNotFound();
    return *user;
}

std::optional<Failure> UserService::applyFields(User &user, const QJsonObject &body)
{
    if (body.contains(QLatin1String("email")))
        user.email = body.value(QLatin1String("email")).toString().trimmed().toLower();
    if (body.contains(QLatin1String("name")))
        user.name = body.value(QLatin1String("name")).toString().trimmed();
    if (body.contains(QLatin1String("role")))
        user.role = roleFromName(body.value(QLatin1String("role")).toString()).value_or(user.role);
    if (body.contains(QLatin1String("phone")))
        user.phone = body.value(QLatin1String("phone")).toString();
    if (body.contains(QLatin1String("active")))
        user.active = body.value(QLatin1String("active")).toBool();
    if (body.contains(QLatin1String("location_ids"))) {
        QSet<qint64> unique;
        for (const QJsonValue &v : body.value(QLatin1String("location_ids")).toArray())
            unique.insert(v.toInteger());
        QList<qint64> ids(unique.begin(), unique.end());
        const QList<qint64> known = LocationRepository(m_db).existing(user.tenantId, ids);
        for (const qint64 id : ids) {
            if (!known.contains(id))
                return Failure::validation(QStringLiteral("location_ids"),
                                           QStringLiteral("location %1 does not exist").arg(id));
        }
        std::sort(ids.begin(), ids.end());
        user.locationIds = ids;
    }
    if (user.name.isEmpty())
        return Failure::validation(QStringLiteral("name"), QStringLiteral("may not be empty"));
    return std::nullopt;
}

Result<User> UserService::create(const CallContext &call, const QJsonObject &body)
{
    User user;
    user.tenantId = call.principal.tenantId;
    if (auto problem = applyFields(user, body))
        return *problem;
    const QString hash = m_hasher.hash(body.value(QLatin1String("password")).toString());
    try {
        Transaction tx(m_db);
        user = UserRepository(m_db).insert(user, hash);
        AuditRepository(m_db).append(call.audit(QStringLiteral("user.created"),
                                                QStringLiteral("user"), user.id,
                                                auditLocation(user), {}, toJsonText(user)));
        tx.commit();
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::UniqueViolation)
            return emailTaken(user.email);
        throw;
    }
    return user;
}

// On PostgreSQL, READ COMMITTED lets two transactions both see "two admins left" and both
// demote one; locking the tenant row makes admin changes in one tenant take turns (SQLite's
// BEGIN IMMEDIATE already serialises every writer).
void UserService::lockTenant(qint64 tenantId)
{
    if (m_db.engine() != Engine::Postgres)
        return;
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM tenants WHERE id = ? FOR UPDATE"));
    q.bind(tenantId).exec();
}

Result<User> UserService::update(const CallContext &call, qint64 id, const QJsonObject &body)
{
    UserRepository users(m_db);
    const bool passwordChanged = body.contains(QLatin1String("password"));
    const QString hash = passwordChanged
                             ? m_hasher.hash(body.value(QLatin1String("password")).toString())
                             : QString();
    try {
        Transaction tx(m_db);
        lockTenant(call.principal.tenantId);
        const std::optional<User> before = users.find(call.principal.tenantId, id);
        if (!before)
            return userNotFound();
        User after = *before;
        if (auto problem = applyFields(after, body))
            return *problem;
        const bool losesAdmin = before->role == Role::Admin && before->active &&
                                (after.role != Role::Admin || !after.active);
        if (losesAdmin && id == call.principal.userId)
            return Failure::conflict(
                QStringLiteral("You cannot remove your own administrator access."));
        if (losesAdmin && users.countActiveAdmins(call.principal.tenantId) <= 1)
            return Failure::conflict(
                QStringLiteral("The tenant must keep at least one active administrator."));
        after.updatedAt = nowTimestamp();
        users.update(after);
        if (passwordChanged) {
            users.setPassword(id, hash);
            AuditRepository(m_db).append(call.audit(QStringLiteral("user.password_changed"),
                                                    QStringLiteral("user"), id,
                                                    auditLocation(after), {}, {}));
        }
        // New password or no more access: every open session of this user ends.
        if (passwordChanged || !after.active)
            RefreshTokenRepository(m_db).revokeAllOfUser(id);
        AuditRepository(m_db).append(
            call.audit(QStringLiteral("user.updated"), QStringLiteral("user"), id,
                       auditLocation(after) ? auditLocation(after) : auditLocation(*before),
                       toJsonText(*before), toJsonText(after)));
        tx.commit();
        return after;
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::UniqueViolation)
            return emailTaken(body.value(QLatin1String("email")).toString());
        throw;
    }
}

Status UserService::remove(const CallContext &call, qint64 id)
{
    UserRepository users(m_db);
    if (id == call.principal.userId)
        return Failure::conflict(QStringLiteral("You cannot delete your own account."));
    try {
        Transaction tx(m_db);
        lockTenant(call.principal.tenantId);
        const std::optional<User> before = users.find(call.principal.tenantId, id);
        if (!before)
            return userNotFound();
        if (before->role == Role::Admin && before->active &&
            users.countActiveAdmins(call.principal.tenantId) <= 1)
            return Failure::conflict(
                QStringLiteral("The tenant must keep at least one active administrator."));
        users.remove(call.principal.tenantId, id);
        AuditRepository(m_db).append(call.audit(QStringLiteral("user.deleted"),
                                                QStringLiteral("user"), id, auditLocation(*before),
                                                toJsonText(*before), {}));
        tx.commit();
    } catch (const DatabaseError &e) {
        if (e.kind() == DatabaseError::Kind::ForeignKeyViolation)
            return Failure::conflict(
                QStringLiteral("This user is still referenced; deactivate them instead."));
        throw;
    }
    return Done{};
}

} // namespace fielddesk::server
