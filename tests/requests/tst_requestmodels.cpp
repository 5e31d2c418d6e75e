// The request table model and the inbox filter: every change passes QAbstractItemModelTester,
// a live change touches exactly its row, the filters narrow by kind, status, location,
// requester, age and text, and the "waiting" column sorts by time, not by its text.

#include "fielddesk/client/displayformat.h"
#include "fielddesk/requests/requestfilterproxy.h"
#include "fielddesk/requests/requesttablemodel.h"
#include "fielddesk/requests/requesttext.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace tst_requestmodels {

using namespace fielddesk;
using namespace fielddesk::requests;

namespace {

Request makeRequest(
    qint64 id, const QString &kind, qint64 requester, qint64 location, const QDateTime &submitted)
{
    Request r;
    r.id = id;
    r.kind = kind;
    r.status = QStringLiteral("submitted");
    r.requesterId = requester;
    r.requesterName = QStringLiteral("Person %1").arg(requester);
    r.locationId = location;
    r.submittedAt = submitted.toString(Qt::ISODateWithMs);
    if (kind == QLatin1String("suggestion"))
        r.detailsJson = QByteArrayLiteral(R"({"title":"Idea %1","text":"More coffee"})")
                            .replace("%1", QByteArray::number(id));
    else if (kind == QLatin1String("tool"))
        r.detailsJson = R"({"tool_id":7,"quantity":2,"needed_by":"2026-12-10","reason":"x"})";
    return r;
}

QList<Request> sample(const QDateTime &now)
{
    return {makeRequest(1, QStringLiteral("tool"), 10, 1, now.addDays(-3)),
            makeRequest(2, QStringLiteral("suggestion"), 11, 1, now.addSecs(-600)),
            makeRequest(3, QStringLiteral("suggestion"), 10, 2, now.addDays(-10)),
            makeRequest(4, QStringLiteral("tool"), 12, 2, now.addSecs(-7200))};
}

} // namespace

