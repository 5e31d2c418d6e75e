// The rules for a person's preferences: everyone reads and changes their own; what they never
// set reads as the defaults (UserPreferences). Code that reaches people reads them through
// PreferenceRepository::preferencesOf.
#pragma once

#include "core/patch.h"
#include "core/result.h"
#include "fielddesk/domain/aboutme.h"
#include "services/callcontext.h"

namespace fielddesk::server {

class Database;

// A change of preferences: a replacement names every field, a partial change (PATCH) some.
struct PreferenceChange
{
    Patch<QString> language;
    Patch<bool> inApp;
    Patch<bool> email;
    Patch<bool> sms;
    Patch<bool> push;
    NullablePatch<QuietHours> quietHours; // cleared: no quiet hours
};

class PreferenceService
{
public:
    explicit PreferenceService(Database &db)
        : m_db(db)
    {}

    UserPreferences of(const Principal &caller);
    Result<UserPreferences> change(const CallContext &call, const PreferenceChange &change);

private:
    Database &m_db;
};

} // namespace fielddesk::server
