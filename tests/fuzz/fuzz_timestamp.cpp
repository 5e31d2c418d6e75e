// Timestamps as the API takes them, from any bytes: fielddesk::parseTimestamp (bodies'
// timestamp fields, stored instants) and the from= and to= of date ranges (dateRangeOf).
// What parseTimestamp accepts has a zone, and its stored form (toTimestamp) reads back as the
// same instant. Both hand-written fast paths agree with Qt's ISO 8601 code they stand in for:
// the reader of the canonical form ("2026-11-23T08:00:00.000Z") with Qt's reading of the same
// text, and the writer with Qt's writing of the instant the input's first 8 bytes name. A
// date range is YYYY-MM-DD days or a 422 naming the parameter.
#include "fielddesk/domain/timestamps.h"
#include "fuzzcheck.h"
#include "services/daterange.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace fielddesk;

namespace {

// Qt's reading of an API instant (what parseTimestamp did before its fast path), in the
// four-digit years of the stored form.
std::optional<QDateTime> qtReading(const QString &text)
{
    static const QRegularExpression zoned(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$)"));
    if (!zoned.match(text).hasMatch())
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.toUTC().date().year() < 1 ||
        parsed.toUTC().date().year() > 9999)
        return std::nullopt;
    return parsed.toUTC();
}

void checkParsed(const QString &text)
{
    const std::optional<QDateTime> parsed = parseTimestamp(text);
    const std::optional<QDateTime> qt = qtReading(text);
    FUZZ_CHECK(parsed.has_value() == qt.has_value());
    if (!parsed)
        return;
    FUZZ_CHECK(parsed->isValid());
    FUZZ_CHECK(parsed->toMSecsSinceEpoch() == qt->toMSecsSinceEpoch());
    const QString stored = toTimestamp(*parsed);
    const std::optional<QDateTime> again = parseTimestamp(stored);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->toMSecsSinceEpoch() == parsed->toMSecsSinceEpoch());
    FUZZ_CHECK(toTimestamp(*again) == stored);
}

// The instant the first 8 bytes name, folded into years 1 to 9999 (four-digit years, the
// range of the canonical form): toTimestamp writes what Qt writes, and reads back.
void checkWritten(const uint8_t *data, size_t size)
{
    if (size < 8)
        return;
    quint64 raw = 0;
    std::memcpy(&raw, data, sizeof raw);
    constexpr qint64 kFirst = -62135596800000; // 0001-01-01T00:00:00.000Z
    constexpr qint64 kLast = 253402300799999;  // 9999-12-31T23:59:59.999Z
    const qint64 msecs = kFirst + static_cast<qint64>(raw % quint64(kLast - kFirst + 1));
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    const QString written = toTimestamp(time);
    FUZZ_CHECK(written == time.toString(Qt::ISODateWithMs));
    const std::optional<QDateTime> read = parseTimestamp(written);
    FUZZ_CHECK(read.has_value() && read->toMSecsSinceEpoch() == msecs);
}

// from=text and to=text on two tenants' clocks, one with a 45-minute offset.
void checkDateRange(const QString &text)
{
    static const QList<QTimeZone> zones{timeZoneNamed(QStringLiteral("America/Denver")),
                                        timeZoneNamed(QStringLiteral("Asia/Kathmandu"))};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), text);
    query.addQueryItem(QStringLiteral("to"), text);
    const QString value = query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded);
    for (const QTimeZone &zone : zones) {
        const server::Result<server::DateRange> range = server::dateRangeOf(query, zone);
        if (!range.ok()) {
            FUZZ_CHECK(range.failure().kind == server::FailureKind::Invalid);
            FUZZ_CHECK(range.failure().errors.value(0).field == QLatin1String("from"));
            // An instant is refused only when its day on that clock has no four-digit year.
            if (const std::optional<QDateTime> instant = parseTimestamp(value);
                instant && value.size() != 10) {
                const int year = instant->toTimeZone(zone).date().year();
                const int yearBefore = instant->addMSecs(-1).toTimeZone(zone).date().year();
                FUZZ_CHECK(year < 1 || year > 9999 || yearBefore < 1 || yearBefore > 9999);
            }
            continue;
        }
        for (const QString &day : {range.value().from, range.value().to}) {
            FUZZ_CHECK(value.isEmpty() ||
                       (day.size() == 10 && QDate::fromString(day, Qt::ISODate).isValid()));
        }
        // An instant's from is its day, its to the day of the instant just before it.
        FUZZ_CHECK(range.value().from >= range.value().to);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkParsed(text);
    checkWritten(data, size);
    checkDateRange(text);
    return 0;
}
