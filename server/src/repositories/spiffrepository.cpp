#include "repositories/spiffrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/sqlfilter.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

const Table<SpiffType> &typeTable()
{
    static const Table<SpiffType> table(
        QStringLiteral("spiff_types"),
        {column(QStringLiteral("id"), &SpiffType::id, ColumnWrite::Never),
         column(QStringLiteral("name"), &SpiffType::name),
         column(QStringLiteral("default_amount_minor"), &SpiffType::defaultAmountMinor),
         column(QStringLiteral("service_id"), &SpiffType::serviceId),
         column(QStringLiteral("auto_on_completion"), &SpiffType::autoOnCompletion),
         column(QStringLiteral("active"), &SpiffType::active),
         column(QStringLiteral("created_at"), &SpiffType::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &SpiffType::updatedAt)});
    return table;
}

// What search matches: the employee, the type and the reason.
QString searchTextOf(const Spiff &s)
{
    return foldForSearch(
        QStringList{s.employeeName, s.spiffTypeName, s.reason}.join(QLatin1Char('\n')));
}

// Only automatic spiffs name the job in auto_job_id: the unique index lets a job earn a type's
// spiff once.
Column<Spiff> autoJobColumn()
{
    Column<Spiff> c{QStringLiteral("auto_job_id"), ColumnWrite::OnInsert, false, {}, {}};
    c.read = [](Spiff &s, const SqlQuery &q, int i) { s.automatic = !q.isNull(i); };
    c.value = [](const Spiff &s) { return nullableId(s.automatic ? s.jobId : std::nullopt); };
    return c;
}

// Read with the names of the employee, the type, the creator and the decider.
const Table<Spiff> &spiffTable()
{
    static const Table<Spiff> table(
        QStringLiteral("spiffs"),
        {column(QStringLiteral("id"), &Spiff::id, ColumnWrite::Never),
         column(QStringLiteral("employee_id"), &Spiff::employeeId, ColumnWrite::OnInsert),
         expression(QStringLiteral("employee.name"), &Spiff::employeeName),
         column(QStringLiteral("spiff_type_id"), &Spiff::spiffTypeId),
         expression(QStringLiteral("t.name"), &Spiff::spiffTypeName),
         column(QStringLiteral("amount_minor"), &Spiff::amountMinor),
         column(QStringLiteral("currency"), &Spiff::currency),
         column(QStringLiteral("job_id"), &Spiff::jobId),
         column(QStringLiteral("reason"), &Spiff::reason),
         column(QStringLiteral("status"), &Spiff::status),
         column(QStringLiteral("location_id"), &Spiff::locationId, ColumnWrite::OnInsert),
         column(QStringLiteral("earned_on"), &Spiff::earnedOn, ColumnWrite::OnInsert),
         autoJobColumn(),
         column(QStringLiteral("created_by"), &Spiff::createdBy, ColumnWrite::OnInsert),
         expression(QStringLiteral("creator.name"), &Spiff::createdByName),
         column(QStringLiteral("decided_by"), &Spiff::decidedBy),
         expression(QStringLiteral("decider.name"), &Spiff::decidedByName),
         nullableTextColumn(QStringLiteral("decided_at"), &Spiff::decidedAt),
         nullableTextColumn(QStringLiteral("decision_comment"), &Spiff::decisionComment),
         nullableTextColumn(QStringLiteral("paid_at"), &Spiff::paidAt),
         column(QStringLiteral("submitted_at"), &Spiff::submittedAt, ColumnWrite::OnInsert),
         column(QStringLiteral("version"), &Spiff::version),
         column(QStringLiteral("updated_at"), &Spiff::updatedAt),
         derived<Spiff>(QStringLiteral("search_text"), searchTextOf)},
        QStringLiteral("s"),
        QStringLiteral("JOIN users employee ON employee.id = s.employee_id "
                       "JOIN spiff_types t ON t.id = s.spiff_type_id "
                       "LEFT JOIN users creator ON creator.id = s.created_by "
                       "LEFT JOIN users decider ON decider.id = s.decided_by"));
    return table;
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
    const Table<SpiffType> &table = typeTable();
    static const ListSpec spec{
        table.orderable(
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at")}),
        QStringLiteral("name"),
        {QStringLiteral("name")},
        {table.filter(QStringLiteral("active"), FilterType::Boolean),
         table.filter(QStringLiteral("service_id"), FilterType::Integer, true),
         table.filter(QStringLiteral("auto_on_completion"), FilterType::Boolean)},
        {}};
    return spec;
}

const ListSpec &SpiffRepository::listSpec()
{
    const Table<Spiff> &table = spiffTable();
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("s.id")},
         {QStringLiteral("earned_on"), QStringLiteral("s.earned_on")},
         {QStringLiteral("submitted_at"), QStringLiteral("s.submitted_at")},
         {QStringLiteral("amount_minor"), QStringLiteral("s.amount_minor")},
         {QStringLiteral("status"), QStringLiteral("s.status")},
         {QStringLiteral("updated_at"), QStringLiteral("s.updated_at")}},
        QStringLiteral("-submitted_at"),
        {},
        {table.filter(QStringLiteral("status"), FilterType::Enum, true, allSpiffStatuses()),
         table.filter(QStringLiteral("employee_id"), FilterType::Integer, true),
         table.filter(QStringLiteral("location_id"), FilterType::Integer, true),
         table.filter(QStringLiteral("spiff_type_id"), FilterType::Integer, true),
         table.filter(QStringLiteral("job_id"), FilterType::Integer, true)},
        {QStringLiteral("awaiting_me"), QStringLiteral("from"), QStringLiteral("to")},
        table.qualified(QStringLiteral("id")),
        kMaxSpiffPage};
    return spec;
}

