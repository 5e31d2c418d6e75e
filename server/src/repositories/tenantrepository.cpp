#include "repositories/tenantrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "storage/table.h"

namespace fielddesk::server {

namespace {

const Table<Tenant> &tenantTable()
{
    static const Table<Tenant> table(
        QStringLiteral("tenants"),
        {column(QStringLiteral("id"), &Tenant::id, ColumnWrite::Never),
         column(QStringLiteral("name"), &Tenant::name),
         column(QStringLiteral("time_zone"), &Tenant::timeZone),
         column(QStringLiteral("currency"), &Tenant::currency),
         column(QStringLiteral("settings"), &Tenant::settingsJson),
         column(QStringLiteral("status"), &Tenant::status),
         column(QStringLiteral("created_at"), &Tenant::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &Tenant::updatedAt)});
    return table;
}

} // namespace

const ListSpec &TenantRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("id")},
         {QStringLiteral("name"), QStringLiteral("name")},
         {QStringLiteral("status"), QStringLiteral("status")},
         {QStringLiteral("created_at"), QStringLiteral("created_at")},
         {QStringLiteral("updated_at"), QStringLiteral("updated_at")}},
        QStringLiteral("name"),
        {QStringLiteral("name")},
        {{QStringLiteral("id"), QStringLiteral("id"), FilterType::Integer, true, {}},
         {QStringLiteral("status"),
          QStringLiteral("status"),
          FilterType::Enum,
          true,
          {QStringLiteral("active"), QStringLiteral("suspended")}},
         {QStringLiteral("currency"), QStringLiteral("currency"), FilterType::Text, true, {}}},
        {}};
    return spec;
}

std::optional<Tenant> TenantRepository::findWhere(const QString &condition, const QVariant &value)
{
    return tenantTable().findWhere(m_db, condition, {value});
}

std::optional<Tenant> TenantRepository::find(qint64 id)
{
    return findWhere(QStringLiteral("id = ?"), id);
}

std::optional<Tenant> TenantRepository::findByName(const QString &name)
{
    return findWhere(QStringLiteral("name = ?"), name);
}

Page<Tenant> TenantRepository::list(const ListQuery &query)
{
    SqlFilter filter;
    filter.apply(query, listSpec());
    return tenantTable().page(m_db, filter, query);
}

qint64 TenantRepository::count()
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM tenants"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

Tenant TenantRepository::insert(Tenant tenant)
{
    tenant.createdAt = tenant.updatedAt = nowTimestamp();
    tenant.id = tenantTable().insert(m_db, tenant);
    return tenant;
}

void TenantRepository::update(const Tenant &tenant)
{
    tenantTable().updateWhere(m_db, tenant, QStringLiteral("id = ?"), {tenant.id});
}

} // namespace fielddesk::server
