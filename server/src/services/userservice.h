// The rules for users: visibility by location, admin-only changes, no admin can lock the
// tenant out (the last active admin stays), password and access changes end old sessions.
#pragma once

#include "auth/passwordhasher.h"
#include "core/result.h"
#include "repositories/userrepository.h"
#include "services/callcontext.h"

#include <QJsonObject>

namespace fielddesk::server {

class UserService
{
public:
    UserService(Database &db, const PasswordHasher &hasher)
        : m_db(db)
        , m_hasher(hasher)
    {}

    Page<User> list(const Principal &caller, const ListQuery &query);
    Result<User> get(const Principal &caller, qint64 id);
    Result<User> create(const CallContext &call, const QJsonObject &body);
    Result<User> update(const CallContext &call, qint64 id, const QJsonObject &body);
    Status remove(const CallContext &call, qint64 id);

private:
    std::optional<Failure> applyFields(User &user, const QJsonObject &body);
    static bool canSee(const Principal &caller, const User &user);
    void lockTenant(qint64 tenantId);

    Database &m_db;
    const PasswordHasher &m_hasher;
};

} // namespace fielddesk::server
