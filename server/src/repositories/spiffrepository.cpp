#include "repositories/spiffrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/sqlvalues.h"

namespace fielddesk::server {

namespace {

const QString kTypeColumns = QStringLiteral("id, name, default_amount_minor, service_id, "
                                            "auto_on_completion, active, created_at, updated_at");

const QString kSpiffColumns = QStringLiteral(
    "s.id, s.employee_id, employee.name, s.spiff_type_id, t.name, s.amount_minor, s.currency, "
    "s.job_id, s.reason, s.status, s.location_id, s.earned_on, s.auto_job_id, s.created_by, "
    "creator.name, s.decided_by, decider.name, s.decided_at, s.decision_comment, s.paid_at, "
    "s.submitted_at, s.version, s.updated_at");
const QString kSpiffFrom =
    QStringLiteral("spiffs s JOIN users employee ON employee.id = s.employee_id "
                   "JOIN spiff_types t ON t.id = s.spiff_type_id "
                   "LEFT JOIN users creator ON creator.id = s.created_by "
                   "LEFT JOIN users decider ON decider.id = s.decided_by");

SpiffType readType(const SqlQuery &q)
{
    SpiffType t;
    t.id = q.integer(0);
    t.name = q.text(1);
    t.defaultAmountMinor = q.integer(2);
    if (!q.isNull(3))
        t.serviceId = q.integer(3);
    t.autoOnCompletion = q.integer(4) != 0;
    t.active = q.integer(5) != 0;
    t.createdAt = q.text(6);
    t.updatedAt = q.text(7);
    return t;
}

Spiff readSpiff(const SqlQuery &q)
{
    Spiff s;
    s.id = q.integer(0);
    s.employeeId = q.integer(1);
    s.employeeName = q.text(2);
    s.spiffTypeId = q.integer(3);
    s.spiffTypeName = q.text(4);
    s.amountMinor = q.integer(5);
    s.currency = q.text(6);
    if (!q.isNull(7))
        s.jobId = q.integer(7);
    s.reason = q.text(8);
    s.status = q.text(9);
    s.locationId = q.integer(10);
    s.earnedOn = q.text(11);
    s.automatic = !q.isNull(12);
    if (!q.isNull(13))
        s.createdBy = q.integer(13);
    s.createdByName = q.text(14);
    if (!q.isNull(15))
        s.decidedBy = q.integer(15);
    s.decidedByName = q.text(16);
    s.decidedAt = q.text(17);
    s.decisionComment = q.text(18);
    s.paidAt = q.text(19);
    s.submittedAt = q.text(20);
    s.version = q.integer(21);
    s.updatedAt = q.text(22);
    return s;
}

constexpr int kMaxSpiffPage = 5000;

} // namespace

const OwnedColumns &spiffColumns()
{
    static const OwnedColumns columns{QStringLiteral("s.employee_id"),
                                      QStringLiteral("s.location_id"), QStringLiteral("s.status")};
    return columns;
}

const ListSpec &SpiffRepository::typeListSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("id")},
         {QStringLiteral("name"), QStringLiteral("name")},
         {QStringLiteral("created_at"), QStringLiteral("created_at")}},
        QStringLiteral("name"),
        {QStringLiteral("name")},
        {{QStringLiteral("active"), QStringLiteral("active"), FilterType::Boolean, false, {}},
         {QStringLiteral("service_id"),
          QStringLiteral("service_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("auto_on_completion"),
          QStringLiteral("auto_on_completion"),
          FilterType::Boolean,
          false,
          {}}},
        {}};
    return spec;
}

