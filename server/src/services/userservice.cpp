#include "services/userservice.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/locationrepository.h"
#include "repositories/refreshtokenrepository.h"

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

std::optional<Failure> UserService::applyFields(User &user, const UserFields &fields)
{
    if (fields.email)
        user.email = fields.email->trimmed().toLower();
    applyPatch(user.name, fields.name);
    applyPatch(user.role, fields.role);
    applyPatch(user.phone, fields.phone);
    applyPatch(user.active, fields.active);
    applyPatch(user.mustChangePassword, fields.mustChangePassword);
    if (fields.locationIds) {
        QSet<qint64> unique;
        for (const qint64 id : *fields.locationIds)
            unique.insert(id);
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

Result<User> UserService::create(const CallContext &call, const UserFields &fields)
{
    User user;
    user.tenantId = call.principal.tenantId;
    if (auto problem = applyFields(user, fields))
        return *problem;
    const QString hash = m_hasher.hash(fields.password.value_or(QString()));
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

Result<User> UserService::update(const CallContext &call, qint64 id, const UserFields &fields)
{
    UserRepository users(m_db);
    const bool passwordChanged = fields.password.has_value();
    const QString hash = passwordChanged ? m_hasher.hash(*fields.password) : QString();
    try {
        Transaction tx(m_db);
        lockTenant(call.principal.tenantId);
        const std::optional<User> before = users.find(call.principal.tenantId, id);
        if (!before)
            return userNotFound();
        User after = *before;
        if (auto problem = applyFields(after, fields))
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
            users.setPassword(id, hash, after.mustChangePassword, after.updatedAt);
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
            return emailTaken(fields.email.value_or(QString()));
        throw;
    }
}

Result<User> UserService::endSessions(const CallContext &call, qint64 id)
{
    UserRepository users(m_db);
    Transaction tx(m_db);
    const std::optional<User> user = users.find(call.principal.tenantId, id);
    if (!user)
        return userNotFound();
    // Tokens carry their issue time in whole seconds: one issued in this very second stays.
    users.endSessions(id, QDateTime::currentSecsSinceEpoch());
    RefreshTokenRepository(m_db).revokeAllOfUser(id);
    AuditRepository(m_db).append(call.audit(QStringLiteral("user.sessions_ended"),
                                            QStringLiteral("user"), id, auditLocation(*user), {},
                                            {}));
    tx.commit();
    return *user;
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
