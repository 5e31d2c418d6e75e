// WHERE clauses with their bound values, built in order, and the case folding that search
// columns store and search terms are compared with.
#pragma once

#include "storage/listquery.h"

#include <QStringMatcher>

namespace fielddesk::server {

// Text as search columns store it and search terms are compared: case-folded, so that
// "Émile" matches "émile" on every engine.
QString foldForSearch(const QString &text);
// Whether a folded search text matches a folded term: the rule whereContainsFolded (and on
// SQLite the trigram index's phrase match) states in SQL, for texts already read.
bool foldedTextContains(const QString &foldedText, const QString &foldedTerm);
// foldedTextContains for one term tested against many texts (a day's, a search index's
// candidates): its skip table is made once.
class FoldedTermMatcher
{
public:
    explicit FoldedTermMatcher(const QString &foldedTerm)
        : m_matcher(foldedTerm)
    {}
    bool isIn(const QString &foldedText) const { return m_matcher.indexIn(foldedText) >= 0; }

private:
    QStringMatcher m_matcher;
};

// The shortest term a trigram index matches, in code points (an emoji is one): shorter ones
// are a LIKE.
constexpr int kTrigramLength = 3;

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
