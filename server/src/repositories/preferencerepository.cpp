#include "repositories/preferencerepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlvalues.h"

namespace fielddesk::server {

UserPreferences PreferenceRepository::preferencesOf(qint64 tenantId, qint64 userId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT language, notify_in_app, notify_email, notify_sms, "
                                    "notify_push, quiet_starts, quiet_ends FROM user_preferences "
                                    "WHERE tenant_id = ? AND user_id = ?"));
    q.bind(tenantId).bind(userId).exec();
    UserPreferences preferences;
    if (!q.next())
        return preferences;
    preferences.language = q.text(0);
    preferences.channels = {q.integer(1) != 0, q.integer(2) != 0, q.integer(3) != 0,
                            q.integer(4) != 0};
    if (!q.isNull(5))
        preferences.quietHours = QuietHours{q.text(5), q.text(6)};
    return preferences;
}

void PreferenceRepository::store(qint64 tenantId, qint64 userId, const UserPreferences &p)
{
    const QuietHours quiet = p.quietHours.value_or(QuietHours());
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO user_preferences (user_id, tenant_id, language, "
                              "notify_in_app, notify_email, notify_sms, notify_push, "
                              "quiet_starts, quiet_ends, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                              "?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET language = "
                              "excluded.language, notify_in_app = excluded.notify_in_app, "
                              "notify_email = excluded.notify_email, notify_sms = "
                              "excluded.notify_sms, notify_push = excluded.notify_push, "
                              "quiet_starts = excluded.quiet_starts, quiet_ends = "
                              "excluded.quiet_ends, updated_at = excluded.updated_at"));
    q.bind(userId)
        .bind(tenantId)
        .bind(p.language)
        .bind(p.channels.inApp ? 1 : 0)
        .bind(p.channels.email ? 1 : 0)
        .bind(p.channels.sms ? 1 : 0)
        .bind(p.channels.push ? 1 : 0)
        .bind(nullableText(quiet.starts))
        .bind(nullableText(quiet.ends))
        .bind(nowTimestamp())
        .exec();
}

} // namespace fielddesk::server
