// Timestamps as the API takes them (fielddesk::parseTimestamp): any bytes. What it accepts
// has a zone, and its stored form (toTimestamp) reads back as the same instant.
#include "fielddesk/domain/timestamps.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const std::optional<QDateTime> parsed = fielddesk::parseTimestamp(text);
    if (!parsed)
        return 0;
    FUZZ_CHECK(parsed->isValid());
    const QString stored = fielddesk::toTimestamp(*parsed);
    const std::optional<QDateTime> again = fielddesk::parseTimestamp(stored);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->toMSecsSinceEpoch() == parsed->toMSecsSinceEpoch());
    FUZZ_CHECK(fielddesk::toTimestamp(*again) == stored);
    return 0;
}
