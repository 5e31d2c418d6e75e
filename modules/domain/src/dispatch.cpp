#include "fielddesk/domain/dispatch.h"

#include "jsonform.h"

namespace fielddesk {

namespace {

struct StatusName
{
    JobStatus status;
    QStringView name;
};

// UTF-16 literals: a name is handed out without allocating (every job written names its status).
constexpr StatusName kStatusNames[] = {
    {JobStatus::New, u"new"},
    {JobStatus::Scheduled, u"scheduled"},
    {JobStatus::Dispatched, u"dispatched"},
    {JobStatus::EnRoute, u"en_route"},
    {JobStatus::OnSite, u"on_site"},
    {JobStatus::Completed, u"completed"},
    {JobStatus::Cancelled, u"cancelled"},
};

QString statusText(const StatusName &entry)
{
    return QString::fromRawData(entry.name.data(), entry.name.size());
}

} // namespace

QString jobStatusName(JobStatus status)
{
    for (const StatusName &entry : kStatusNames) {
        if (entry.status == status)
            return statusText(entry);
    }
    return {};
}

std::optional<JobStatus> jobStatusFromName(const QString &name)
{
    for (const StatusName &entry : kStatusNames) {
        if (name == entry.name)
            return entry.status;
    }
    return std::nullopt;
}

QStringList allJobStatusNames()
{
    QStringList names;
    for (const StatusName &entry : kStatusNames)
        names.append(statusText(entry));
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

bool isFieldStep(JobStatus status)
{
    return status == JobStatus::EnRoute || status == JobStatus::OnSite ||
           status == JobStatus::Completed;
}

bool isTerminal(JobStatus status)
{
    return status == JobStatus::Completed || status == JobStatus::Cancelled;
}

// The JSON forms (jsonform.h), members in the order they are sent.
constexpr jsonform::Form kSkillForm{
    field<"id", &Skill::id>,
    field<"name", &Skill::name>,
    field<"description", &Skill::description>,
    field<"created_at", &Skill::createdAt>,
    field<"updated_at", &Skill::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Skill, kSkillForm)

constexpr jsonform::Form kTechnicianForm{
    field<"id", &Technician::id>,
    field<"user_id", &Technician::userId>,
    field<"name", &Technician::name>,
    field<"email", &Technician::email>,
    field<"location_id", &Technician::locationId>,
    field<"skills", &Technician::skills>,
    field<"home_latitude", &Technician::homeLatitude>,
    field<"home_longitude", &Technician::homeLongitude>,
    field<"shift_start", &Technician::shiftStart>,
    field<"shift_end", &Technician::shiftEnd>,
    field<"break_earliest", &Technician::breakEarliest>,
    field<"break_latest", &Technician::breakLatest>,
    field<"break_minutes", &Technician::breakMinutes>,
    field<"work_days", &Technician::workDays>,
    field<"max_jobs", &Technician::maxJobs>,
    field<"vehicle_id", &Technician::vehicleId>,
    field<"active", &Technician::active>,
    field<"created_at", &Technician::createdAt>,
    field<"updated_at", &Technician::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Technician, kTechnicianForm)

constexpr jsonform::Form kAvailabilityPeriodForm{
    field<"id", &AvailabilityPeriod::id>,
    field<"technician_id", &AvailabilityPeriod::technicianId>,
    field<"kind", &AvailabilityPeriod::kind>,
    field<"starts_at", &AvailabilityPeriod::startsAt>,
    field<"ends_at", &AvailabilityPeriod::endsAt>,
    field<"reason", &AvailabilityPeriod::reason>,
    field<"created_at", &AvailabilityPeriod::createdAt>,
};
FIELDDESK_JSON_FROM_FORM(AvailabilityPeriod, kAvailabilityPeriodForm)

constexpr jsonform::Form kCustomerAddressForm{
    field<"id", &CustomerAddress::id>,
    field<"label", &CustomerAddress::label>,
    field<"address", &CustomerAddress::address>,
    field<"latitude", &CustomerAddress::latitude>,
    field<"longitude", &CustomerAddress::longitude>,
};
FIELDDESK_JSON_FROM_FORM(CustomerAddress, kCustomerAddressForm)

constexpr jsonform::Form kCustomerForm{
    field<"id", &Customer::id>,
    field<"name", &Customer::name>,
    field<"phone", &Customer::phone>,
    field<"email", &Customer::email>,
    field<"notes", &Customer::notes>,
    field<"email_opt_out", &Customer::emailOptOut>,
    field<"sms_opt_out", &Customer::smsOptOut>,
    textOrNull<"language", &Customer::language>,
    field<"addresses", &Customer::addresses>,
    field<"created_at", &Customer::createdAt>,
    field<"updated_at", &Customer::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Customer, kCustomerForm)

constexpr jsonform::Form kTechnicianPositionForm{
    field<"technician_id", &TechnicianPosition::technicianId>,
    field<"lat", &TechnicianPosition::lat>,
    field<"lon", &TechnicianPosition::lon>,
    field<"accuracy_m", &TechnicianPosition::accuracyM>,
    field<"heading_deg", &TechnicianPosition::headingDeg>,
    field<"speed_kmh", &TechnicianPosition::speedKmh>,
    field<"recorded_at", &TechnicianPosition::recordedAt>,
};
FIELDDESK_JSON_FROM_FORM(TechnicianPosition, kTechnicianPositionForm)

constexpr jsonform::Form kServiceTypeForm{
    field<"id", &ServiceType::id>,
    field<"name", &ServiceType::name>,
    field<"description", &ServiceType::description>,
    field<"duration_min", &ServiceType::durationMin>,
    field<"price", &ServiceType::price>,
    field<"priority", &ServiceType::priority>,
    textOrNull<"required_skill", &ServiceType::requiredSkill>,
    field<"active", &ServiceType::active>,
    field<"weather_sensitive", &ServiceType::weatherSensitive>,
    field<"created_at", &ServiceType::createdAt>,
    field<"updated_at", &ServiceType::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(ServiceType, kServiceTypeForm)

constexpr jsonform::Form kJobForm{
    field<"id", &Job::id>,
    field<"location_id", &Job::locationId>,
    field<"title", &Job::title>,
    field<"customer_id", &Job::customerId>,
    field<"customer_name", &Job::customerName>,
    field<"address_id", &Job::addressId>,
    field<"address", &Job::address>,
    field<"latitude", &Job::latitude>,
    field<"longitude", &Job::longitude>,
    field<"service_id", &Job::serviceId>,
    field<"required_skills", &Job::requiredSkills>,
    field<"priority", &Job::priority>,
    field<"duration_min", &Job::durationMin>,
    textOrNull<"window_start", &Job::windowStart>,
    textOrNull<"window_end", &Job::windowEnd>,
    field<"status", &Job::status>,
    field<"at_risk", &Job::atRisk>,
    field<"at_risk_reason", &Job::atRiskReason>,
    field<"technician_id", &Job::technicianId>,
    textOrNull<"technician_name", &Job::technicianName>,
    textOrNull<"planned_start", &Job::plannedStart>,
    textOrNull<"planned_end", &Job::plannedEnd>,
    field<"notes", &Job::notes>,
    field<"series_id", &Job::seriesId>,
    textOrNull<"occurrence_date", &Job::occurrenceDate>,
    field<"series_exception", &Job::seriesException>,
    field<"version", &Job::version>,
    field<"created_at", &Job::createdAt>,
    field<"updated_at", &Job::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Job, kJobForm)

constexpr jsonform::Form kDispatchHistoryEntryForm{
    field<"id", &DispatchHistoryEntry::id>,
    field<"job_id", &DispatchHistoryEntry::jobId>,
    field<"location_id", &DispatchHistoryEntry::locationId>,
    field<"action", &DispatchHistoryEntry::action>,
    field<"actor_user_id", &DispatchHistoryEntry::actorUserId>,
    field<"actor_name", &DispatchHistoryEntry::actorName>,
    field<"api_key_id", &DispatchHistoryEntry::apiKeyId>,
    textOrNull<"client_id", &DispatchHistoryEntry::clientId>,
    field<"before", &DispatchHistoryEntry::beforeJson>,
    field<"after", &DispatchHistoryEntry::afterJson>,
    field<"occurred_at", &DispatchHistoryEntry::occurredAt>,
    field<"request_id", &DispatchHistoryEntry::requestId>,
};
FIELDDESK_JSON_FROM_FORM(DispatchHistoryEntry, kDispatchHistoryEntryForm)

constexpr jsonform::Form kDomainEventForm{
    field<"id", &DomainEvent::id>,
    field<"type", &DomainEvent::type>,
    field<"source", &DomainEvent::source>,
    field<"occurred_at", &DomainEvent::occurredAt>,
    field<"correlation_id", &DomainEvent::correlationId>,
    field<"location_id", &DomainEvent::locationId>,
    field<"data", &DomainEvent::dataJson>,
};
FIELDDESK_JSON_FROM_FORM(DomainEvent, kDomainEventForm)

constexpr jsonform::Form kApiKeyForm{
    field<"id", &ApiKey::id>,
    field<"name", &ApiKey::name>,
    field<"kind", &ApiKey::kind>,
    field<"customer_id", &ApiKey::customerId>,
    field<"location_id", &ApiKey::locationId>,
    field<"prefix", &ApiKey::prefix>,
    field<"created_at", &ApiKey::createdAt>,
    textOrNull<"revoked_at", &ApiKey::revokedAt>,
    textOrNull<"last_used_at", &ApiKey::lastUsedAt>,
};
FIELDDESK_JSON_FROM_FORM(ApiKey, kApiKeyForm)

} // namespace fielddesk
