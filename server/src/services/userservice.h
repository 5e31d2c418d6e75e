// The rules for users: visibility by location, admin-only changes, no admin can lock the
// tenant out (the last active admin stays), password and access changes end old sessions.
#pragma once

#include "auth/passwordhasher.h"
#include "core/patch.h"
#include "core/result.h"
#include "repositories/userrepository.h"
#include "services/callcontext.h"

namespace fielddesk::server {

// A new user, or a partial change of one (only the named fields change).
struct UserFields
{
    Patch<QString> email; // as given; the service folds it to lower case
    Patch<QString> name;  // trimmed
    Patch<Role> role;
    Patch<QString> password;
    Patch<QString> phone;
    Patch<bool> active;
    Patch<QList<qint64>> locationIds;
    // With a password someone else chose: the user must change it before anything else.
    Patch<bool> mustChangePassword;
};

class UserService
{
public:
    UserService(Database &db, const PasswordHasher &hasher)
        : m_db(db)
        , m_hasher(hasher)
    {}

    Page<User> list(const Principal &caller, const ListQuery &query);
    Result<User> get(const Principal &caller, qint64 id);
    Result<User> create(const CallContext &call, const UserFields &fields);
    Result<User> update(const CallContext &call, qint64 id, const UserFields &fields);
    Status remove(const CallContext &call, qint64 id);
    // Every session of the user ends at once: their access tokens issued until now are
    // refused and their refresh tokens revoked (audited as user.sessions_ended).
    Result<User> endSessions(const CallContext &call, qint64 id);

    // Whether the caller may see this user: admins everyone in the tenant, everyone
    // themselves, employees nobody else, the other roles those sharing a location with them.
    static bool canSee(const Principal &caller, const User &user);

private:
    std::optional<Failure> applyFields(User &user, const UserFields &fields);
    void lockTenant(qint64 tenantId);

    Database &m_db;
    const PasswordHasher &m_hasher;
};

} // namespace fielddesk::server
