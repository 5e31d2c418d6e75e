#include "services/spiffservice.h"

#include "events/eventnotifier.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/jobrepository.h"
#include "repositories/servicetyperepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/tenantrepository.h"
#include "repositories/userrepository.h"
#include "services/auditedwrite.h"
#include "services/daterange.h"
#include "services/decidedentries.h"
#include "services/jobwrite.h"
#include "services/moneyevents.h"
#include "services/moneyvisibility.h"
#include "services/notificationservice.h"
#include "storage/sqlfilter.h"

namespace fielddesk::server {

namespace {

const QString kPay = QStringLiteral("pay");
const QStringList kApprovedSpiffStatuses{QStringLiteral("approved"), QStringLiteral("paid")};

Failure noSuchType(qint64 id)
{
    return Failure::notFound(QStringLiteral("There is no spiff type #%1.").arg(id));
}

AuditedRow<SpiffType> typeRow(qint64 id, const QString &name)
{
    return {QStringLiteral("spiff_type"), noSuchType(id),
            QStringLiteral("A spiff type named \"%1\" exists already.").arg(name),
            QStringLiteral("Spiffs are of this type: deactivate it (active: false) instead.")};
}

ApprovalSubject subjectOf(const Spiff &spiff)
{
    return {.noun = QStringLiteral("spiff"),
            .ownerWord = QStringLiteral("employee or whoever filed it"),
            .id = spiff.id,
            .ownerId = spiff.employeeId,
            .locationId = spiff.locationId,
            .status = spiff.status,
            .version = spiff.version,
            .currentJson = toJsonText(spiff),
            .alsoCancelledBy = spiff.createdBy};
}

// "Duct cleaning bonus, 25.00 USD"
QString shortly(const Spiff &s)
{
    return QStringLiteral("%1, %2 %3")
        .arg(s.spiffTypeName, decimalText(s.amountMinor, s.currency), s.currency);
}

const DecidedEntryKind<Spiff> &spiffKind()
{
    static const DecidedEntryKind<Spiff> kind{
        .noun = QStringLiteral("spiff"),
        .subject = [](const Spiff &s) { return subjectOf(s); },
        .workflow = [](const Spiff &) -> const Workflow & { return SpiffService::workflow(); },
        .visibleTo = [](const Principal &caller,
                        const Spiff &s) { return canSeeMoney(caller, s.employeeId, s.locationId); },
        .owner = &Spiff::employeeId,
        .described = [](const Spiff &s) { return QStringLiteral("spiff (%1)").arg(shortly(s)); },
        .announce = [](Database &db, const CallContext &call, const Spiff &s,
                       const QString &action) { MoneyEvents::announce(db, call, s, action); },
        .paymentAction = kPay,
        .paidAt = &Spiff::paidAt};
    return kind;
}

// Whoever may decide a new spiff hears of it (managersTitle); the employee too when someone
// or something else filed it.
void announceFiled(Database &db,
                   const CallContext &call,
                   const Spiff &spiff,
                   const QString &managersTitle)
{
    const DecidedEntryKind<Spiff> &kind = spiffKind();
    MoneyEvents::announce(db, call, spiff, approval::kSubmitted);
    NotificationService::raise(
        db, call, UserRepository(db).activeManagersAt(call.principal.tenantId, spiff.locationId),
        kind.notificationAbout(spiff, QStringLiteral(".submitted"), managersTitle, spiff.reason));
    if (spiff.employeeId != spiff.createdBy)
        NotificationService::raise(
            db, call, {spiff.employeeId},
            kind.notificationAbout(spiff, QStringLiteral(".filed_for_you"),
                                   QStringLiteral("A spiff for you: %1").arg(shortly(spiff)),
                                   spiff.reason));
}

} // namespace

const DecidedEntryKind<Spiff> &SpiffService::kind()
{
    return spiffKind();
}

const Workflow &SpiffService::workflow()
{
    static const Workflow steps({
        {approval::kApprove, approval::kSubmitted, QStringLiteral("approved")},
        {approval::kReject, approval::kSubmitted, QStringLiteral("rejected")},
        {approval::kCancel, approval::kSubmitted, QStringLiteral("cancelled")},
        {kPay, QStringLiteral("approved"), QStringLiteral("paid")},
    });
    return steps;
}

// --- types --------------------------------------------------------------------------------

Page<SpiffType> SpiffService::types(const Principal &caller, const ListQuery &query)
{
    return SpiffRepository(m_db).types(caller.tenantId, query);
}

Result<SpiffType> SpiffService::type(const Principal &caller, qint64 id)
{
    const std::optional<SpiffType> found = SpiffRepository(m_db).findType(caller.tenantId, id);
    if (!found)
        return noSuchType(id);
    return *found;
}

namespace {

std::optional<Failure>
applyType(Database &db, qint64 tenantId, SpiffType &type, const SpiffTypeFields &fields)
{
    applyPatch(type.name, fields.name);
    applyPatch(type.defaultAmountMinor, fields.defaultAmountMinor);
    applyPatch(type.serviceId, fields.serviceId);
    applyPatch(type.autoOnCompletion, fields.autoOnCompletion);
    applyPatch(type.active, fields.active);
    if (type.serviceId && !ServiceTypeRepository(db).find(tenantId, *type.serviceId))
        return Failure::validation(QStringLiteral("service_id"),
                                   QStringLiteral("is not a service of this tenant"));
    if (type.autoOnCompletion && !type.serviceId)
        return Failure::validation(QStringLiteral("service_id"),
                                   QStringLiteral("is required for auto_on_completion: the "
                                                  "service whose completed jobs earn it"));
    if (type.autoOnCompletion && type.defaultAmountMinor <= 0)
        return Failure::validation(QStringLiteral("default_amount_minor"),
                                   QStringLiteral("must be positive for auto_on_completion"));
    return std::nullopt;
}

} // namespace

Result<SpiffType> SpiffService::createType(const CallContext &call, const SpiffTypeFields &fields)
{
    SpiffType type;
    if (std::optional<Failure> wrong = applyType(m_db, call.principal.tenantId, type, fields))
        return *wrong;
    return createAudited(m_db, call, typeRow(0, type.name), [&]() -> Result<SpiffType> {
        return SpiffRepository(m_db).insertType(call.principal.tenantId, type);
    });
}

Result<SpiffType>
SpiffService::updateType(const CallContext &call, qint64 id, const SpiffTypeFields &fields)
{
    SpiffRepository repository(m_db);
    return updateAudited(
        m_db, call, typeRow(id, fields.name.value_or(QString())),
        [&] { return repository.findType(call.principal.tenantId, id); },
        [&](SpiffType &type) { return applyType(m_db, call.principal.tenantId, type, fields); },
        [&](const SpiffType &type) { repository.updateType(call.principal.tenantId, type); });
}

Status SpiffService::removeType(const CallContext &call, qint64 id)
{
    SpiffRepository repository(m_db);
    return removeAudited(
        m_db, call, typeRow(id, QString()),
        [&] { return repository.findType(call.principal.tenantId, id); },
        [&] { repository.deleteType(call.principal.tenantId, id); });
}

// --- spiffs -------------------------------------------------------------------------------

std::optional<Failure>
SpiffService::apply(const Principal &caller, Spiff &spiff, const SpiffFields &fields, bool creating)
{
    const Spiff before = spiff;
    applyPatch(spiff.spiffTypeId, fields.spiffTypeId);
    applyPatch(spiff.reason, fields.reason);
    applyPatch(spiff.jobId, fields.jobId);
    const std::optional<SpiffType> type =
        SpiffRepository(m_db).findType(caller.tenantId, spiff.spiffTypeId);
    if (!type || (!type->active && (creating || spiff.spiffTypeId != before.spiffTypeId)))
        return Failure::validation(QStringLiteral("spiff_type_id"),
                                   QStringLiteral("is not an active spiff type"));
    spiff.spiffTypeName = type->name;
    spiff.amountMinor =
        fields.amountMinor.value_or(creating ? type->defaultAmountMinor : spiff.amountMinor);
    if (spiff.amountMinor <= 0)
        return Failure::validation(QStringLiteral("amount_minor"),
                                   QStringLiteral("must be positive (the type has no default)"));
    if (!isCurrencyCode(spiff.currency))
        return Failure::validation(QStringLiteral("currency"),
                                   QStringLiteral("is not an ISO 4217 currency code"));
    if (spiff.jobId && spiff.jobId != before.jobId) {
        const std::optional<Job> job = JobRepository(m_db).find(caller.tenantId, *spiff.jobId);
        if (!job || !canSeeJob(m_db, caller, *job))
            return Failure::validation(QStringLiteral("job_id"),
                                       QStringLiteral("is not a job you can see"));
    }
    return std::nullopt;
}

Result<Spiff> SpiffService::create(const CallContext &call, const SpiffFields &fields)
{
    const Principal &caller = call.principal;
    if (caller.isCustomerKey())
        return Failure::forbidden(QStringLiteral("Spiffs are filed by people, not API keys."));
    const Tenant tenant = TenantRepository(m_db).find(caller.tenantId).value();
    Spiff spiff;
    spiff.status = approval::kSubmitted;
    spiff.createdBy = caller.userId;
    spiff.createdByName = caller.name;
    spiff.currency = fields.currency.value_or(tenant.currency);
    spiff.earnedOn = todayOn(QTimeZone(tenant.timeZone.toUtf8()));
    const qint64 employeeId = fields.employeeId.value_or(caller.userId);
    QList<qint64> employeeLocations = caller.locationIds;
    if (employeeId == caller.userId) {
        spiff.employeeName = caller.name;
    } else {
        if (caller.role != Role::Manager && caller.role != Role::Admin)
            return Failure::forbidden(QStringLiteral(
                "Employees claim their own spiffs; managers and admins file them for others."));
        const std::optional<User> employee = UserRepository(m_db).find(caller.tenantId, employeeId);
        bool shared = false;
        if (employee && employee->active) {
            shared = caller.isAdmin();
            for (const qint64 location : employee->locationIds)
                shared = shared || caller.locationIds.contains(location);
        }
        if (!shared)
            return Failure::validation(QStringLiteral("employee_id"),
                                       QStringLiteral("is not someone at your locations"));
        spiff.employeeName = employee->name;
        employeeLocations = employee->locationIds;
    }
    spiff.employeeId = employeeId;
    // Where: as named, else the job's, else where the employee works (and the caller sees).
    if (fields.locationId) {
        if (!employeeLocations.contains(*fields.locationId) ||
            !caller.canAccessLocation(*fields.locationId))
            return Failure::validation(QStringLiteral("location_id"),
                                       QStringLiteral("is not a location of the employee's you "
                                                      "may file at"));
        spiff.locationId = *fields.locationId;
    }
    if (std::optional<Failure> wrong = apply(caller, spiff, fields, true))
        return *wrong;
    if (!fields.locationId) {
        std::optional<Job> job =
            spiff.jobId ? JobRepository(m_db).find(caller.tenantId, *spiff.jobId) : std::nullopt;
        if (job && caller.canAccessLocation(job->locationId)) {
            spiff.locationId = job->locationId;
        } else {
            for (const qint64 location : employeeLocations) {
                if (caller.canAccessLocation(location)) {
                    spiff.locationId = location;
                    break;
                }
            }
        }
        if (spiff.locationId == 0)
            return Failure::validation(QStringLiteral("location_id"),
                                       QStringLiteral("is required: the employee works at none "
                                                      "of your locations"));
    }

    Transaction tx(m_db);
    SpiffRepository spiffs(m_db);
    spiff = spiffs.insert(caller.tenantId, spiff);
    spiffKind().history(m_db).append(caller.tenantId,
                                     historyLine(spiff.id, approval::kSubmitted, {},
                                                 approval::kSubmitted, caller.userId, caller.name));
    const Spiff stored = spiffs.find(caller.tenantId, spiff.id).value();
    announceFiled(m_db, call, stored,
                  stored.employeeId == caller.userId
                      ? QStringLiteral("%1 claims a spiff: %2").arg(caller.name, shortly(stored))
                      : QStringLiteral("%1 filed a spiff for %2: %3")
                            .arg(caller.name, stored.employeeName, shortly(stored)));
    AuditRepository(m_db).append(call.audit(QStringLiteral("spiff.created"),
                                            QStringLiteral("spiff"), stored.id, stored.locationId,
                                            {}, toJsonText(stored)));
    tx.commit();
    m_events.notifyCommitted();
    return stored;
}

void SpiffService::jobCompleted(Database &db, const CallContext &call, const Job &job)
{
    if (!job.serviceId || !job.technicianId)
        return;
    const qint64 tenantId = call.principal.tenantId;
    SpiffRepository spiffs(db);
    const QList<SpiffType> types = spiffs.automaticFor(tenantId, *job.serviceId);
    if (types.isEmpty())
        return;
    const std::optional<Technician> technician =
        TechnicianRepository(db).find(tenantId, *job.technicianId);
    const std::optional<Tenant> tenant = TenantRepository(db).find(tenantId);
    if (!technician || !tenant)
        return;
    for (const SpiffType &type : types) {
        Spiff spiff;
        spiff.status = approval::kSubmitted;
        spiff.employeeId = technician->userId;
        spiff.employeeName = technician->name;
        spiff.spiffTypeId = type.id;
        spiff.spiffTypeName = type.name;
        spiff.amountMinor = type.defaultAmountMinor;
        spiff.currency = tenant->currency;
        spiff.jobId = job.id;
        spiff.locationId = job.locationId;
        spiff.earnedOn = todayOn(QTimeZone(tenant->timeZone.toUtf8()));
        spiff.reason =
            QStringLiteral("Completed job #%1: %2").arg(QString::number(job.id), job.title);
        const std::optional<Spiff> filed = spiffs.insertAutomatic(tenantId, spiff);
        if (!filed)
            continue; // this job earned it already
        spiffKind().history(db).append(tenantId, historyLine(filed->id, approval::kSubmitted, {},
                                                             approval::kSubmitted, std::nullopt,
                                                             QStringLiteral("FieldDesk")));
        const Spiff stored = spiffs.find(tenantId, filed->id).value();
        announceFiled(db, call, stored,
                      QStringLiteral("Job #%1 earned %2 a spiff: %3")
                          .arg(QString::number(job.id), stored.employeeName, shortly(stored)));
        AuditRepository(db).append(call.audit(QStringLiteral("spiff.created"),
                                              QStringLiteral("spiff"), stored.id, stored.locationId,
                                              {}, toJsonText(stored)));
    }
}

Result<Page<Spiff>> SpiffService::list(const Principal &caller, const ListQuery &query)
{
    const Result<MoneyListFilter> extra = moneyListFilterOf(m_db, caller, query);
    if (!extra)
        return extra.failure();
    return SpiffRepository(m_db).list(caller.tenantId, moneyScopeOf(caller), *extra, query);
}

Result<Spiff> SpiffService::update(const CallContext &call, qint64 id, const SpiffFields &fields)
{
    const Principal &caller = call.principal;
    return change(
        call, id, fields.expectedVersion,
        [&](const Spiff &before) -> std::optional<Failure> {
            if (before.employeeId != caller.userId && before.createdBy != caller.userId)
                return Failure::forbidden(
                    QStringLiteral("Only the employee or whoever filed a spiff changes it."));
            if (before.status != approval::kSubmitted)
                return approval::frozen(workflow(), subjectOf(before),
                                        kApprovedSpiffStatuses.contains(before.status)
                                            ? QStringLiteral("An approved amount never changes.")
                                            : QString());
            return std::nullopt;
        },
        [&](Spiff &after) { return apply(caller, after, fields, false); });
}

} // namespace fielddesk::server
