// The demo installation: two tenants and one user per role, all with the same password, and
// for the first tenant a week of dispatch work (technicians, customers, jobs, history), seeded
// only into an empty database.
#pragma once

#include "auth/passwordhasher.h"
#include "fielddesk/domain/organisation.h"
#include "storage/database.h"

#include <QStringList>

namespace fielddesk::server {

class DemoData
{
public:
    static constexpr const char *kPassword = "fielddesk-demo";

    // timeZone: the demo tenant's and its locations' (an IANA id).
    DemoData(Database &db,
             const PasswordHasher &hasher,
             QString timeZone = QStringLiteral("America/Denver"))
        : m_db(db)
        , m_hasher(hasher)
        , m_timeZone(std::move(timeZone))
    {}

    // Seeds everything of the demo but what follows the clock to the minute when the database
    // holds no tenant yet; returns whether it did. A copy of the database right after it
    // serves a later start within the same hour (DemoSnapshot).
    bool seedWorldIfEmpty();
    // What follows the clock to the minute: the technicians' phones, whose last points are
    // two minutes old. After seedWorldIfEmpty() or a snapshot's copy of it.
    void seedLive();
    // "email (role, tenant)" for every demo account, to print.
    static QStringList accounts();

private:
    // This week (Monday to Sunday in the demo's time zone) of the demo tenant's dispatching.
    void seedDispatchWeek(qint64 tenantId,
                          const QList<qint64> &locationIds,
                          const QList<qint64> &employeeUserIds,
                          const User &dispatcher);

    // Three recurring series from this week's Monday: weekly mowing on Monday and Thursday,
    // a monthly filter change on the second Tuesday, a gutter check every other Friday.
    void seedRecurringWork(qint64 tenantId, const QList<qint64> &locationIds);

    // Today and the dispatch week's first day in the demo's time zone.
    QDate today() const;
    QDate firstDay() const;

    Database &m_db;
    const PasswordHasher &m_hasher;
    const QString m_timeZone;
};

} // namespace fielddesk::server
