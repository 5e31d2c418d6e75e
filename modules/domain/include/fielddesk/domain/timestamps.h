// One text form for every instant FieldDesk stores or sends: ISO 8601 in UTC with
// milliseconds ("2026-11-23T08:00:00.000Z"). It sorts the same as time on every engine.
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace fielddesk {

QString toTimestamp(const QDateTime &time);
QString nowTimestamp();
// Accepts any ISO 8601 date-time with a zone (Z or an offset) in years 1 to 9999 UTC;
// nullopt when it is not one.
std::optional<QDateTime> parseTimestamp(const QString &text);
// The IANA zone of that name, UTC when the system does not know it. Looked up once per
// thread and name (Qt's availability check reads the whole zone list).
QTimeZone timeZoneNamed(const QString &ianaId);

} // namespace fielddesk
