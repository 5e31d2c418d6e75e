#include "repositories/emergencycontactrepository.h"

#include "storage/sqlvalues.h"

namespace fielddesk::server {

QList<EmergencyContact> EmergencyContactRepository::contactsOf(qint64 tenantId, qint64 userId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT name, relationship, phone, email FROM "
                                    "emergency_contacts WHERE tenant_id = ? AND user_id = ? "
                                    "ORDER BY sort_order"));
    q.bind(tenantId).bind(userId).exec();
    QList<EmergencyContact> contacts;
    while (q.next())
        contacts.append({q.text(0), q.text(1), q.text(2), q.text(3)});
    return contacts;
}

void EmergencyContactRepository::replace(qint64 tenantId,
                                         qint64 userId,
                                         const QList<EmergencyContact> &contacts)
{
    if (m_db.engine() == Engine::Postgres) {
        // Two replacements at once would both find no rows to delete and then collide on
        // the first position: they take turns on the person's row instead.
        SqlQuery lock(m_db, QStringLiteral("SELECT id FROM users WHERE id = ? FOR UPDATE"));
        lock.bind(userId).exec();
    }
    SqlQuery remove(m_db, QStringLiteral("DELETE FROM emergency_contacts WHERE user_id = ?"));
    remove.bind(userId).exec();
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const EmergencyContact &c = contacts.at(i);
        SqlQuery insert(m_db, QStringLiteral("INSERT INTO emergency_contacts (user_id, "
                                             "sort_order, tenant_id, name, relationship, phone, "
                                             "email) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(userId)
            .bind(int(i))
            .bind(tenantId)
            .bind(c.name)
            .bind(c.relationship)
            .bind(c.phone)
            .bind(nullableText(c.email))
            .exec();
    }
}

} // namespace fielddesk::server