std::optional<SpiffType> SpiffRepository::findType(qint64 tenantId, qint64 id)
{
    return typeTable().find(m_db, tenantId, id);
}

Page<SpiffType> SpiffRepository::types(qint64 tenantId, const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId}).apply(query, typeListSpec());
    return typeTable().page(m_db, filter, query);
}

QList<SpiffType> SpiffRepository::automaticFor(qint64 tenantId, qint64 serviceId)
{
    const Table<SpiffType> &table = typeTable();
    SqlQuery q(m_db, QStringLiteral("SELECT ") + table.selectList() +
                         QStringLiteral(" FROM spiff_types WHERE service_id = ? AND "
                                        "auto_on_completion = 1 AND active = 1 AND tenant_id = ? "
                                        "ORDER BY id"));
    q.bind(serviceId).bind(tenantId).exec();
    QList<SpiffType> types;
    while (q.next())
        types.append(table.read(q));
    return types;
}

SpiffType SpiffRepository::insertType(qint64 tenantId, SpiffType type)
{
    type.createdAt = type.updatedAt = nowTimestamp();
    type.id = typeTable().insert(m_db, type, {{QStringLiteral("tenant_id"), tenantId}});
    return type;
}

void SpiffRepository::updateType(qint64 tenantId, const SpiffType &type)
{
    typeTable().update(m_db, type, tenantId);
}

void SpiffRepository::deleteType(qint64 tenantId, qint64 id)
{
    typeTable().remove(m_db, tenantId, id);
}

std::optional<Spiff> SpiffRepository::find(qint64 tenantId, qint64 id)
{
    return spiffTable().find(m_db, tenantId, id);
}

std::optional<Spiff> SpiffRepository::findForUpdate(qint64 tenantId, qint64 id)
{
    spiffTable().lockForUpdate(m_db, tenantId, id);
    return find(tenantId, id);
}

Page<Spiff> SpiffRepository::list(qint64 tenantId,
                                  const OwnedScope &scope,
                                  const MoneyListFilter &extra,
                                  const ListQuery &query)
{
    SqlFilter filter;
    filter.where(QStringLiteral("s.tenant_id = ?"), {tenantId});
    restrictToMoneyList(filter, scope, extra, spiffColumns(), QStringLiteral("s.earned_on"));
    filter.apply(query, listSpec());
    if (!query.search.isEmpty())
        filter.whereContainsFolded(QStringLiteral("s.search_text"), query.search);
    return spiffTable().page(m_db, filter, query);
}

Spiff SpiffRepository::insert(qint64 tenantId, Spiff spiff)
{
    spiff.submittedAt = spiff.updatedAt = nowTimestamp();
    spiff.version = 1;
    spiff.automatic = false;
    spiff.id = spiffTable().insert(m_db, spiff, {{QStringLiteral("tenant_id"), tenantId}});
    return spiff;
}

std::optional<Spiff> SpiffRepository::insertAutomatic(qint64 tenantId, Spiff spiff)
{
    spiff.submittedAt = spiff.updatedAt = nowTimestamp();
    spiff.version = 1;
    spiff.automatic = true;
    // A second one for the same job and type is skipped by the unique index.
    const std::optional<qint64> id =
        spiffTable().insertUnlessPresent(m_db, spiff, {{QStringLiteral("tenant_id"), tenantId}});
    if (!id)
        return std::nullopt;
    spiff.id = *id;
    return spiff;
}

bool SpiffRepository::update(qint64 tenantId, const Spiff &before, const Spiff &after)
{
    return spiffTable().updateAtVersion(m_db, after, tenantId, before.version);
}

} // namespace fielddesk::server
