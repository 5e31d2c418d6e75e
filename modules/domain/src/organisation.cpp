#include "fielddesk/domain/organisation.h"

#include "jsonform.h"

namespace fielddesk {

constexpr jsonform::Form kTenantForm{
    field<"id", &Tenant::id>,
    field<"name", &Tenant::name>,
    field<"time_zone", &Tenant::timeZone>,
    field<"currency", &Tenant::currency>,
    field<"status", &Tenant::status>,
    field<"settings", &Tenant::settingsJson>,
    field<"settings_in_force", &Tenant::settingsInForceJson>,
    spliced<&Tenant::travel>,
    field<"created_at", &Tenant::createdAt>,
    field<"updated_at", &Tenant::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Tenant, kTenantForm)

constexpr jsonform::Form kLocationForm{
    field<"id", &Location::id>,
    field<"tenant_id", &Location::tenantId>,
    field<"name", &Location::name>,
    field<"address", &Location::address>,
    field<"latitude", &Location::latitude>,
    field<"longitude", &Location::longitude>,
    field<"time_zone", &Location::timeZone>,
    listOrNull<"service_area", &Location::serviceArea>,
    field<"created_at", &Location::createdAt>,
    field<"updated_at", &Location::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(Location, kLocationForm)

constexpr jsonform::Form kUserForm{
    field<"id", &User::id>,
    idOrNull<"tenant_id", &User::tenantId>,
    field<"email", &User::email>,
    field<"name", &User::name>,
    field<"role", &User::role>,
    field<"phone", &User::phone>,
    field<"active", &User::active>,
    field<"must_change_password", &User::mustChangePassword>,
    field<"location_ids", &User::locationIds>,
    field<"created_at", &User::createdAt>,
    field<"updated_at", &User::updatedAt>,
};
FIELDDESK_JSON_FROM_FORM(User, kUserForm)

constexpr jsonform::Form kAuditEntryForm{
    field<"id", &AuditEntry::id>,
    field<"tenant_id", &AuditEntry::tenantId>,
    field<"actor_user_id", &AuditEntry::actorUserId>,
    field<"actor_email", &AuditEntry::actorEmail>,
    field<"action", &AuditEntry::action>,
    field<"object_type", &AuditEntry::objectType>,
    field<"object_id", &AuditEntry::objectId>,
    field<"location_id", &AuditEntry::locationId>,
    field<"before", &AuditEntry::beforeJson>,
    field<"after", &AuditEntry::afterJson>,
    field<"request_id", &AuditEntry::requestId>,
    field<"created_at", &AuditEntry::createdAt>,
};
FIELDDESK_JSON_FROM_FORM(AuditEntry, kAuditEntryForm)

} // namespace fielddesk
