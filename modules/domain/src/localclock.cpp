#include "fielddesk/domain/localclock.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk {

namespace {

const QString kClock = QStringLiteral("HH:mm");
const QString kDateClock = QStringLiteral("ddd d MMM HH:mm");
const QString kOpen = QStringLiteral("…");
const QString kDay = QStringLiteral("ddd d MMM yyyy");

bool isKnownZone(const QString &id)
{
    // timeZoneNamed answers UTC for a name it does not know.
    return !id.isEmpty() && timeZoneNamed(id).id() == id.toUtf8();
}

} // namespace

LocalClock::LocalClock(QString zoneId)
    : m_zoneId(isKnownZone(zoneId) ? std::move(zoneId) : QStringLiteral("UTC"))
{}

LocalClock LocalClock::forLocation(const QString &locationZone,
                                   const std::function<QString()> &tenantZone)
{
    return LocalClock(isKnownZone(locationZone) ? locationZone
                      : tenantZone              ? tenantZone()
                                                : QString());
}

QTimeZone LocalClock::zone() const
{
    return timeZoneNamed(m_zoneId);
}

QDateTime LocalClock::instantAt(const QDate &date, const QTime &time) const
{
    constexpr int kSecondsPerHour = 3600;
    QDateTime instant(date, time, zone());
    if (!instant.isValid() || instant.toTimeZone(zone()).time() != time)
        instant = QDateTime(date, time.addSecs(kSecondsPerHour), zone());
    return instant.toUTC();
}

QDateTime LocalClock::local(const QDateTime &instant) const
{
    return instant.toTimeZone(zone());
}

QString LocalClock::time(const QDateTime &instant) const
{
    const QDateTime t = local(instant);
    return t.toString(kClock) + QLatin1Char(' ') + t.timeZoneAbbreviation();
}

QString LocalClock::dateTime(const QDateTime &instant) const
{
    const QDateTime t = local(instant);
    return t.toString(kDateClock) + QLatin1Char(' ') + t.timeZoneAbbreviation();
}

QString LocalClock::day(const QDate &date)
{
    return date.toString(kDay);
}

QString LocalClock::span(const QDateTime &start, const QDateTime &end, const QDate &day) const
{
    if (!start.isValid() || !end.isValid()) {
        return (start.isValid() ? time(start) : kOpen) + QChar(0x2013) +
               (end.isValid() ? time(end) : kOpen);
    }
    const QDateTime from = local(start);
    const QDateTime to = local(end);
    const QString fromZone = from.timeZoneAbbreviation();
    const QString toZone = to.timeZoneAbbreviation();
    // The next day's start, which is 01:00 where daylight saving skips midnight.
    const bool endsAtMidnight =
        to.date() == from.date().addDays(1) && to == to.date().startOfDay(to.timeZone());
    if (from.date() == to.date() || endsAtMidnight) {
        const QString date = day.isValid() && day != from.date()
                                 ? from.toString(QStringLiteral("ddd d MMM "))
                                 : QString();
        const QString toClock = endsAtMidnight ? QStringLiteral("24:00") : to.toString(kClock);
        if (fromZone == toZone)
            return date + from.toString(kClock) + QChar(0x2013) + toClock + QLatin1Char(' ') +
                   toZone;
        return date + from.toString(kClock) + QLatin1Char(' ') + fromZone + QChar(0x2013) +
               toClock + QLatin1Char(' ') + toZone;
    }
    const QString first = fromZone == toZone
                              ? from.toString(kDateClock)
                              : from.toString(kDateClock) + QLatin1Char(' ') + fromZone;
    return first + QStringLiteral(" \u2013 ") + to.toString(kDateClock) + QLatin1Char(' ') + toZone;
}

} // namespace fielddesk
