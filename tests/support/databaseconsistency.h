// What a crash, a full disk or a lost database connection must never leave behind, checked on
// the database itself with the test's own connection: SQLite's integrity and foreign-key
// checks, and derived data agreeing with what it is derived from. The job tallies (kept by
// triggers) with the jobs counted; for the jobs of one location written through the API, each
// job's version with its dispatch history rows (one per change, "created" included), and each
// history row with exactly one job event in the outbox.
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace DatabaseConsistency {

// What is wrong, one line each; empty when all holds.
QStringList problems(const QSqlDatabase &db, qint64 locationId);

} // namespace DatabaseConsistency
