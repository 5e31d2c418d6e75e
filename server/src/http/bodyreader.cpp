#include "http/bodyreader.h"

#include "fielddesk/domain/timestamps.h"

#include <QJsonArray>

namespace fielddesk::server {

namespace {

QDateTime utcTimestamp(const QJsonValue &v)
{
    const std::optional<QDateTime> t = parseTimestamp(v.toString());
    return t ? t->toUTC() : QDateTime();
}

// A field that passed the schema's FieldType::Date check.
QDate isoDate(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

template<typename T, typename Read>
Patch<T> BodyReader::read(const char *key, Read readValue) const
{
    const auto it = m_body.constFind(QLatin1String(key));
    if (it == m_body.constEnd() || it->isNull())
        return std::nullopt;
    return readValue(*it);
}

template<typename T, typename Read>
NullablePatch<T> BodyReader::readNullable(const char *key, Read readValue) const
{
    const auto it = m_body.constFind(QLatin1String(key));
    if (it == m_body.constEnd())
        return std::nullopt;
    if (it->isNull())
        return NullablePatch<T>(std::in_place); // cleared
    return std::optional<T>(readValue(*it));
}

bool BodyReader::has(const char *key) const
{
    return m_body.contains(QLatin1String(key));
}

Patch<QString> BodyReader::text(const char *key) const
{
    return read<QString>(key, [](const QJsonValue &v) { return v.toString(); });
}

Patch<QString> BodyReader::trimmedText(const char *key) const
{
    return read<QString>(key, [](const QJsonValue &v) { return v.toString().trimmed(); });
}

Patch<qint64> BodyReader::integer(const char *key) const
{
    return read<qint64>(key, [](const QJsonValue &v) { return v.toInteger(); });
}

Patch<int> BodyReader::smallInteger(const char *key) const
{
    return read<int>(key, [](const QJsonValue &v) { return v.toInt(); });
}

Patch<double> BodyReader::number(const char *key) const
{
    return read<double>(key, [](const QJsonValue &v) { return v.toDouble(); });
}

Patch<bool> BodyReader::boolean(const char *key) const
{
    return read<bool>(key, [](const QJsonValue &v) { return v.toBool(); });
}

Patch<QStringList> BodyReader::strings(const char *key) const
{
    return read<QStringList>(key, [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &item : v.toArray())
            out << item.toString().trimmed();
        return out;
    });
}

Patch<QList<qint64>> BodyReader::integers(const char *key) const
{
    return read<QList<qint64>>(key, [](const QJsonValue &v) {
        QList<qint64> out;
        for (const QJsonValue &item : v.toArray())
            out << item.toInteger();
        return out;
    });
}

Patch<QDateTime> BodyReader::timestamp(const char *key) const
{
    return read<QDateTime>(key, utcTimestamp);
}

Patch<QDate> BodyReader::date(const char *key) const
{
    return read<QDate>(key, isoDate);
}

Patch<QJsonObject> BodyReader::object(const char *key) const
{
    return read<QJsonObject>(key, [](const QJsonValue &v) { return v.toObject(); });
}

namespace {

QList<QJsonObject> objectList(const QJsonValue &v)
{
    QList<QJsonObject> out;
    for (const QJsonValue &item : v.toArray())
        out << item.toObject();
    return out;
}

} // namespace

Patch<QList<QJsonObject>> BodyReader::objects(const char *key) const
{
    return read<QList<QJsonObject>>(key, objectList);
}

NullablePatch<QList<QJsonObject>> BodyReader::nullableObjects(const char *key) const
{
    return readNullable<QList<QJsonObject>>(key, objectList);
}

NullablePatch<QString> BodyReader::nullableText(const char *key) const
{
    return readNullable<QString>(key, [](const QJsonValue &v) { return v.toString(); });
}

NullablePatch<qint64> BodyReader::nullableInteger(const char *key) const
{
    return readNullable<qint64>(key, [](const QJsonValue &v) { return v.toInteger(); });
}

NullablePatch<int> BodyReader::nullableSmallInteger(const char *key) const
{
    return readNullable<int>(key, [](const QJsonValue &v) { return v.toInt(); });
}

NullablePatch<double> BodyReader::nullableNumber(const char *key) const
{
    return readNullable<double>(key, [](const QJsonValue &v) { return v.toDouble(); });
}

NullablePatch<QDateTime> BodyReader::nullableTimestamp(const char *key) const
{
    return readNullable<QDateTime>(key, utcTimestamp);
}

NullablePatch<QDate> BodyReader::nullableDate(const char *key) const
{
    return readNullable<QDate>(key, isoDate);
}

} // namespace fielddesk::server
