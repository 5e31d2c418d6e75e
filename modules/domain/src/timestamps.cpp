#include "fielddesk/domain/timestamps.h"

#include <QHash>
#include <QRegularExpression>

namespace fielddesk {

QString toTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString nowTimestamp()
{
    return toTimestamp(QDateTime::currentDateTimeUtc());
}

std::optional<QDateTime> parseTimestamp(const QString &text)
{
    // Qt accepts a date-time without a zone as local time; an API instant must say its zone.
    static const QRegularExpression zoned(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$)"));
    if (!zoned.match(text).hasMatch())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
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
