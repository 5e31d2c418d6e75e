// SQL for users and the locations they are assigned to. Password hashes are read only by
// findCredentials; every other read leaves them out.
#pragma once

#include "fielddesk/domain/organisation.h"
#include "storage/page.h"

#include <optional>

namespace fielddesk::server {

struct UserCredentials
{
    User user;
    QString passwordHash;
};

// A user as every request sees them: with whether their tenant is suspended.
struct UserAccount
{
    User user;
    bool tenantSuspended = false;
    // Access tokens issued before this (seconds since the epoch) were ended by an admin.
    qint64 sessionsEndedAt = 0;
};

class UserRepository
{
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    {}

    static const ListSpec &listSpec();

    std::optional<User> find(qint64 tenantId, qint64 id);
    // In any tenant or none (operators), with the tenant's status: one read per request.
    std::optional<UserAccount> findAccount(qint64 id);
    // Across tenants: the email is the sign-in name and unique in the installation.
    std::optional<UserCredentials> findCredentials(const QString &email);
    // Users of the tenant; with sharingLocations set, only those assigned to one of them
    // (plus alwaysInclude, the caller).
    Page<User> list(qint64 tenantId,
                    const std::optional<QList<qint64>> &sharingLocations,
                    qint64 alwaysInclude,
                    const ListQuery &query);
    User insert(User user, const QString &passwordHash);
    void update(const User &user);
    // Every access token of the user issued before endedAt (seconds) is refused from now on.
    void endSessions(qint64 userId, qint64 endedAt);
    void setPassword(qint64 userId,
                     const QString &passwordHash,
                     bool mustChange,
                     const QString &updatedAt);
    std::optional<QString> passwordHash(qint64 userId);
    void remove(qint64 tenantId, qint64 id);
    qint64 countActiveAdmins(qint64 tenantId);
    // The active managers who work at this location (they decide its requests).
    QList<qint64> activeManagersAt(qint64 tenantId, qint64 locationId);

private:
    void setLocations(qint64 userId, const QList<qint64> &locationIds);
    void loadLocations(QList<User> &users);

    Database &m_db;
};

} // namespace fielddesk::server
