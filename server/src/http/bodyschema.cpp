#include "http/bodyschema.h"

#include "fielddesk/domain/passwordpolicy.h"
#include "fielddesk/domain/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace fielddesk::server {

namespace {

constexpr qsizetype kDefaultMaxIds = 1000;

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15;
}

QString checkRange(const FieldSpec &spec, double number)
{
    if (number < spec.minimum)
        return QStringLiteral("must be at least %1").arg(spec.minimum);
    if (number > spec.maximum)
        return QStringLiteral("must be at most %1").arg(spec.maximum);
    return {};
}

constexpr qsizetype kDefaultMaxItems = 100;
constexpr qsizetype kMaxListString = 200;

QString checkList(const FieldSpec &spec, const QJsonValue &value)
{
    if (!value.isArray())
        return QStringLiteral("must be an array");
    const QJsonArray items = value.toArray();
    const qsizetype maxItems = spec.maxLength > 0 ? spec.maxLength : kDefaultMaxItems;
    if (items.size() > maxItems)
        return QStringLiteral("may hold at most %1 items").arg(maxItems);
    for (const QJsonValue &item : items) {
        switch (spec.type) {
        case FieldType::StringList: {
            const QString text = item.toString();
            if (!item.isString() || text.trimmed().isEmpty() || text.size() > kMaxListString ||
                text.contains(QChar(0)))
                return QStringLiteral("must be an array of non-empty strings of at most %1 "
                                      "characters")
                    .arg(kMaxListString);
            break;
        }
        case FieldType::IntegerList:
            if (!isInteger(item) || item.toDouble() < spec.minimum ||
                item.toDouble() > spec.maximum)
                return QStringLiteral("must be an array of integers from %1 to %2")
                    .arg(spec.minimum)
                    .arg(spec.maximum);
            break;
        default:
            if (!item.isObject())
                return QStringLiteral("must be an array of objects");
        }
    }
    return {};
}

bool isPhoneNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9 ()./-]+$)"));
    constexpr qsizetype kMinDigits = 3;
    constexpr qsizetype kMaxDigits = 20;
    const qsizetype digits =
        std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    return digits >= kMinDigits && digits <= kMaxDigits && pattern.match(text).hasMatch();
}

// An empty string when the value is acceptable, else what is wrong with it.
QString checkValue(const FieldSpec &spec, const QJsonValue &value)
{
    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    switch (spec.type) {
    case FieldType::String:
    case FieldType::Email:
    case FieldType::Enum:
    case FieldType::Timestamp:
    case FieldType::Phone: {
        if (!value.isString())
            return QStringLiteral("must be a string");
        const QString text = value.toString();
        // PostgreSQL text cannot hold U+0000; refuse it everywhere so both engines agree.
        if (text.contains(QChar(0)))
            return QStringLiteral("may not contain NUL characters");
        if (text.size() < spec.minLength)
            return spec.minLength == 1
                       ? QStringLiteral("may not be empty")
                       : QStringLiteral("must be at least %1 characters").arg(spec.minLength);
        if (spec.maxLength > 0 && text.size() > spec.maxLength)
            return QStringLiteral("must be at most %1 characters").arg(spec.maxLength);
        if (spec.type == FieldType::Email && !emailPattern.match(text).hasMatch())
            return QStringLiteral("must be an email address");
        if (spec.type == FieldType::Enum && !spec.enumValues.contains(text))
            return QStringLiteral("must be one of: %1")
                .arg(spec.enumValues.join(QStringLiteral(", ")));
        if (spec.type == FieldType::Timestamp && !parseTimestamp(text))
            return QStringLiteral("must be an ISO 8601 date-time with a zone");
        if (spec.type == FieldType::Phone && !isPhoneNumber(text))
            return QStringLiteral("must be a telephone number: 3 to 20 digits, with spaces and "
                                  "+ ( ) - . / between");
        return {};
    }
    case FieldType::Integer:
        if (!isInteger(value))
            return QStringLiteral("must be an integer");
        return checkRange(spec, value.toDouble());
    case FieldType::Number:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return QStringLiteral("must be a number");
        return checkRange(spec, value.toDouble());
    case FieldType::Boolean:
        return value.isBool() ? QString() : QStringLiteral("must be true or false");
    case FieldType::IdList: {
        if (!value.isArray())
            return QStringLiteral("must be an array of ids");
        const qsizetype maxItems = spec.maxLength > 0 ? spec.maxLength : kDefaultMaxIds;
        if (value.toArray().size() > maxItems)
            return QStringLiteral("may hold at most %1 ids").arg(maxItems);
        for (const QJsonValue &item : value.toArray()) {
            if (!isInteger(item) || item.toDouble() < 1)
                return QStringLiteral("must be an array of positive integer ids");
        }
        return {};
    }
    case FieldType::Object:
        return value.isObject() ? QString() : QStringLiteral("must be an object");
    case FieldType::StringList:
    case FieldType::IntegerList:
    case FieldType::ObjectList:
        return checkList(spec, value);
    case FieldType::LocalTime: {
        static const QRegularExpression timePattern(QStringLiteral(R"(^([01]\d|2[0-3]):[0-5]\d$)"));
        if (!value.isString() || !timePattern.match(value.toString()).hasMatch())
            return QStringLiteral("must be a time of day as HH:MM (00:00 to 23:59)");
        return {};
    }
    case FieldType::Date:
        if (!value.isString() || value.toString().size() != 10 ||
            !QDate::fromString(value.toString(), Qt::ISODate).isValid())
            return QStringLiteral("must be a date as YYYY-MM-DD");
        return {};
    }
    return {};
}

