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
        for (const QString &name : JobDayKeys::filterNames())
            list << isText(filterSpecNamed(name).type);
        return list;
    }();
    return texts;
}

// One condition of a list on a held column: its value is one of `allowed`, or NULL.
struct Condition
{
    qsizetype column = 0;
    bool isNull = false;
    QVarLengthArray<qint64, 8> allowed;

    bool holdsFor(const qint64 *values, qint64 nullValue) const
    {
        const qint64 value = values[column];
        if (isNull)
            return value == nullValue;
        return std::find(allowed.cbegin(), allowed.cend(), value) != allowed.cend();
    }
};

} // namespace

const QStringList &JobDayKeys::filterNames()
{
    static const QStringList names{QStringLiteral("status"), QStringLiteral("location_id"),
                                   QStringLiteral("technician_id"), QStringLiteral("priority"),
                                   QStringLiteral("at_risk")};
    return names;
}

const QStringList &JobDayKeys::columns()
{
    static const QStringList list = [] {
        QStringList columns;
        for (const QString &name : filterNames())
            columns << filterSpecNamed(name).column;
        return columns;
    }();
    return list;
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
    return std::all_of(query.filters.cbegin(), query.filters.cend(), [](const auto &filter) {
        return filterNames().contains(filter.first->name);
    });
}

qint64 JobDayKeys::textNumber(const QString &text) const
{
    const qsizetype number = m_texts.indexOf(text);
    return number < 0 ? kNoSuchText : number;
}

void JobDayKeys::append(qint64 id, const QVariantList &values)
{
    Q_ASSERT(values.size() == columns().size());
    m_ids.append(id);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull()) {
            m_values.append(kNull);
        } else if (textColumns().at(i)) {
            const QString text = value.toString();
            qint64 number = textNumber(text);
            if (number == kNoSuchText) {
                number = m_texts.size();
                m_texts.append(text);
            }
            m_values.append(number);
        } else {
            m_values.append(value.toLongLong());
        }
    }
}

JobDayKeys::Selection JobDayKeys::select(const JobScope &scope,
                                         const JobListFilter &extra,
                                         const ListQuery &query,
                                         const JobDayTexts *texts) const
{
    Q_ASSERT(canAnswer(scope, extra, query));
    const QString term = foldForSearch(query.search);
    Q_ASSERT(term.isEmpty() || texts);
    static const qsizetype locationColumn = columns().indexOf(QStringLiteral("j.location_id"));
    static const qsizetype technicianColumn = columns().indexOf(QStringLiteral("j.technician_id"));
    QList<Condition> conditions;
    if (scope.locationIds) {
        Condition inLocations{locationColumn, false, {}};
        for (const qint64 id : *scope.locationIds)
            inLocations.allowed.append(id);
        conditions << inLocations; // none: nothing matches, as SQL's "1 = 0"
    }
    if (scope.technicianId)
        conditions << Condition{technicianColumn, false, {*scope.technicianId}};
    if (extra.unassignedOnly)
        conditions << Condition{technicianColumn, true, {}};
    for (const auto &[spec, values] : query.filters) {
        const qsizetype column = filterNames().indexOf(spec->name);
        Condition condition{column, false, {}};
        for (const QVariant &value : values) {
            const qint64 key =
                textColumns().at(column) ? textNumber(value.toString()) : value.toLongLong();
            if (key != kNull) // a client's number that happens to be the NULL mark
                condition.allowed.append(key);
        }
        conditions << condition;
    }

    Selection selection;
    const qsizetype width = columns().size();
    const qint64 first = query.offset;
    const qint64 end = first + query.limit;
    const qint64 *row = m_values.constData();
    for (qsizetype i = 0; i < m_ids.size(); ++i, row += width) {
        const bool matches =
            std::all_of(conditions.cbegin(), conditions.cend(),
                        [&](const Condition &c) { return c.holdsFor(row, kNull); });
        if (!matches || (!term.isEmpty() && !foldedTextContains(texts->value(m_ids.at(i)), term)))
            continue;
        if (selection.count >= first && selection.count < end)
            selection.ids.append(m_ids.at(i));
        ++selection.count;
    }
    return selection;
}

} // namespace fielddesk::server
