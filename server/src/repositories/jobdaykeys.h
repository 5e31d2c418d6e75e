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
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <QVariantList>

#include <functional>
#include <limits>

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
    // reads the index alone), in the order append() takes their values.
    static const QStringList &columns() { return JobHeldColumns::columns(); }
    // The longest range kept as keys: a week (and an hour, for a change of clocks).
    static constexpr qint64 kLongestRangeSeconds = (7 * 24 + 1) * 3600;
    // Whether the keys of a range answer this list: both ends of a range at most
    // kLongestRangeSeconds apart, no skill, no customer scope (API keys), and filters on held
    // columns only. A search needs the range's texts beside the keys.
    static bool
    canAnswer(const JobScope &scope, const JobListFilter &extra, const ListQuery &query);

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

    // The next job in the keys' order: its id and the values of columns() as the engine
    // answered them (null where NULL).
    void append(qint64 id, const QVariantList &values);
    // Lets go of the room the appends left over (kept keys are weighed by their jobs).
    void squeeze()
    {
        m_ids.squeeze();
        m_values.squeeze();
    }
    qsizetype size() const { return m_ids.size(); }

private:
    QList<qint64> m_ids;
    QList<qint64> m_values; // columns().size() per job, as m_held numbers them
    JobHeldColumns m_held;
};

} // namespace fielddesk::server
