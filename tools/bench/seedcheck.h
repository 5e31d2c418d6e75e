// Checks that seeded dispatch data keeps the rules the API relies on: every status present,
// no technician booked twice at once, a history row per version, planned times exactly on
// the jobs that have a technician, spans that follow the planned time else the window.
#pragma once

#include <QStringList>

namespace fielddesk::server {
class Database;
}

class SeedCheck
{
public:
    // The rules the data breaks, empty when it keeps them all.
    static QStringList problems(fielddesk::server::Database &db, qint64 tenantId);
};
