#include "fielddesk/client/displayformat.h"

#include <QLocale>
#include <QMutex>
#include <QRegularExpression>

namespace fielddesk::client::display {

namespace {

struct ReadingZone
{
    QMutex mutex;
    QTimeZone zone = QTimeZone::systemTimeZone();
};

ReadingZone &readingZone()
{
    static ReadingZone shared;
    return shared;
}

// The locale's long date without weekday and year, with a short month: "MMMM d, yyyy" →
// "MMM d"; "dddd, d. MMMM yyyy" → "d. MMM"; "dddd, d 'de' MMMM 'de' yyyy" → "d MMM".
QString dayMonthPattern()
{
    QString pattern = QLocale().dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    static const QRegularExpression year(QStringLiteral("[,\\s]*('[^']*'\\s*)?y+\\.?"));
    static const QRegularExpression literal(QStringLiteral("\\s*'[^']*'\\s*"));
    pattern.remove(weekday);
    pattern.remove(year);
    pattern.replace(literal, QStringLiteral(" "));
    pattern.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    pattern = pattern.trimmed();
    return pattern.isEmpty() ? QStringLiteral("d MMM") : pattern;
}

QString shortTimePattern()
{
    QString pattern = QLocale().timeFormat(QLocale::ShortFormat);
    pattern.remove(QLatin1String(":ss")); // a few locales show seconds even in the short form
    return pattern;
}

} // namespace

void setTimeZone(const QTimeZone &zone)
{
    ReadingZone &shared = readingZone();
    QMutexLocker lock(&shared.mutex);
    shared.zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QTimeZone timeZone()
{
    ReadingZone &shared = readingZone();
    QMutexLocker lock(&shared.mutex);
    return shared.zone;
}

QDateTime inTimeZone(const QDateTime &at)
{
    return at.isValid() ? at.toTimeZone(timeZone()) : at;
}

QString time(QTime time)
{
    return time.isValid() ? QLocale().toString(time, shortTimePattern()) : QString();
}

QString time(const QDateTime &at)
{
    return at.isValid() ? time(at.time()) : QString();
}

QString date(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString weekdayDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("ddd ")) + display::date(date)
                          : QString();
}

QString dateTime(const QDateTime &at)
{
    return at.isValid() ? date(at.date()) + QLatin1Char(' ') + time(at.time()) : QString();
}

QString dateTimeWithSeconds(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    QString pattern = shortTimePattern();
    pattern.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return date(at.date()) + QLatin1Char(' ') + QLocale().toString(at.time(), pattern);
}

QString dayMonth(QDate date)
{
    return date.isValid() ? QLocale().toString(date, dayMonthPattern()) : QString();
}

QString weekdayDayMonth(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("ddd ")) + dayMonth(date)
                          : QString();
}

QString weekdayTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.date(), QStringLiteral("ddd ")) + time(at.time())
                        : QString();
}

QString weekdayDayMonthTime(const QDateTime &at)
{
    return at.isValid() ? weekdayDayMonth(at.date()) + QLatin1Char(' ') + time(at.time())
                        : QString();
}

QString span(const QDateTime &start, const QDateTime &end, QDate shownDay)
{
    if (!start.isValid())
        return {};
    const auto moment = [shownDay](const QDateTime &at) {
        return at.date() == shownDay ? time(at) : weekdayDayMonthTime(at);
    };
    if (!end.isValid())
        return moment(start);
    const QString endText = end.date() == start.date() ? time(end) : moment(end);
    return moment(start) + QChar(0x2013) + endText;
}

QString timePattern()
{
    return shortTimePattern();
}

QString datePattern()
{
    QString pattern = QLocale().dateFormat(QLocale::ShortFormat);
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

QString dateTimePattern()
{
    return datePattern() + QLatin1Char(' ') + timePattern();
}

} // namespace fielddesk::client::display
