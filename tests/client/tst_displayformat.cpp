// Dates and times for people follow the console's locale: 12-hour clock and month first in the
// United States, 24-hour clock and day first in Germany and Spain, month names in the language;
// the edit patterns carry a four-digit year.

#include "fielddesk/client/displayformat.h"
#include "testmain.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

namespace tst_displayformat {

using namespace fielddesk::client;

namespace {

// Restores the default locale after each test.
struct LocaleScope
{
    explicit LocaleScope(const QString &name) { QLocale::setDefault(QLocale(name)); }
    ~LocaleScope() { QLocale::setDefault(QLocale::c()); }
    LocaleScope(const LocaleScope &) = delete;
    LocaleScope &operator=(const LocaleScope &) = delete;
};

const QDate kDay(2026, 12, 3);
const QTime kAfternoon(15, 5);

} // namespace

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void followsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("dayMonth");
        QTest::addColumn<QString>("weekdayDayMonth");
        QTest::addColumn<QString>("datePattern");
        // A table: one locale a row.
        // clang-format off
        QTest::newRow("en_US") << "en_US" << "3:05 PM" << "Dec 3" << "Thu Dec 3" << "M/d/yyyy";
        QTest::newRow("de_DE") << "de_DE" << "15:05" << "3. Dez." << "Do. 3. Dez."
                               << "dd.MM.yyyy";
        QTest::newRow("es_ES") << "es_ES" << "15:05" << "3 dic" << "jue 3 dic" << "d/M/yyyy";
        QTest::newRow("en_GB") << "en_GB" << "15:05" << "3 Dec" << "Thu 3 Dec" << "dd/MM/yyyy";
        // clang-format on
    }
    void followsTheLocale()
    {
        QFETCH(QString, locale);
        const LocaleScope scope(locale);
        QFETCH(QString, time);
        QFETCH(QString, dayMonth);
        QFETCH(QString, weekdayDayMonth);
        QFETCH(QString, datePattern);
        QCOMPARE(display::time(kAfternoon), time);
        QCOMPARE(display::dayMonth(kDay), dayMonth);
        QCOMPARE(display::weekdayDayMonth(kDay), weekdayDayMonth);
        QCOMPARE(display::datePattern(), datePattern);
        QCOMPARE(QLocale().toString(kDay, display::datePattern()).count(QStringLiteral("2026")), 1);
        QCOMPARE(display::dateTime(QDateTime(kDay, kAfternoon)),
                 display::date(kDay) + QLatin1Char(' ') + time);
    }

    void aMomentIsWrittenInItsOwnZone()
    {
        const LocaleScope scope(QStringLiteral("de_DE"));
        const QDateTime utc(kDay, QTime(22, 0), Qt::UTC);
        const QDateTime denver = utc.toTimeZone(QTimeZone("America/Denver"));
        QCOMPARE(display::time(denver), QStringLiteral("15:00"));
        QCOMPARE(display::weekdayTime(denver), QStringLiteral("Do. 15:00"));
    }

    void nothingForInvalidValues()
    {
        QVERIFY(display::time(QTime()).isEmpty());
        QVERIFY(display::date(QDate()).isEmpty());
        QVERIFY(display::dateTime(QDateTime()).isEmpty());
        QVERIFY(display::dayMonth(QDate()).isEmpty());
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestDisplayFormat)
} // namespace tst_displayformat
#include "tst_displayformat.moc"
