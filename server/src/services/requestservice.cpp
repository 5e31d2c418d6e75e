#include "services/requestservice.h"

#include "events/eventnotifier.h"
#include "fielddesk/domain/timestamps.h"
#include "repositories/auditrepository.h"
#include "repositories/customerrepository.h"
#include "repositories/jobrepository.h"
#include "repositories/supplyrepository.h"
#include "repositories/technicianrepository.h"
#include "repositories/userrepository.h"
#include "services/attachmentvisibility.h"
#include "services/availabilitywriter.h"
#include "services/decidedentries.h"
#include "services/locationaccess.h"
#include "services/notificationservice.h"
#include "services/requestevents.h"
#include "services/requestvisibility.h"
#include "services/timerange.h"
#include "services/vehicleservice.h"
#include "services/workflow.h"
#include "storage/sqlfilter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fielddesk::server {

namespace {

using approval::kApprove;
using approval::kCancel;
using approval::kReject;
using approval::kSubmitted;
const QString kTimeOff = QStringLiteral("time_off");

// The lifecycle of each kind: time off is revoked rather than fulfilled; tools, clothing and
// repairs are fulfilled once handed out or done; suggestions and referrals are only accepted
// (approved) or rejected.
const Workflow &workflowOf(const QString &kind)
{
    const auto common = [](QList<WorkflowStep> more) {
        QList<WorkflowStep> steps{
            {kApprove, kSubmitted, QStringLiteral("approved")},
            {kReject, kSubmitted, QStringLiteral("rejected")},
            {kCancel, kSubmitted, QStringLiteral("cancelled")},
        };
        return Workflow(steps << more);
    };
    static const Workflow timeOff =
        common({{QStringLiteral("revoke"), QStringLiteral("approved"), QStringLiteral("revoked")}});
    static const Workflow handedOut = common(
        {{QStringLiteral("fulfil"), QStringLiteral("approved"), QStringLiteral("fulfilled")}});
    static const Workflow acceptedOnly = common({});
    if (kind == kTimeOff)
        return timeOff;
    if (kind == QLatin1String("suggestion") || kind == QLatin1String("referral"))
        return acceptedOnly;
    return handedOut;
}

// A request as the shared decision rules see it (services/approvalrules.h).
ApprovalSubject subjectOf(const Request &request)
{
    return {.noun = QStringLiteral("request"),
            .ownerWord = QStringLiteral("requester"),
            .id = request.id,
            .ownerId = request.requesterId,
            .locationId = request.locationId,
            .status = request.status,
            .version = request.version,
            .currentJson = toJsonText(request)};
}

// What search matches: the kind, the requester and every text of the details.
QString searchTextOf(const Request &request, const QJsonObject &details)
{
    QStringList parts{request.kind, request.requesterName};
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (it.value().isString())
            parts << it.value().toString();
    }
    return foldForSearch(parts.join(QLatin1Char('\n')));
}

// The details as stored and searched: an object of the fields the request names.
QJsonObject detailsObject(const RequestDetails &d)
{
    QJsonObject o;
    const auto put = [&o](const char *key, const auto &field) {
        if (field)
            o.insert(QLatin1String(key), *field);
    };
    put("tool_id", d.toolId);
    put("quantity", d.quantity);
    put("needed_by", d.neededBy);
    put("reason", d.reason);
    if (d.items) {
        QJsonArray items;
        for (const ClothingLine &line : *d.items)
            items.append(QJsonObject{{QStringLiteral("clothing_item_id"), line.clothingItemId},
                                     {QStringLiteral("size"), line.size},
                                     {QStringLiteral("quantity"), line.quantity}});
        o.insert(QLatin1String("items"), items);
    }
    put("starts_at", d.startsAt);
    put("ends_at", d.endsAt);
    put("type", d.type);
    put("note", d.note);
    put("subject", d.subject);
    put("description", d.description);
    put("severity", d.severity);
    put("vehicle_id", d.vehicleId);
    put("title", d.title);
    put("text", d.text);
    put("partner_name", d.partnerName);
    put("contact_name", d.contactName);
    put("contact_phone", d.contactPhone);
    put("contact_email", d.contactEmail);
    put("customer_id", d.customerId);
    put("notes", d.notes);
    return o;
}

QJsonObject detailsOf(const Request &request)
{
    return QJsonDocument::fromJson(request.detailsJson).object();
}

QString kindTitle(const QString &kind)
{
    static const QHash<QString, QString> titles{
        {QStringLiteral("tool"), QStringLiteral("Tool")},
        {QStringLiteral("clothing"), QStringLiteral("Clothing")},
        {QStringLiteral("time_off"), QStringLiteral("Time off")},
        {QStringLiteral("repair"), QStringLiteral("Repair")},
        {QStringLiteral("suggestion"), QStringLiteral("Suggestion")},
        {QStringLiteral("referral"), QStringLiteral("Referral")}};
    return titles.value(kind, kind);
}

