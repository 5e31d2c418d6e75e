// How people read an instant: the wall-clock time of one place, with its zone's abbreviation.
// Every time a person reads (reasons, warnings, problem details, the console's messages) is
// worded here; JSON fields stay ISO 8601 UTC (timestamps.h). Depends on QtCore only.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace fielddesk {

class LocalClock
{
public:
    // The clock of that IANA zone; UTC when the name is empty or unknown.
    explicit LocalClock(QString zoneId = QStringLiteral("UTC"));
    // A location's clock: its own zone, else (none, or one this system does not know) the
    // tenant's, else UTC. tenantZone is only called when the location has no zone of its own.
    static LocalClock forLocation(const QString &locationZone,
                                  const std::function<QString()> &tenantZone);

    QString zoneId() const { return m_zoneId; }
    // Looked up on the calling thread (timeZoneNamed), so a clock may be copied to any thread.
    QTimeZone zone() const;
    QDateTime local(const QDateTime &instant) const;
    // The instant (UTC) at which this clock shows `time` on `date`: 08:00 in Denver is 15:00Z
    // in winter and 14:00Z in summer. A time the clock skips (the hour lost in spring) is
    // taken an hour later, as the wall clock then shows it.
    QDateTime instantAt(const QDate &date, const QTime &time) const;

    // "15:00 MST"
    QString time(const QDateTime &instant) const;
    // "Mon 2 Mar 15:00 MST"
    QString dateTime(const QDateTime &instant) const;
    // A calendar day, which no clock changes: "Thu 13 May 2027" (a due date, a day off).
    static QString day(const QDate &date);
    // "15:00–17:00 MST" within one local day (an end at the next midnight is "24:00"),
    // "Mon 2 Mar 22:00 – Tue 3 Mar 02:00 MST" across days, "01:00 MST–04:00 MDT" across a
    // change of offset; an invalid end is open ("…"). A span within one day names that day
    // ("Tue 3 Mar 15:00–17:00 MST") when it is not `day`, the day the reader has in mind.
    QString span(const QDateTime &start, const QDateTime &end, const QDate &day = {}) const;

private:
    QString m_zoneId;
};

} // namespace fielddesk
