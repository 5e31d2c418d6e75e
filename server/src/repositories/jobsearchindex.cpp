#include "repositories/jobsearchindex.h"

#include "repositories/jobrepository.h"
#include "storage/engineorder.h"
#include "storage/listquery.h"
#include "storage/sqlfilter.h"

#include <algorithm>
#include <limits>

namespace fielddesk::server {

namespace {

constexpr int kCodePointBits = 21;

// Keeps in `candidates` only the slots `list` holds too (both ascending).
template<typename Slot>
void intersect(std::vector<Slot> &candidates, const std::vector<Slot> &list)
{
    // A few candidates against a long list: look each up; lists of like length: merge.
    constexpr size_t kLookUpRatio = 16;
    auto kept = candidates.begin();
    if (candidates.size() * kLookUpRatio < list.size()) {
        for (const Slot slot : candidates) {
            if (std::binary_search(list.cbegin(), list.cend(), slot))
                *kept++ = slot;
        }
    } else {
        kept = std::set_intersection(candidates.begin(), candidates.end(), list.cbegin(),
                                     list.cend(), candidates.begin());
    }
    candidates.erase(kept, candidates.end());
}

} // namespace

JobSearchIndex::JobSearchIndex(bool nullsFirst)
    : m_nullsFirst(nullsFirst)
    , m_kept(std::make_unique<KeptTerms>())
{}

JobSearchIndex::~JobSearchIndex() = default;
JobSearchIndex::JobSearchIndex(JobSearchIndex &&) noexcept = default;

bool JobSearchIndex::canAnswer(const JobScope &scope,
                               const JobListFilter &extra,
                               const ListQuery &query)
{
    return extra.from.isEmpty() && extra.to.isEmpty() && extra.skill.isEmpty() &&
           !scope.customerId && isIndexedTerm(foldForSearch(query.search)) &&
           query.orderByClause() == JobRepository::orderOfJobsOrderIndex() &&
           JobHeldColumns::holdsFiltersOf(query);
}

std::vector<quint64> JobSearchIndex::trigramsOf(const QString &text)
{
    const QList<uint> points = text.toUcs4();
    std::vector<quint64> trigrams;
    if (points.size() < kTrigramLength)
        return trigrams;
    trigrams.reserve(size_t(points.size()));
    for (qsizetype i = 0; i + kTrigramLength <= points.size(); ++i) {
        trigrams.push_back((quint64(points.at(i)) << (2 * kCodePointBits)) |
                           (quint64(points.at(i + 1)) << kCodePointBits) |
                           quint64(points.at(i + 2)));
    }
    std::sort(trigrams.begin(), trigrams.end());
    trigrams.erase(std::unique(trigrams.begin(), trigrams.end()), trigrams.end());
    return trigrams;
}

void JobSearchIndex::unlink(Slot slot)
{
    for (const quint64 trigram : trigramsOf(m_entries[slot].text)) {
        const auto list = m_postings.find(trigram);
        if (list == m_postings.end())
            continue;
        const auto at = std::lower_bound(list->begin(), list->end(), slot);
        if (at != list->end() && *at == slot)
            list->erase(at);
        if (list->empty())
            m_postings.erase(list);
    }
}

void JobSearchIndex::put(const JobSearchRow &row)
{
    const qsizetype width = JobHeldColumns::columns().size();
    QList<qint64> values;
    values.reserve(width);
    m_held.encode(row.held, values);

    Slot slot = 0;
    bool textChanged = true;
    if (const std::optional<Slot> held = m_slotOf.find(row.id)) {
        slot = *held;
        textChanged = m_entries[slot].text != row.text;
        if (textChanged)
            unlink(slot);
    } else if (!m_free.empty()) {
        slot = m_free.back();
        m_free.pop_back();
        m_slotOf.insert(row.id, slot);
    } else {
        slot = Slot(m_entries.size());
        m_entries.emplace_back();
        m_orderKeys.emplace_back();
        m_values.resize(m_values.size() + width);
        m_slotOf.insert(row.id, slot);
    }
    if (textChanged)
        updateKeptMatches(slot, &row.text);
    Entry &entry = m_entries[slot];
    countNonCanonical(entry, -1);
    entry.id = row.id;
    entry.priority = row.priority;
    entry.windowStartNull = row.windowStart.isNull();
    entry.windowStart = entry.windowStartNull ? QString() : row.windowStart.toString();
    entry.windowStartDigits =
        entry.windowStartNull ? std::nullopt : timestampDigits(entry.windowStart);
    countNonCanonical(entry, +1);
    m_orderKeys[slot] = orderKeyOf(entry);
    std::copy(values.cbegin(), values.cend(), m_values.begin() + qsizetype(slot) * width);
    if (!textChanged)
        return;
    entry.text = row.text;
    for (const quint64 trigram : trigramsOf(entry.text)) {
        std::vector<Slot> &list = m_postings[trigram];
        if (list.empty() || list.back() < slot)
            list.push_back(slot); // slots are handed out ascending while the index is built
        else
            list.insert(std::lower_bound(list.begin(), list.end(), slot), slot);
    }
}

void JobSearchIndex::remove(qint64 id)
{
    const std::optional<Slot> held = m_slotOf.find(id);
    if (!held)
        return;
    const Slot slot = *held;
    unlink(slot);
    updateKeptMatches(slot, nullptr);
    m_slotOf.erase(id);
    countNonCanonical(m_entries[slot], -1);
    m_entries[slot] = Entry{};
    m_free.push_back(slot);
}

void JobSearchIndex::countNonCanonical(const Entry &entry, int by)
{
    if (entry.id != 0 && !entry.windowStartNull && !entry.windowStartDigits)
        m_nonCanonical += by;
}

JobSearchIndex::OrderKey JobSearchIndex::orderKeyOf(const Entry &entry) const
{
    // Nulls before or after every digits, as the engine puts them; digits are not negative.
    constexpr qint64 kNullFirst = std::numeric_limits<qint64>::min();
    constexpr qint64 kNullLast = std::numeric_limits<qint64>::max();
    const qint64 start = entry.windowStartNull ? (m_nullsFirst ? kNullFirst : kNullLast)
                                               : entry.windowStartDigits.value_or(0);
    return OrderKey{-entry.priority, start, entry.id};
}

bool JobSearchIndex::before(Slot a, Slot b) const
{
    const Entry &x = m_entries[a];
    const Entry &y = m_entries[b];
    if (x.priority != y.priority)
        return x.priority > y.priority;
    if (x.windowStartNull != y.windowStartNull)
        return x.windowStartNull == m_nullsFirst;
    if (!x.windowStartNull && x.windowStart != y.windowStart)
        return x.windowStart < y.windowStart; // the engine's order of texts
    return x.id < y.id;
}

JobDayKeys::Selection JobSearchIndex::select(const JobScope &scope,
                                             const JobListFilter &extra,
                                             const ListQuery &query) const
{
    Q_ASSERT(canAnswer(scope, extra, query));
    JobDayKeys::Selection selection;
    const TermMatches matches = termMatches(foldForSearch(query.search));
    const JobHeldColumns::Conditions conditions = m_held.conditionsOf(scope, extra, query);
    const qsizetype width = JobHeldColumns::columns().size();
    std::vector<Slot> found;
    found.reserve(matches.m_slots->size());
    for (const Slot slot : *matches.m_slots) {
        if (conditions.holdFor(m_values.constData() + qsizetype(slot) * width))
            found.push_back(slot);
    }
    selection.count = qint64(found.size());
    const size_t first = std::min(size_t(query.offset), found.size());
    const size_t end = std::min(size_t(query.offset) + size_t(query.limit), found.size());
    if (m_nonCanonical == 0) {
        // Every window start held has the server's form: its order key says it all, in a
        // few bytes beside the others (a broad term sorts tens of thousands of matches).
        const auto byKey = [this](Slot a, Slot b) { return m_orderKeys[a] < m_orderKeys[b]; };
        std::partial_sort(found.begin(), found.begin() + qsizetype(end), found.end(), byKey);
    } else {
        const auto byOrder = [this](Slot a, Slot b) { return before(a, b); };
        std::partial_sort(found.begin(), found.begin() + qsizetype(end), found.end(), byOrder);
    }
    for (size_t i = first; i < end; ++i)
        selection.ids.append(m_entries[found[i]].id);
    return selection;
}

std::vector<JobSearchIndex::Slot> JobSearchIndex::candidatesOf(const QString &term) const
{
    // The term's trigrams' lists, shortest first: a job that contains the term has them all.
    std::vector<const std::vector<Slot> *> lists;
    for (const quint64 trigram : trigramsOf(term)) {
        const auto list = m_postings.constFind(trigram);
        if (list == m_postings.cend())
            return {}; // no job has this trigram
        lists.push_back(&*list);
    }
    if (lists.empty())
        return {};
    std::sort(lists.begin(), lists.end(),
              [](const auto *a, const auto *b) { return a->size() < b->size(); });
    std::vector<Slot> candidates = *lists.front();
    for (size_t i = 1; i < lists.size() && !candidates.empty(); ++i)
        intersect(candidates, *lists.at(i));
    return candidates;
}

void JobSlotDirectory::insert(qint64 id, Slot slot)
{
    m_hash.insert(id, slot);
    if (m_hash.size() == 1) {
        m_first = id;
        m_table.assign(1, slot);
        m_tableUsed = true;
    } else if (!m_tableUsed) {
        constexpr qsizetype kTryAgainEvery = 4096; // the ids may have become dense
        if (m_hash.size() % kTryAgainEvery == 0)
            rebuildTable();
    } else if (id >= m_first && id - m_first < qint64(m_table.size())) {
        m_table[size_t(id - m_first)] = slot;
    } else if (id > m_first && denseEnough(id - m_first + 1)) {
        m_table.resize(size_t(id - m_first + 1), kNone); // grows geometrically
        m_table[size_t(id - m_first)] = slot;
    } else {
        rebuildTable();
    }
}

void JobSlotDirectory::erase(qint64 id)
{
    m_hash.remove(id);
    if (m_tableUsed && id >= m_first && id - m_first < qint64(m_table.size()))
        m_table[size_t(id - m_first)] = kNone;
}

void JobSlotDirectory::rebuildTable()
{
    m_table.clear();
    m_tableUsed = false;
    if (m_hash.isEmpty())
        return;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (auto it = m_hash.cbegin(); it != m_hash.cend(); ++it) {
        first = std::min(first, it.key());
        last = std::max(last, it.key());
    }
    // Room below the first id too, so that ids coming in descending order rebuild the table
    // a few times, not once each.
    const qint64 below = std::clamp<qint64>(first, 0, (last - first) / 2 + 1024);
    if (!denseEnough(last - (first - below) + 1)) {
        m_table.shrink_to_fit();
        return;
    }
    first -= below;
    m_first = first;
    m_table.assign(size_t(last - first + 1), kNone);
    for (auto it = m_hash.cbegin(); it != m_hash.cend(); ++it)
        m_table[size_t(it.key() - first)] = it.value();
    m_tableUsed = true;
}

void JobSearchIndex::KeptMatches::set(Slot slot, bool on)
{
    const size_t word = slot / 64;
    if (word >= bits.size())
        bits.resize(word + 1, 0);
    const quint64 bit = quint64(1) << (slot % 64);
    bits[word] = on ? (bits[word] | bit) : (bits[word] & ~bit);
}

std::shared_ptr<JobSearchIndex::KeptMatches>
JobSearchIndex::keptMatchesOf(const QString &term) const
{
    {
        QMutexLocker lock(&m_kept->mutex);
        if (const auto kept = m_kept->byTerm.constFind(term); kept != m_kept->byTerm.cend())
            return *kept;
    }
    auto kept = std::make_shared<KeptMatches>(term);
    std::vector<Slot> &matched = kept->matched;
    matched = candidatesOf(term);
    matched.erase(
        std::remove_if(matched.begin(), matched.end(),
                       [&](Slot slot) { return !kept->matcher.isIn(m_entries[slot].text); }),
        matched.end());
    matched.shrink_to_fit();
    kept->bits.assign((m_entries.size() + 63) / 64, 0);
    for (const Slot slot : matched)
        kept->set(slot, true);
    QMutexLocker lock(&m_kept->mutex);
    ++m_kept->checked;
    if (const auto other = m_kept->byTerm.constFind(term); other != m_kept->byTerm.cend())
        return *other; // checked at the same time by another search
    // Weighed in slots (4 bytes): the matches and their bits.
    const qsizetype weight = qsizetype(matched.size() + 2 * kept->bits.size());
    if (weight > kMostSlotsKept)
        return kept;
    if (m_kept->byTerm.size() >= kMostTermsKept || m_kept->weight + weight > kMostSlotsKept) {
        m_kept->byTerm.clear(); // simple and bounded: the terms asked again are checked again
        m_kept->weight = 0;
    }
    m_kept->byTerm.insert(term, kept);
    m_kept->weight += weight;
    return kept;
}

void JobSearchIndex::updateKeptMatches(Slot slot, const QString *newText)
{
    QMutexLocker lock(&m_kept->mutex);
    for (const std::shared_ptr<KeptMatches> &kept : std::as_const(m_kept->byTerm)) {
        std::vector<Slot> &matched = kept->matched;
        const auto at = std::lower_bound(matched.begin(), matched.end(), slot);
        const bool held = at != matched.end() && *at == slot;
        const bool matches = newText && kept->matcher.isIn(*newText);
        if (held && !matches) {
            matched.erase(at);
            kept->set(slot, false);
            --m_kept->weight;
        } else if (!held && matches) {
            matched.insert(at, slot);
            kept->set(slot, true);
            ++m_kept->weight;
        }
    }
}

qsizetype JobSearchIndex::termsKept() const
{
    QMutexLocker lock(&m_kept->mutex);
    return m_kept->byTerm.size();
}

int JobSearchIndex::termsChecked() const
{
    QMutexLocker lock(&m_kept->mutex);
    return m_kept->checked;
}

JobSearchIndex::TermMatches::TermMatches(const JobSearchIndex &index, const QString &term)
    : m_index(index)
{
    Q_ASSERT(isIndexedTerm(term));
    static const std::vector<Slot> none;
    m_slots = &none;
    const std::vector<quint64> trigrams = trigramsOf(term);
    if (trigrams.size() == 1 && term.toUcs4().size() == kTrigramLength) {
        // One trigram: every job holding it matches.
        if (const auto list = index.m_postings.constFind(trigrams.front());
            list != index.m_postings.cend())
            m_slots = &*list;
        return;
    }
    const std::shared_ptr<KeptMatches> kept = index.keptMatchesOf(term);
    m_slots = &kept->matched;
    m_bits = &kept->bits;
    m_kept = kept;
}

bool JobSearchIndex::TermMatches::contains(qint64 id) const
{
    const std::optional<Slot> held = m_index.m_slotOf.find(id);
    if (!held)
        return false;
    if (m_bits) {
        const size_t word = *held / 64;
        return word < m_bits->size() && ((*m_bits)[word] >> (*held % 64)) & 1;
    }
    return std::binary_search(m_slots->cbegin(), m_slots->cend(), *held);
}

} // namespace fielddesk::server
