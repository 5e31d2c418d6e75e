#include "repositories/tenantrepository.h"

#include "fielddesk/domain/timestamps.h"

namespace fielddesk::server {

namespace {

const QString kTenantColumns =
    QStringLiteral("id, name, time_zone, settings, created_at, updated_at, currency, status");

Tenant readTenant(const SqlQuery &q)
{
    Tenant t;
    t.id = q.integer(0);
    t.name = q.text(1);
    t.timeZone = q.text(2);
    t.settingsJson = q.text(3).toUtf8();
    t.createdAt = q.text(4);
    t.updatedAt = q.text(5);
    t.currency = q.text(6);
    t.status = q.text(7);
    return t;
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
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kTenantColumns +
                         QStringLiteral(" FROM tenants WHERE ") + condition);
    q.bind(value).exec();
    if (!q.next())
        return std::nullopt;
    return readTenant(q);
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
    return selectPage<Tenant>(m_db, kTenantColumns, QStringLiteral("tenants"), filter, query,
                              readTenant);
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
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO tenants (name, time_zone, currency, settings, status, "
                              "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(tenant.name)
        .bind(tenant.timeZone)
        .bind(tenant.currency)
        .bind(QString::fromUtf8(tenant.settingsJson))
        .bind(tenant.status)
        .bind(tenant.createdAt)
        .bind(tenant.updatedAt)
        .exec();
    q.next();
    tenant.id = q.integer(0);
    return tenant;
}

void TenantRepository::update(const Tenant &tenant)
{
    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE tenants SET name = ?, time_zone = ?, currency = ?, settings = ?, "
                         "status = ?, updated_at = ? WHERE id = ?"));
    q.bind(tenant.name)
        .bind(tenant.timeZone)
        .bind(tenant.currency)
        .bind(QString::fromUtf8(tenant.settingsJson))
        .bind(tenant.status)
        .bind(tenant.updatedAt)
        .bind(tenant.id)
        .exec();
}

} // namespace fielddesk::server
