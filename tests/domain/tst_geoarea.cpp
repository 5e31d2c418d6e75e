// The service-area rule (fielddesk/domain/geoarea.h): which corner lists are areas, and which
// points lie inside one.
#include "fielddesk/domain/geoarea.h"
#include "testmain.h"

#include <QTest>

namespace tst_geoarea {

using namespace fielddesk;

namespace {

using Kind = AreaProblem::Kind;

QList<GeoPoint> square()
{
    return {{0, 0}, {0, 10}, {10, 10}, {10, 0}};
}

// A "C" open to the east: the notch between latitudes 3 and 7 east of longitude 3 is outside.
QList<GeoPoint> concave()
{
    return {{0, 0}, {0, 10}, {3, 10}, {3, 3}, {7, 3}, {7, 10}, {10, 10}, {10, 0}};
}

QList<GeoPoint> bowTie()
{
    return {{0, 0}, {10, 10}, {0, 10}, {10, 0}};
}

} // namespace

class TestGeoArea : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void manyCorners();
    void contains_data();
    void contains();
    void json();
};

void TestGeoArea::problems_data()
{
    QTest::addColumn<QList<GeoPoint>>("corners");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");

    QTest::newRow("square") << square() << true << 0 << QString();
    QTest::newRow("concave") << concave() << true << 0 << QString();
    QTest::newRow("triangle") << QList<GeoPoint>{{39.7, -105}, {39.8, -104.9}, {39.6, -104.8}}
                              << true << 0 << QString();
    QTest::newRow("none") << QList<GeoPoint>{} << false << int(Kind::TooFewCorners) << u"area"_qs;
    QTest::newRow("two") << QList<GeoPoint>{{0, 0}, {1, 1}} << false << int(Kind::TooFewCorners)
                         << u"area"_qs;
    QTest::newRow("bow tie") << bowTie() << false << int(Kind::EdgesCross) << u"area"_qs;
    QTest::newRow("latitude") << QList<GeoPoint>{{0, 0}, {0, 1}, {91, 1}} << false
                              << int(Kind::LatitudeOutOfRange) << u"area[2].latitude"_qs;
    QTest::newRow("longitude") << QList<GeoPoint>{{0, 0}, {0, -181}, {1, 1}} << false
                               << int(Kind::LongitudeOutOfRange) << u"area[1].longitude"_qs;
    QTest::newRow("not a number") << QList<GeoPoint>{{0, 0}, {qQNaN(), 1}, {1, 1}} << false
                                  << int(Kind::LatitudeOutOfRange) << u"area[1].latitude"_qs;
    QTest::newRow("repeated") << QList<GeoPoint>{{0, 0}, {0, 1}, {0, 1}, {1, 1}} << false
                              << int(Kind::RepeatedCorner) << u"area[2]"_qs;
    QTest::newRow("collinear") << QList<GeoPoint>{{0, 0}, {0, 1}, {0, 2}} << false
                               << int(Kind::EdgesCross) << u"area"_qs;
    QTest::newRow("folds back") << QList<GeoPoint>{{0, 0}, {0, 5}, {0, 2}, {5, 5}} << false
                                << int(Kind::EdgesCross) << u"area"_qs;
    // A corner touching a non-neighbouring edge pinches the area into two.
    QTest::newRow("touches") << QList<GeoPoint>{{0, 0}, {0, 10}, {5, 5}, {10, 10}, {10, 0}, {5, 5}}
                             << false << int(Kind::EdgesCross) << u"area"_qs;
}

void TestGeoArea::problems()
{
    QFETCH(QList<GeoPoint>, corners);
    QFETCH(bool, valid);
    const std::optional<AreaProblem> problem = polygonProblem(corners);
    QCOMPARE(!problem.has_value(), valid);
    if (valid)
        return;
    QFETCH(int, kind);
    QFETCH(QString, field);
    QCOMPARE(int(problem->kind), kind);
    QCOMPARE(problem->field(u"area"_qs), field);
    QVERIFY(!problem->message().isEmpty());
}

void TestGeoArea::manyCorners()
{
    // A regular polygon: valid up to the limit, refused one beyond it.
    const auto polygon = [](int n) {
        QList<GeoPoint> corners;
        for (int i = 0; i < n; ++i)
            corners.append({std::sin(2 * M_PI * i / n), std::cos(2 * M_PI * i / n)});
        return corners;
    };
    QVERIFY(!polygonProblem(polygon(AreaProblem::kMaxCorners)));
    const std::optional<AreaProblem> tooMany =
        polygonProblem(polygon(AreaProblem::kMaxCorners + 1));
    QVERIFY(tooMany);
    QCOMPARE(tooMany->kind, Kind::TooManyCorners);
}

void TestGeoArea::contains_data()
{
    QTest::addColumn<QList<GeoPoint>>("corners");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<bool>("inside");

    QTest::newRow("square, centre") << square() << 5.0 << 5.0 << true;
    QTest::newRow("square, outside") << square() << 11.0 << 5.0 << false;
    QTest::newRow("square, west") << square() << 5.0 << -0.5 << false;
    QTest::newRow("square, on an edge") << square() << 0.0 << 4.0 << true;
    QTest::newRow("square, on a corner") << square() << 10.0 << 10.0 << true;
    QTest::newRow("concave, in the notch") << concave() << 5.0 << 6.0 << false;
    QTest::newRow("concave, in the back") << concave() << 5.0 << 1.5 << true;
    QTest::newRow("concave, in an arm") << concave() << 8.5 << 9.0 << true;
    QTest::newRow("concave, on the notch's edge") << concave() << 3.0 << 6.0 << true;
    QTest::newRow("too few corners") << QList<GeoPoint>{{0, 0}, {1, 1}} << 0.5 << 0.5 << false;
}

void TestGeoArea::contains()
{
    QFETCH(QList<GeoPoint>, corners);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(bool, inside);
    QCOMPARE(containsPoint(corners, latitude, longitude), inside);
}

void TestGeoArea::json()
{
    const QList<GeoPoint> corners{{39.75, -105.25}, {39.5, -104.5}, {40, -104}};
    const QByteArray text = geoAreaJson(corners);
    QCOMPARE(text, QByteArray(R"([{"latitude":39.75,"longitude":-105.25},)"
                              R"({"latitude":39.5,"longitude":-104.5},)"
                              R"({"latitude":40,"longitude":-104}])"));
    QCOMPARE(geoAreaFromJson(text), corners);
    QVERIFY(geoAreaJson({}).isEmpty());
    QVERIFY(geoAreaFromJson({}).isEmpty());
    QVERIFY(geoAreaFromJson("{}").isEmpty());
}

FIELDDESK_TEST_APPLESS_MAIN(TestGeoArea)
} // namespace tst_geoarea

#include "tst_geoarea.moc"
