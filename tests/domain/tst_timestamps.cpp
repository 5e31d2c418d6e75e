// The instants the API reads (parseTimestamp) and writes (toTimestamp): ISO 8601 with a zone,
// stored as UTC with milliseconds, in four-digit years only (what fuzz_timestamp found: an
// offset carried year 9999's last minute into year 10000, stored in a form nothing read back).
#include "fielddesk/domain/timestamps.h"
#include "testmain.h"

#include <QTest>

namespace tst_timestamps {

using namespace fielddesk;

class TestTimestamps : public QObject
{
    Q_OBJECT
private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored"); // empty: refused
        const auto row = [](const char *text, const char *stored) {
            QTest::newRow(text) << QString::fromLatin1(text) << QString::fromLatin1(stored);
        };
        row("2026-11-23T08:00:00.000Z", "2026-11-23T08:00:00.000Z");
        row("2026-03-08T02:30:00-07:00", "2026-03-08T09:30:00.000Z");
        row("2024-02-29T12:00Z", "2024-02-29T12:00:00.000Z");
        row("9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z");
        row("9999-12-31T23:59:59.999+14:00", "9999-12-31T09:59:59.999Z");
        row("0001-01-01T00:00:00.000Z", "0001-01-01T00:00:00.000Z");
        row("2026-11-23T08:00:00", "");           // no zone
        row("2025-02-29T12:00:00.000Z", "");      // no such day
        row("9999-12-31T23:59:59.999-00:01", ""); // year 10000 in UTC
        row("0001-01-01T00:00:00.000+00:01", ""); // year 0 in UTC
    }
    void reads()
    {
        QFETCH(QString, text);
        QFETCH(QString, stored);
        const std::optional<QDateTime> parsed = parseTimestamp(text);
        QCOMPARE(parsed.has_value(), !stored.isEmpty());
        if (!parsed)
            return;
        QCOMPARE(toTimestamp(*parsed), stored);
        QCOMPARE(parseTimestamp(stored)->toMSecsSinceEpoch(), parsed->toMSecsSinceEpoch());
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestTimestamps)
} // namespace tst_timestamps
#include "tst_timestamps.moc"
