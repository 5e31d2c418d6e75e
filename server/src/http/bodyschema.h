// Declares the JSON body a write endpoint accepts, once: it validates requests (naming every
// wrong field) and it describes the body in the OpenAPI document.
#pragma once

#include "core/result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace fielddesk::server {

enum class FieldType {
    String,
    Email,
    Integer,
    Number,
    Boolean,
    IdList,
    Enum,
    Timestamp,
    Object,
    StringList,  // an array of non-empty strings (at most maxLength items, default 100)
    IntegerList, // an array of integers within minimum..maximum
    ObjectList,  // an array of objects whose members the service checks
    LocalTime,   // "HH:MM", a wall-clock time
    Date,        // "YYYY-MM-DD", a calendar day (of a place: the field's description says whose)
    Phone,       // a telephone number: 3 to 20 digits, with spaces and + ( ) - . / between
};

struct FieldSpec
{
    QString name;
    FieldType type = FieldType::String;
    bool required = false; // on create; an update (PATCH) requires nothing
    bool nullable = false;
    double minimum = std::numeric_limits<double>::lowest();
    double maximum = std::numeric_limits<double>::max();
    int minLength = 0;
    int maxLength = 0; // 0: no limit beyond the body size; for IdList the most items (default 1000)
    QStringList enumValues;
    QString description;
};

struct BodySchema
{
    QString name; // the OpenAPI component name
    QList<FieldSpec> fields;
};

enum class WriteMode { Create, Update };

// The body as a JSON object once every field is known, of the right type and in range;
// 400 for malformed JSON or a body that is not an object, 422 naming every bad field.
Result<QJsonObject> validateBody(const QByteArray &body, const BodySchema &schema, WriteMode mode);
// The 400 for a body that is not JSON at all (parsed into *document when it is).
std::optional<Failure> malformedJsonIn(const QByteArray &body, QJsonDocument *document = nullptr);
// The same for an object inside a body (a request's details, one of a list's items): wrong
// fields are named under `prefix` ("details.", "contacts[2].").
Result<QJsonObject> validateNested(const QJsonObject &object,
                                   const BodySchema &schema,
                                   const QString &prefix,
                                   WriteMode mode = WriteMode::Create);

// Fields many resources share, declared once.
enum class Nullable { No, Yes };
// The id of another resource (an integer from 1).
FieldSpec idField(const QString &name, Nullable nullable = Nullable::No, bool required = false);
// A sign-in email, a person's name, and a password someone sets (at least 8 characters,
// write-only): what every body that makes an account takes.
FieldSpec emailField(const QString &name = QStringLiteral("email"));
FieldSpec personNameField(const QString &name = QStringLiteral("name"));
FieldSpec newPasswordField(const QString &name = QStringLiteral("password"));
// A WGS 84 coordinate in degrees; null clears it.
FieldSpec latitudeField(const QString &name = QStringLiteral("latitude"));
FieldSpec longitudeField(const QString &name = QStringLiteral("longitude"));

// Whether a validated body names the field (a PATCH changes only what it names).
inline bool hasField(const QJsonObject &body, const char *key)
{
    return body.contains(QLatin1String(key));
}

} // namespace fielddesk::server