// Every field error of `object` against `schema`.
QList<FieldError> fieldErrors(const QJsonObject &object, const BodySchema &schema, WriteMode mode)
{
    QList<FieldError> errors;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto spec = std::find_if(schema.fields.begin(), schema.fields.end(),
                                       [&](const FieldSpec &f) { return f.name == it.key(); });
        if (spec == schema.fields.end()) {
            errors.append({it.key(), QStringLiteral("is not a known field")});
            continue;
        }
        if (it.value().isNull()) {
            if (!spec->nullable)
                errors.append({it.key(), QStringLiteral("may not be null")});
            continue;
        }
        const QString problem = checkValue(*spec, it.value());
        if (!problem.isEmpty())
            errors.append({it.key(), problem});
    }
    if (mode == WriteMode::Create) {
        for (const FieldSpec &spec : schema.fields) {
            if (spec.required && !object.contains(spec.name))
                errors.append({spec.name, QStringLiteral("is required")});
        }
    }
    return errors;
}

} // namespace

std::optional<Failure> malformedJsonIn(const QByteArray &body, QJsonDocument *document)
{
    QJsonParseError error;
    QJsonDocument parsed = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Failure::malformedJson(QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                          .arg(error.errorString())
                                          .arg(error.offset));
    }
    if (document)
        *document = std::move(parsed);
    return std::nullopt;
}

Result<QJsonObject> validateBody(const QByteArray &body, const BodySchema &schema, WriteMode mode)
{
    if (body.trimmed().isEmpty())
        return Failure::badRequest(QStringLiteral("This request needs a JSON object as its body."));
    QJsonDocument document;
    if (std::optional<Failure> malformed = malformedJsonIn(body, &document))
        return *malformed;
    if (!document.isObject())
        return Failure::badRequest(QStringLiteral("The body must be a JSON object."));
    return validateNested(document.object(), schema, QString(), mode);
}

Result<QJsonObject> validateNested(const QJsonObject &object,
                                   const BodySchema &schema,
                                   const QString &prefix,
                                   WriteMode mode)
{
    QList<FieldError> errors = fieldErrors(object, schema, mode);
    if (errors.isEmpty())
        return object;
    for (FieldError &e : errors)
        e.field.prepend(prefix);
    return Failure::validation(std::move(errors));
}

FieldSpec idField(const QString &name, Nullable nullable, bool required)
{
    return {.name = name,
            .type = FieldType::Integer,
            .required = required,
            .nullable = nullable == Nullable::Yes,
            .minimum = 1};
}

FieldSpec emailField(const QString &name)
{
    return {
        .name = name, .type = FieldType::Email, .required = true, .minLength = 3, .maxLength = 320};
}

FieldSpec personNameField(const QString &name)
{
    return {.name = name, .required = true, .minLength = 1, .maxLength = 200};
}

FieldSpec newPasswordField(const QString &name)
{
    return {.name = name,
            .required = true,
            .minLength = PasswordPolicy::kMinimumLength,
            .maxLength = PasswordPolicy::kMaximumLength,
            .description = QStringLiteral("write-only; at least %1 characters")
                               .arg(PasswordPolicy::kMinimumLength)};
}

FieldSpec latitudeField(const QString &name)
{
    return {
        .name = name, .type = FieldType::Number, .nullable = true, .minimum = -90, .maximum = 90};
}

FieldSpec longitudeField(const QString &name)
{
    return {
        .name = name, .type = FieldType::Number, .nullable = true, .minimum = -180, .maximum = 180};
}

} // namespace fielddesk::server
