#include "fielddesk/domain/dispatch.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fielddesk {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

std::optional<double> optionalNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<qint64> optionalId(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList list;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        list.append(v.toString());
    return list;
}

// Raw JSON text of a member (object or null), as stored.
QByteArray rawJson(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return {};
}

void writeStrings(JsonWriter &w, std::string_view key, const QStringList &list)
{
    w.key(key).beginArray();
    for (const QString &s : list)
        w.value(s);
    w.endArray();
}

// Empty text is written as null (timestamps and optional texts).
void writeOptionalText(JsonWriter &w, std::string_view key, const QString &value)
{
    w.key(key);
    if (value.isEmpty())
        w.nullValue();
    else
        w.value(value);
}

void writeRaw(JsonWriter &w, std::string_view key, const QByteArray &json)
{
    w.key(key);
    if (json.isEmpty())
        w.nullValue();
    else
        w.rawValue(json);
}

struct StatusName
{
    JobStatus status;
    const char *name;
};

constexpr StatusName kStatusNames[] = {
    {JobStatus::New, "new"},
    {JobStatus::Scheduled, "scheduled"},
    {JobStatus::Dispatched, "dispatched"},
    {JobStatus::EnRoute, "en_route"},
    {JobStatus::OnSite, "on_site"},
    {JobStatus::Completed, "completed"},
    {JobStatus::Cancelled, "cancelled"},
};

} // namespace

