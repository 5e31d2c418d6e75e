#include "repositories/auditrepository.h"

#include "fielddesk/domain/timestamps.h"
#include "repositories/auditchain.h"

#include <algorithm>
#include <vector>

namespace fielddesk::server {

namespace {

const QString kAuditColumns = QStringLiteral("id, tenant_id, actor_user_id, actor_email, action, "
                                             "object_type, object_id, location_id, before_json, "
                                             "after_json, request_id, created_at");

AuditEntry readAuditEntry(const SqlQuery &q)
{
    AuditEntry e;
    e.id = q.integer(0);
    e.tenantId = q.integer(1);
    if (!q.isNull(2))
        e.actorUserId = q.integer(2);
    e.actorEmail = q.text(3);
    e.action = q.text(4);
    e.objectType = q.text(5);
    if (!q.isNull(6))
        e.objectId = q.integer(6);
    if (!q.isNull(7))
        e.locationId = q.integer(7);
    e.beforeJson = q.text(8).toUtf8();
    e.afterJson = q.text(9).toUtf8();
    e.requestId = q.text(10);
    e.createdAt = q.text(11);
    return e;
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalJson(const QByteArray &json)
{
    return json.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                          : QVariant(QString::fromUtf8(json));
}

void scopeEntries(SqlFilter &filter,
                  qint64 tenantId,
                  const std::optional<QList<qint64>> &visibleLocations)
{
    filter.where(QStringLiteral("tenant_id = ?"), {tenantId});
    if (visibleLocations)
        filter.whereIn(QStringLiteral("location_id"), *visibleLocations);
}

// The two-key advisory locks of the audit chains: this constant, and the tenant.
constexpr int kChainLockSpace = 7240532;
constexpr qsizetype kChainPage = 1000;

} // namespace

const ListSpec &AuditRepository::listSpec()
{
    static const ListSpec spec{
        {{QStringLiteral("id"), QStringLiteral("id")},
         {QStringLiteral("created_at"), QStringLiteral("created_at")}},
        QStringLiteral("-created_at"),
        {QStringLiteral("action"), QStringLiteral("object_type"), QStringLiteral("actor_email")},
        {{QStringLiteral("action"), QStringLiteral("action"), FilterType::Text, true, {}},
         {QStringLiteral("object_type"), QStringLiteral("object_type"), FilterType::Text, true, {}},
         {QStringLiteral("object_id"), QStringLiteral("object_id"), FilterType::Integer, false, {}},
         {QStringLiteral("actor_user_id"),
          QStringLiteral("actor_user_id"),
          FilterType::Integer,
          false,
          {}},
         {QStringLiteral("location_id"),
          QStringLiteral("location_id"),
          FilterType::Integer,
          true,
          {}},
         {QStringLiteral("request_id"), QStringLiteral("request_id"), FilterType::Text, false, {}}},
        {QStringLiteral("from"), QStringLiteral("to")}};
    return spec;
}

void AuditRepository::append(const AuditEntry &entry)
{
    AuditEntry row = entry;
    if (row.createdAt.isEmpty())
        row.createdAt = nowTimestamp();
    const QByteArray hash = AuditChain::link(lockedChainHead(row.tenantId), row);
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO audit_logs (tenant_id, actor_user_id, actor_email, action, "
                       "object_type, object_id, location_id, before_json, after_json, request_id, "
                       "created_at, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // An operator's own account is in no tenant (its password changes are audited there).
    q.bind(optionalId(row.tenantId ? std::optional<qint64>(row.tenantId) : std::nullopt))
        .bind(optionalId(row.actorUserId))
        .bind(row.actorEmail)
        .bind(row.action)
        .bind(row.objectType)
        .bind(optionalId(row.objectId))
        .bind(optionalId(row.locationId))
        .bind(optionalJson(row.beforeJson))
        .bind(optionalJson(row.afterJson))
        .bind(row.requestId)
        .bind(row.createdAt)
        .bind(QString::fromLatin1(hash))
        .exec();
}

QByteArray AuditRepository::lockedChainHead(qint64 tenantId)
{
    if (m_db.engine() == Engine::Postgres) {
        // Until the commit: a second writer of the tenant waits here, then reads the head
        // this one wrote (READ COMMITTED: its next statement sees the commit).
        SqlQuery lock(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(CAST(? AS INTEGER), "
                                           "CAST(? AS INTEGER))"));
        lock.bind(kChainLockSpace).bind(int(tenantId % 2147483647)).exec();
    }
    SqlQuery head(m_db, tenantId ? QStringLiteral("SELECT chain_hash FROM audit_logs WHERE "
                                                  "tenant_id = ? ORDER BY id DESC LIMIT 1")
                                 : QStringLiteral("SELECT chain_hash FROM audit_logs WHERE "
                                                  "tenant_id IS NULL ORDER BY id DESC LIMIT 1"));
    if (tenantId)
        head.bind(tenantId);
    head.exec();
    return head.next() ? head.text(0).toLatin1() : QByteArray();
}

QList<std::optional<qint64>> AuditRepository::chainTenants()
{
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT tenant_id FROM audit_logs"));
    q.exec();
    QList<std::optional<qint64>> tenants;
    while (q.next())
        tenants.append(q.isNull(0) ? std::nullopt : std::optional<qint64>(q.integer(0)));
    std::sort(tenants.begin(), tenants.end());
    return tenants;
}

template<typename Visit>
void AuditRepository::walkChain(const std::optional<qint64> &tenantId, Visit visit)
{
    const QString sql =
        QStringLiteral("SELECT ") + kAuditColumns +
        QStringLiteral(", chain_hash FROM audit_logs WHERE ") +
        (tenantId ? QStringLiteral("tenant_id = ?") : QStringLiteral("tenant_id IS NULL")) +
        QStringLiteral(" AND id > ? ORDER BY id LIMIT %1").arg(kChainPage);
    qint64 after = 0;
    for (;;) {
        // A page at a time, read to the end before anything is written for it.
        std::vector<std::pair<AuditEntry, QByteArray>> page;
        {
            SqlQuery q(m_db, sql);
            if (tenantId)
                q.bind(*tenantId);
            q.bind(after).exec();
            while (q.next())
                page.emplace_back(readAuditEntry(q),
                                  q.isNull(12) ? QByteArray() : q.text(12).toLatin1());
        }
        for (const auto &[row, hash] : page) {
            if (!visit(row, hash))
                return;
        }
        if (qsizetype(page.size()) < kChainPage)
            return;
        after = page.back().first.id;
    }
}

QList<AuditChainCheck> AuditRepository::verifyChains()
{
    QList<AuditChainCheck> checks;
    for (const std::optional<qint64> &tenant : chainTenants()) {
        AuditChainCheck check;
        check.tenantId = tenant;
        walkChain(tenant, [&](const AuditEntry &row, const QByteArray &stored) {
            ++check.rows;
            const QByteArray expected = AuditChain::link(check.head, row);
            if (stored != expected) {
                check.brokenRowId = row.id;
                check.why =
                    stored.isEmpty()
                        ? QStringLiteral("it has no hash")
                        : QStringLiteral("its hash is %1, its content and the row before it "
                                         "give %2: it was changed, or a row before it was "
                                         "removed or changed")
                              .arg(QString::fromLatin1(stored), QString::fromLatin1(expected));
                return false;
            }
            check.head = stored;
            return true;
        });
        checks.append(check);
    }
    return checks;
}

qint64 AuditRepository::chainUnchained()
{
    qint64 chained = 0;
    for (const std::optional<qint64> &tenant : chainTenants()) {
        QByteArray previous;
        walkChain(tenant, [&](const AuditEntry &row, const QByteArray &stored) {
            if (!stored.isEmpty()) {
                previous = stored;
                return true;
            }
            previous = AuditChain::link(previous, row);
            SqlQuery update(m_db,
                            QStringLiteral("UPDATE audit_logs SET chain_hash = ? WHERE id = ?"));
            update.bind(QString::fromLatin1(previous)).bind(row.id).exec();
            ++chained;
            return true;
        });
    }
    return chained;
}

std::optional<AuditEntry> AuditRepository::find(
    qint64 tenantId, qint64 id, const std::optional<QList<qint64>> &visibleLocations)
{
    SqlFilter filter;
    scopeEntries(filter, tenantId, visibleLocations);
    filter.where(QStringLiteral("id = ?"), {id});
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kAuditColumns +
                         QStringLiteral(" FROM audit_logs") + filter.clause());
    for (const QVariant &value : filter.values())
        q.bind(value);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return readAuditEntry(q);
}

Page<AuditEntry> AuditRepository::list(qint64 tenantId,
                                       const std::optional<QList<qint64>> &visibleLocations,
                                       const ListQuery &query,
                                       const QString &from,
                                       const QString &to)
{
    SqlFilter filter;
    scopeEntries(filter, tenantId, visibleLocations);
    if (!from.isEmpty())
        filter.where(QStringLiteral("created_at >= ?"), {from});
    if (!to.isEmpty())
        filter.where(QStringLiteral("created_at < ?"), {to});
    filter.apply(query, listSpec());
    return selectPage<AuditEntry>(m_db, kAuditColumns, QStringLiteral("audit_logs"), filter, query,
                                  readAuditEntry);
}

} // namespace fielddesk::server
