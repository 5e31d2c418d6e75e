#include "services/preferenceservice.h"

#include "repositories/preferencerepository.h"

namespace fielddesk::server {

UserPreferences PreferenceService::of(const Principal &caller)
{
    return PreferenceRepository(m_db).preferencesOf(caller.tenantId, caller.userId);
}

Result<UserPreferences> PreferenceService::change(const CallContext &call,
                                                  const PreferenceChange &change)
{
    const Principal &caller = call.principal;
    if (caller.isCustomerKey())
        return Failure::forbidden(QStringLiteral("API keys have no preferences."));
    if (change.quietHours && *change.quietHours &&
        (*change.quietHours)->starts == (*change.quietHours)->ends)
        return Failure::validation(QStringLiteral("quiet_hours.ends"),
                                   QStringLiteral("must differ from starts"));
    PreferenceRepository repository(m_db);
    Transaction tx(m_db);
    UserPreferences preferences = repository.preferencesOf(caller.tenantId, caller.userId);
    applyPatch(preferences.language, change.language);
    applyPatch(preferences.channels.inApp, change.inApp);
    applyPatch(preferences.channels.email, change.email);
    applyPatch(preferences.channels.sms, change.sms);
    applyPatch(preferences.channels.push, change.push);
    applyPatch(preferences.quietHours, change.quietHours);
    repository.store(caller.tenantId, caller.userId, preferences);
    tx.commit();
    return preferences;
}

} // namespace fielddesk::server
