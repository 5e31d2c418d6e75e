#include "repositories/jobdaykeys.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/jobrepository.h"
#include "storage/listquery.h"
#include "storage/sqlfilter.h"

#include <QVarLengthArray>

#include <algorithm>

namespace fielddesk::server {

namespace {

const FilterSpec &filterSpecNamed(const QString &name)
{
    const QList<FilterSpec> &filters = JobRepository::listSpec().filters;
    const auto spec = std::find_if(filters.cbegin(), filters.cend(),
                                   [&](const FilterSpec &f) { return f.name == name; });
    Q_ASSERT(spec != filters.cend());
    return *spec;
}

bool isText(FilterType type)
{
    return type == FilterType::Text || type == FilterType::Enum;
}

// Which of columns() hold text (compared as text, as SQL's `=` on a text column does).
const QList<bool> &textColumns()
{
    static const QList<bool> texts = [] {
        QList<bool> list;
        for (const QString &name : JobHeldColumns::filterNames())
            list << isText(filterSpecNamed(name).type);
        return list;
    }();
    return texts;
}

} // namespace

const QStringList &JobHeldColumns::filterNames()
{
    static const QStringList names{QStringLiteral("status"), QStringLiteral("location_id"),
                                   QStringLiteral("technician_id"), QStringLiteral("priority"),
                                   QStringLiteral("at_risk")};
    return names;
}

const QStringList &JobHeldColumns::columns()
{
    static const QStringList list = [] {
        QStringList columns;
        for (const QString &name : filterNames())
            columns << filterSpecNamed(name).column;
        return columns;
    }();
    return list;
}

bool JobHeldColumns::holdsFiltersOf(const ListQuery &query)
{
    return std::all_of(query.filters.cbegin(), query.filters.cend(), [](const auto &filter) {
        return filterNames().contains(filter.first->name);
    });
}

qint64 JobHeldColumns::textNumber(const QString &text) const
{
    const qsizetype number = m_texts.indexOf(text);
    return number < 0 ? kNoSuchText : number;
}

void JobHeldColumns::encode(const QVariantList &values, QList<qint64> &out)
{
    Q_ASSERT(values.size() == columns().size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull()) {
            out.append(kNull);
        } else if (textColumns().at(i)) {
            const QString text = value.toString();
            qint64 number = textNumber(text);
            if (number == kNoSuchText) {
                number = m_texts.size();
                m_texts.append(text);
            }
            out.append(number);
        } else {
            out.append(value.toLongLong());
        }
    }
}

bool JobHeldColumns::Conditions::holdFor(const qint64 *row) const
{
    return std::all_of(m_conditions.cbegin(), m_conditions.cend(), [row](const Condition &c) {
        const qint64 value = row[c.column];
        if (c.isNull)
            return value == kNull;
        return std::find(c.allowed.cbegin(), c.allowed.cend(), value) != c.allowed.cend();
    });
}

JobHeldColumns::Conditions JobHeldColumns::conditionsOf(const JobScope &scope,
                                                        const JobListFilter &extra,
                                                        const ListQuery &query) const
{
    static const qsizetype locationColumn = columns().indexOf(QStringLiteral("j.location_id"));
    static const qsizetype technicianColumn = columns().indexOf(QStringLiteral("j.technician_id"));
    Conditions conditions;
    QList<Conditions::Condition> &list = conditions.m_conditions;
    if (scope.locationIds) {
        Conditions::Condition inLocations{locationColumn, false, {}};
        for (const qint64 id : *scope.locationIds)
            inLocations.allowed.append(id);
        list << inLocations; // none: nothing matches, as SQL's "1 = 0"
    }
    if (scope.technicianId)
        list << Conditions::Condition{technicianColumn, false, {*scope.technicianId}};
    if (extra.unassignedOnly)
        list << Conditions::Condition{technicianColumn, true, {}};
    for (const auto &[spec, values] : query.filters) {
        const qsizetype column = filterNames().indexOf(spec->name);
        Q_ASSERT(column >= 0);
        Conditions::Condition condition{column, false, {}};
        for (const QVariant &value : values) {
            const qint64 key =
                textColumns().at(column) ? textNumber(value.toString()) : value.toLongLong();
            if (key != kNull) // a client's number that happens to be the NULL mark
                condition.allowed.append(key);
        }
        list << condition;
    }
    return conditions;
}

bool JobDayKeys::canAnswer(const JobScope &scope,
                           const JobListFilter &extra,
                           const ListQuery &query)
{
    if (!extra.skill.isEmpty() || scope.customerId)
        return false;
    const std::optional<QDateTime> from = parseTimestamp(extra.from);
    const std::optional<QDateTime> to = parseTimestamp(extra.to);
    if (!from || !to || from->secsTo(*to) > kLongestRangeSeconds)
        return false;
    return JobHeldColumns::holdsFiltersOf(query);
}

void JobDayKeys::append(qint64 id, const QVariantList &values)
{
    m_ids.append(id);
    m_held.encode(values, m_values);
}

JobDayKeys::Selection JobDayKeys::select(const JobScope &scope,
                                         const JobListFilter &extra,
                                         const ListQuery &query,
                                         const JobDayTexts *texts) const
{
    const QString term = foldForSearch(query.search);
    if (term.isEmpty())
        return select(scope, extra, query, TextTest());
    Q_ASSERT(texts);
    const FoldedTermMatcher matcher(term);
    return select(scope, extra, query, [&](qint64 id) {
        const auto text = texts->constFind(id);
        return text != texts->cend() && matcher.isIn(*text);
    });
}

JobDayKeys::Selection JobDayKeys::select(const JobScope &scope,
                                         const JobListFilter &extra,
                                         const ListQuery &query,
                                         const TextTest &textMatches) const
{
    Q_ASSERT(canAnswer(scope, extra, query));
    Q_ASSERT(foldForSearch(query.search).isEmpty() || textMatches);
    const JobHeldColumns::Conditions conditions = m_held.conditionsOf(scope, extra, query);
    Selection selection;
    const qsizetype width = columns().size();
    const qint64 first = query.offset;
    const qint64 end = first + query.limit;
    const qint64 *row = m_values.constData();
    for (qsizetype i = 0; i < m_ids.size(); ++i, row += width) {
        if (!conditions.holdFor(row) || (textMatches && !textMatches(m_ids.at(i))))
            continue;
        if (selection.count >= first && selection.count < end)
            selection.ids.append(m_ids.at(i));
        ++selection.count;
    }
    return selection;
}

} // namespace fielddesk::server
