// ApiError on its own: problem+json parsing and the messages a user reads.
#include "fielddesk/client/apierror.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace tst_apierror {

using fielddesk::client::ApiError;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void problemDetailIsTheMessage()
    {
        const ApiError error = ApiError::fromHttp(
            401, R"({"type":"/problems/unauthorized","title":"Authentication required",)"
                 R"("status":401,"detail":"Wrong email or password.","errors":[]})");
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.status, 401);
        QCOMPARE(error.type, QStringLiteral("/problems/unauthorized"));
        QCOMPARE(error.title, QStringLiteral("Authentication required"));
        QCOMPARE(error.message(), QStringLiteral("Wrong email or password."));
        QVERIFY(error.isUnauthorized());
    }

    void extensionMembersAreKept()
    {
        const ApiError error = ApiError::fromHttp(
            409, R"({"type":"/problems/version-conflict","title":"Conflict","status":409,)"
                 R"("current":{"id":7,"version":4},"changed":[{"id":7},{"id":9}]})");
        QCOMPARE(error.problem.value(QLatin1String("current"))
                     .toObject()
                     .value(QLatin1String("version"))
                     .toInt(),
                 4);
        QCOMPARE(error.problem.value(QLatin1String("changed")).toArray().size(), 2);
        QVERIFY(ApiError::fromHttp(502, "<html>bad gateway</html>").problem.isEmpty());
    }

    void fieldErrorsAreListed()
    {
        const ApiError error = ApiError::fromHttp(
            422, R"({"title":"Invalid request","status":422,"detail":"Some fields are wrong.",)"
                 R"("errors":[{"field":"email","message":"is required"},)"
                 R"({"field":"password","message":"is required"}]})");
        QCOMPARE(error.fieldErrors.size(), 2);
        QCOMPARE(error.fieldErrors.at(0).field, QStringLiteral("email"));
        QCOMPARE(
            error.message(),
            QStringLiteral("Some fields are wrong.\nemail: is required\npassword: is required"));
    }

    void titleWhenNoDetail()
    {
        const ApiError error = ApiError::fromHttp(404, R"({"title":"Not found","status":404})");
        QCOMPARE(error.message(), QStringLiteral("Not found"));
    }

    void retryAfterWithoutProblem()
    {
        const ApiError error = ApiError::fromHttp(429, QByteArray(), "30");
        QCOMPARE(error.retryAfterSeconds, std::optional<int>(30));
        QVERIFY2(error.message().contains(QLatin1String("30")), qPrintable(error.message()));
    }

    void notJsonAtAll()
    {
        const ApiError error = ApiError::fromHttp(502, "<html>Bad gateway</html>");
        QVERIFY2(error.message().contains(QLatin1String("502")), qPrintable(error.message()));
    }

    void networkErrorsNameTheServer()
    {
        const QUrl url(QStringLiteral("http://dispatch.example:8080/api/v1/auth/login"));
        const ApiError refused =
            ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, url, QString());
        QVERIFY(refused.isNetworkError());
        QCOMPARE(refused.status, 0);
        QVERIFY2(refused.message().contains(QLatin1String("http://dispatch.example:8080")),
                 qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QLatin1String("refused")),
                 qPrintable(refused.message()));
        QVERIFY(!refused.message().contains(QLatin1String("/api/v1")));

        const ApiError unknownHost =
            ApiError::fromNetwork(QNetworkReply::HostNotFoundError, url, QString());
        QVERIFY2(unknownHost.message().contains(QLatin1String("not found")),
                 qPrintable(unknownHost.message()));
        const ApiError timeout =
            ApiError::fromNetwork(QNetworkReply::OperationCanceledError, url, QString());
        QVERIFY2(timeout.message().contains(QLatin1String("did not answer in time")),
                 qPrintable(timeout.message()));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestApiError)
} // namespace tst_apierror
#include "tst_apierror.moc"
