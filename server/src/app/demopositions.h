// The demo tenant's positions of today: each technician's phone seen along their day as planned
// (at home before the shift, driving between jobs, at each job while it lasts), a point every
// few minutes up to a couple of minutes ago, so that the console's map shows every technician
// and their day can be replayed. A few run late (their ETAs put later windows at risk) and a
// few phones went quiet (their positions are stale). Written through PositionRepository.
#pragma once

#include "storage/database.h"

namespace fielddesk::server {

class DemoPositions
{
public:
    static constexpr int kStepMinutes = 10;   // between two recorded points
    static constexpr int kLastAgeMinutes = 2; // the newest point's age
    static constexpr int kLateMinutes = 50;   // how far behind the plan the late ones are
    static constexpr int kQuietMinutes = 40;  // how long ago the quiet phones were last seen

    explicit DemoPositions(Database &db)
        : m_db(db)
    {}

    void seed(qint64 tenantId, const QString &timeZone, const QList<qint64> &locationIds);

private:
    Database &m_db;
};

} // namespace fielddesk::server