const DecidedEntryKind<Request> &requestKind()
{
    static const DecidedEntryKind<Request> kind{
        .noun = QStringLiteral("request"),
        .subject = [](const Request &r) { return subjectOf(r); },
        .workflow = [](const Request &r) -> const Workflow & { return workflowOf(r.kind); },
        .visibleTo =
            [](const Principal &caller, const Request &r) {
                return canSeeRequest(caller, r.requesterId, r.locationId, r.kind);
            },
        .owner = &Request::requesterId,
        .described =
            [](const Request &r) {
                return kindTitle(r.kind).toLower() + QStringLiteral(" request");
            },
        .announce = &RequestEvents::announce};
    return kind;
}

} // namespace

const DecidedEntryKind<Request> &RequestService::kind()
{
    return requestKind();
}

void RequestDecisionOutcome::writeJson(JsonWriter &w) const
{
    QByteArray json = toJsonText(request);
    if (conflicts) {
        JsonWriter list(256);
        list.beginArray();
        for (const Job &job : *conflicts) {
            list.beginObject()
                .field("job_id", job.id)
                .field("title", job.title)
                .field("planned_start", job.plannedStart)
                .endObject();
        }
        list.endArray();
        json.chop(1); // the request's closing brace: "conflicts" joins its members
        json += ",\"conflicts\":" + list.take() + '}';
    }
    if (vehicleEffects) {
        json.chop(1); // likewise "vehicle_effects"
        json += ",\"vehicle_effects\":" + toJsonText(*vehicleEffects) + '}';
    }
    w.rawValue(json);
}

std::optional<Failure> RequestService::checkReferences(const Principal &caller,
                                                       const RequestDraft &draft)
{
    const RequestDetails &d = draft.details;
    SupplyRepository supplies(m_db);
    if (draft.kind == QLatin1String("tool")) {
        const std::optional<Tool> tool = supplies.findTool(caller.tenantId, d.toolId.value_or(0));
        if (!tool || !tool->active)
            return Failure::validation(QStringLiteral("details.tool_id"),
                                       QStringLiteral("is not a tool that can be requested"));
    } else if (draft.kind == QLatin1String("clothing")) {
        const QList<ClothingLine> items = d.items.value_or(QList<ClothingLine>());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString prefix = QStringLiteral("details.items[%1].").arg(i);
            const std::optional<ClothingItem> clothing =
                supplies.findClothingItem(caller.tenantId, items.at(i).clothingItemId);
            if (!clothing || !clothing->active)
                return Failure::validation(prefix + QStringLiteral("clothing_item_id"),
                                           QStringLiteral("is not an item that can be requested"));
            const QString &size = items.at(i).size;
            if (!clothing->sizes.contains(size))
                return Failure::validation(
                    prefix + QStringLiteral("size"),
                    QStringLiteral("is not a size of %1 (sizes: %2)")
                        .arg(clothing->name, clothing->sizes.join(QStringLiteral(", "))));
        }
    } else if (draft.kind == kTimeOff) {
        const std::optional<QDateTime> starts = parseTimestamp(d.startsAt.value_or(QString()));
        const std::optional<QDateTime> ends = parseTimestamp(d.endsAt.value_or(QString()));
        if (!starts || !ends || *ends <= *starts)
            return Failure::validation(QStringLiteral("details.ends_at"),
                                       QStringLiteral("must be after starts_at"));
    } else if (draft.kind == QLatin1String("repair") && d.vehicleId) {
        if (!VehicleService::visibleVehicle(m_db, caller, *d.vehicleId))
            return Failure::validation(QStringLiteral("details.vehicle_id"),
                                       QStringLiteral("is not a vehicle you can see"));
    } else if (draft.kind == QLatin1String("referral") && d.customerId) {
        if (!CustomerRepository(m_db).find(caller.tenantId, *d.customerId))
            return Failure::validation(QStringLiteral("details.customer_id"),
                                       QStringLiteral("is not a customer of this tenant"));
    }
    return std::nullopt;
}

