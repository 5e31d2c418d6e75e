#include "routes/jobbody.h"

#include "http/bodyreader.h"

namespace fielddesk::server {

QList<FieldSpec> jobFieldSpecs()
{
    return {
        {.name = QStringLiteral("title"), .required = true, .minLength = 1, .maxLength = 200},
        idField(QStringLiteral("location_id")),
        idField(QStringLiteral("customer_id"), Nullable::Yes),
        idField(QStringLiteral("address_id"), Nullable::Yes),
        {.name = QStringLiteral("address"), .maxLength = 500},
        latitudeField(),
        longitudeField(),
        idField(QStringLiteral("service_id"), Nullable::Yes),
        {.name = QStringLiteral("required_skills"), .type = FieldType::StringList, .maxLength = 20},
        {.name = QStringLiteral("priority"),
         .type = FieldType::Integer,
         .minimum = 1,
         .maximum = 5},
        {.name = QStringLiteral("duration_min"),
         .type = FieldType::Integer,
         .minimum = 5,
         .maximum = 24 * 60},
        {.name = QStringLiteral("window_start"), .type = FieldType::Timestamp, .nullable = true},
        {.name = QStringLiteral("window_end"), .type = FieldType::Timestamp, .nullable = true},
        {.name = QStringLiteral("notes"), .maxLength = 4000},
    };
}

FieldSpec expectedVersionSpec(bool required)
{
    return {.name = QStringLiteral("expected_version"),
            .type = FieldType::Integer,
            .required = required,
            .minimum = 1};
}

JobFields jobFieldsFrom(const QJsonObject &body)
{
    const BodyReader read(body);
    return {.title = read.trimmedText("title"),
            .locationId = read.integer("location_id"),
            .customerId = read.nullableInteger("customer_id"),
            .addressId = read.nullableInteger("address_id"),
            .address = read.text("address"),
            .latitude = read.nullableNumber("latitude"),
            .longitude = read.nullableNumber("longitude"),
            .serviceId = read.nullableInteger("service_id"),
            .requiredSkills = read.strings("required_skills"),
            .priority = read.smallInteger("priority"),
            .durationMin = read.smallInteger("duration_min"),
            .notes = read.text("notes"),
            .atRisk = read.boolean("at_risk"),
            .atRiskReason = read.text("at_risk_reason"),
            .windowStart = read.nullableTimestamp("window_start"),
            .windowEnd = read.nullableTimestamp("window_end")};
}

} // namespace fielddesk::server
