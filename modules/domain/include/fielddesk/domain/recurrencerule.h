// The one place where a recurrence becomes dates: the server materialises occurrences with
// it and the console previews "next dates" with it, so both always agree. Pure: dates in,
// dates out; no time zones (a date is a local date of the series' zone). Depends on QtCore.
#pragma once

#include "fielddesk/domain/jobseries.h"

#include <QDate>
#include <QList>

#include <optional>

namespace fielddesk {

// What is wrong with a recurrence: the JSON member ("recurrence.weekdays") and why.
struct RecurrenceProblem
{
    QString field;
    QString message;
};

class RecurrenceRule
{
public:
    explicit RecurrenceRule(Recurrence recurrence);

    // The first thing that makes the recurrence unusable, or nullopt when it is valid.
    std::optional<RecurrenceProblem> problem() const;
    bool isValid() const { return !problem(); }

    // The occurrence dates within [from, to] (both inclusive), in order: weekly on the chosen
    // weekdays of every interval-th week (weeks start on Monday, counted from the week of
    // starts_on), or monthly on the day of the month (a month without that day has none) or
    // on the nth (or last) weekday of every interval-th month; never before starts_on, after
    // until, or beyond count occurrences. Empty for an invalid recurrence.
    QList<QDate> occurrencesBetween(const QDate &from, const QDate &to) const;
    // The first `limit` occurrences on or after `from`.
    QList<QDate> nextOccurrences(const QDate &from, int limit) const;
    // How many occurrences fall before `date` (what a split leaves of a count).
    int occurrencesBefore(const QDate &date) const;

    // How far past `from` nextOccurrences looks: a rule whose dates are rare (the 31st of
    // every 12th month from a 30-day month) may have none for years.
    static constexpr int kLookAheadYears = 10;

private:
    // Calls visit(date) for each occurrence in order until it answers false or `to` is passed.
    template<typename Visit>
    void walk(const QDate &to, Visit visit) const;
    // The occurrence of this month, if the month has one.
    std::optional<QDate> inMonth(int year, int month) const;

    Recurrence m_recurrence;
    QDate m_startsOn;
    QDate m_until;
};

} // namespace fielddesk
