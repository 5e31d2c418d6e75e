// How the engine orders values in ORDER BY, for what this process orders as the engine would
// (a day's keys patched with changed jobs, the search index's pages): where NULLs go, and
// whether texts sort by code point.
#pragma once

#include <QStringView>

namespace fielddesk::server {

class Database;

struct EngineOrder
{
    // In ascending order: SQLite takes NULL as the smallest value, PostgreSQL as the largest.
    bool nullsFirst = true;
    // SQLite's BINARY collation and PostgreSQL's "C" and "POSIX" compare texts by code point
    // (their UTF-8 bytes); another collation orders by rules this process does not know.
    bool textsByCodePoint = true;

    static EngineOrder of(Database &db);
};

// <0, 0 or >0 as `a` sorts before, with or after `b` by code point (UTF-16's own order puts
// the characters beyond U+FFFF before U+E000..U+FFFF).
int compareCodePoints(QStringView a, QStringView b);

} // namespace fielddesk::server
