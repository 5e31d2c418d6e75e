// The list conventions every collection shares: limit (default 50, max 500), offset,
// ordering (comma list, '-' for descending, whitelisted fields only), search, exact filters
// and comma-separated multi-value filters. Parsed once here, turned into SQL by SqlFilter.
#pragma once

#include "http/result.h"

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

struct ListSpec
{
    QList<OrderingSpec> orderable;
    QString defaultOrdering;   // e.g. "name" or "-created_at"
    QStringList searchColumns; // compared case-insensitively with LIKE
    QList<FilterSpec> filters;
    QStringList extraParameters;             // handled by the resource itself (e.g. "from", "to")
    QString idColumn = QStringLiteral("id"); // the unique tiebreak of every ordering
    int maxLimit = 500;                      // the largest page a client may ask for
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

    // 422 naming the parameter for anything unknown or malformed.
    static Result<ListQuery> parse(const QUrlQuery &query, const ListSpec &spec);
    // "ORDER BY ..." always ending with id, so pages never overlap or skip rows.
    QString orderByClause() const;
};

// Text as search columns store it and search terms are compared: case-folded, so that
// "Émile" matches "émile" on every engine.
QString foldForSearch(const QString &text);

// Collects WHERE conditions and their bound values in order.
class SqlFilter
{
public:
    SqlFilter &where(const QString &condition, const QVariantList &values = {});
    SqlFilter &whereIn(const QString &column, const QList<qint64> &ids);
    // The filters and search of a list query.
    SqlFilter &apply(const ListQuery &query, const ListSpec &spec);
    // `column` holds case-folded text (see foldForSearch); matches rows containing `text`.
    SqlFilter &whereContainsFolded(const QString &column, const QString &text);

    QString clause() const; // "WHERE a AND b", or empty
    const QVariantList &values() const { return m_values; }

private:
    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace fielddesk::server
