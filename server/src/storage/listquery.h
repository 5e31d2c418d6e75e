// The list conventions every collection shares, as data: limit (default 50, max 500),
// offset, ordering (comma list, '-' for descending, whitelisted fields only), search, exact
// filters and comma-separated multi-value filters. The route layer parses a request into a
// ListQuery (http/listquery.h); repositories turn it into SQL with SqlFilter.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QVariant>

namespace fielddesk::server {

enum class FilterType { Integer, Text, Boolean, Enum };

struct FilterSpec
{
    QString name;   // the query parameter
    QString column; // the SQL column it compares (whitelisted here, never from the client)
    FilterType type = FilterType::Text;
    bool multi = false; // accepts "a,b,c"
    QStringList enumValues;
};

struct OrderingSpec
{
    QString name;   // the API field name
    QString column; // the SQL expression
};

// How rows that tie on every ordering term are ordered: by id, ascending, or the way the
// first term goes, so that a newest-first list ("-created_at") shows the newest of one second
// first too.
enum class TieBreak { Ascending, LikeFirstTerm };

struct ListSpec
{
    QList<OrderingSpec> orderable;
    QString defaultOrdering;   // e.g. "name" or "-created_at"
    QStringList searchColumns; // compared case-insensitively with LIKE
    QList<FilterSpec> filters;
    QStringList extraParameters;             // handled by the resource itself (e.g. "from", "to")
    QString idColumn = QStringLiteral("id"); // the unique tiebreak of every ordering
    int maxLimit = 500;                      // the largest page a client may ask for
    TieBreak tieBreak = TieBreak::LikeFirstTerm;
};

struct ListQuery
{
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 500; // unless the resource's ListSpec allows more

    int limit = kDefaultLimit;
    int offset = 0;
    QList<std::pair<QString, bool>> ordering; // (column, descending)
    QString search;
    QList<std::pair<const FilterSpec *, QVariantList>> filters;
    QUrlQuery raw; // what the client sent, for next/previous links
    QString idColumn = QStringLiteral("id");
    TieBreak tieBreak = TieBreak::LikeFirstTerm; // as ListSpec's: parsing copies the spec's

    // The ordering's terms (column, descending), ending with id when the client's do not name
    // it, so pages never overlap or skip rows.
    QList<std::pair<QString, bool>> orderTerms() const;
    // "ORDER BY " and orderTerms().
    QString orderByClause() const;
};

} // namespace fielddesk::server
