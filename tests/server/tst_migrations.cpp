// Migrations on a real SQLite file: applied once, recorded, idempotent; WAL and foreign keys on.
#include "storage/database.h"
#include "storage/migrations.h"
#include "testmain.h"

#include <QHash>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

namespace tst_migrations {

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

    // Migration 20 copies users and audit_logs on SQLite: every row and every reference to
    // them stays (with foreign keys on, dropping the old users table would have deleted the
    // rows that cascade from it), and afterwards only an operator is in no tenant.
    void operatorMigrationKeepsEveryRow()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("o.db"));
        Database db(url);
        Migrator migrator(db);
        migrator.migrate(18);
        QCOMPARE(migrator.currentVersion(), 18);
        for (const char *sql :
             {"INSERT INTO tenants (id, name, created_at, updated_at) VALUES (7, 't', 'x', 'x')",
              "INSERT INTO locations (id, tenant_id, name, created_at, updated_at) VALUES (3, 7, "
              "'l', 'x', 'x')",
              "INSERT INTO users (id, tenant_id, email, name, role, password_hash, created_at, "
              "updated_at) VALUES (42, 7, 'a@b.c', 'n', 'admin', 'h', 'x', 'x')",
              "INSERT INTO user_locations (user_id, location_id) VALUES (42, 3)",
              "INSERT INTO refresh_tokens (user_id, family_id, token_hash, created_at, "
              "expires_at) VALUES (42, 'f', 'th', 'x', 'y')",
              "INSERT INTO audit_logs (id, tenant_id, actor_user_id, action, object_type, "
              "created_at) VALUES (9, 7, 42, 'user.created', 'user', 'x')"})
            SqlQuery(db, QLatin1String(sql)).exec();

        QCOMPARE(migrator.migrate(), allMigrations().size() - 18);
        const auto count = [&](const char *sql) {
            SqlQuery q(db, QLatin1String(sql));
            q.exec();
            return q.next() ? q.integer(0) : -1;
        };
        QCOMPARE(count("SELECT COUNT(*) FROM users WHERE id = 42 AND tenant_id = 7 AND "
                       "must_change_password = 0"),
                 1);
        QCOMPARE(count("SELECT COUNT(*) FROM user_locations WHERE user_id = 42"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM refresh_tokens WHERE user_id = 42"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_logs WHERE id = 9 AND tenant_id = 7"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM tenants WHERE status = 'active'"), 1);
        QCOMPARE(count("PRAGMA foreign_keys"), 1);
        // The references still point at the new users table: deleting the user cascades.
        SqlQuery(db, QStringLiteral("DELETE FROM refresh_tokens")).exec();
        SqlQuery(db, QStringLiteral("DELETE FROM users WHERE id = 42")).exec();
        QCOMPARE(count("SELECT COUNT(*) FROM user_locations"), 0);

        // An operator is in no tenant, and only an operator is.
        SqlQuery(db, QStringLiteral("INSERT INTO users (tenant_id, email, name, role, "
                                    "password_hash, created_at, updated_at) VALUES (NULL, "
                                    "'op@x.y', 'o', 'operator', 'h', 'x', 'x')"))
            .exec();
        SqlQuery(db, QStringLiteral("INSERT INTO audit_logs (tenant_id, action, object_type, "
                                    "created_at) VALUES (NULL, 'user.password_changed', 'user', "
                                    "'x')"))
            .exec();
        for (const char *sql : {"INSERT INTO users (tenant_id, email, name, role, password_hash, "
                                "created_at, updated_at) VALUES (NULL, 'n@x.y', 'n', 'admin', "
                                "'h', 'x', 'x')",
                                "INSERT INTO users (tenant_id, email, name, role, password_hash, "
                                "created_at, updated_at) VALUES (7, 'p@x.y', 'p', 'operator', "
                                "'h', 'x', 'x')"}) {
            try {
                SqlQuery(db, QLatin1String(sql)).exec();
                QFAIL(sql);
            } catch (const DatabaseError &) {
            }
        }
    }

    // Migration 25 turns each bare technicians.vehicle_id number into a vehicle of the
    // technician's tenant ("Vehicle N", plate "UNKNOWN-N", the first technician's location)
    // and points the technicians at it; two technicians with the same number share it.
    void fleetMigrationTurnsBareVehicleNumbersIntoVehicles()
    {
        QTemporaryDir dir;
        DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("f.db"));
        Database db(url);
        Migrator migrator(db);
        migrator.migrate(24);
        QCOMPARE(migrator.currentVersion(), 24);
        const QString technician = QStringLiteral(
            "INSERT INTO technicians (id, tenant_id, user_id, location_id, shift_start, shift_end, "
            "break_earliest, break_latest, break_minutes, work_days, vehicle_id, created_at, "
            "updated_at) VALUES (%1, 7, %2, %3, '08:00', '17:00', '12:00', '13:00', 30, '1,2', "
            "%4, 'x', 'x')");
        for (const char *sql :
             {"INSERT INTO tenants (id, name, created_at, updated_at) VALUES (7, 't', 'x', 'x')",
              "INSERT INTO locations (id, tenant_id, name, created_at, updated_at) VALUES (3, 7, "
              "'l', 'x', 'x')",
              "INSERT INTO locations (id, tenant_id, name, created_at, updated_at) VALUES (4, 7, "
              "'m', 'x', 'x')"})
            SqlQuery(db, QLatin1String(sql)).exec();
        for (int user = 41; user <= 44; ++user)
            SqlQuery(db, QStringLiteral("INSERT INTO users (id, tenant_id, email, name, role, "
                                        "password_hash, created_at, updated_at) VALUES (%1, 7, "
                                        "'u%1@x.y', 'n', 'employee', 'h', 'x', 'x')")
                             .arg(user))
                .exec();
        SqlQuery(db, technician.arg(1).arg(41).arg(4).arg(12)).exec();
        SqlQuery(db, technician.arg(2).arg(42).arg(3).arg(12)).exec();
        SqlQuery(db, technician.arg(3).arg(43).arg(4).arg(5)).exec();
        SqlQuery(db, technician.arg(4).arg(44).arg(3).arg(QStringLiteral("NULL"))).exec();

        QCOMPARE(migrator.migrate(), allMigrations().size() - 24);
        SqlQuery vehicles(db, QStringLiteral("SELECT id, name, plate, location_id, status FROM "
                                             "vehicles WHERE tenant_id = 7 ORDER BY name"));
        vehicles.exec();
        QHash<QString, qint64> ids;
        QStringList seen;
        while (vehicles.next()) {
            ids.insert(vehicles.text(1), vehicles.integer(0));
            seen << QStringLiteral("%1|%2|%3|%4")
                        .arg(vehicles.text(1), vehicles.text(2))
                        .arg(vehicles.integer(3))
                        .arg(vehicles.text(4));
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("Vehicle 12|UNKNOWN-12|3|active"),
                                    QStringLiteral("Vehicle 5|UNKNOWN-5|4|active")}));
        const auto vehicleOf = [&](int technicianId) {
            SqlQuery q(db, QStringLiteral("SELECT vehicle_id FROM technicians WHERE id = ?"));
            q.bind(technicianId).exec();
            return q.next() && !q.isNull(0) ? q.integer(0) : qint64(-1);
        };
        QCOMPARE(vehicleOf(1), ids.value(QStringLiteral("Vehicle 12")));
        QCOMPARE(vehicleOf(2), ids.value(QStringLiteral("Vehicle 12")));
        QCOMPARE(vehicleOf(3), ids.value(QStringLiteral("Vehicle 5")));
        QCOMPARE(vehicleOf(4), qint64(-1));
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

FIELDDESK_TEST_GUILESS_MAIN(TestMigrations)
} // namespace tst_migrations
#include "tst_migrations.moc"
