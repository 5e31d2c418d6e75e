// One page of a collection and the query that reads it: a COUNT for the total and a
// SELECT ... ORDER BY ... LIMIT/OFFSET for the rows, both with the same filter.
#pragma once

#include "storage/database.h"
#include "storage/sqlfilter.h"

#include <QList>

namespace fielddesk::server {

template<typename T>
struct Page
{
    qint64 count = 0;
    QList<T> items;
    // The items already written as a JSON array (a cache keeps them so); empty: not yet.
    QByteArray itemsJson;
};

template<typename T, typename ReadRow>
Page<T> selectPage(Database &db,
                   const QString &columns,
                   const QString &from,
                   const SqlFilter &filter,
                   const ListQuery &query,
                   ReadRow readRow)
{
    Page<T> page;
    SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM ") + from + filter.clause());
    for (const QVariant &value : filter.values())
        count.bind(value);
    count.exec();
    if (count.next())
        page.count = count.integer(0);

    SqlQuery rows(db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + from +
                          filter.clause() + query.orderByClause() +
                          QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &value : filter.values())
        rows.bind(value);
    rows.bind(query.limit).bind(query.offset).exec();
    while (rows.next())
        page.items.append(readRow(rows));
    return page;
}

} // namespace fielddesk::server
