// Reads typed fields out of a body that validateBody (http/bodyschema.h) has already checked,
// so that routes hand services typed commands instead of JSON objects. A field the body does
// not name reads as absent; a JSON null reads as cleared where the field is nullable.
#pragma once

#include "core/patch.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fielddesk::server {

class BodyReader
{
public:
    explicit BodyReader(const QJsonObject &body)
        : m_body(body)
    {}

    bool has(const char *key) const;

    Patch<QString> text(const char *key) const;
    // Text with surrounding white space removed (names, titles).
    Patch<QString> trimmedText(const char *key) const;
    Patch<qint64> integer(const char *key) const;
    Patch<int> smallInteger(const char *key) const;
    Patch<double> number(const char *key) const;
    Patch<bool> boolean(const char *key) const;
    Patch<QStringList> strings(const char *key) const; // each trimmed
    Patch<QList<qint64>> integers(const char *key) const;
    Patch<QDateTime> timestamp(const char *key) const; // UTC
    Patch<QDate> date(const char *key) const;
    Patch<QJsonObject> object(const char *key) const;
    Patch<QList<QJsonObject>> objects(const char *key) const;

    NullablePatch<QString> nullableText(const char *key) const;
    NullablePatch<qint64> nullableInteger(const char *key) const;
    NullablePatch<int> nullableSmallInteger(const char *key) const;
    NullablePatch<double> nullableNumber(const char *key) const;
    NullablePatch<QDateTime> nullableTimestamp(const char *key) const;
    NullablePatch<QDate> nullableDate(const char *key) const;
    NullablePatch<QList<QJsonObject>> nullableObjects(const char *key) const;

private:
    template<typename T, typename Read>
    Patch<T> read(const char *key, Read readValue) const;
    template<typename T, typename Read>
    NullablePatch<T> readNullable(const char *key, Read readValue) const;

    QJsonObject m_body;
};

} // namespace fielddesk::server