Result<Request> RequestService::create(const CallContext &call, const RequestDraft &draft)
{
    const Principal &caller = call.principal;
    if (caller.isCustomerKey())
        return Failure::forbidden(QStringLiteral("Requests are filed by people, not API keys."));
    Request request;
    request.kind = draft.kind;
    request.status = kSubmitted;
    request.requesterId = caller.userId;
    request.requesterName = caller.name;
    const Result<qint64> location = filingLocation(m_db, caller, draft.locationId);
    if (!location)
        return location.failure();
    request.locationId = *location;
    if (std::optional<Failure> wrong = checkReferences(caller, draft))
        return *wrong;
    if (std::optional<Failure> wrong = checkOwnUploads(m_db, caller, draft.mediaIds))
        return *wrong;
    const QJsonObject details = detailsObject(draft.details);
    request.detailsJson = QJsonDocument(details).toJson(QJsonDocument::Compact);
    request.mediaIds = draft.mediaIds;

    Transaction tx(m_db);
    RequestRepository requests(m_db);
    request = requests.insert(caller.tenantId, request, searchTextOf(request, details));
    requestKind().history(m_db).append(
        caller.tenantId,
        historyLine(request.id, kSubmitted, {}, kSubmitted, caller.userId, caller.name));
    const std::optional<Request> stored = requests.find(caller.tenantId, request.id);
    RequestEvents::announce(m_db, call, stored.value(), kSubmitted);
    NotificationService::raise(
        m_db, call, UserRepository(m_db).activeManagersAt(caller.tenantId, request.locationId),
        requestKind().notificationAbout(
            request, QStringLiteral(".submitted"),
            QStringLiteral("%1 asks: %2").arg(caller.name, kindTitle(request.kind))));
    tx.commit();
    m_events.notifyCommitted();
    return stored.value();
}

Result<Page<Request>> RequestService::list(const Principal &caller, const ListQuery &query)
{
    RequestListFilter extra;
    const Result<TimeRange> range = timeRangeOf(query);
    if (!range)
        return range.failure();
    extra.from = range->from;
    extra.to = range->to;
    const Result<AwaitingMe> awaiting = approval::awaitingMeOf(caller, query);
    if (!awaiting)
        return awaiting.failure();
    extra.awaiting = *awaiting;
    return RequestRepository(m_db).list(caller.tenantId, requestScopeOf(caller), extra, query);
}

std::optional<QList<Job>> RequestService::applyTimeOff(const CallContext &call,
                                                       const Request &request)
{
    const Principal &caller = call.principal;
    const std::optional<Technician> technician =
        TechnicianRepository(m_db).findByUser(caller.tenantId, request.requesterId);
    if (!technician)
        return QList<Job>(); // not dispatched: nothing to plan around
    const QJsonObject details = detailsOf(request);
    AvailabilityPeriod period;
    period.kind = kTimeOff;
    period.startsAt =
        toTimestamp(parseTimestamp(details.value(QLatin1String("starts_at")).toString()).value());
    period.endsAt =
        toTimestamp(parseTimestamp(details.value(QLatin1String("ends_at")).toString()).value());
    const QString note = details.value(QLatin1String("note")).toString();
    period.reason =
        QStringLiteral("Time off (%1)").arg(details.value(QLatin1String("type")).toString()) +
        (note.isEmpty() ? QString() : QStringLiteral(": ") + note);
    period = AvailabilityWriter(m_db, call).add(*technician, period);
    RequestRepository(m_db).setAvailability(request.id, period.id);
    return JobRepository(m_db).plannedFor(technician->id, period.startsAt, period.endsAt);
}

void RequestService::removeTimeOff(const CallContext &call, const Request &request)
{
    const Principal &caller = call.principal;
    RequestRepository requests(m_db);
    const std::optional<qint64> periodId = requests.availabilityOf(request.id);
    if (!periodId)
        return;
    TechnicianRepository technicians(m_db);
    const std::optional<Technician> technician =
        technicians.findByUser(caller.tenantId, request.requesterId);
    const std::optional<AvailabilityPeriod> period =
        technician ? technicians.findAvailability(caller.tenantId, technician->id, *periodId)
                   : std::nullopt;
    if (period) // a dispatcher may have removed it by hand meanwhile
        AvailabilityWriter(m_db, call).remove(*technician, *period);
    requests.setAvailability(request.id, std::nullopt);
}

Result<RequestDecisionOutcome>
RequestService::decide(const CallContext &call, qint64 id, const RequestDecision &decision)
{
    RequestDecisionOutcome outcome;
    const Result<Request> request =
        DecidedEntries::decide(call, id, decision, [&](const Request &after) {
            if (after.kind == QLatin1String("repair") && decision.action == kApprove) {
                const QJsonObject details = detailsOf(after);
                const qint64 vehicleId = details.value(QLatin1String("vehicle_id")).toInteger();
                // Only a vehicle the approver sees: a request filed at one location does not
                // take another location's van off the road.
                if (vehicleId > 0 &&
                    details.value(QLatin1String("severity")).toString() ==
                        QLatin1String("critical") &&
                    VehicleService::visibleVehicle(m_db, call.principal, vehicleId))
                    outcome.vehicleEffects = VehicleService::sendToService(m_db, call, vehicleId);
                return;
            }
            if (after.kind != kTimeOff)
                return;
            if (decision.action == kApprove)
                outcome.conflicts = applyTimeOff(call, after);
            else if (decision.action == QLatin1String("revoke"))
                removeTimeOff(call, after);
        });
    if (!request)
        return request.failure();
    outcome.request = *request;
    return outcome;
}

} // namespace fielddesk::server
