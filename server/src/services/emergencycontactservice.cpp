#include "services/emergencycontactservice.h"

#include "repositories/auditrepository.h"
#include "repositories/emergencycontactrepository.h"
#include "repositories/userrepository.h"
#include "services/userservice.h"

namespace fielddesk::server {

namespace {

// Managers and admins look after people; the other roles see only their own contacts.
bool readsOthersContacts(const Principal &caller)
{
    return !caller.isCustomerKey() && (caller.role == Role::Admin || caller.role == Role::Manager);
}

QByteArray listJson(qint64 userId, const QList<EmergencyContact> &contacts)
{
    return toJsonText(EmergencyContactList{userId, contacts});
}

} // namespace

Result<EmergencyContactList> EmergencyContactService::of(const Principal &caller, qint64 userId)
{
    if (userId != caller.userId) {
        const std::optional<User> user = UserRepository(m_db).find(caller.tenantId, userId);
        if (!user || !readsOthersContacts(caller) || !UserService::canSee(caller, *user))
            return Failure::notFound(QStringLiteral("There is no such user."));
    }
    return EmergencyContactList{
        userId, EmergencyContactRepository(m_db).contactsOf(caller.tenantId, userId)};
}

Result<EmergencyContactList>
EmergencyContactService::replace(const CallContext &call, const QList<EmergencyContact> &contacts)
{
    const Principal &caller = call.principal;
    if (caller.isCustomerKey())
        return Failure::forbidden(QStringLiteral("API keys have no emergency contacts."));
    if (contacts.size() > EmergencyContactList::kMaxContacts)
        return Failure::validation(
            QStringLiteral("contacts"),
            QStringLiteral("may hold at most %1 items").arg(EmergencyContactList::kMaxContacts));
    EmergencyContactRepository repository(m_db);
    Transaction tx(m_db);
    const QList<EmergencyContact> before = repository.contactsOf(caller.tenantId, caller.userId);
    repository.replace(caller.tenantId, caller.userId, contacts);
    const std::optional<qint64> location = caller.locationIds.isEmpty()
                                               ? std::nullopt
                                               : std::optional<qint64>(caller.locationIds.first());
    AuditRepository(m_db).append(call.audit(
        QStringLiteral("user.emergency_contacts_changed"), QStringLiteral("user"), caller.userId,
        location, listJson(caller.userId, before), listJson(caller.userId, contacts)));
    tx.commit();
    return EmergencyContactList{caller.userId, contacts};
}

} // namespace fielddesk::server
