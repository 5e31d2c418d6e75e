// How the console writes dates and times for people: in the user's locale (QLocale(), which
// the console sets from its language at start-up), never in a fixed pattern, so that an
// American reads "3:05 PM" and "Dec 3", a German "15:05" and "3. Dez.", a Spaniard "15:05" and
// "3 dic". Every date and time a console pane shows goes through here; what goes over the
// wire stays ISO 8601.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace fielddesk::client::display {

// The time zone people read moments in where nothing nearer says (a request, an expense, a
// notification): the signed-in company's, set by the shell at sign-in (like the locale, one for
// the console). The machine's own zone until then. A board or a location's page shows its
// location's clock itself.
void setTimeZone(const QTimeZone &zone);
QTimeZone timeZone();
// A moment on that clock.
QDateTime inTimeZone(const QDateTime &at);

// A time of day: "3:05 PM", "15:05".
QString time(QTime time);
// The time of day of a moment, in the moment's own time zone.
QString time(const QDateTime &at);
// A short date with its year: "12/3/26", "03.12.26".
QString date(QDate date);
// Weekday and short date: "Thu 12/3/26".
QString weekdayDate(QDate date);
// A short date and time: "12/3/26 3:05 PM".
QString dateTime(const QDateTime &at);
// The same to the second, where seconds matter (the audit log): "12/3/26 3:05:09 PM".
QString dateTimeWithSeconds(const QDateTime &at);
// Day and month, without year or weekday: "Dec 3", "3. Dez.", "3 dic".
QString dayMonth(QDate date);
// Weekday, day and month: "Thu Dec 3", "Do. 3. Dez.".
QString weekdayDayMonth(QDate date);
// Weekday and time: "Thu 3:05 PM".
QString weekdayTime(const QDateTime &at);
// Weekday, day, month and time: "Thu Dec 3 3:05 PM".
QString weekdayDayMonthTime(const QDateTime &at);

// Two moments as a list reads them: times alone on `shownDay`, the weekday, day and month
// before a time on another day, and the end's day not said again when it is the start's:
// "3:00 PM–5:00 PM", "Mon Dec 7 3:00 PM–5:00 PM", "Mon Dec 7 10:00 PM–Tue Dec 8 2:00 AM". Each
// moment in the time zone it is to be read in; an invalid end gives the start alone.
QString span(const QDateTime &start, const QDateTime &end, QDate shownDay);

// The patterns of QTimeEdit, QDateEdit and QDateTimeEdit (setDisplayFormat) in the locale: the
// short time, the short date with a four-digit year, both.
QString timePattern();
QString datePattern();
QString dateTimePattern();

} // namespace fielddesk::client::display