const ListSpec &SpiffRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("s.id")},
         {QStringLiteral("earned_on"), QStringLiteral("s.earned_on")},
         {QStringLiteral("submitted_at"), QStringLiteral("s.submitted_at")},
         {QStringLiteral("amount_minor"), QStringLiteral("s.amount_minor")},
         {QStringLiteral("status"), QStringLiteral("s.status")},
         {QStringLiteral("updated_at"), QStringLiteral("s.updated_at")}},
        QStringLiteral("-submitted_at"),
        {},
        {{QStringLiteral("status"), QStringLiteral("s.status"), FilterType::Enum, true,
          allSpiffStatuses()},
         {QStringLiteral("employee_id"),
          QStringLiteral("s.employee_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("location_id"),
          QStringLiteral("s.location_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("spiff_type_id"),
          QStringLiteral("s.spiff_type_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("job_id"), QStringLiteral("s.job_id"), FilterType::Integer, true, {}}},
        {QStringLiteral("awaiting_me"), QStringLiteral("from"), QStringLiteral("to")},
        QStringLiteral("s.id"),
        kMaxSpiffPage};
    return spec;
}

std::optional<SpiffType> SpiffRepository::findType(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kTypeColumns +
                         QStringLiteral(" FROM spiff_types WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readType(q);
}

Page<SpiffType> SpiffRepository::types(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, typeListSpec());
    return selectPage<SpiffType>(m_db, kTypeColumns, QStringLiteral("spiff_types"), filter, query,
                                 readType);
}

QList<SpiffType> SpiffRepository::automaticFor(qint64 tenantId, qint64 serviceId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kTypeColumns +
                         QStringLiteral(" FROM spiff_types WHERE service_id = ? AND "
                                        "auto_on_completion = 1 AND active = 1 AND tenant_id = ? "
                                        "ORDER BY id"));
    q.bind(serviceId).bind(tenantId).exec();
    QList<SpiffType> types;
    while (q.next())
        types.append(readType(q));
    return types;
}

SpiffType SpiffRepository::insertType(qint64 tenantId, SpiffType type)
{
    type.createdAt = type.updatedAt = nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO spiff_types (tenant_id, name, "
                                    "default_amount_minor, service_id, auto_on_completion, "
                                    "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                    "?) RETURNING id"));
    q.bind(tenantId)
        .bind(type.name)
        .bind(type.defaultAmountMinor)
        .bind(nullableId(type.serviceId))
        .bind(type.autoOnCompletion ? 1 : 0)
        .bind(type.active ? 1 : 0)
        .bind(type.createdAt)
        .bind(type.updatedAt)
        .exec();
    q.next();
    type.id = q.integer(0);
    return type;
}

void SpiffRepository::updateType(qint64 tenantId, const SpiffType &type)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE spiff_types SET name = ?, default_amount_minor = ?, "
                                    "service_id = ?, auto_on_completion = ?, active = ?, "
                                    "updated_at = ? WHERE tenant_id = ? AND id = ?"));
    q.bind(type.name)
        .bind(type.defaultAmountMinor)
        .bind(nullableId(type.serviceId))
        .bind(type.autoOnCompletion ? 1 : 0)
        .bind(type.active ? 1 : 0)
        .bind(type.updatedAt)
        .bind(tenantId)
        .bind(type.id)
        .exec();
}

void SpiffRepository::deleteType(qint64 tenantId, qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM spiff_types WHERE tenant_id = ? AND id = ?"));
    q.bind(tenantId).bind(id).exec();
}

QList<Spiff> SpiffRepository::select(const SqlFilter &filter, const QString &tail)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kSpiffColumns + QStringLiteral(" FROM ") +
                         kSpiffFrom + filter.clause() + tail);
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    QList<Spiff> spiffs;
    while (q.next())
        spiffs.append(readSpiff(q));
    return spiffs;
}

std::optional<Spiff> SpiffRepository::find(qint64 tenantId, qint64 id)
{
    SqlFilter filter;
    filter.where(QStringLiteral("s.tenant_id = ? AND s.id = ?"), {tenantId, id});
    const QList<Spiff> found = select(filter, {});
    return found.isEmpty() ? std::nullopt : std::optional<Spiff>(found.first());
}

std::optional<Spiff> SpiffRepository::findForUpdate(qint64 tenantId, qint64 id)
{
    if (m_db.engine() == Engine::Postgres) {
        SqlQuery lock(m_db, QStringLiteral(
                                "SELECT id FROM spiffs WHERE tenant_id = ? AND id = ? FOR UPDATE"));
        lock.bind(tenantId).bind(id).exec();
    }
    return find(tenantId, id);
}

