#include "repositories/jobdaykeys.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/jobrepository.h"
#include "storage/listquery.h"
#include "storage/sqlfilter.h"

#include <QSet>
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

QStringList JobDayKeys::sortColumnsOf(const ListQuery &query)
{
    QStringList columns;
    for (const auto &[column, descending] : query.orderTerms()) {
        if (column == query.idColumn)
            break;
        columns << column;
    }
    return columns;
}

JobDayKeys::JobDayKeys(const ListQuery &query, const EngineOrder &order)
    : m_order(order)
{
    for (const auto &[column, descending] : query.orderTerms()) {
        const bool isId = column == query.idColumn;
        m_terms.append({isId, descending});
        if (isId)
            break;
        ++m_sortWidth;
    }
}

JobDayKeys JobDayKeys::emptyLike() const
{
    JobDayKeys keys = *this;
    keys.m_ids.clear();
    keys.m_values.clear();
    keys.m_sortValues.clear();
    keys.m_patchable = false;
    return keys;
}

JobDayKeys::SortValue JobDayKeys::sortValueOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return {value.toLongLong(), SortKind::Integer};
    case QMetaType::QString: {
        const QString text = value.toString();
        if (const std::optional<qint64> digits = timestampDigits(text))
            return {*digits, SortKind::Timestamp};
        m_sortTexts.append(text);
        return {m_sortTexts.size() - 1, SortKind::Text};
    }
    default:
        return {0, SortKind::Unknown};
    }
}

QString JobDayKeys::textOf(const SortValue &value) const
{
    return value.kind == SortKind::Timestamp ? timestampOfDigits(value.number)
                                             : m_sortTexts.at(value.number);
}

void JobDayKeys::append(const Row &row)
{
    Q_ASSERT(row.sortValues.size() == m_sortWidth);
    m_ids.append(row.id);
    m_held.encode(row.held, m_values);
    for (const QVariant &value : row.sortValues)
        m_sortValues.append(sortValueOf(value));
}

void JobDayKeys::appendFrom(const JobDayKeys &other, qsizetype i)
{
    const qsizetype width = columns().size();
    m_ids.append(other.m_ids.at(i));
    for (qsizetype k = 0; k < width; ++k)
        m_values.append(other.m_values.at(i * width + k));
    for (qsizetype k = 0; k < m_sortWidth; ++k)
        m_sortValues.append(other.m_sortValues.at(i * m_sortWidth + k));
}

void JobDayKeys::finish()
{
    m_ids.squeeze();
    m_values.squeeze();
    m_sortValues.squeeze();
    m_patchable = true;
    for (qsizetype i = 0; i + 1 < m_ids.size() && m_patchable; ++i) {
        const std::optional<int> order = compare(*this, i, *this, i + 1);
        m_patchable = order && *order < 0;
    }
}

std::optional<int>
JobDayKeys::compareValues(const SortValue &x, const JobDayKeys &b, const SortValue &y) const
{
    if (x.kind == SortKind::Null || y.kind == SortKind::Null) {
        if (x.kind == y.kind)
            return 0;
        return (x.kind == SortKind::Null) == m_order.nullsFirst ? -1 : 1;
    }
    if (x.kind == SortKind::Unknown || y.kind == SortKind::Unknown)
        return std::nullopt;
    if ((x.kind == SortKind::Integer) != (y.kind == SortKind::Integer))
        return std::nullopt; // a number and a text: not of one column's type
    if (x.kind != SortKind::Integer && !m_order.textsByCodePoint)
        return std::nullopt;
    if (x.kind == y.kind && x.kind != SortKind::Text)
        return x.number == y.number ? 0 : (x.number < y.number ? -1 : 1);
    return compareCodePoints(textOf(x), b.textOf(y));
}

std::optional<int>
JobDayKeys::compare(const JobDayKeys &a, qsizetype i, const JobDayKeys &b, qsizetype j)
{
    for (qsizetype term = 0; term < a.m_terms.size(); ++term) {
        const bool descending = a.m_terms.at(term).descending;
        int order = 0;
        if (a.m_terms.at(term).isId) {
            const qint64 x = a.m_ids.at(i);
            const qint64 y = b.m_ids.at(j);
            order = x == y ? 0 : (x < y ? -1 : 1);
        } else {
            const std::optional<int> values =
                a.compareValues(a.m_sortValues.at(i * a.m_sortWidth + term), b,
                                b.m_sortValues.at(j * b.m_sortWidth + term));
            if (!values)
                return std::nullopt;
            order = *values;
        }
        if (order != 0)
            return descending ? -order : order;
    }
    return 0;
}

std::optional<JobDayKeys> JobDayKeys::patched(const QList<qint64> &changed,
                                              const QList<Row> &rows) const
{
    if (!m_patchable)
        return std::nullopt;
    // The new rows, in our tables (the texts they bring are added after ours).
    JobDayKeys added = emptyLike();
    for (const Row &row : rows)
        added.append(row);
    added.finish();
    if (!added.m_patchable)
        return std::nullopt;
    const QSet<qint64> gone(changed.cbegin(), changed.cend());
    JobDayKeys keys = added.emptyLike();
    keys.m_ids.reserve(m_ids.size() + added.size());
    keys.m_values.reserve(m_values.size() + added.m_values.size());
    keys.m_sortValues.reserve(m_sortValues.size() + added.m_sortValues.size());
    qsizetype next = 0; // of `added`
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        if (gone.contains(m_ids.at(i)))
            continue;
        for (; next < added.size(); ++next) {
            const std::optional<int> order = compare(added, next, *this, i);
            if (!order)
                return std::nullopt;
            if (*order > 0)
                break;
            keys.appendFrom(added, next);
        }
        keys.appendFrom(*this, i);
    }
    for (; next < added.size(); ++next)
        keys.appendFrom(added, next);
    keys.finish();
    if (!keys.m_patchable)
        return std::nullopt; // (a job gone from between two that do not compare)
    return keys;
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