class TestRequestModels : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTheTesterThroughEveryChange()
    {
        RequestTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.setRequests(sample(now));
        QCOMPARE(model.rowCount(), 4);
        model.upsert(makeRequest(5, QStringLiteral("tool"), 13, 1, now));
        Request decided = model.requestAt(0);
        decided.status = QStringLiteral("approved");
        model.upsert(decided);
        model.remove(2);
        model.setCatalogs({{Tool{.id = 7, .name = QStringLiteral("Drill kit")}}, {}});
        model.setLocationNames({{1, QStringLiteral("North")}, {2, QStringLiteral("South")}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(2), -1);
        QCOMPARE(model.rowOf(5), 3);
    }

    void aLiveChangeTouchesExactlyItsRow()
    {
        RequestTableModel model;
        model.setRequests(sample(QDateTime::currentDateTimeUtc()));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Request request = model.requestAt(2);
        request.status = QStringLiteral("rejected");
        model.upsert(request);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(2, RequestTableModel::StatusColumn).data().toString(),
                 RequestText::statusTitle(QStringLiteral("rejected")));
    }

    void summariesNameCatalogItemsOnceTheyArrive()
    {
        RequestTableModel model;
        model.setRequests(sample(QDateTime::currentDateTimeUtc()));
        const QModelIndex summary = model.index(0, RequestTableModel::SummaryColumn);
        QVERIFY(!summary.data().toString().contains(QLatin1String("Drill kit")));
        model.setCatalogs({{Tool{.id = 7, .name = QStringLiteral("Drill kit")}}, {}});
        QVERIFY2(summary.data().toString().startsWith(QStringLiteral("Drill kit ×2")),
                 qPrintable(summary.data().toString()));
    }

    void filtersNarrowByKindLocationRequesterAgeAndText()
    {
        RequestTableModel model;
        model.setRequests(sample(QDateTime::currentDateTimeUtc()));
        RequestFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 4);
        QVERIFY(!proxy.isFiltering());

        proxy.setKinds({QStringLiteral("suggestion")});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setLocationId(2);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(RequestTableModel::RequestIdRole).toLongLong(), 3);
        proxy.setKinds({});
        proxy.setLocationId(std::nullopt);
        proxy.setRequesterId(10);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setRequesterId(std::nullopt);
        proxy.setMinimumAgeDays(2);
        QCOMPARE(proxy.rowCount(), 2); // the 3- and 10-day-old ones
        proxy.setMinimumAgeDays(0);
        proxy.setText(QStringLiteral("idea 2"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(RequestTableModel::RequestIdRole).toLongLong(), 2);
        QVERIFY(proxy.isFiltering());
    }

    void statusesNarrowToOpenOrDecided()
    {
        RequestTableModel model;
        model.setRequests(sample(QDateTime::currentDateTimeUtc()));
        Request approved = model.requestAt(1);
        approved.status = QStringLiteral("approved");
        model.upsert(approved);
        RequestFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setStatuses({QStringLiteral("approved"), QStringLiteral("rejected")});
        QVERIFY(proxy.isFiltering());
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(RequestTableModel::RequestIdRole).toLongLong(), 2);
        // A row whose status changes leaves or joins the filtered rows at once.
        Request rejected = model.requestAt(0);
        rejected.status = QStringLiteral("rejected");
        model.upsert(rejected);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatuses({QStringLiteral("submitted")});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatuses({});
        QCOMPARE(proxy.rowCount(), 4);
        QVERIFY(!proxy.isFiltering());
    }

    void waitingSortsByTimeNotByText()
    {
        RequestTableModel model;
        model.setRequests(sample(QDateTime::currentDateTimeUtc()));
        RequestFilterProxy proxy;
        proxy.setSourceModel(&model);
        // As text "10 d" < "10 min" < "2 h" < "3 d"; as time the oldest comes first.
        proxy.sort(RequestTableModel::SubmittedColumn, Qt::AscendingOrder);
        QList<qint64> order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, 0).data(RequestTableModel::RequestIdRole).toLongLong();
        QCOMPARE(order, (QList<qint64>{3, 1, 4, 2}));
    }

    void detailLinesAreLabelledWithTheFieldTitles()
    {
        Request referral =
            makeRequest(9, QStringLiteral("referral"), 10, 1, QDateTime::currentDateTimeUtc());
        referral.detailsJson = R"({"partner_name":"Ace Roofing","contact_name":"Bo",)"
                               R"("contact_email":"bo@ace.example","customer_id":42,)"
                               R"("notes":"Roof leak"})";
        const QList<RequestText::Line> lines = RequestText::detailLines(referral, {});
        QStringList labels;
        QStringList values;
        for (const RequestText::Line &line : lines) {
            labels << line.label;
            values << line.value;
        }
        // No phone was given: no line for it.
        QCOMPARE(labels, (QStringList{RequestText::fieldTitle(QStringLiteral("partner_name")),
                                      RequestText::fieldTitle(QStringLiteral("contact_name")),
                                      RequestText::fieldTitle(QStringLiteral("contact_email")),
                                      RequestText::fieldTitle(QStringLiteral("customer_id")),
                                      RequestText::fieldTitle(QStringLiteral("notes"))}));
        QCOMPARE(values, (QStringList{QStringLiteral("Ace Roofing"), QStringLiteral("Bo"),
                                      QStringLiteral("bo@ace.example"), QStringLiteral("#42"),
                                      QStringLiteral("Roof leak")}));
        QCOMPARE(RequestText::fieldTitle(QStringLiteral("needed_by")), QStringLiteral("Needed by"));
        QCOMPARE(RequestText::fieldTitle(QStringLiteral("size")), QStringLiteral("Size"));
        QCOMPARE(RequestText::fieldTitle(QStringLiteral("no_such_field")),
                 QStringLiteral("no_such_field"));
    }

    void momentsShowNoSeconds()
    {
        const QDateTime at(QDate(2026, 12, 3), QTime(8, 5, 37), QTimeZone::utc());
        const QString text = RequestText::moment(at);
        QVERIFY2(!text.contains(QLatin1String(":37")), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(at.toLocalTime().time(), QStringLiteral("mm"))),
                 qPrintable(text));
        QVERIFY(!RequestText::momentFormat().contains(QLatin1String("ss")));
        QCOMPARE(RequestText::moment(at.toString(Qt::ISODate)), text);
    }

    void momentsAreOnTheCompanysClock()
    {
        const QDateTime at(QDate(2026, 12, 7), QTime(18, 30), QTimeZone::utc());
        const QTimeZone denver(QByteArrayLiteral("America/Denver"));
        client::display::setTimeZone(denver);
        const QString text = RequestText::moment(at);
        const QString fromIso = RequestText::moment(at.toString(Qt::ISODate));
        client::display::setTimeZone({}); // the machine's again
        QCOMPARE(text, QLocale().toString(QDateTime(QDate(2026, 12, 7), QTime(11, 30), denver),
                                          RequestText::momentFormat()));
        QCOMPARE(fromIso, text);
    }

    void timeOffOfWholeDaysReadsAsItsDays()
    {
        const QTimeZone denver(QByteArrayLiteral("America/Denver"));
        client::display::setTimeZone(denver);
        const auto requestOf = [](const char *starts, const char *ends) {
            Request request =
                makeRequest(7, QStringLiteral("time_off"), 10, 1, QDateTime::currentDateTimeUtc());
            request.detailsJson =
                QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("vacation")},
                                          {QStringLiteral("starts_at"), QLatin1String(starts)},
                                          {QStringLiteral("ends_at"), QLatin1String(ends)}})
                    .toJson();
            return request;
        };
        const auto summaryOf = [&requestOf](const char *starts, const char *ends) {
            return RequestText::summary(requestOf(starts, ends), {});
        };
        const auto labelsOf = [&requestOf](const char *starts, const char *ends) {
            QStringList labels;
            for (const RequestText::Line &line :
                 RequestText::detailLines(requestOf(starts, ends), {}))
                labels << line.label;
            return labels;
        };
        // The details say the days as the summary does; hours keep their two moments.
        const QStringList dayLabels = labelsOf("2026-12-14T07:00:00Z", "2026-12-18T07:00:00Z");
        const QStringList hourLabels = labelsOf("2026-12-14T20:00:00Z", "2026-12-14T23:30:00Z");
        // Denver's midnights (07:00 UTC in December): the 14th to the 17th, four days.
        const QString days = summaryOf("2026-12-14T07:00:00Z", "2026-12-18T07:00:00Z");
        const QString oneDay = summaryOf("2026-12-14T07:00:00Z", "2026-12-15T07:00:00Z");
        // 13:00 to 16:30 in Denver.
        const QString hours = summaryOf("2026-12-14T20:00:00Z", "2026-12-14T23:30:00Z");
        // UTC midnights are not the company's: moments, as before.
        const QString utcMidnights = summaryOf("2026-12-14T00:00:00Z", "2026-12-16T00:00:00Z");
        const QString oneOClock =
            RequestText::moment(QDateTime(QDate(2026, 12, 14), QTime(13, 0), denver));
        client::display::setTimeZone({});

        const QLocale locale;
        const auto date = [&](int day) {
            return locale.toString(QDate(2026, 12, day), QLocale::ShortFormat);
        };
        QVERIFY2(days.contains(date(14) + QStringLiteral(" – ") + date(17)), qPrintable(days));
        QVERIFY2(days.contains(QLatin1String("4 day")), qPrintable(days));
        QVERIFY2(!days.contains(date(18)), qPrintable(days)); // the end is not a day off
        QVERIFY2(oneDay.contains(date(14)) && !oneDay.contains(date(15)) &&
                     !oneDay.contains(QStringLiteral(" – ")),
                 qPrintable(oneDay));
        QVERIFY2(hours.contains(oneOClock + QStringLiteral(" – ") +
                                client::display::time(QTime(16, 30))),
                 qPrintable(hours));
        QCOMPARE(hours.count(date(14)), 1);
        QCOMPARE(dayLabels, (QStringList{RequestText::fieldTitle(QStringLiteral("type")),
                                         RequestText::fieldTitle(QStringLiteral("days"))}));
        QCOMPARE(hourLabels, (QStringList{RequestText::fieldTitle(QStringLiteral("type")),
                                          RequestText::fieldTitle(QStringLiteral("starts_at")),
                                          RequestText::fieldTitle(QStringLiteral("ends_at"))}));
        QVERIFY2(utcMidnights.contains(client::display::time(QTime(17, 0))),
                 qPrintable(utcMidnights));
    }

    void aWholeDayWhoseMidnightIsSkippedReadsAsTheDay()
    {
        // Santiago, Sunday 6 September 2026: the day starts at 01:00 (04:00 UTC), the next at
        // 00:00 (03:00 UTC). Time off from one to the other is that day, all of it.
        client::display::setTimeZone(QTimeZone(QByteArrayLiteral("America/Santiago")));
        Request request =
            makeRequest(7, QStringLiteral("time_off"), 10, 1, QDateTime::currentDateTimeUtc());
        request.detailsJson =
            QJsonDocument(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("vacation")},
                            {QStringLiteral("starts_at"), QStringLiteral("2026-09-06T04:00:00Z")},
                            {QStringLiteral("ends_at"), QStringLiteral("2026-09-07T03:00:00Z")}})
                .toJson();
        const QString summary = RequestText::summary(request, {});
        client::display::setTimeZone({});
        const QString sixth = QLocale().toString(QDate(2026, 9, 6), QLocale::ShortFormat);
        QVERIFY2(summary.contains(sixth) && !summary.contains(QStringLiteral(" – ")),
                 qPrintable(summary));
    }

    void ageTextSaysHowLongItWaited()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RequestTableModel::ageText(now.addSecs(-300), now), QStringLiteral("5 min"));
        QCOMPARE(RequestTableModel::ageText(now.addSecs(-3 * 3600), now), QStringLiteral("3 h"));
        QCOMPARE(RequestTableModel::ageText(now.addDays(-2), now), QStringLiteral("2 d"));
        QCOMPARE(RequestTableModel::ageText(now.addSecs(60), now), QStringLiteral("0 min"));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestRequestModels)
} // namespace tst_requestmodels
#include "tst_requestmodels.moc"
