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
         column(QStringLiteral("created_at"), &Tenant::createdAt, ColumnWrite::OnInsert),
         column(QStringLiteral("updated_at"), &Tenant::updatedAt)});
    return table;
}

} // namespace

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
