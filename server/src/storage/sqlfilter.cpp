#include "storage/sqlfilter.h"

#include <algorithm>

namespace fielddesk::server {

namespace {

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

} // namespace

QList<std::pair<QString, bool>> ListQuery::orderTerms() const
{
    QList<std::pair<QString, bool>> terms = ordering;
    const bool hasId = std::any_of(ordering.cbegin(), ordering.cend(),
                                   [this](const auto &term) { return term.first == idColumn; });
    if (!hasId) {
        const bool descending =
            tieBreak == TieBreak::LikeFirstTerm && !ordering.isEmpty() && ordering.first().second;
        terms.append({idColumn, descending});
    }
    return terms;
}

QString ListQuery::orderByClause() const
{
    QStringList terms;
    for (const auto &[column, descending] : orderTerms())
        terms << column + (descending ? QLatin1String(" DESC") : QLatin1String(" ASC"));
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

SqlFilter &SqlFilter::where(const QString &condition, const QVariantList &values)
{
    m_conditions << condition;
    m_values << values;
    return *this;
}

SqlFilter &SqlFilter::where(const SqlFilter &other)
{
    m_conditions << other.m_conditions;
    m_values << other.m_values;
    return *this;
}

SqlFilter &SqlFilter::whereIn(const QString &column, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return where(QStringLiteral("1 = 0"));
    QStringList marks;
    for (const qint64 id : ids) {
        marks << QStringLiteral("?");
        m_values << id;
    }
    m_conditions << column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return *this;
}

SqlFilter &SqlFilter::apply(const ListQuery &query, const ListSpec &spec)
{
    for (const auto &[filter, values] : query.filters) {
        if (values.size() == 1) {
            where(filter->column + QStringLiteral(" = ?"), values);
        } else {
            QStringList marks(values.size(), QStringLiteral("?"));
            where(filter->column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) +
                      QLatin1Char(')'),
                  values);
        }
    }
    if (!query.search.isEmpty() && !spec.searchColumns.isEmpty()) {
        const QString pattern =
            QLatin1Char('%') + escapeLike(query.search.toLower()) + QLatin1Char('%');
        QStringList any;
        QVariantList values;
        for (const QString &column : spec.searchColumns) {
            any << QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(column);
            values << pattern;
        }
        where(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
    }
    return *this;
}

SqlFilter &SqlFilter::whereContainsFolded(const QString &column, const QString &text)
{
    const QString pattern = QLatin1Char('%') + escapeLike(foldForSearch(text)) + QLatin1Char('%');
    return where(column + QStringLiteral(" LIKE ? ESCAPE '\\'"), {pattern});
}

QString foldForSearch(const QString &text)
{
    return text.toCaseFolded();
}

bool foldedTextContains(const QString &foldedText, const QString &foldedTerm)
{
    return foldedText.contains(foldedTerm);
}

QString SqlFilter::clause() const
{
    if (m_conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions();
}

QString SqlFilter::conditions() const
{
    return m_conditions.join(QStringLiteral(" AND "));
}

} // namespace fielddesk::server
