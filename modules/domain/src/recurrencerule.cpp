#include "fielddesk/domain/recurrencerule.h"

#include <algorithm>
#include <limits>

namespace fielddesk {

namespace {

constexpr int kDaysPerWeek = 7;
constexpr int kLastDayOfMonth = 31;
constexpr int kMostNth = 4;
constexpr int kLast = -1;
constexpr int kMostInterval = 99;

QDate dateFrom(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

bool isWeekday(int day)
{
    return day >= 1 && day <= kDaysPerWeek;
}

} // namespace

RecurrenceRule::RecurrenceRule(Recurrence recurrence)
    : m_recurrence(std::move(recurrence))
    , m_startsOn(dateFrom(m_recurrence.startsOn))
    , m_until(dateFrom(m_recurrence.until))
{}

std::optional<RecurrenceProblem> RecurrenceRule::problem() const
{
    const auto wrong = [](const char *field, const QString &message) {
        return std::optional<RecurrenceProblem>(
            RecurrenceProblem{QStringLiteral("recurrence.") + QLatin1String(field), message});
    };
    const Recurrence &r = m_recurrence;
    const bool weekly = r.frequency == QLatin1String("weekly");
    if (!weekly && r.frequency != QLatin1String("monthly"))
        return wrong("frequency", QStringLiteral("must be weekly or monthly"));
    if (r.interval < 1 || r.interval > kMostInterval)
        return wrong("interval", QStringLiteral("must be from 1 to %1").arg(kMostInterval));
    if (weekly) {
        if (r.weekdays.isEmpty())
            return wrong("weekdays", QStringLiteral("a weekly series needs at least one weekday"));
        if (!std::all_of(r.weekdays.cbegin(), r.weekdays.cend(), isWeekday))
            return wrong("weekdays", QStringLiteral("are ISO weekdays, 1 (Monday) to 7 (Sunday)"));
        if (r.monthDay || r.nth || r.nthWeekday)
            return wrong(r.monthDay ? "month_day" : "nth",
                         QStringLiteral("is for monthly series only"));
    } else {
        if (!r.weekdays.isEmpty())
            return wrong("weekdays", QStringLiteral("are for weekly series only"));
        if (r.monthDay && (r.nth || r.nthWeekday))
            return wrong("month_day", QStringLiteral("give either month_day or nth, not both"));
        if (!r.monthDay && !r.nth)
            return wrong("month_day",
                         QStringLiteral("a monthly series needs month_day or nth and nth_weekday"));
        if (r.monthDay && (*r.monthDay < 1 || *r.monthDay > kLastDayOfMonth))
            return wrong("month_day", QStringLiteral("must be from 1 to 31"));
        if (r.nth && ((*r.nth < 1 && *r.nth != kLast) || *r.nth > kMostNth))
            return wrong("nth", QStringLiteral("must be 1 to 4, or -1 for the last"));
        if (r.nth && (!r.nthWeekday || !isWeekday(*r.nthWeekday)))
            return wrong("nth_weekday", QStringLiteral("must be an ISO weekday, 1 to 7"));
    }
    if (!m_startsOn.isValid())
        return wrong("starts_on", QStringLiteral("must be a date as YYYY-MM-DD"));
    if (!r.until.isEmpty()) {
        if (r.count)
            return wrong("until", QStringLiteral("give either until or count, not both"));
        if (!m_until.isValid())
            return wrong("until", QStringLiteral("must be a date as YYYY-MM-DD"));
        if (m_until < m_startsOn)
            return wrong("until", QStringLiteral("may not be before starts_on"));
    }
    if (r.count && *r.count < 1)
        return wrong("count", QStringLiteral("must be at least 1"));
    return std::nullopt;
}

std::optional<QDate> RecurrenceRule::inMonth(int year, int month) const
{
    if (m_recurrence.monthDay) {
        // QDate refuses the 31st of a 30-day month and February 29th outside leap years:
        // such a month has no occurrence.
        const QDate day(year, month, *m_recurrence.monthDay);
        return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
    }
    const int weekday = m_recurrence.nthWeekday.value_or(1);
    if (m_recurrence.nth.value_or(1) == kLast) {
        const QDate first(year, month, 1);
        const QDate last = first.addDays(first.daysInMonth() - 1);
        return last.addDays(-((last.dayOfWeek() - weekday + kDaysPerWeek) % kDaysPerWeek));
    }
    const QDate first(year, month, 1);
    const QDate firstMatch =
        first.addDays((weekday - first.dayOfWeek() + kDaysPerWeek) % kDaysPerWeek);
    return firstMatch.addDays(qint64(kDaysPerWeek) * (m_recurrence.nth.value_or(1) - 1));
}

template<typename Visit>
void RecurrenceRule::walk(const QDate &to, Visit visit) const
{
    if (!isValid())
        return;
    const QDate end = m_until.isValid() ? std::min(to, m_until) : to;
    int remaining = m_recurrence.count.value_or(std::numeric_limits<int>::max());
    const auto offer = [&](const QDate &day) {
        if (day < m_startsOn)
            return true;
        if (day > end || remaining-- <= 0)
            return false;
        return visit(day);
    };
    if (m_recurrence.frequency == QLatin1String("weekly")) {
        QList<int> weekdays = m_recurrence.weekdays;
        std::sort(weekdays.begin(), weekdays.end());
        weekdays.erase(std::unique(weekdays.begin(), weekdays.end()), weekdays.end());
        const qint64 step = qint64(kDaysPerWeek) * m_recurrence.interval;
        for (QDate monday = m_startsOn.addDays(1 - m_startsOn.dayOfWeek()); monday <= end;
             monday = monday.addDays(step)) {
            for (const int weekday : weekdays) {
                if (!offer(monday.addDays(weekday - 1)))
                    return;
            }
        }
        return;
    }
    for (QDate month(m_startsOn.year(), m_startsOn.month(), 1); month <= end;
         month = month.addMonths(m_recurrence.interval)) {
        if (const std::optional<QDate> day = inMonth(month.year(), month.month());
            day && !offer(*day))
            return;
    }
}

QList<QDate> RecurrenceRule::occurrencesBetween(const QDate &from, const QDate &to) const
{
    QList<QDate> dates;
    walk(to, [&](const QDate &day) {
        if (day >= from)
            dates.append(day);
        return true;
    });
    return dates;
}

QList<QDate> RecurrenceRule::nextOccurrences(const QDate &from, int limit) const
{
    QList<QDate> dates;
    if (limit <= 0)
        return dates;
    walk(from.addYears(kLookAheadYears), [&](const QDate &day) {
        if (day >= from)
            dates.append(day);
        return dates.size() < limit;
    });
    return dates;
}

int RecurrenceRule::occurrencesBefore(const QDate &date) const
{
    int before = 0;
    walk(date.addDays(-1), [&](const QDate &) {
        ++before;
        return true;
    });
    return before;
}

} // namespace fielddesk
