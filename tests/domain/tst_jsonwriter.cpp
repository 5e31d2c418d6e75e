// The streaming JSON writer must produce exactly what Qt's JSON parser reads back.
#include "fielddesk/domain/jsonwriter.h"
#include "fielddesk/domain/organisation.h"
#include "fielddesk/domain/timestamps.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

namespace tst_jsonwriter {

using namespace fielddesk;

class TestJsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void nestedContainersAndCommas()
    {
        JsonWriter w;
        w.beginObject();
        w.field("a", 1).field("b", "two");
        w.key("list").beginArray().value(1).value(2.5).value(true).nullValue().endArray();
        w.key("empty").beginObject().endObject();
        w.endObject();
        QCOMPARE(w.data(), QByteArray(R"({"a":1,"b":"two","list":[1,2.5,true,null],"empty":{}})"));
    }

    void escapesStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" \\ bye");
        QTest::newRow("control characters") << QStringLiteral("line\nfeed\ttab\r\x01\x1f");
        QTest::newRow("unicode") << QStringLiteral("Zoë — 東京 🚐");
        QTest::newRow("empty") << QString();
        QTest::newRow("every control character") << [] {
            QString all;
            for (char16_t c = 0; c < 0x20; ++c)
                all.append(QChar(c));
            return all;
        }();
        QTest::newRow("two, three and four byte UTF-8")
            << QStringLiteral("\u00e9\u07ff\u0800\uffee") +
                   QString::fromUcs4(U"\U0001F600\U0010FFFF");
    }
    void escapesStrings()
    {
        QFETCH(QString, text);
        JsonWriter w;
        w.beginObject().field("t", text).endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(w.data(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1String("t")).toString(), text);
    }

    void loneSurrogateBecomesReplacementCharacter()
    {
        JsonWriter w;
        w.value(QString(QChar(0xd800)) + QLatin1Char('x'));
        QCOMPARE(w.data(), QByteArray("\"\xef\xbf\xbdx\""));
    }

    void numbersRoundTrip()
    {
        JsonWriter w;
        w.beginArray()
            .value(0.1)
            .value(-39.7525)
            .value(qint64(9007199254740991))
            .value(1e300)
            .value(5e-324)
            .value(std::numeric_limits<qint64>::min())
            .endArray();
        const QJsonArray a = QJsonDocument::fromJson(w.data()).array();
        QCOMPARE(a.at(0).toDouble(), 0.1);
        QCOMPARE(a.at(1).toDouble(), -39.7525);
        QCOMPARE(a.at(2).toInteger(), qint64(9007199254740991));
        QCOMPARE(a.at(3).toDouble(), 1e300);
        QCOMPARE(a.at(4).toDouble(), 5e-324);
        QVERIFY(w.data().endsWith(",-9223372036854775808]"));
    }

    void nonFiniteNumbersBecomeNull()
    {
        JsonWriter w;
        w.beginArray().value(std::numeric_limits<double>::quiet_NaN()).endArray();
        QCOMPARE(w.data(), QByteArray("[null]"));
    }

    void userRoundTripsThroughJson()
    {
        User u;
        u.id = 7;
        u.tenantId = 2;
        u.email = QStringLiteral("a@b.c");
        u.name = QStringLiteral("Ann \"The Tech\"");
        u.role = Role::Dispatcher;
        u.locationIds = {3, 5};
        u.mustChangePassword = true;
        const QByteArray text = toJsonText(u);
        // No password: must_change_password is the only member that names one.
        QVERIFY(!QByteArray(text).replace("must_change_password", "").contains("password"));
        const User back = User::fromJson(QJsonDocument::fromJson(text).object());
        QCOMPARE(back.id, u.id);
        QCOMPARE(back.tenantId, 2);
        QCOMPARE(back.name, u.name);
        QCOMPARE(back.role, Role::Dispatcher);
        QCOMPARE(back.locationIds, u.locationIds);
        QCOMPARE(back.mustChangePassword, true);

        // An operator: in no tenant (null), and read back as none.
        User op;
        op.id = 1;
        op.role = Role::Operator;
        const QByteArray opText = toJsonText(op);
        QVERIFY2(opText.contains("\"tenant_id\":null"), opText.constData());
        QVERIFY2(opText.contains("\"role\":\"operator\""), opText.constData());
        const User opBack = User::fromJson(QJsonDocument::fromJson(opText).object());
        QCOMPARE(opBack.tenantId, 0);
        QCOMPARE(opBack.role, Role::Operator);
    }

    void timestampsNeedAZone()
    {
        QVERIFY(parseTimestamp(QStringLiteral("2026-11-23T08:00:00Z")).has_value());
        QVERIFY(parseTimestamp(QStringLiteral("2026-11-23T08:00:00.250+02:00")).has_value());
        QCOMPARE(toTimestamp(*parseTimestamp(QStringLiteral("2026-11-23T10:00:00+02:00"))),
                 QStringLiteral("2026-11-23T08:00:00.000Z"));
        QVERIFY(!parseTimestamp(QStringLiteral("2026-11-23T08:00:00")).has_value());
        QVERIFY(!parseTimestamp(QStringLiteral("yesterday")).has_value());
        QVERIFY(!parseTimestamp(QStringLiteral("2026-13-45T08:00:00Z")).has_value());
    }

    void timestampsMatchQtsOwnFormatAndParser()
    {
        // toTimestamp and the canonical-form reader do without Qt's formatter and parser:
        // they must agree with them everywhere, leap days and day ends included.
        QRandomGenerator random(20261123);
        QList<qint64> instants = {0,
                                  -1,
                                  951782400000,  // 2000-02-29
                                  1709164800000, // 2024-02-29
                                  4102444799999, // 2099-12-31T23:59:59.999
                                  -62135596800000,
                                  253402300799999};
        for (int i = 0; i < 20000; ++i)
            instants << qint64(random.bounded(quint64(253402300799999 + 62135596800000))) -
                            62135596800000;
        for (const qint64 msecs : std::as_const(instants)) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
            const QString text = toTimestamp(time);
            QCOMPARE(text, time.toString(Qt::ISODateWithMs));
            const std::optional<QDateTime> back = parseTimestamp(text);
            QVERIFY(back.has_value());
            QCOMPARE(back->toMSecsSinceEpoch(), msecs);
            QCOMPARE(back->timeSpec(), Qt::UTC);
        }
        // Another zone's instant is written in UTC.
        const QDateTime east(QDate(2026, 11, 24), QTime(1, 30), Qt::OffsetFromUTC, 2 * 3600);
        QCOMPARE(toTimestamp(east), QStringLiteral("2026-11-23T23:30:00.000Z"));
        QCOMPARE(toTimestamp(QDateTime()), QString());
        // Dates that do not exist are refused, as Qt refuses them.
        for (const char *bad :
             {"2026-02-29T00:00:00.000Z", "2026-04-31T10:00:00.000Z", "2026-11-23T23:60:00.000Z",
              "2026-11-23T07:00:61.000Z", "2026-00-10T07:00:00.000Z", "2026-11-2xT07:00:00.000Z"})
            QVERIFY2(!parseTimestamp(QLatin1String(bad)).has_value(), bad);
        QVERIFY(parseTimestamp(QStringLiteral("2024-02-29T00:00:00.000Z")).has_value());
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestJsonWriter)
} // namespace tst_jsonwriter
#include "tst_jsonwriter.moc"
