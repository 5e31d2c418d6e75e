// Body validation: malformed JSON is 400, every wrong, missing or unknown field is named.
#include "http/bodyreader.h"
#include "http/bodyschema.h"
#include "http/problem.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QTest>

namespace tst_bodyschema {

using namespace fielddesk::server;

namespace {
const BodySchema kSchema{QStringLiteral("Thing"),
                         {{QStringLiteral("name"), FieldType::String, true, false, {}, {}, 1, 10},
                          {QStringLiteral("email"), FieldType::Email, false, false},
                          {QStringLiteral("count"), FieldType::Integer, false, false, 0, 5},
                          {QStringLiteral("lat"), FieldType::Number, false, true, -90, 90},
                          {QStringLiteral("on"), FieldType::Boolean, false, false},
                          {QStringLiteral("ids"), FieldType::IdList, false, false},
                          {QStringLiteral("role"),
                           FieldType::Enum,
                           false,
                           false,
                           {},
                           {},
                           0,
                           0,
                           {QStringLiteral("admin"), QStringLiteral("employee")}},
                          {QStringLiteral("at"), FieldType::Timestamp, false, false}}};

QStringList fieldsOf(const Failure &p)
{
    QStringList fields;
    for (const FieldError &e : p.errors)
        fields << e.field;
    fields.sort();
    return fields;
}
} // namespace

class TestBodySchema : public QObject
{
    Q_OBJECT
private slots:
    void acceptsAValidBody()
    {
        const auto r =
            validateBody(R"({"name":"x","email":"a@b.co","count":5,"lat":null,"on":true,"ids":[1,2],
                                       "role":"admin","at":"2026-11-23T08:00:00Z"})",
                         kSchema, WriteMode::Create);
        QVERIFY(r.ok());
        QCOMPARE(r->value(QLatin1String("count")).toInt(), 5);
    }

    void malformedJsonIs400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray(R"({"name":)");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray(R"("name")");
    }
    void malformedJsonIs400()
    {
        QFETCH(QByteArray, body);
        const auto r = validateBody(body, kSchema, WriteMode::Create);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.failure().kind), int(FailureKind::BadRequest));
    }

    void everyBadFieldIsNamed()
    {
        const auto r =
            validateBody(R"({"name":"","email":"nope","count":6,"lat":91,"on":"yes","ids":[0],
                                       "role":"god","at":"2026-11-23 08:00","extra":1})",
                         kSchema, WriteMode::Create);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.failure().kind), int(FailureKind::Invalid));
        QCOMPARE(
            fieldsOf(r.failure()),
            (QStringList{QStringLiteral("at"), QStringLiteral("count"), QStringLiteral("email"),
                         QStringLiteral("extra"), QStringLiteral("ids"), QStringLiteral("lat"),
                         QStringLiteral("name"), QStringLiteral("on"), QStringLiteral("role")}));
    }

    void requiredOnlyOnCreate()
    {
        const auto create = validateBody("{}", kSchema, WriteMode::Create);
        QVERIFY(!create.ok());
        QCOMPARE(create.failure().errors.first().field, QStringLiteral("name"));
        QCOMPARE(create.failure().errors.first().message, QStringLiteral("is required"));
        QVERIFY(validateBody("{}", kSchema, WriteMode::Update).ok());
    }

    void nullOnlyWhereAllowed()
    {
        QVERIFY(validateBody(R"({"lat":null})", kSchema, WriteMode::Update).ok());
        const auto r = validateBody(R"({"name":null})", kSchema, WriteMode::Update);
        QVERIFY(!r.ok());
        QCOMPARE(r.failure().errors.first().message, QStringLiteral("may not be null"));
    }

    void integersMustBeWhole()
    {
        QVERIFY(!validateBody(R"({"count":1.5})", kSchema, WriteMode::Update).ok());
        QVERIFY(!validateBody(R"({"count":"1"})", kSchema, WriteMode::Update).ok());
    }

    void refusesNulCharactersAndHugeIdLists()
    {
        QVERIFY(!validateBody("{\"name\":\"a\\u0000b\"}", kSchema, WriteMode::Update).ok());
        QByteArray ids = "{\"ids\":[1";
        for (int i = 2; i <= 1001; ++i)
            ids += ',' + QByteArray::number(i);
        ids += "]}";
        const auto r = validateBody(ids, kSchema, WriteMode::Update);
        QVERIFY(!r.ok());
        QCOMPARE(r.failure().errors.first().field, QStringLiteral("ids"));
    }

    void problemJsonHasTheRfcShape()
    {
        const auto r = validateBody(R"({"extra":1})", kSchema, WriteMode::Update);
        const QByteArray json = Problem::from(r.failure()).toJson();
        QVERIFY(json.contains(R"("type":"/problems/validation")"));
        QVERIFY(json.contains(R"("status":422)"));
        QVERIFY(json.contains(R"("errors":[{"field":"extra","message":"is not a known field"}])"));
    }

    void readerTellsAbsentFromClearedFromSet()
    {
        const QJsonObject body =
            QJsonDocument::fromJson(R"({"name":"  Depot  ","customer_id":null,"limit":7,)"
                                    R"("at":"2026-03-01T10:00:00-07:00","tags":[" a ","b"]})")
                .object();
        const BodyReader reader(body);
        QCOMPARE(*reader.trimmedText("name"), QStringLiteral("Depot"));
        QCOMPARE(*reader.text("name"), QStringLiteral("  Depot  "));
        QVERIFY(!reader.text("address").has_value());
        QVERIFY(!reader.nullableInteger("address_id").has_value());
        QVERIFY(reader.nullableInteger("customer_id").has_value());
        QVERIFY(!reader.nullableInteger("customer_id")->has_value());
        QCOMPARE(**reader.nullableInteger("limit"), 7);
        QCOMPARE(*reader.smallInteger("limit"), 7);
        QCOMPARE(reader.timestamp("at")->toString(Qt::ISODate),
                 QStringLiteral("2026-03-01T17:00:00Z"));
        QCOMPARE(*reader.strings("tags"), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void readerTellsClearedSmallIntegersFromSet()
    {
        const QJsonObject body =
            QJsonDocument::fromJson(R"({"max_jobs":null,"break_minutes":45})").object();
        const BodyReader reader(body);
        QVERIFY(!reader.nullableSmallInteger("vehicle_id").has_value());
        QVERIFY(reader.nullableSmallInteger("max_jobs").has_value());
        QVERIFY(!reader.nullableSmallInteger("max_jobs")->has_value());
        QCOMPARE(**reader.nullableSmallInteger("break_minutes"), 45);
    }

    void coordinateFieldsTakeTheirName()
    {
        const FieldSpec home = latitudeField(QStringLiteral("home_latitude"));
        QCOMPARE(home.name, QStringLiteral("home_latitude"));
        QCOMPARE(home.maximum, latitudeField().maximum);
        QCOMPARE(longitudeField().name, QStringLiteral("longitude"));
    }

    void phoneNumbersAreDigitsWithSeparators_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("international") << QStringLiteral("+1 (303) 555-0100") << true;
        QTest::newRow("german") << QStringLiteral("0171/555.01.00") << true;
        QTest::newRow("three digits") << QStringLiteral("112") << true;
        QTest::newRow("two digits") << QStringLiteral("11") << false;
        QTest::newRow("21 digits") << QString(21, QLatin1Char('5')) << false;
        QTest::newRow("letters") << QStringLiteral("call me") << false;
        QTest::newRow("plus inside") << QStringLiteral("555+0100") << false;
    }
    void phoneNumbersAreDigitsWithSeparators()
    {
        QFETCH(QString, phone);
        QFETCH(bool, accepted);
        const BodySchema schema{QStringLiteral("Phone"),
                                {{.name = QStringLiteral("phone"), .type = FieldType::Phone}}};
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("phone"), phone}}).toJson();
        const Result<QJsonObject> r = validateBody(body, schema, WriteMode::Create);
        QCOMPARE(r.ok(), accepted);
        if (!accepted)
            QCOMPARE(fieldsOf(r.failure()), QStringList{QStringLiteral("phone")});
    }

    // An object inside a body names its wrong fields under the prefix, in the detail too.
    void nestedObjectsNameFieldsUnderTheirPrefix()
    {
        const QJsonObject item{{QStringLiteral("name"), QString()},
                               {QStringLiteral("colour"), QStringLiteral("red")}};
        const Result<QJsonObject> r = validateNested(item, kSchema, QStringLiteral("items[2]."));
        QVERIFY(!r.ok());
        QCOMPARE(fieldsOf(r.failure()),
                 (QStringList{QStringLiteral("items[2].colour"), QStringLiteral("items[2].name")}));
        QVERIFY(r.failure().detail.contains(QLatin1String("items[2].name")));
        // A partial change requires nothing.
        QVERIFY(validateNested({{QStringLiteral("count"), 3}}, kSchema, QStringLiteral("x."),
                               WriteMode::Update)
                    .ok());
        QCOMPARE(
            fieldsOf(validateNested({{QStringLiteral("count"), 3}}, kSchema, QStringLiteral("x."))
                         .failure()),
            QStringList{QStringLiteral("x.name")});
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestBodySchema)
} // namespace tst_bodyschema
#include "tst_bodyschema.moc"
