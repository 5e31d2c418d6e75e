// WHERE clauses with their bound values, built in order, and the case folding that search
// columns store and search terms are compared with.
#pragma once

#include "storage/listquery.h"

namespace fielddesk::server {

// Text as search columns store it and search terms are compared: case-folded, so that
// "Émile" matches "émile" on every engine.
QString foldForSearch(const QString &text);
// Whether a folded search text matches a folded term: the rule whereContainsFolded (and on
// SQLite the trigram index's phrase match) states in SQL, for texts already read.
bool foldedTextContains(const QString &foldedText, const QString &foldedTerm);

// Collects WHERE conditions and their bound values in order.
class SqlFilter
{
public:
    SqlFilter &where(const QString &condition, const QVariantList &values = {});
    SqlFilter &whereIn(const QString &column, const QList<qint64> &ids);
    // Every condition of `other` too, with its values.
    SqlFilter &where(const SqlFilter &other);
    // The filters and search of a list query.
    SqlFilter &apply(const ListQuery &query, const ListSpec &spec);
    // `column` holds case-folded text (see foldForSearch); matches rows containing `text`.
    SqlFilter &whereContainsFolded(const QString &column, const QString &text);

    QString clause() const;     // "WHERE a AND b", or empty
    QString conditions() const; // "a AND b", or empty
    const QVariantList &values() const { return m_values; }

private:
    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace fielddesk::server