Page<Spiff> SpiffRepository::list(qint64 tenantId,
                                  const OwnedScope &scope,
                                  const SpiffListFilter &extra,
                                  const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("s.tenant_id = ?"), {tenantId});
    restrictToScope(filter, scope, spiffColumns());
    restrictToAwaiting(filter, extra.awaiting, scope.ownUserId, spiffColumns());
    if (!extra.fromDate.isEmpty())
        filter.where(QStringLiteral("s.earned_on >= ?"), {extra.fromDate});
    if (!extra.toDate.isEmpty())
        filter.where(QStringLiteral("s.earned_on <= ?"), {extra.toDate});
    filter.apply(query, listSpec());
    if (!query.search.isEmpty())
        filter.whereContainsFolded(QStringLiteral("s.search_text"), query.search);
    return selectPage<Spiff>(m_db, kSpiffColumns, kSpiffFrom, filter, query, readSpiff);
}

std::optional<qint64>
SpiffRepository::write(qint64 tenantId, const Spiff &spiff, const QString &searchText)
{
    // Only automatic ones carry auto_job_id; a second one for the same job and type is
    // skipped by the unique index (ON CONFLICT DO NOTHING answers no row then).
    SqlQuery q(m_db, QStringLiteral("INSERT INTO spiffs (tenant_id, location_id, employee_id, "
                                    "spiff_type_id, amount_minor, currency, job_id, auto_job_id, "
                                    "reason, status, earned_on, created_by, search_text, "
                                    "submitted_at, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING "
                                    "RETURNING id"));
    q.bind(tenantId)
        .bind(spiff.locationId)
        .bind(spiff.employeeId)
        .bind(spiff.spiffTypeId)
        .bind(spiff.amountMinor)
        .bind(spiff.currency)
        .bind(nullableId(spiff.jobId))
        .bind(nullableId(spiff.automatic ? spiff.jobId : std::nullopt))
        .bind(spiff.reason)
        .bind(spiff.status)
        .bind(spiff.earnedOn)
        .bind(nullableId(spiff.createdBy))
        .bind(searchText)
        .bind(spiff.submittedAt)
        .bind(spiff.version)
        .bind(spiff.updatedAt)
        .exec();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

Spiff SpiffRepository::insert(qint64 tenantId, Spiff spiff, const QString &searchText)
{
    spiff.submittedAt = spiff.updatedAt = nowTimestamp();
    spiff.version = 1;
    spiff.automatic = false;
    spiff.id = write(tenantId, spiff, searchText).value();
    return spiff;
}

std::optional<Spiff>
SpiffRepository::insertAutomatic(qint64 tenantId, Spiff spiff, const QString &searchText)
{
    spiff.submittedAt = spiff.updatedAt = nowTimestamp();
    spiff.version = 1;
    spiff.automatic = true;
    const std::optional<qint64> id = write(tenantId, spiff, searchText);
    if (!id)
        return std::nullopt;
    spiff.id = *id;
    return spiff;
}

bool SpiffRepository::update(qint64 tenantId,
                             const Spiff &before,
                             const Spiff &after,
                             const QString &searchText)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE spiffs SET spiff_type_id = ?, amount_minor = ?, "
                                    "currency = ?, job_id = ?, reason = ?, status = ?, "
                                    "search_text = ?, decided_by = ?, decided_at = ?, "
                                    "decision_comment = ?, paid_at = ?, version = ?, "
                                    "updated_at = ? WHERE tenant_id = ? AND id = ? AND "
                                    "version = ?"));
    q.bind(after.spiffTypeId)
        .bind(after.amountMinor)
        .bind(after.currency)
        .bind(nullableId(after.jobId))
        .bind(after.reason)
        .bind(after.status)
        .bind(searchText)
        .bind(nullableId(after.decidedBy))
        .bind(nullableText(after.decidedAt))
        .bind(nullableText(after.decisionComment))
        .bind(nullableText(after.paidAt))
        .bind(after.version)
        .bind(after.updatedAt)
        .bind(tenantId)
        .bind(after.id)
        .bind(before.version)
        .exec();
    return q.rowsAffected() == 1;
}

} // namespace fielddesk::server
