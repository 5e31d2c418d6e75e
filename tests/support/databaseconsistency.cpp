#include "databaseconsistency.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace DatabaseConsistency {

namespace {

// Runs `sql` with `values` bound; false (and the reason in *problems) when it fails.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QStringList *problems)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *problems << QStringLiteral("cannot prepare %1: %2").arg(sql, q.lastError().text());
        return false;
    }
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        *problems << QStringLiteral("cannot run %1: %2").arg(sql, q.lastError().text());
        return false;
    }
    return true;
}

void checkSqliteFile(const QSqlDatabase &db, QStringList *problems)
{
    QSqlQuery q(db);
    if (run(q, QStringLiteral("PRAGMA integrity_check"), {}, problems)) {
        while (q.next()) {
            if (q.value(0).toString() != QLatin1String("ok"))
                *problems << QStringLiteral("integrity_check: ") + q.value(0).toString();
        }
    }
    QSqlQuery fk(db);
    if (run(fk, QStringLiteral("PRAGMA foreign_key_check"), {}, problems)) {
        while (fk.next())
            *problems << QStringLiteral("foreign_key_check: a row of %1 (rowid %2) refers to "
                                        "no row of %3")
                             .arg(fk.value(0).toString(), fk.value(1).toString(),
                                  fk.value(2).toString());
    }
}

void checkTallies(const QSqlDatabase &db, QStringList *problems)
{
    const auto key = [](const QSqlQuery &q) {
        return QStringLiteral("tenant %1 location %2 status %3 assigned %4")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toLongLong())
            .arg(q.value(2).toString())
            .arg(q.value(3).toInt());
    };
    QHash<QString, qint64> tallied, counted;
    QSqlQuery t(db);
    if (!run(t,
             QStringLiteral("SELECT tenant_id, location_id, status, assigned, jobs FROM "
                            "job_tallies WHERE jobs <> 0"),
             {}, problems))
        return;
    while (t.next())
        tallied.insert(key(t), t.value(4).toLongLong());
    QSqlQuery c(db);
    if (!run(c,
             QStringLiteral("SELECT tenant_id, location_id, status, CASE WHEN technician_id IS "
                            "NULL THEN 0 ELSE 1 END, COUNT(*) FROM jobs GROUP BY tenant_id, "
                            "location_id, status, CASE WHEN technician_id IS NULL THEN 0 ELSE 1 "
                            "END"),
             {}, problems))
        return;
    while (c.next())
        counted.insert(key(c), c.value(4).toLongLong());
    if (tallied == counted)
        return;
    QSet<QString> keys(tallied.keyBegin(), tallied.keyEnd());
    keys.unite(QSet<QString>(counted.keyBegin(), counted.keyEnd()));
    for (const QString &k : std::as_const(keys)) {
        if (tallied.value(k) != counted.value(k))
            *problems << QStringLiteral("job_tallies: %1 says %2 jobs, %3 counted")
                             .arg(k)
                             .arg(tallied.value(k))
                             .arg(counted.value(k));
    }
}

void checkHistory(const QSqlDatabase &db, qint64 locationId, QStringList *problems)
{
    QSqlQuery v(db);
    if (run(v,
            QStringLiteral("SELECT j.id, j.version, (SELECT COUNT(*) FROM dispatch_history h "
                           "WHERE h.job_id = j.id) FROM jobs j WHERE j.location_id = ?"),
            {locationId}, problems)) {
        while (v.next()) {
            if (v.value(1).toLongLong() != v.value(2).toLongLong())
                *problems << QStringLiteral("job %1: version %2 but %3 history rows")
                                 .arg(v.value(0).toLongLong())
                                 .arg(v.value(1).toLongLong())
                                 .arg(v.value(2).toLongLong());
        }
    }
    QSet<qint64> history;
    QSqlQuery h(db);
    if (!run(h, QStringLiteral("SELECT id FROM dispatch_history WHERE location_id = ?"),
             {locationId}, problems))
        return;
    while (h.next())
        history.insert(h.value(0).toLongLong());
    QHash<qint64, int> announced; // history id -> events naming it
    QSqlQuery e(db);
    if (!run(e,
             QStringLiteral("SELECT data FROM outbox_events WHERE location_id = ? AND type "
                            "LIKE 'scheduling.job.%'"),
             {locationId}, problems))
        return;
    while (e.next()) {
        const QJsonObject data = QJsonDocument::fromJson(e.value(0).toByteArray()).object();
        announced[data.value(QLatin1String("history_id")).toInteger()] += 1;
    }
    for (const qint64 id : std::as_const(history)) {
        if (announced.value(id) != 1)
            *problems << QStringLiteral("history row %1 has %2 events in the outbox")
                             .arg(id)
                             .arg(announced.value(id));
    }
    for (auto it = announced.cbegin(); it != announced.cend(); ++it) {
        if (!history.contains(it.key()))
            *problems << QStringLiteral("%1 outbox events name history row %2, which is not "
                                        "there")
                             .arg(it.value())
                             .arg(it.key());
    }
}

} // namespace

QStringList problems(const QSqlDatabase &db, qint64 locationId)
{
    QStringList found;
    if (db.driverName() == QLatin1String("QSQLITE"))
        checkSqliteFile(db, &found);
    checkTallies(db, &found);
    checkHistory(db, locationId, &found);
    return found;
}

} // namespace DatabaseConsistency
