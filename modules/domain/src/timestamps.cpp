#include "fielddesk/domain/timestamps.h"

#include <QHash>
#include <QRegularExpression>

namespace fielddesk {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
// Timestamps are read and written on every request (an assignment handles dozens); Qt's
// regular expression and date parser cost several µs each.
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    *month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// The digits at text[from, from + count), or -1.
int digits(const QString &text, qsizetype from, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(from + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The form this program writes, "2026-11-24T17:00:00.000Z", read without Qt's parser;
// nullopt for anything else (the general parser decides those).
std::optional<QDateTime> parseCanonical(const QString &text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' ||
        text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return std::nullopt;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2), ms = digits(text, 20, 3);
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59 || ms < 0 || day > daysInMonth(year, month))
        return std::nullopt;
    const qint64 msecs = daysFromCivil(year, month, day) * 86400000 +
                         ((hour * 60 + minute) * 60 + second) * qint64(1000) + ms;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

void putDigits(char16_t *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

QString toTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const qint64 msecs = time.toMSecsSinceEpoch();
    const qint64 days = msecs >= 0 ? msecs / 86400000 : (msecs - 86399999) / 86400000;
    const qint64 msOfDay = msecs - days * 86400000;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 1 || year > 9999) // Qt's own format for the rare rest
        return time.toUTC().toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    auto *out = reinterpret_cast<char16_t *>(text.data());
    putDigits(out, year, 4);
    out[4] = u'-';
    putDigits(out + 5, month, 2);
    out[7] = u'-';
    putDigits(out + 8, day, 2);
    out[10] = u'T';
    putDigits(out + 11, int(msOfDay / 3600000), 2);
    out[13] = u':';
    putDigits(out + 14, int(msOfDay / 60000 % 60), 2);
    out[16] = u':';
    putDigits(out + 17, int(msOfDay / 1000 % 60), 2);
    out[19] = u'.';
    putDigits(out + 20, int(msOfDay % 1000), 3);
    out[23] = u'Z';
    return text;
}

QString nowTimestamp()
{
    return toTimestamp(QDateTime::currentDateTimeUtc());
}

std::optional<QDateTime> parseTimestamp(const QString &text)
{
    if (std::optional<QDateTime> canonical = parseCanonical(text))
        return canonical;
    // Qt accepts a date-time without a zone as local time; an API instant must say its zone.
    static const QRegularExpression zoned(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$)"));
    if (!zoned.match(text).hasMatch())
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    // Only what the stored form can say: an offset may carry a year's first or last day into
    // year 0 or 10000 in UTC, which toTimestamp would write in a form no one reads back.
    const QDateTime utc = parsed.toUTC();
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return std::nullopt;
    return utc;
}

QTimeZone timeZoneNamed(const QString &ianaId)
{
    // Per thread: QTimeZone copies share their data, which Qt does not promise is safe to use
    // from two threads at once.
    thread_local QHash<QString, QTimeZone> zones;
    const auto it = zones.constFind(ianaId);
    if (it != zones.cend())
        return *it;
    const QByteArray id = ianaId.toUtf8();
    const QTimeZone zone = QTimeZone::isTimeZoneIdAvailable(id) ? QTimeZone(id) : QTimeZone::utc();
    if (zones.size() < 1000) // names come from stored settings: few, but bound it anyway
        zones.insert(ianaId, zone);
    return zone;
}

} // namespace fielddesk
