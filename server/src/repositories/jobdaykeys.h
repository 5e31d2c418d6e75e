// The jobs of one range of time (a day of the board) in one ordering, held as their ids and
// the columns the board filters by. Counting a day and picking its page made the engine read
// the day's ~2,200 index entries again for every request, whatever the filter (issue 12);
// with the keys kept, any of the board's filters over that day is a walk over this array,
// and only the page's own rows are read.
//
// The engine decides which jobs belong to the range and in which order (JobRepository::
// dayKeys reads them with the list's own conditions and ORDER BY), so collation and NULLs
// sort as they do in SQL. Here only the filters' equality tests run, as SQL's
// `column IN (...)` does: NULL matches nothing. tst_jobdaykeys compares every answer with
// JobRepository::list's on both engines.
//
// Under assignments every few milliseconds a day's keys would be read again after each one
// (issue 12, `mixed`). The keys therefore also hold the values each job is ordered by, and
// take a change by re-reading the changed jobs alone and putting them at their places
// (patched()), ordering as the engine does (EngineOrder). Keys whose order this process
// cannot repeat (another collation, values of mixed types) are read again instead: each read
// checks that its own order is the one this process would give.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <QVariantList>

#include "storage/engineorder.h"

#include <functional>
#include <limits>
#include <optional>

namespace fielddesk::server {

struct JobScope;
struct JobListFilter;
struct ListQuery;

// The columns the board filters by (status, location, technician, priority, at risk), held as
// numbers (a text as its number among the texts met: a handful of statuses), and a list's
// filters and the caller's scope as tests on them, as SQL's `column IN (...)`: NULL matches
// nothing. Shared by a day's keys and the tenant's search index (JobSearchIndex).
class JobHeldColumns
{
public:
    // The list filters (ListSpec names) whose columns are held: those of the jobs_day index.
    static const QStringList &filterNames();
    // The SQL columns held, in the order encode() takes their values.
    static const QStringList &columns();
    // Whether every filter of the query is on a held column.
    static bool holdsFiltersOf(const ListQuery &query);
    static constexpr qint64 kNull = std::numeric_limits<qint64>::min();

    // Appends the numbers of one job's values (columns()' order; null where NULL) to `out`.
    void encode(const QVariantList &values, QList<qint64> &out);

    // A list's filters and scope as tests on one job's numbers.
    class Conditions
    {
    public:
        bool holdFor(const qint64 *row) const;

    private:
        friend class JobHeldColumns;
        struct Condition
        {
            qsizetype column = 0;
            bool isNull = false;
            QVarLengthArray<qint64, 8> allowed;
        };
        QList<Condition> m_conditions;
    };
    Conditions
    conditionsOf(const JobScope &scope, const JobListFilter &extra, const ListQuery &query) const;

private:
    // A text value's number in m_texts; kNoSuchText for one no job has.
    static constexpr qint64 kNoSuchText = -1;
    qint64 textNumber(const QString &text) const;
    QStringList m_texts;
};

// The folded search text of each job of a range (jobs.search_text, by id): a search the keys
// answer tests it as the engine does (a job matches when its text contains the folded term).
using JobDayTexts = QHash<qint64, QString>;

class JobDayKeys
{
public:
    // The SQL columns held after the id (those of the jobs_day index, so reading the keys
    // reads the index alone), in the order Row::held has their values.
    static const QStringList &columns() { return JobHeldColumns::columns(); }
    // The SQL columns of the query's ordering terms before the id (the unique tiebreak), in
    // the order Row::sortValues has their values.
    static QStringList sortColumnsOf(const ListQuery &query);
    // The longest range kept as keys: a week (and an hour, for a change of clocks).
    static constexpr qint64 kLongestRangeSeconds = (7 * 24 + 1) * 3600;
    // Whether the keys of a range answer this list: both ends of a range at most
    // kLongestRangeSeconds apart, no skill, no customer scope (API keys), and filters on held
    // columns only. A search needs the range's texts beside the keys.
    static bool
    canAnswer(const JobScope &scope, const JobListFilter &extra, const ListQuery &query);

    // One job as the engine answered it: its id, the values of columns() and of
    // sortColumnsOf() (null where NULL).
    struct Row
    {
        qint64 id = 0;
        QVariantList held;
        QVariantList sortValues;
    };

    // Empty keys for lists in this query's ordering, on an engine that orders so.
    JobDayKeys(const ListQuery &query, const EngineOrder &order);

    struct Selection
    {
        qint64 count = 0;
        QList<qint64> ids; // the page's, in order
    };
    // The count of the jobs this list matches and the ids of its page (query's offset and
    // limit). Only for lists canAnswer() accepts; `texts` (the range's) for one with a search.
    Selection select(const JobScope &scope,
                     const JobListFilter &extra,
                     const ListQuery &query,
                     const JobDayTexts *texts = nullptr) const;
    // Whether a job's text contains the list's (folded) search term.
    using TextTest = std::function<bool(qint64 id)>;
    // As above, with the search's test given (the tenant's search index's, JobSearchIndex).
    Selection select(const JobScope &scope,
                     const JobListFilter &extra,
                     const ListQuery &query,
                     const TextTest &textMatches) const;

    // The next job in the engine's order.
    void append(const Row &row);
    // After the last append: lets go of the room left over (kept keys are weighed by their
    // jobs) and checks whether this process orders these jobs as the engine did.
    void finish();
    qsizetype size() const { return m_ids.size(); }
    // Whether patched() can take changes (finish() found the engine's order repeatable).
    bool patchable() const { return m_patchable; }

    // These keys with the jobs `changed` taken out and `rows` put in at their places: the keys
    // a read would give now, when `rows` are those of the changed jobs in the range now (as
    // the keys' read gives them, in its order). nullopt when the order cannot be repeated
    // here.
    std::optional<JobDayKeys> patched(const QList<qint64> &changed, const QList<Row> &rows) const;

private:
    // A value of an ordering term. Integers compare as numbers; texts by code point, when the
    // engine does. A text of the server's timestamp form is held as its digits (`number`),
    // which order as the text does; another text as its index in m_sortTexts.
    enum class SortKind : quint8 { Null, Integer, Timestamp, Text, Unknown };
    struct SortValue
    {
        qint64 number = 0;
        SortKind kind = SortKind::Null;
    };
    struct Term
    {
        bool isId = false; // the id decides: the terms after it never do
        bool descending = false;
    };

    JobDayKeys emptyLike() const;
    SortValue sortValueOf(const QVariant &value);
    QString textOf(const SortValue &value) const;
    // <0, 0 or >0 as job `i` of `a` comes before, with or after job `j` of `b` in the engine's
    // order; nullopt when this process cannot tell.
    static std::optional<int>
    compare(const JobDayKeys &a, qsizetype i, const JobDayKeys &b, qsizetype j);
    std::optional<int>
    compareValues(const SortValue &x, const JobDayKeys &b, const SortValue &y) const;
    void appendFrom(const JobDayKeys &other, qsizetype i); // its tables must be ours or older

    QList<qint64> m_ids;
    QList<qint64> m_values; // columns().size() per job, as m_held numbers them
    JobHeldColumns m_held;
    QList<Term> m_terms;
    qsizetype m_sortWidth = 0;     // the terms before the id
    QList<SortValue> m_sortValues; // m_sortWidth per job
    QStringList m_sortTexts;       // the texts of SortKind::Text values
    EngineOrder m_order;
    bool m_patchable = false;
};

} // namespace fielddesk::server
