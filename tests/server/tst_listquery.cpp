// The list conventions: limit/offset bounds, whitelisted ordering, filters, search.
#include "http/listquery.h"
#include "storage/sqlfilter.h"
#include "testmain.h"

#include <QTest>

namespace tst_listquery {

using namespace fielddesk::server;

namespace {
const ListSpec &spec()
{
    static const ListSpec s{
        {{QStringLiteral("name"), QStringLiteral("name")},
         {QStringLiteral("created_at"), QStringLiteral("created_at")},
         {QStringLiteral("id"), QStringLiteral("id")}},
        QStringLiteral("name"),
        {QStringLiteral("name"), QStringLiteral("email")},
        {{QStringLiteral("role"),
          QStringLiteral("role"),
          FilterType::Enum,
          true,
          {QStringLiteral("admin"), QStringLiteral("manager")}},
         {QStringLiteral("active"), QStringLiteral("active"), FilterType::Boolean, false, {}},
         {QStringLiteral("id"), QStringLiteral("id"), FilterType::Integer, true, {}}},
        {QStringLiteral("from")}};
    return s;
}

Result<ListQuery> parse(const QString &query)
{
    return parseListQuery(QUrlQuery(query), spec());
}
} // namespace

class TestListQuery : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        const auto q = parse(QString());
        QVERIFY(q.ok());
        QCOMPARE(q->limit, 50);
        QCOMPARE(q->offset, 0);
        QCOMPARE(q->orderByClause(), QStringLiteral(" ORDER BY name ASC, id ASC"));
    }

    void resourceMayAllowBiggerPages()
    {
        ListSpec big = spec();
        big.maxLimit = 2000;
        QVERIFY(parseListQuery(QUrlQuery(QStringLiteral("limit=2000")), big).ok());
        QCOMPARE(parseListQuery(QUrlQuery(QStringLiteral("limit=2000")), big)->limit, 2000);
        const auto tooBig = parseListQuery(QUrlQuery(QStringLiteral("limit=2001")), big);
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.failure().errors.size(), 1);
        QVERIFY(tooBig.failure().errors.first().message.contains(QLatin1String("2000")));
    }

    void orderingIsWhitelistedAndStable()
    {
        const auto q = parse(QStringLiteral("ordering=-created_at,name"));
        QVERIFY(q.ok());
        // Ties go the way the first term goes: the newest of one second first.
        QCOMPARE(q->orderByClause(),
                 QStringLiteral(" ORDER BY created_at DESC, name ASC, id DESC"));
        const auto ascending = parse(QStringLiteral("ordering=name,-created_at"));
        QCOMPARE(ascending->orderByClause(),
                 QStringLiteral(" ORDER BY name ASC, created_at DESC, id ASC"));
        const auto withId = parse(QStringLiteral("ordering=-id"));
        QCOMPARE(withId->orderByClause(), QStringLiteral(" ORDER BY id DESC"));
    }

    void aResourceMayKeepTiesAscending()
    {
        ListSpec ascendingTies = spec();
        ascendingTies.tieBreak = TieBreak::Ascending;
        const auto q =
            parseListQuery(QUrlQuery(QStringLiteral("ordering=-created_at")), ascendingTies);
        QVERIFY(q.ok());
        QCOMPARE(q->orderByClause(), QStringLiteral(" ORDER BY created_at DESC, id ASC"));
    }

    void rejectsWithTheParameterNamed_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit zero") << "limit=0"
                                    << "limit";
        QTest::newRow("limit too big") << "limit=501"
                                       << "limit";
        QTest::newRow("limit text") << "limit=ten"
                                    << "limit";
        QTest::newRow("offset negative") << "offset=-1"
                                         << "offset";
        QTest::newRow("ordering unknown") << "ordering=password_hash"
                                          << "ordering";
        QTest::newRow("ordering injection") << "ordering=name;DROP TABLE users"
                                            << "ordering";
        QTest::newRow("unknown parameter") << "colour=red"
                                           << "colour";
        QTest::newRow("enum value") << "role=god"
                                    << "role";
        QTest::newRow("boolean value") << "active=perhaps"
                                       << "active";
        QTest::newRow("integer value") << "id=1,x"
                                       << "id";
    }
    void rejectsWithTheParameterNamed()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const auto q = parse(query);
        QVERIFY(!q.ok());
        QCOMPARE(int(q.failure().kind), int(FailureKind::Invalid));
        QCOMPARE(q.failure().errors.first().field, field);
    }

    void filtersBecomeBoundSql()
    {
        const auto q = parse(QStringLiteral(
            "role=admin,manager&active=true&search=50%25_off&limit=500&offset=10&from=x"));
        QVERIFY(q.ok());
        QCOMPARE(q->limit, 500);
        QCOMPARE(q->offset, 10);
        SqlFilter filter;
        filter.where(QStringLiteral("tenant_id = ?"), {7}).apply(*q, spec());
        QCOMPARE(
            filter.clause(),
            QStringLiteral(" WHERE tenant_id = ? AND role IN (?,?) AND active = ? AND "
                           "(LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(email) LIKE ? ESCAPE '\\')"));
        // LIKE wildcards typed by the user are matched literally.
        QCOMPARE(filter.values(),
                 (QVariantList{7, QStringLiteral("admin"), QStringLiteral("manager"), 1,
                               QStringLiteral("%50\\%\\_off%"), QStringLiteral("%50\\%\\_off%")}));
    }

    void aSearchIsCutToWholeCharacters()
    {
        // 200 UTF-16 units at most; a character of two (an emoji) is not cut in half.
        const QString emoji = QStringLiteral("😀");
        QCOMPARE(emoji.size(), 2);
        const QString typed = QString(199, QLatin1Char('x')) + emoji + QStringLiteral("more");
        const auto q =
            parse(QStringLiteral("search=") + QString::fromLatin1(QUrl::toPercentEncoding(typed)));
        QVERIFY(q.ok());
        QCOMPARE(q->search, QString(199, QLatin1Char('x')));
        const auto whole = parse(
            QStringLiteral("search=") +
            QString::fromLatin1(QUrl::toPercentEncoding(QString(198, QLatin1Char('x')) + emoji)));
        QVERIFY(whole.ok());
        QCOMPARE(whole->search, QString(198, QLatin1Char('x')) + emoji);
    }

    void emptyIdListMatchesNothing()
    {
        SqlFilter filter;
        filter.whereIn(QStringLiteral("id"), {});
        QCOMPARE(filter.clause(), QStringLiteral(" WHERE 1 = 0"));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestListQuery)
} // namespace tst_listquery
#include "tst_listquery.moc"
