// The audit log's hash chain on a real SQLite file: the migration that adds it chains the rows
// already there, tenant by tenant (and the rows in no tenant); rows appended later continue
// their tenant's chain; a change, a removal or a swap is found at the right row; the canonical
// content cannot be read two ways.
#include "repositories/auditchain.h"
#include "repositories/auditrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QTest>

namespace tst_auditchain {

using namespace fielddesk;
using namespace fielddesk::server;

namespace {

constexpr int kChainVersion = 34;

void insertOldRow(Database &db, qint64 id, std::optional<qint64> tenant, const char *action)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO audit_logs (id, tenant_id, actor_user_id, action, "
                                  "object_type, after_json, created_at) VALUES (?, ?, 42, ?, "
                                  "'user', '{\"a\":1}', '2026-01-01T00:00:00.000Z')"));
    q.bind(id)
        .bind(tenant ? QVariant(*tenant) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QLatin1String(action))
        .exec();
}

std::optional<AuditChainCheck> checkOf(const QList<AuditChainCheck> &checks,
                                       std::optional<qint64> tenant)
{
    for (const AuditChainCheck &c : checks) {
        if (c.tenantId == tenant)
            return c;
    }
    return std::nullopt;
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT
private slots:
    void theMigrationChainsTheRowsThereAre()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("a.db"));
        Database db(url);
        Migrator migrator(db);
        migrator.migrate(kChainVersion - 1);
        for (const char *sql :
             {"INSERT INTO tenants (id, name, created_at, updated_at) VALUES (7, 't', 'x', 'x')",
              "INSERT INTO tenants (id, name, created_at, updated_at) VALUES (8, 'u', 'x', 'x')"})
            SqlQuery(db, QLatin1String(sql)).exec();
        // Interleaved: each tenant's chain is its own rows in id order.
        insertOldRow(db, 1, 7, "a");
        insertOldRow(db, 2, 8, "b");
        insertOldRow(db, 3, 7, "c");
        insertOldRow(db, 4, std::nullopt, "d");
        insertOldRow(db, 5, 7, "e");
        QCOMPARE(migrator.migrate(), allMigrations().size() - (kChainVersion - 1));

        AuditRepository audit(db);
        QList<AuditChainCheck> checks = audit.verifyChains();
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checkOf(checks, 7)->rows, 3);
        QCOMPARE(checkOf(checks, 8)->rows, 1);
        QCOMPARE(checkOf(checks, std::nullopt)->rows, 1);
        for (const AuditChainCheck &c : checks)
            QVERIFY2(!c.brokenRowId, qPrintable(c.why));

        // A row appended now continues its tenant's chain.
        AuditEntry next;
        next.tenantId = 7;
        next.actorEmail = QStringLiteral("admin@t");
        next.action = QStringLiteral("user.updated");
        next.objectType = QStringLiteral("user");
        next.objectId = 42;
        {
            Transaction tx(db);
            audit.append(next);
            tx.commit();
        }
        checks = audit.verifyChains();
        QCOMPARE(checkOf(checks, 7)->rows, 4);
        QVERIFY(!checkOf(checks, 7)->brokenRowId);
        QCOMPARE(audit.chainUnchained(), 0);

        // Changed: found at that row; the other chains are intact.
        SqlQuery(db, QStringLiteral("UPDATE audit_logs SET action = 'x' WHERE id = 3")).exec();
        checks = audit.verifyChains();
        QCOMPARE(checkOf(checks, 7)->brokenRowId, std::optional<qint64>(3));
        QVERIFY(!checkOf(checks, 8)->brokenRowId);
        SqlQuery(db, QStringLiteral("UPDATE audit_logs SET action = 'c' WHERE id = 3")).exec();
        QVERIFY(!checkOf(audit.verifyChains(), 7)->brokenRowId);

        // Removed: found at the row after it.
        SqlQuery(db, QStringLiteral("DELETE FROM audit_logs WHERE id = 3")).exec();
        QCOMPARE(checkOf(audit.verifyChains(), 7)->brokenRowId, std::optional<qint64>(5));
    }

    void swappedRowsBreakTheChain()
    {
        AuditEntry a;
        a.tenantId = 1;
        a.action = QStringLiteral("a");
        AuditEntry b = a;
        b.action = QStringLiteral("b");
        const QByteArray ab = AuditChain::link(AuditChain::link({}, a), b);
        const QByteArray ba = AuditChain::link(AuditChain::link({}, b), a);
        QVERIFY(ab != ba);
        QCOMPARE(AuditChain::link({}, a).size(), 64); // SHA-256 in hex
    }

    void theCanonicalContentHasOneReading()
    {
        // The same characters split differently between fields are another content.
        AuditEntry one;
        one.actorEmail = QStringLiteral("ab");
        one.action = QStringLiteral("c");
        AuditEntry two;
        two.actorEmail = QStringLiteral("a");
        two.action = QStringLiteral("bc");
        QVERIFY(AuditChain::canonical(one) != AuditChain::canonical(two));
        // No value and an empty value are not the same either.
        AuditEntry none;
        AuditEntry zero;
        zero.objectId = 0;
        QVERIFY(AuditChain::canonical(none) != AuditChain::canonical(zero));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestAuditChain)
} // namespace tst_auditchain
#include "tst_auditchain.moc"