QString jobStatusName(JobStatus status)
{
    for (const StatusName &entry : kStatusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<JobStatus> jobStatusFromName(const QString &name)
{
    for (const StatusName &entry : kStatusNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

QStringList allJobStatusNames()
{
    QStringList names;
    for (const StatusName &entry : kStatusNames)
        names.append(QString::fromLatin1(entry.name));
    return names;
}

QList<JobStatus> allowedStatusChanges(JobStatus from)
{
    switch (from) {
    case JobStatus::New:
        return {JobStatus::Cancelled};
    case JobStatus::Scheduled:
        return {JobStatus::Dispatched, JobStatus::Cancelled};
    case JobStatus::Dispatched:
        return {JobStatus::Scheduled, JobStatus::EnRoute, JobStatus::Cancelled};
    case JobStatus::EnRoute:
        return {JobStatus::Dispatched, JobStatus::OnSite, JobStatus::Cancelled};
    case JobStatus::OnSite:
        return {JobStatus::Completed, JobStatus::Cancelled};
    case JobStatus::Completed:
    case JobStatus::Cancelled:
        return {};
    }
    return {};
}

bool isTerminal(JobStatus status)
{
    return status == JobStatus::Completed || status == JobStatus::Cancelled;
}

void Skill::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("name", name);
    w.field("description", description);
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

Skill Skill::fromJson(const QJsonObject &o)
{
    Skill s;
    s.id = integer(o, "id");
    s.name = text(o, "name");
    s.description = text(o, "description");
    s.createdAt = text(o, "created_at");
    s.updatedAt = text(o, "updated_at");
    return s;
}

void Technician::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("user_id", userId);
    w.field("name", name);
    w.field("email", email);
    w.field("location_id", locationId);
    writeStrings(w, "skills", skills);
    w.field("home_latitude", homeLatitude);
    w.field("home_longitude", homeLongitude);
    w.field("shift_start", shiftStart);
    w.field("shift_end", shiftEnd);
    w.field("break_earliest", breakEarliest);
    w.field("break_latest", breakLatest);
    w.field("break_minutes", breakMinutes);
    w.key("work_days").beginArray();
    for (const int day : workDays)
        w.value(day);
    w.endArray();
    w.key("max_jobs");
    if (maxJobs)
        w.value(*maxJobs);
    else
        w.nullValue();
    w.field("vehicle_id", vehicleId);
    w.field("active", active);
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

Technician Technician::fromJson(const QJsonObject &o)
{
    Technician t;
    t.id = integer(o, "id");
    t.userId = integer(o, "user_id");
    t.name = text(o, "name");
    t.email = text(o, "email");
    t.locationId = integer(o, "location_id");
    t.skills = strings(o, "skills");
    t.homeLatitude = optionalNumber(o, "home_latitude");
    t.homeLongitude = optionalNumber(o, "home_longitude");
    t.shiftStart = text(o, "shift_start");
    t.shiftEnd = text(o, "shift_end");
    t.breakEarliest = text(o, "break_earliest");
    t.breakLatest = text(o, "break_latest");
    t.breakMinutes = o.value(QLatin1String("break_minutes")).toInt();
    t.workDays.clear();
    for (const QJsonValue &v : o.value(QLatin1String("work_days")).toArray())
        t.workDays.append(v.toInt());
    if (const QJsonValue v = o.value(QLatin1String("max_jobs")); v.isDouble())
        t.maxJobs = v.toInt();
    t.vehicleId = optionalId(o, "vehicle_id");
    t.active = o.value(QLatin1String("active")).toBool(true);
    t.createdAt = text(o, "created_at");
    t.updatedAt = text(o, "updated_at");
    return t;
}

void AvailabilityPeriod::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("technician_id", technicianId);
    w.field("kind", kind);
    w.field("starts_at", startsAt);
    w.field("ends_at", endsAt);
    w.field("reason", reason);
    w.field("created_at", createdAt);
    w.endObject();
}

AvailabilityPeriod AvailabilityPeriod::fromJson(const QJsonObject &o)
{
    AvailabilityPeriod p;
    p.id = integer(o, "id");
    p.technicianId = integer(o, "technician_id");
    p.kind = text(o, "kind");
    p.startsAt = text(o, "starts_at");
    p.endsAt = text(o, "ends_at");
    p.reason = text(o, "reason");
    p.createdAt = text(o, "created_at");
    return p;
}

void CustomerAddress::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("label", label);
    w.field("address", address);
    w.field("latitude", latitude);
    w.field("longitude", longitude);
    w.endObject();
}

CustomerAddress CustomerAddress::fromJson(const QJsonObject &o)
{
    CustomerAddress a;
    a.id = integer(o, "id");
    a.label = text(o, "label");
    a.address = text(o, "address");
    a.latitude = optionalNumber(o, "latitude");
    a.longitude = optionalNumber(o, "longitude");
    return a;
}

void Customer::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("name", name);
    w.field("phone", phone);
    w.field("email", email);
    w.field("notes", notes);
    w.key("addresses").beginArray();
    for (const CustomerAddress &a : addresses)
        a.writeJson(w);
    w.endArray();
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

Customer Customer::fromJson(const QJsonObject &o)
{
    Customer c;
    c.id = integer(o, "id");
    c.name = text(o, "name");
    c.phone = text(o, "phone");
    c.email = text(o, "email");
    c.notes = text(o, "notes");
    for (const QJsonValue &v : o.value(QLatin1String("addresses")).toArray())
        c.addresses.append(CustomerAddress::fromJson(v.toObject()));
    c.createdAt = text(o, "created_at");
    c.updatedAt = text(o, "updated_at");
    return c;
}

void ServiceType::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("name", name);
    w.field("description", description);
    w.field("duration_min", durationMin);
    w.field("price", price);
    w.field("priority", priority);
    writeOptionalText(w, "required_skill", requiredSkill);
    w.field("active", active);
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

ServiceType ServiceType::fromJson(const QJsonObject &o)
{
    ServiceType s;
    s.id = integer(o, "id");
    s.name = text(o, "name");
    s.description = text(o, "description");
    s.durationMin = o.value(QLatin1String("duration_min")).toInt();
    s.price = o.value(QLatin1String("price")).toDouble();
    s.priority = o.value(QLatin1String("priority")).toInt(3);
    s.requiredSkill = text(o, "required_skill");
    s.active = o.value(QLatin1String("active")).toBool(true);
    s.createdAt = text(o, "created_at");
    s.updatedAt = text(o, "updated_at");
    return s;
}

void Job::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("location_id", locationId);
    w.field("title", title);
    w.field("customer_id", customerId);
    w.field("customer_name", customerName);
    w.field("address_id", addressId);
    w.field("address", address);
    w.field("latitude", latitude);
    w.field("longitude", longitude);
    w.field("service_id", serviceId);
    writeStrings(w, "required_skills", requiredSkills);
    w.field("priority", priority);
    w.field("duration_min", durationMin);
    writeOptionalText(w, "window_start", windowStart);
    writeOptionalText(w, "window_end", windowEnd);
    w.field("status", jobStatusName(status));
    w.field("at_risk", atRisk);
    w.field("at_risk_reason", atRiskReason);
    w.field("technician_id", technicianId);
    writeOptionalText(w, "technician_name", technicianName);
    writeOptionalText(w, "planned_start", plannedStart);
    writeOptionalText(w, "planned_end", plannedEnd);
    w.field("notes", notes);
    w.field("version", version);
    w.field("created_at", createdAt);
    w.field("updated_at", updatedAt);
    w.endObject();
}

Job Job::fromJson(const QJsonObject &o)
{
    Job j;
    j.id = integer(o, "id");
    j.locationId = integer(o, "location_id");
    j.title = text(o, "title");
    j.customerId = optionalId(o, "customer_id");
    j.customerName = text(o, "customer_name");
    j.addressId = optionalId(o, "address_id");
    j.address = text(o, "address");
    j.latitude = optionalNumber(o, "latitude");
    j.longitude = optionalNumber(o, "longitude");
    j.serviceId = optionalId(o, "service_id");
    j.requiredSkills = strings(o, "required_skills");
    j.priority = o.value(QLatin1String("priority")).toInt(3);
    j.durationMin = o.value(QLatin1String("duration_min")).toInt(60);
    j.windowStart = text(o, "window_start");
    j.windowEnd = text(o, "window_end");
    j.status = jobStatusFromName(text(o, "status")).value_or(JobStatus::New);
    j.atRisk = o.value(QLatin1String("at_risk")).toBool();
    j.atRiskReason = text(o, "at_risk_reason");
    j.technicianId = optionalId(o, "technician_id");
    j.technicianName = text(o, "technician_name");
    j.plannedStart = text(o, "planned_start");
    j.plannedEnd = text(o, "planned_end");
    j.notes = text(o, "notes");
    j.version = integer(o, "version");
    j.createdAt = text(o, "created_at");
    j.updatedAt = text(o, "updated_at");
    return j;
}

void DispatchHistoryEntry::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("job_id", jobId);
    w.field("location_id", locationId);
    w.field("action", action);
    w.field("actor_user_id", actorUserId);
    w.field("actor_name", actorName);
    w.field("api_key_id", apiKeyId);
    writeOptionalText(w, "client_id", clientId);
    writeRaw(w, "before", beforeJson);
    writeRaw(w, "after", afterJson);
    w.field("occurred_at", occurredAt);
    w.field("request_id", requestId);
    w.endObject();
}

