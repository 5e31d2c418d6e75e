// Query strings against the jobs list's conventions (parseListQuery with the job repository's
// ListSpec, the richest: multi-value, enum, integer and boolean filters, orderings, search):
// a refusal is a 422 naming a parameter; what it accepts is a page within the limits, an
// ordering of whitelisted columns that ends with the id, and filters the spec declares. The
// list page cache keys a page by the query's encoded form (JobService::list): that form,
// read again, is the same query, so a page cached for one query is never served for another.
#include "fuzzcheck.h"
#include "http/listquery.h"
#include "repositories/jobrepository.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace fielddesk::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QUrlQuery query(
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    const ListSpec &spec = JobRepository::listSpec();
    const Result<ListQuery> parsed = parseListQuery(query, spec);
    if (!parsed.ok()) {
        FUZZ_CHECK(parsed.failure().kind == FailureKind::Invalid);
        FUZZ_CHECK(!parsed.failure().errors.isEmpty());
        return 0;
    }
    const ListQuery &list = parsed.value();
    FUZZ_CHECK(list.limit >= 1 && list.limit <= spec.maxLimit);
    FUZZ_CHECK(list.offset >= 0);
    QStringList columns{spec.idColumn};
    for (const OrderingSpec &ordering : spec.orderable)
        columns.append(ordering.column);
    for (const auto &[column, descending] : list.ordering)
        FUZZ_CHECK(columns.contains(column));
    FUZZ_CHECK(list.orderByClause().contains(spec.idColumn));
    for (const auto &filter : list.filters) {
        // Named, not a structured binding: the lambda uses it (clang 14 cannot capture one).
        const FilterSpec *const declaredFilter = filter.first;
        FUZZ_CHECK(std::any_of(
            spec.filters.begin(), spec.filters.end(),
            [declaredFilter](const FilterSpec &declared) { return &declared == declaredFilter; }));
        FUZZ_CHECK(!filter.second.isEmpty());
    }

    const QUrlQuery keyed(list.raw.toString(QUrl::FullyEncoded));
    FUZZ_CHECK(keyed.queryItems(QUrl::FullyDecoded) == query.queryItems(QUrl::FullyDecoded));
    const Result<ListQuery> again = parseListQuery(keyed, spec);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().limit == list.limit && again.value().offset == list.offset);
    FUZZ_CHECK(again.value().ordering == list.ordering && again.value().search == list.search);
    FUZZ_CHECK(again.value().filters == list.filters);
    return 0;
}
