// A tenant's jobs held for searches without a date (issue 12, `search-many`): each job's folded
// search text, the columns the board filters by and what the default ordering sorts by, with
// the positions of every three characters of the texts (trigrams). A search of three
// characters or more then looks at the jobs that have all of the term's trigrams, not at
// every job of the tenant as the engine's trigram index does when counting a broad term.
//
// A job matches as the engine's search states it (foldedTextContains), its filters as the
// day's keys test them (JobHeldColumns), and the page is sorted as the engine sorts it
// (priority descending, window start with NULLs where the engine puts them, then id).
// JobService keeps one per tenant and patches it with the jobs the commit journal names
// (put()/remove()); tst_jobsearchindex compares every answer with JobRepository::list's on
// both engines.
//
// A term longer than one trigram has candidates whose texts must be checked (they hold its
// trigrams, not always in a row): checking them was a fifth of `search-many`'s time. The
// jobs a term matches are therefore kept once checked, and put()/remove() keep them right.
#pragma once

#include "repositories/jobdaykeys.h"
#include "storage/sqlfilter.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QVariant>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace fielddesk::server {

struct JobScope;
struct JobListFilter;
struct ListQuery;

// One job as the index holds it, read by JobRepository::searchRows.
struct JobSearchRow
{
    qint64 id = 0;
    QString text;         // jobs.search_text (folded)
    qint64 priority = 0;  // what the default ordering sorts by,
    QVariant windowStart; // then this (NULL or the stored timestamp's text)
    QVariantList held;    // JobHeldColumns::columns()' values
};

// Where an index holds each job: id -> slot. A tenant's job ids are mostly dense, so while
// they are (a span of at most four times their count) a table indexed by id answers, several
// times faster than a hash: a dated search asks once for each job of its day.
class JobSlotDirectory
{
public:
    using Slot = quint32;
    std::optional<Slot> find(qint64 id) const
    {
        if (!m_tableUsed) {
            const auto held = m_hash.constFind(id);
            return held == m_hash.cend() ? std::nullopt : std::optional<Slot>(*held);
        }
        if (id < m_first || id - m_first >= qint64(m_table.size()) ||
            m_table[size_t(id - m_first)] == kNone)
            return std::nullopt;
        return m_table[size_t(id - m_first)];
    }
    void insert(qint64 id, Slot slot);
    void erase(qint64 id);
    qsizetype size() const { return m_hash.size(); }

private:
    static constexpr Slot kNone = std::numeric_limits<Slot>::max();
    bool denseEnough(qint64 span) const { return span <= 4 * m_hash.size() + 4096; }
    void rebuildTable();

    QHash<qint64, Slot> m_hash; // every job held
    std::vector<Slot> m_table;  // m_table[id - m_first] while the ids are dense enough
    qint64 m_first = 0;
    bool m_tableUsed = false;
};

class JobSearchIndex
{
public:
    // Where the engine sorts a NULL window start in ascending order: first on SQLite, last on
    // PostgreSQL.
    explicit JobSearchIndex(bool nullsFirst);
    ~JobSearchIndex();
    JobSearchIndex(JobSearchIndex &&) noexcept;

    // Whether the index answers this list: no date, a search term of three characters or more
    // (code points, as the engine's trigram index counts them), the default ordering,
    // filters on held columns only, no skill and no customer scope (API keys).
    static bool
    canAnswer(const JobScope &scope, const JobListFilter &extra, const ListQuery &query);

    // Holds the job as `row` says (replacing what was held of it).
    void put(const JobSearchRow &row);
    // Lets go of a job (deleted, or moved to another tenant).
    void remove(qint64 id);
    qsizetype size() const { return m_slotOf.size(); }

    // The count of the jobs this list matches and the ids of its page (query's offset and
    // limit). Only for lists canAnswer() accepts.
    JobDayKeys::Selection
    select(const JobScope &scope, const JobListFilter &extra, const ListQuery &query) const;

    using Slot = quint32;
    // Which held jobs' texts contain one folded term (three characters or more): a day's
    // search tests its jobs with it instead of each job's text. Valid while the index does
    // not change (JobSearchIndexes' read lock).
    class TermMatches
    {
    public:
        bool contains(qint64 id) const;

