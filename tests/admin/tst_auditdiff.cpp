// The audit viewer's pieces without a server: before/after as readable lines (nested objects
// dotted, lists joined or numbered, what changed marked, a new and a removed record), the
// query's path (the tenant's days as UTC bounds across a daylight-saving change), the CSV
// (quoted where it must be, times in the tenant's zone), and both models under
// QAbstractItemModelTester.
#include "fielddesk/admin/auditcsv.h"
#include "fielddesk/admin/auditdiff.h"
#include "fielddesk/admin/auditdiffmodel.h"
#include "fielddesk/admin/auditlogmodel.h"
#include "fielddesk/admin/auditlogquery.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>
#include <QUrlQuery>

namespace tst_auditdiff {

using namespace fielddesk;
using admin::AuditDiff;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const AuditDiff::Line *lineOf(const QList<AuditDiff::Line> &lines, const QString &field)
{
    for (const AuditDiff::Line &line : lines) {
        if (line.field == field)
            return &line;
    }
    return nullptr;
}

} // namespace

class TestAuditDiff : public QObject
{
    Q_OBJECT

private slots:
    // Instants read in the console's locale; American English here, to know what to expect.
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }

    void changedFieldsAreMarkedAndNestedOnesReadable()
    {
        const QJsonObject before =
            json("{\"name\":\"Ann\",\"active\":true,\"location_ids\":[1,2],"
                 "\"settings\":{\"travel\":{\"speed_kmh\":40}},\"items\":[{\"size\":\"M\"}]}");
        const QJsonObject after = json("{\"name\":\"Ann\",\"active\":false,\"location_ids\":[2,3],"
                                       "\"settings\":{\"travel\":{\"speed_kmh\":55}},\"items\":[{"
                                       "\"size\":\"L\"}],\"phone\":null}");
        const QList<AuditDiff::Line> lines = AuditDiff::compare(before, after);
        const AuditDiff::Line *name = lineOf(lines, QStringLiteral("name"));
        QVERIFY(name);
        QVERIFY(!name->changed);
        QCOMPARE(name->after, QStringLiteral("Ann"));
        const AuditDiff::Line *active = lineOf(lines, QStringLiteral("active"));
        QVERIFY(active && active->changed);
        QCOMPARE(active->before, QStringLiteral("yes"));
        QCOMPARE(active->after, QStringLiteral("no"));
        const AuditDiff::Line *locations = lineOf(lines, QStringLiteral("location_ids"));
        QVERIFY(locations && locations->changed);
        QCOMPARE(locations->before, QStringLiteral("1, 2"));
        QCOMPARE(locations->after, QStringLiteral("2, 3"));
        const AuditDiff::Line *speed = lineOf(lines, QStringLiteral("settings.travel.speed_kmh"));
        QVERIFY(speed && speed->changed);
        QCOMPARE(speed->before, QStringLiteral("40"));
        QCOMPARE(speed->after, QStringLiteral("55"));
        const AuditDiff::Line *size = lineOf(lines, QStringLiteral("items[0].size"));
        QVERIFY(size && size->changed);
        QCOMPARE(size->after, QStringLiteral("L"));
        const AuditDiff::Line *phone = lineOf(lines, QStringLiteral("phone"));
        QVERIFY(phone && phone->changed);
        QCOMPARE(phone->after, QStringLiteral("(none)"));
        // No line is raw JSON.
        for (const AuditDiff::Line &line : lines)
            QVERIFY2(!line.before.contains(QLatin1Char('{')) &&
                         !line.after.contains(QLatin1Char('{')),
                     qPrintable(line.field));
        QCOMPARE(AuditDiff::summary(lines).count(QStringLiteral("→")), 5);
        // An instant reads in the tenant's time; other text stays as it is.
        const QTimeZone denver("America/Denver");
        QCOMPARE(AuditDiff::text(QStringLiteral("2026-07-01T18:30:00.000Z"), denver),
                 QStringLiteral("7/1/26 12:30:00 PM")); // en_US, see initTestCase
        QCOMPARE(AuditDiff::text(QStringLiteral("Tea at 4"), denver), QStringLiteral("Tea at 4"));
    }

    void aNewAndARemovedRecord()
    {
        const QList<AuditDiff::Line> created =
            AuditDiff::compare(QJsonValue::Null, json("{\"name\":\"Depot\"}"));
        QCOMPARE(created.size(), 1);
        QVERIFY(created.first().changed);
        QVERIFY(created.first().before.isEmpty());
        const QList<AuditDiff::Line> removed =
            AuditDiff::compare(json("{\"name\":\"Depot\"}"), QJsonValue::Null);
        QCOMPARE(removed.size(), 1);
        QVERIFY(removed.first().changed);
        QCOMPARE(removed.first().before, QStringLiteral("Depot"));
        QVERIFY(AuditDiff::compare(QJsonValue::Null, QJsonValue::Null).isEmpty());
    }

    void theTenantsDaysAreUtcBounds()
    {
        admin::AuditLogQuery query;
        query.zone = QTimeZone("America/Denver");
        query.action = QStringLiteral("user.updated");
        query.objectId = 12;
        query.actorUserId = 3;
        // 8 March 2026: clocks go forward in Denver; the 9th starts at 06:00 UTC, the 8th at 07:00.
        query.from = QDate(2026, 3, 8);
        query.until = QDate(2026, 3, 8);
        const QString path = query.path(50, 100);
        QVERIFY(path.startsWith(QLatin1String("/api/v1/audit-logs?")));
        const QUrlQuery items(path.mid(path.indexOf(QLatin1Char('?')) + 1));
        QCOMPARE(items.queryItemValue(QStringLiteral("from")),
                 QStringLiteral("2026-03-08T07:00:00.000Z"));
        QCOMPARE(items.queryItemValue(QStringLiteral("to")),
                 QStringLiteral("2026-03-09T06:00:00.000Z"));
        QCOMPARE(items.queryItemValue(QStringLiteral("action")), QStringLiteral("user.updated"));
        QCOMPARE(items.queryItemValue(QStringLiteral("object_id")), QStringLiteral("12"));
        QCOMPARE(items.queryItemValue(QStringLiteral("actor_user_id")), QStringLiteral("3"));
        QCOMPARE(items.queryItemValue(QStringLiteral("offset")), QStringLiteral("100"));
        QCOMPARE(items.queryItemValue(QStringLiteral("ordering")), QStringLiteral("-created_at"));
        QVERIFY(!admin::AuditLogQuery().path(50, 0).contains(QLatin1String("from=")));
    }

    void csvQuotesAndUsesTheTenantsTime()
    {
        const QJsonObject entry = json(
            "{\"id\":7,\"actor_email\":\"admin@demo.local\",\"action\":\"location.updated\","
            "\"object_type\":\"location\",\"object_id\":4,\"request_id\":\"r-1\","
            "\"created_at\":\"2026-07-01T18:30:00.000Z\","
            "\"before\":{\"name\":\"North, old\"},\"after\":{\"name\":\"North \\\"new\\\"\"}}");
        const QByteArray csv = admin::AuditCsv::write({entry}, QTimeZone("America/Denver"));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last line end
        QVERIFY(lines.at(0).startsWith("Time (America/Denver),Who,Action"));
        QCOMPARE(lines.at(1).trimmed(),
                 QByteArray("2026-07-01 12:30:00,admin@demo.local,location.updated,location,4,"
                            "\"name: North, old → North \"\"new\"\"\",r-1"));
    }

    void theModelsPassTheTester()
    {
        admin::AuditLogModel log;
        QAbstractItemModelTester logTester(&log);
        log.setTimeZone(QTimeZone("America/Denver"));
        log.append(
            {json("{\"id\":1,\"action\":\"a\",\"created_at\":\"2026-01-01T00:00:00.000Z\"}")});
        log.append({json("{\"id\":2,\"action\":\"b\",\"object_type\":\"user\",\"object_id\":3}")});
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.index(1, admin::AuditLogModel::ObjectColumn).data().toString(),
                 QStringLiteral("user #3"));
        QCOMPARE(log.index(0, admin::AuditLogModel::TimeColumn).data().toString(),
                 QStringLiteral("12/31/25 5:00:00 PM"));
        log.clear();
        QCOMPARE(log.rowCount(), 0);

        admin::AuditDiffModel diff;
        QAbstractItemModelTester diffTester(&diff);
        diff.setLines(AuditDiff::compare(json("{\"a\":1,\"b\":2}"), json("{\"a\":1,\"b\":3}")));
        QCOMPARE(diff.rowCount(), 2);
        QCOMPARE(diff.index(0, 0).data(admin::AuditDiffModel::ChangedRole).toBool(), false);
        QCOMPARE(diff.index(1, 0).data(admin::AuditDiffModel::ChangedRole).toBool(), true);
        QVERIFY(diff.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    }
};

FIELDDESK_TEST_MAIN(TestAuditDiff)
} // namespace tst_auditdiff
#include "tst_auditdiff.moc"
