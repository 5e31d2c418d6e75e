// How the engine orders values in ORDER BY, for what this process orders as the engine would
// (a day's keys patched with changed jobs, the search index's pages): where NULLs go, and
// whether texts sort by code point.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

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

// A text of the server's own timestamp form (fixed width, digits and separators in fixed
// places) as the number its digits make: two such texts first differ at a digit, so the
// numbers order as the texts do, on any engine that orders texts by code point. nullopt for
// another text.
std::optional<qint64> timestampDigits(const QString &text);
// The text timestampDigits() made that number of.
QString timestampOfDigits(qint64 digits);

} // namespace fielddesk::server
