#include "fielddesk/jobedit/jobfields.h"

#include <QJsonArray>

namespace fielddesk::jobedit {

namespace {

template<typename T>
QJsonValue optionalValue(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QStringList editableJobFields()
{
    return {QStringLiteral("title"),
            QStringLiteral("customer"),
            QStringLiteral("address"),
            QStringLiteral("service"),
            QStringLiteral("required_skills"),
            QStringLiteral("priority"),
            QStringLiteral("duration_min"),
            QStringLiteral("window"),
            QStringLiteral("notes")};
}

QJsonObject fieldValue(const Job &job, const QString &field)
{
    if (field == QLatin1String("title"))
        return {{QStringLiteral("title"), job.title}};
    if (field == QLatin1String("customer"))
        return {{QStringLiteral("customer_id"), optionalValue(job.customerId)}};
    if (field == QLatin1String("address"))
        return {{QStringLiteral("address_id"), optionalValue(job.addressId)},
                {QStringLiteral("address"), job.address},
                {QStringLiteral("latitude"), optionalValue(job.latitude)},
                {QStringLiteral("longitude"), optionalValue(job.longitude)}};
    if (field == QLatin1String("service"))
        return {{QStringLiteral("service_id"), optionalValue(job.serviceId)}};
    if (field == QLatin1String("required_skills")) {
        QStringList skills = job.requiredSkills;
        skills.sort(); // the order of skills means nothing
        return {{QStringLiteral("required_skills"), QJsonArray::fromStringList(skills)}};
    }
    if (field == QLatin1String("priority"))
        return {{QStringLiteral("priority"), job.priority}};
    if (field == QLatin1String("duration_min"))
        return {{QStringLiteral("duration_min"), job.durationMin}};
    if (field == QLatin1String("window"))
        return {{QStringLiteral("window_start"), textOrNull(job.windowStart)},
                {QStringLiteral("window_end"), textOrNull(job.windowEnd)}};
    if (field == QLatin1String("notes"))
        return {{QStringLiteral("notes"), job.notes}};
    Q_ASSERT_X(false, "fieldValue", "unknown job field");
    return {};
}

QStringList changedFieldKeys(const Job &from, const Job &to)
{
    QStringList keys;
    for (const QString &field : editableJobFields()) {
        if (fieldValue(from, field) != fieldValue(to, field))
            keys << field;
    }
    return keys;
}

QJsonObject changedFields(const Job &from, const Job &to)
{
    QJsonObject body;
    for (const QString &field : changedFieldKeys(from, to)) {
        const QJsonObject members = fieldValue(to, field);
        for (auto it = members.begin(); it != members.end(); ++it)
            body.insert(it.key(), it.value());
    }
    return body;
}

void copyField(const Job &from, Job &to, const QString &field)
{
    if (field == QLatin1String("title")) {
        to.title = from.title;
    } else if (field == QLatin1String("customer")) {
        to.customerId = from.customerId;
        to.customerName = from.customerName;
    } else if (field == QLatin1String("address")) {
        to.addressId = from.addressId;
        to.address = from.address;
        to.latitude = from.latitude;
        to.longitude = from.longitude;
    } else if (field == QLatin1String("service")) {
        to.serviceId = from.serviceId;
    } else if (field == QLatin1String("required_skills")) {
        to.requiredSkills = from.requiredSkills;
    } else if (field == QLatin1String("priority")) {
        to.priority = from.priority;
    } else if (field == QLatin1String("duration_min")) {
        to.durationMin = from.durationMin;
    } else if (field == QLatin1String("window")) {
        to.windowStart = from.windowStart;
        to.windowEnd = from.windowEnd;
    } else if (field == QLatin1String("notes")) {
        to.notes = from.notes;
    }
}

QJsonObject creationBody(const Job &job)
{
    QJsonObject body{{QStringLiteral("location_id"), job.locationId}};
    for (const QString &field : editableJobFields()) {
        const QJsonObject members = fieldValue(job, field);
        for (auto it = members.begin(); it != members.end(); ++it) {
            const bool empty = it->isNull() || (it->isString() && it->toString().isEmpty()) ||
                               (it->isArray() && it->toArray().isEmpty());
            if (!empty)
                body.insert(it.key(), it.value());
        }
    }
    return body;
}

} // namespace fielddesk::jobedit
