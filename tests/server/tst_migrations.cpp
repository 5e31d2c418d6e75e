// Migrations on a real SQLite file: applied once, recorded, idempotent; WAL and foreign keys on.
#include "storage/database.h"
#include "storage/migrations.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace fielddesk::server;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void appliesOnceAndRecords()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("m.db"));
        Database db(url);
        Migrator migrator(db);
        QCOMPARE(migrator.currentVersion(), 0);
        QCOMPARE(migrator.migrate(), allMigrations().size());
        QCOMPARE(migrator.currentVersion(), Migrator::latestVersion());
        QCOMPARE(migrator.migrate(), 0);

        SqlQuery mode(db, QStringLiteral("PRAGMA journal_mode"));
        mode.exec();
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        SqlQuery fk(db, QStringLiteral("PRAGMA foreign_keys"));
        fk.exec();
        QVERIFY(fk.next());
        QCOMPARE(fk.integer(0), 1);
    }

    void constraintViolationsAreClassified()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("c.db"));
        Database db(url);
        Migrator(db).migrate();
        SqlQuery(db,
                 QStringLiteral(
                     "INSERT INTO tenants (name, created_at, updated_at) VALUES ('t', 'x', 'x')"))
            .exec();
        const auto insertUser = [&] {
            SqlQuery(
                db,
                QStringLiteral(
                    "INSERT INTO users (tenant_id, email, name, role, password_hash, created_at, "
                    "updated_at) VALUES (1, 'a@b.c', 'n', 'admin', 'h', 'x', 'x')"))
                .exec();
        };
        insertUser();
        try {
            insertUser();
            QFAIL("a duplicate email was accepted");
        } catch (const DatabaseError &e) {
            QCOMPARE(e.kind(), DatabaseError::Kind::UniqueViolation);
        }
        try {
            SqlQuery(db, QStringLiteral(
                             "INSERT INTO user_locations (user_id, location_id) VALUES (1, 999)"))
                .exec();
            QFAIL("a dangling foreign key was accepted");
        } catch (const DatabaseError &e) {
            QCOMPARE(e.kind(), DatabaseError::Kind::ForeignKeyViolation);
        }
    }

    void lostToOtherWritersIsBusy_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("busy");
        QTest::newRow("sqlite busy") << "5" << true;
        QTest::newRow("postgresql deadlock") << "40P01" << true;
        QTest::newRow("postgresql serialisation") << "40001" << true;
        QTest::newRow("postgresql lock timeout") << "55P03" << true;
        QTest::newRow("postgresql syntax") << "42601" << false;
        QTest::newRow("postgresql unique") << "23505" << false;
    }

    void lostToOtherWritersIsBusy()
    {
        // Busy errors are answered 503 with Retry-After (RequestPipeline), others 500.
        QFETCH(QString, code);
        QFETCH(bool, busy);
        const QSqlError error(QStringLiteral("driver"), QStringLiteral("database"),
                              QSqlError::StatementError, code);
        QCOMPARE(databaseErrorFrom(error, QStringLiteral("UPDATE jobs")).isBusy(), busy);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("t.db"));
        Database db(url);
        Migrator(db).migrate();
        {
            Transaction tx(db);
            SqlQuery(
                db,
                QStringLiteral(
                    "INSERT INTO tenants (name, created_at, updated_at) VALUES ('gone', 'x', 'x')"))
                .exec();
        }
        SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM tenants"));
        count.exec();
        QVERIFY(count.next());
        QCOMPARE(count.integer(0), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