DispatchHistoryEntry DispatchHistoryEntry::fromJson(const QJsonObject &o)
{
    DispatchHistoryEntry e;
    e.id = integer(o, "id");
    e.jobId = integer(o, "job_id");
    e.locationId = integer(o, "location_id");
    e.action = text(o, "action");
    e.actorUserId = optionalId(o, "actor_user_id");
    e.actorName = text(o, "actor_name");
    e.apiKeyId = optionalId(o, "api_key_id");
    e.clientId = text(o, "client_id");
    e.beforeJson = rawJson(o, "before");
    e.afterJson = rawJson(o, "after");
    e.occurredAt = text(o, "occurred_at");
    e.requestId = text(o, "request_id");
    return e;
}

void DomainEvent::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("type", type);
    w.field("source", source);
    w.field("occurred_at", occurredAt);
    w.field("correlation_id", correlationId);
    w.field("location_id", locationId);
    writeRaw(w, "data", dataJson);
    w.endObject();
}

DomainEvent DomainEvent::fromJson(const QJsonObject &o)
{
    DomainEvent e;
    e.id = integer(o, "id");
    e.type = text(o, "type");
    e.source = text(o, "source");
    e.occurredAt = text(o, "occurred_at");
    e.correlationId = text(o, "correlation_id");
    e.locationId = optionalId(o, "location_id");
    e.dataJson = rawJson(o, "data");
    return e;
}

void ApiKey::writeJson(JsonWriter &w) const
{
    w.beginObject();
    w.field("id", id);
    w.field("name", name);
    w.field("customer_id", customerId);
    w.field("location_id", locationId);
    w.field("prefix", prefix);
    w.field("created_at", createdAt);
    writeOptionalText(w, "revoked_at", revokedAt);
    writeOptionalText(w, "last_used_at", lastUsedAt);
    w.endObject();
}

ApiKey ApiKey::fromJson(const QJsonObject &o)
{
    ApiKey k;
    k.id = integer(o, "id");
    k.name = text(o, "name");
    k.customerId = integer(o, "customer_id");
    k.locationId = integer(o, "location_id");
    k.prefix = text(o, "prefix");
    k.createdAt = text(o, "created_at");
    k.revokedAt = text(o, "revoked_at");
    k.lastUsedAt = text(o, "last_used_at");
    return k;
}

} // namespace fielddesk
