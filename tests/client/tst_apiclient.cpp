// ApiClient against a real fielddesk-server: JSON in and out, headers, problem+json errors,
// network failures, and the X-Client-Id that stays the same for one console instance.
#include "fielddesk/client/apiclient.h"

#include "demoserver.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace tst_apiclient {

using namespace fielddesk::client;

namespace {

const QString &kPassword = demo::kPassword;

ApiResponse call(ApiClient &api, const ApiRequest &request)
{
    std::optional<ApiResponse> result;
    QObject context;
    api.send(request, &context, [&](const ApiResponse &r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
    return result.value_or(ApiResponse{});
}

QJsonObject credentials(const QString &email, const QString &password)
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void resolveKeepsBasePath()
    {
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("https://dispatch.example/fielddesk/")));
        QCOMPARE(api.resolve(QStringLiteral("/api/v1/users?limit=5&ordering=-name")),
                 QUrl(QStringLiteral(
                     "https://dispatch.example/fielddesk/api/v1/users?limit=5&ordering=-name")));
        api.setBaseUrl(m_server.baseUrl());
        QCOMPARE(api.resolve(QStringLiteral("/healthz")).path(), QStringLiteral("/healthz"));
    }

    void healthAnswersWithRequestId()
    {
        ApiClient api;
        api.setBaseUrl(m_server.baseUrl());
        const ApiResponse response = call(api, ApiRequest::get(QStringLiteral("/healthz")));
        QVERIFY2(response.ok(), qPrintable(response.error ? response.error->message() : QString()));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QVERIFY2(uuid.match(QString::fromLatin1(response.requestId)).hasMatch(),
                 response.requestId.constData());

        // The server takes the client's id instead of making up another, and logs it.
        ApiRequest tagged = ApiRequest::get(QStringLiteral("/healthz"));
        tagged.requestId = QByteArrayLiteral("tst-apiclient-request-id-1");
        QCOMPARE(call(api, tagged).requestId, *tagged.requestId);
        m_loggedRequestIds << *tagged.requestId;
    }

    void clientIdIsStablePerInstance()
    {
        ApiClient first;
        ApiClient second;
        QVERIFY(!first.clientId().isNull());
        QCOMPARE(first.clientId(), first.clientId());
        QVERIFY(first.clientId() != second.clientId());
    }

    void signInAndUseTheToken()
    {
        ApiClient api;
        api.setBaseUrl(m_server.baseUrl());
        const ApiResponse login = call(
            api, ApiRequest::post(QStringLiteral("/api/v1/auth/login"),
                                  credentials(QStringLiteral("manager@demo.local"), kPassword)));
        QVERIFY2(login.ok(), qPrintable(login.error ? login.error->message() : QString()));
        const QString accessToken = login.json.value(QLatin1String("access_token")).toString();
        QVERIFY(!accessToken.isEmpty());

        // Without a token /me is refused with a problem, with it the user comes back.
        const ApiResponse anonymous = call(api, ApiRequest::get(QStringLiteral("/api/v1/me")));
        QVERIFY(anonymous.error);
        QCOMPARE(anonymous.status, 401);
        QVERIFY(!anonymous.error->message().isEmpty());

        api.setAccessToken(accessToken.toUtf8());
        const ApiResponse me = call(api, ApiRequest::get(QStringLiteral("/api/v1/me")));
        QVERIFY2(me.ok(), qPrintable(me.error ? me.error->message() : QString()));
        QCOMPARE(me.json.value(QLatin1String("user"))
                     .toObject()
                     .value(QLatin1String("email"))
                     .toString(),
                 QStringLiteral("manager@demo.local"));
    }

    void wrongPasswordGivesTheServersMessage()
    {
        ApiClient api;
        api.setBaseUrl(m_server.baseUrl());
        const ApiResponse response =
            call(api, ApiRequest::post(QStringLiteral("/api/v1/auth/login"),
                                       credentials(QStringLiteral("admin@demo.local"),
                                                   QStringLiteral("not-the-password"))));
        QVERIFY(response.error);
        QCOMPARE(response.status, 401);
        QCOMPARE(response.error->kind, ApiError::Kind::Http);
        QCOMPARE(response.error->detail, QStringLiteral("Wrong email or password."));
        QCOMPARE(response.error->message(), QStringLiteral("Wrong email or password."));
        QVERIFY(!response.error->type.isEmpty());
        QVERIFY(!response.error->requestId.isEmpty());
    }

    void missingFieldsAreNamed()
    {
        ApiClient api;
        api.setBaseUrl(m_server.baseUrl());
        const ApiResponse response =
            call(api, ApiRequest::post(QStringLiteral("/api/v1/auth/login"), QJsonObject{}));
        QVERIFY(response.error);
        QCOMPARE(response.status, 422);
        QVERIFY(!response.error->fieldErrors.isEmpty());
        const QString message = response.error->message();
        QVERIFY2(message.contains(QLatin1String("email")), qPrintable(message));
    }

    void unknownRouteIsAProblem()
    {
        ApiClient api;
        api.setBaseUrl(m_server.baseUrl());
        const ApiResponse response =
            call(api, ApiRequest::get(QStringLiteral("/api/v1/no-such-thing")));
        QVERIFY(response.error);
        QCOMPARE(response.status, 404);
        QVERIFY(!response.error->message().isEmpty());
    }

    void unreachableServerIsANetworkError()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QSignalSpy unreachable(&api, &ApiClient::serverUnreachable);
        const ApiResponse response = call(api, ApiRequest::get(QStringLiteral("/healthz")));
        QVERIFY(response.error);
        QVERIFY(response.error->isNetworkError());
        QCOMPARE(response.status, 0);
        const QString message = response.error->message();
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("refused")), qPrintable(message));
        QCOMPARE(unreachable.count(), 1);
    }

    void destroyedContextIsNotCalled()
    {
        ApiClient api;
        api.setBaseUrl(m_server.baseUrl());
        bool called = false;
        auto context = std::make_unique<QObject>();
        QSignalSpy answered(&api, &ApiClient::serverAnswered);
        api.get(QStringLiteral("/healthz"), context.get(),
                [&](const ApiResponse &) { called = true; });
        context.reset();
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 20000);
        QVERIFY(!called);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
        for (const QByteArray &id : std::as_const(m_loggedRequestIds))
            QVERIFY2(m_server.output().contains(id), id.constData());
    }

private:
    DemoServer m_server;
    QByteArrayList m_loggedRequestIds;
};

FIELDDESK_TEST_GUILESS_MAIN(TestApiClient)
} // namespace tst_apiclient
#include "tst_apiclient.moc"
