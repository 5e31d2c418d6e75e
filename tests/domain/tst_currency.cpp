// Money in minor units: the currencies' digits, the decimal text of CSV files, what a person of
// a locale reads and types. Integers only, so the extremes are exact.

#include "fielddesk/domain/currency.h"
#include "testmain.h"

#include <QTest>

#include <limits>

namespace tst_currency {

using namespace fielddesk;

class TestCurrency : public QObject
{
    Q_OBJECT

private slots:
    void minorDigitsFollowIso4217()
    {
        QCOMPARE(currencyMinorDigits(QStringLiteral("USD")), 2);
        QCOMPARE(currencyMinorDigits(QStringLiteral("EUR")), 2);
        QCOMPARE(currencyMinorDigits(QStringLiteral("JPY")), 0);
        QCOMPARE(currencyMinorDigits(QStringLiteral("KWD")), 3);
        QCOMPARE(currencyMinorDigits(QStringLiteral("BHD")), 3);
        QVERIFY(isCurrencyCode(QStringLiteral("USD")));
        QVERIFY(!isCurrencyCode(QStringLiteral("usd")));
        QVERIFY(!isCurrencyCode(QStringLiteral("US")));
        QVERIFY(!isCurrencyCode(QStringLiteral("US1")));
        QVERIFY(!isCurrencyCode(QStringLiteral("XYZ")));
        QVERIFY(isCurrencyCode(QStringLiteral("ZWL")));
        QVERIFY(isCurrencyCode(QStringLiteral("AED")));
        QCOMPARE(currencyMinorDigits(QStringLiteral("CLF")), 4);
    }

    void decimalTextIsInMajorUnits_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("cents") << qint64(123456) << "USD"
                               << "1234.56";
        QTest::newRow("small") << qint64(5) << "USD"
                               << "0.05";
        QTest::newRow("negative") << qint64(-5) << "USD"
                                  << "-0.05";
        QTest::newRow("zero") << qint64(0) << "EUR"
                              << "0.00";
        QTest::newRow("yen") << qint64(500) << "JPY"
                             << "500";
        QTest::newRow("dinar") << qint64(1005) << "KWD"
                               << "1.005";
        QTest::newRow("largest") << std::numeric_limits<qint64>::max() << "USD"
                                 << "92233720368547758.07";
        QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << "USD"
                                  << "-92233720368547758.08";
    }
    void decimalTextIsInMajorUnits()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(decimalText(minor, currency), text);
        if (minor != std::numeric_limits<qint64>::min())
            QCOMPARE(parseDecimalText(text, currency), std::optional<qint64>(minor));
    }

    void decimalTextRefusesWhatIsNotAnAmount()
    {
        for (const char *text : {"", "-", "1.", ".5", "1.234", "1,00", "1e3", "12a", "--1", " 1",
                                 "99999999999999999999"})
            QVERIFY2(!parseDecimalText(QString::fromLatin1(text), QStringLiteral("USD")), text);
        QVERIFY(!parseDecimalText(QStringLiteral("1.5"), QStringLiteral("JPY")));
        QCOMPARE(parseDecimalText(QStringLiteral("7.5"), QStringLiteral("USD")),
                 std::optional<qint64>(750));
    }

    void peopleReadAmountsInTheirLocale()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QChar nbsp(0xA0);
        QCOMPARE(formatMoney(123450, QStringLiteral("USD"), us), QStringLiteral("$1,234.50"));
        // Qt's US English writes negative amounts the accountant's way.
        QCOMPARE(formatMoney(-5, QStringLiteral("USD"), us), QStringLiteral("($0.05)"));
        QCOMPARE(formatMoney(-123450, QStringLiteral("EUR"), de),
                 QStringLiteral("-1.234,50") + nbsp + QStringLiteral("€"));
        QCOMPARE(formatMoney(123450, QStringLiteral("EUR"), de),
                 QStringLiteral("1.234,50") + nbsp + QStringLiteral("€"));
        // Another currency than the locale's is named by its code, apart from the digits.
        QCOMPARE(formatMoney(123450, QStringLiteral("EUR"), us),
                 QStringLiteral("EUR") + nbsp + QStringLiteral("1,234.50"));
        QCOMPARE(formatMoney(1500, QStringLiteral("JPY"), us),
                 QStringLiteral("JPY") + nbsp + QStringLiteral("1,500"));
    }

    void peopleTypeAmountsInTheirLocale()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QString usd = QStringLiteral("USD");
        const QString eur = QStringLiteral("EUR");
        QCOMPARE(parseMoney(QStringLiteral("1,234.50"), usd, us), std::optional<qint64>(123450));
        QCOMPARE(parseMoney(QStringLiteral("$ 12.5"), usd, us), std::optional<qint64>(1250));
        QCOMPARE(parseMoney(QStringLiteral("-3"), usd, us), std::optional<qint64>(-300));
        QCOMPARE(parseMoney(QStringLiteral("($3.10)"), usd, us), std::optional<qint64>(-310));
        QCOMPARE(parseMoney(QStringLiteral("1.234,50 €"), eur, de), std::optional<qint64>(123450));
        QCOMPARE(parseMoney(QStringLiteral("12,5"), eur, de), std::optional<qint64>(1250));
        // A dot with two digits after it is a decimal point even in German.
        QCOMPARE(parseMoney(QStringLiteral("12.50"), eur, de), std::optional<qint64>(1250));
        QCOMPARE(parseMoney(QStringLiteral("1.234"), eur, de), std::optional<qint64>(123400));
        QVERIFY(!parseMoney(QStringLiteral("12.345"), usd, us));
        QVERIFY(!parseMoney(QString(), usd, us));
        QVERIFY(!parseMoney(QStringLiteral("abc"), usd, us));
        // Whatever is shown can be typed back.
        for (const qint64 amount : {qint64(0), qint64(7), qint64(-123456789), qint64(100000000)}) {
            QCOMPARE(parseMoney(formatMoney(amount, usd, us), usd, us), amount);
            QCOMPARE(parseMoney(formatMoney(amount, eur, de), eur, de), amount);
        }
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestCurrency)
} // namespace tst_currency
#include "tst_currency.moc"