    private:
        friend class JobSearchIndex;
        TermMatches(const JobSearchIndex &index, const QString &term);
        const JobSearchIndex &m_index;
        std::shared_ptr<const void> m_kept;           // the matches kept, for a longer term
        const std::vector<Slot> *m_slots = nullptr;   // the jobs that match, ascending
        const std::vector<quint64> *m_bits = nullptr; // the same by slot, when kept
    };
    // How many terms' matches are kept, and how many were checked rather than found kept
    // (for tests).
    qsizetype termsKept() const;
    int termsChecked() const;
    static bool isIndexedTerm(const QString &foldedTerm)
    {
        return foldedTerm.toUcs4().size() >= kTrigramLength;
    }
    TermMatches termMatches(const QString &foldedTerm) const { return {*this, foldedTerm}; }

private:
    struct Entry
    {
        qint64 id = 0; // 0: a free slot
        qint64 priority = 0;
        bool windowStartNull = true;
        // The stored text, and its digits when it has the server's own form (then they sort
        // as the texts do: timestampDigits).
        QString windowStart;
        std::optional<qint64> windowStartDigits;
        QString text;
    };
    // The distinct trigrams of a folded text, as numbers (three code points of 21 bits).
    static std::vector<quint64> trigramsOf(const QString &text);
    // The slots of the jobs holding every trigram of the term, ascending.
    std::vector<Slot> candidatesOf(const QString &term) const;
    struct KeptMatches;
    // The jobs a term of more than one trigram matches, kept or checked now (and kept).
    std::shared_ptr<KeptMatches> keptMatchesOf(const QString &term) const;
    // A job's text changed (or it came or went): the kept matches follow it.
    void updateKeptMatches(Slot slot, const QString *newText);
    // Whether the job in slot a comes before the one in slot b in the default ordering, the
    // window starts compared as texts (while any held is not in the server's own form; else
    // the order keys say the same, cheaper).
    bool before(Slot a, Slot b) const;
    // The default ordering as numbers, compared in turn: the priority negated, the window
    // start's digits (nulls first or last as the engine puts them), the id. Orders as
    // before() does while every window start held has the server's own form.
    struct OrderKey
    {
        qint64 priority = 0;
        qint64 windowStart = 0;
        qint64 id = 0;
        auto operator<=>(const OrderKey &) const = default;
    };
    OrderKey orderKeyOf(const Entry &entry) const;
    void unlink(Slot slot);
    // Counts the non-canonical window starts held (with `by` +1 or -1).
    void countNonCanonical(const Entry &entry, int by);

    const bool m_nullsFirst;
    std::vector<Entry> m_entries;
    std::vector<OrderKey> m_orderKeys; // by slot, as m_entries
    QList<qint64> m_values;            // JobHeldColumns::columns().size() per slot
    std::vector<Slot> m_free;
    qsizetype m_nonCanonical = 0; // while any is held, window starts are compared as text
    JobSlotDirectory m_slotOf;
    QHash<quint64, std::vector<Slot>> m_postings; // trigram -> slots holding it, ascending
    JobHeldColumns m_held;

    // The matches kept, by term. Readers share the index (JobSearchIndexes' read lock) and
    // add terms under the mutex; put() and remove() run alone (its write lock).
    struct KeptMatches
    {
        explicit KeptMatches(const QString &term)
            : matcher(term)
        {}
        FoldedTermMatcher matcher;
        std::vector<Slot> matched; // ascending
        std::vector<quint64> bits; // one bit a slot: whether it matches
        void set(Slot slot, bool on);
    };
    struct KeptTerms
    {
        QMutex mutex;
        QHash<QString, std::shared_ptr<KeptMatches>> byTerm;
        qsizetype weight = 0; // the slots of all terms
        int checked = 0;
    };
    // Bounds: a term's matches weigh 4 bytes a job (32 MB of slots at most).
    static constexpr qsizetype kMostTermsKept = 4096;
    static constexpr qsizetype kMostSlotsKept = 8 * 1024 * 1024;
    std::unique_ptr<KeptTerms> m_kept;
};

} // namespace fielddesk::server
