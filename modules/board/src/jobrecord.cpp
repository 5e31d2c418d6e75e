#include "fielddesk/board/jobrecord.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::board {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

int digits(const QChar *text, int count, bool *ok)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

qint64 timestampMs(const QString &text)
{
    if (text.isEmpty())
        return kNoTime;
    // The API's form: 2026-11-23T08:00:00.000Z (24 characters).
    constexpr qsizetype kApiLength = 24;
    if (text.size() == kApiLength && text.at(4) == QLatin1Char('-') &&
        text.at(10) == QLatin1Char('T') && text.at(19) == QLatin1Char('.') &&
        text.at(23) == QLatin1Char('Z')) {
        const QChar *c = text.constData();
        bool ok = true;
        const int year = digits(c, 4, &ok);
        const int month = digits(c + 5, 2, &ok);
        const int day = digits(c + 8, 2, &ok);
        const int hour = digits(c + 11, 2, &ok);
        const int minute = digits(c + 14, 2, &ok);
        const int second = digits(c + 17, 2, &ok);
        const int milli = digits(c + 20, 3, &ok);
        if (ok && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 &&
            second < 61) {
            const qint64 days = daysFromCivil(year, month, day);
            return ((days * 24 + hour) * 60 + minute) * 60000 + qint64(second) * 1000 + milli;
        }
    }
    const std::optional<QDateTime> parsed = parseTimestamp(text);
    return parsed ? parsed->toMSecsSinceEpoch() : kNoTime;
}

} // namespace fielddesk::board
