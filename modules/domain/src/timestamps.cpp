#include "fielddesk/domain/timestamps.h"

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

} // namespace fielddesk
