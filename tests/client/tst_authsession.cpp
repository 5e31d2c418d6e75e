// AuthSession against a real fielddesk-server: sign in, wrong password, refresh with
// rotation (and what happens when an old refresh token is re-used), "keep me signed in"
// through a TokenStore (kept, rotated, forgotten, or not kept at all), resume, sign out.
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/apiresponse.h"
#include "fielddesk/client/authsession.h"

#include "answeredrequests.h"
#include "demoserver.h"
#include "memorytokenstore.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace tst_authsession {

using namespace fielddesk;
using namespace fielddesk::client;

namespace {

const QString &kPassword = demo::kPassword;
const QString &kTenant = demo::kTenant;
constexpr int kTimeout = 20000;
const QString kLoginPath = QStringLiteral("/api/v1/auth/login");

} // namespace

class TestAuthSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void init()
    {
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(m_server.baseUrl());
        m_store = std::make_unique<MemoryTokenStore>();
        m_session = std::make_unique<AuthSession>(m_api.get());
        m_session->setTokenStore(m_store.get());
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
        m_api.reset();
    }

    void signInOk()
    {
        QSignalSpy signedIn(m_session.get(), &AuthSession::signedIn);
        QSignalSpy states(m_session.get(), &AuthSession::stateChanged);
        m_session->signIn(QStringLiteral("dispatcher@demo.local"), kPassword);
        QCOMPARE(m_session->state(), AuthSession::State::SigningIn);
        QVERIFY(signedIn.wait(kTimeout));

        QCOMPARE(m_session->state(), AuthSession::State::SignedIn);
        QCOMPARE(states.count(), 2); // signing in, signed in
        QCOMPARE(m_session->email(), QStringLiteral("dispatcher@demo.local"));
        QCOMPARE(m_session->user().email, QStringLiteral("dispatcher@demo.local"));
        QVERIFY(!m_session->user().name.isEmpty());
        QCOMPARE(m_session->user().role, std::optional<Role>(Role::Dispatcher));
        QCOMPARE(m_session->tenant().name, kTenant);
        QVERIFY(!m_session->refreshToken().isEmpty());
        QVERIFY(!m_api->accessToken().isEmpty());
        // The contract's 15-minute access token, refreshed before it runs out.
        const qint64 left =
            QDateTime::currentDateTimeUtc().secsTo(m_session->accessTokenExpiresAt());
        QVERIFY2(left > 60 && left <= 15 * 60, qPrintable(QString::number(left)));
        QVERIFY(!m_session->keepsSignedIn());

        // The client now carries the token.
        TestHttpClient http(m_server.baseUrl());
        http.setToken(m_api->accessToken());
        const TestReply me = http.get(QStringLiteral("/api/v1/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()
                     .value(QLatin1String("user"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 m_session->user().name);
    }

    void wrongPasswordGivesTheServersMessage()
    {
        QSignalSpy failed(m_session.get(), &AuthSession::signInFailed);
        QSignalSpy signedIn(m_session.get(), &AuthSession::signedIn);
        m_session->signIn(QStringLiteral("manager@demo.local"), QStringLiteral("wrong"));
        QVERIFY(failed.wait(kTimeout));
        const auto error = failed.takeFirst().at(0).value<ApiError>();
        QCOMPARE(error.status, 401);
        QCOMPARE(error.message(), QStringLiteral("Wrong email or password."));
        QCOMPARE(m_session->state(), AuthSession::State::SignedOut);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(m_api->accessToken().isEmpty());
        QVERIFY(m_store->entries.isEmpty());
    }

    void refreshRotatesTheToken()
    {
        QSignalSpy signedIn(m_session.get(), &AuthSession::signedIn);
        m_session->signIn(QStringLiteral("admin@demo.local"), kPassword);
        QVERIFY(signedIn.wait(kTimeout));
        const QString first = m_session->refreshToken();

        QSignalSpy refreshed(m_session.get(), &AuthSession::refreshed);
        m_session->refresh();
        QVERIFY(refreshed.wait(kTimeout));
        const QString second = m_session->refreshToken();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QCOMPARE(m_session->state(), AuthSession::State::SignedIn);
        QCOMPARE(m_session->tenant().name, kTenant);

        // The new access token works.
        TestHttpClient http(m_server.baseUrl());
        http.setToken(m_api->accessToken());
        QCOMPARE(http.get(QStringLiteral("/api/v1/me")).status, 200);

        // The old refresh token is dead; re-using it revokes the whole family, so the
        // session's own (newer) token dies too and the session ends on its next refresh.
        const TestReply reuse = http.post(QStringLiteral("/api/v1/auth/refresh"),
                                          {{QStringLiteral("refresh_token"), first}});
        QCOMPARE(reuse.status, 401);
        QSignalSpy expired(m_session.get(), &AuthSession::sessionExpired);
        m_session->refresh();
        QVERIFY(expired.wait(kTimeout));
        QCOMPARE(expired.takeFirst().at(0).value<ApiError>().status, 401);
        QCOMPARE(m_session->state(), AuthSession::State::SignedOut);
        QVERIFY(m_api->accessToken().isEmpty());
    }

    void keepSignedInFollowsRotationAndSignOut()
    {
        QSignalSpy kept(m_session.get(), &AuthSession::refreshTokenKept);
        m_session->signIn(QStringLiteral("manager@demo.local"), kPassword,
                          AuthSession::KeepSignedIn::Yes);
        QVERIFY(kept.wait(kTimeout));
        const QString account =
            TokenStore::accountKey(m_server.baseUrl(), QStringLiteral("manager@demo.local"));
        QCOMPARE(m_session->accountKey(), account);
        QVERIFY(m_session->keepsSignedIn());
        QCOMPARE(m_store->entries.value(account), m_session->refreshToken());

        // Every rotation replaces the kept token: the old one would revoke the family.
        QSignalSpy refreshed(m_session.get(), &AuthSession::refreshed);
        m_session->refresh();
        QVERIFY(refreshed.wait(kTimeout));
        QVERIFY(kept.wait(kTimeout));
        QCOMPARE(m_store->entries.value(account), m_session->refreshToken());

        // A second console (a new run) resumes from the kept token, and keeps the rotated one.
        ApiClient api;
        api.setBaseUrl(m_server.baseUrl());
        AuthSession resumed(&api);
        resumed.setTokenStore(m_store.get());
        QSignalSpy resumedIn(&resumed, &AuthSession::signedIn);
        QSignalSpy resumedKept(&resumed, &AuthSession::refreshTokenKept);
        resumed.resume(QStringLiteral("manager@demo.local"));
        QVERIFY(resumedIn.wait(kTimeout));
        QCOMPARE(resumed.user().email, QStringLiteral("manager@demo.local"));
        QCOMPARE(resumed.tenant().name, kTenant);
        QVERIFY(resumedKept.wait(kTimeout));
        QCOMPARE(m_store->entries.value(account), resumed.refreshToken());

        // Signing out forgets the kept token.
        QSignalSpy signedOut(&resumed, &AuthSession::signedOut);
        resumed.signOut();
        QCOMPARE(signedOut.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->entries.contains(account), kTimeout);
    }

    void resumeWithoutKeptTokenIsSilent()
    {
        QSignalSpy failed(m_session.get(), &AuthSession::resumeFailed);
        m_session->resume(QStringLiteral("tech1@demo.local"));
        QVERIFY(failed.wait(kTimeout));
        QVERIFY(failed.takeFirst().at(0).toString().isEmpty());
        QCOMPARE(m_session->state(), AuthSession::State::SignedOut);
    }

    void resumeWithDeadTokenExplainsAndForgets()
    {
        const QString account =
            TokenStore::accountKey(m_server.baseUrl(), QStringLiteral("tech1@demo.local"));
        m_store->entries.insert(account, QStringLiteral("rv_not-a-real-token"));
        QSignalSpy failed(m_session.get(), &AuthSession::resumeFailed);
        m_session->resume(QStringLiteral("tech1@demo.local"));
        QVERIFY(failed.wait(kTimeout));
        QVERIFY(!failed.takeFirst().at(0).toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->entries.contains(account), kTimeout);
    }

    void keychainUnavailableStillSignsInAndStoresNothing()
    {
        m_store->unavailable = true;
        QSignalSpy signedIn(m_session.get(), &AuthSession::signedIn);
        QSignalSpy notKept(m_session.get(), &AuthSession::refreshTokenNotKept);
        m_session->signIn(QStringLiteral("tech1@demo.local"), kPassword,
                          AuthSession::KeepSignedIn::Yes);
        QVERIFY(notKept.wait(kTimeout));
        QCOMPARE(signedIn.count(), 1);
        QVERIFY(!notKept.takeFirst().at(0).toString().isEmpty());
        QVERIFY(m_session->isSignedIn());
        QVERIFY(!m_session->keepsSignedIn());
        QVERIFY(m_store->entries.isEmpty());

        // No more attempts on rotation once the store has failed.
        const int writes = m_store->writes;
        QSignalSpy refreshed(m_session.get(), &AuthSession::refreshed);
        m_session->refresh();
        QVERIFY(refreshed.wait(kTimeout));
        // A rotated token is kept in the same answer handler, right after refreshed: by the
        // time wait() returns, a write would have been made.
        QCOMPARE(m_store->writes, writes);
    }

    void signOutRevokesTheRefreshToken()
    {
        QSignalSpy signedIn(m_session.get(), &AuthSession::signedIn);
        m_session->signIn(QStringLiteral("admin@other.local"), kPassword);
        QVERIFY(signedIn.wait(kTimeout));
        QCOMPARE(m_session->tenant().name, QStringLiteral("Other Co."));
        const QString refreshToken = m_session->refreshToken();

        QSignalSpy signedOut(m_session.get(), &AuthSession::signedOut);
        m_session->signOut();
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(m_session->state(), AuthSession::State::SignedOut);
        QVERIFY(m_session->refreshToken().isEmpty());
        QVERIFY(m_api->accessToken().isEmpty());

        // The server forgot it (the logout request is on its way: poll briefly).
        TestHttpClient http(m_server.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(http.post(QStringLiteral("/api/v1/auth/refresh"),
                                            {{QStringLiteral("refresh_token"), refreshToken}})
                                      .status,
                                  401, kTimeout);
    }

    void refreshesBeforeTheAccessTokenExpires()
    {
        // A server with the shortest access-token lifetime it accepts.
        QTemporaryDir dir;
        ServerProcess shortLived;
        QString error;
        QVERIFY2(shortLived.start(
                     {.database = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("t.db")),
                      .demo = true,
                      .extraArguments = {},
                      .environment = {QStringLiteral("FIELDDESK_ACCESS_TOKEN_TTL=30")}},
                     &error),
                 qPrintable(error));
        m_api->setBaseUrl(shortLived.baseUrl());
        QSignalSpy signedIn(m_session.get(), &AuthSession::signedIn);
        m_session->signIn(QStringLiteral("dispatcher@demo.local"), kPassword);
        QVERIFY(signedIn.wait(kTimeout));
        const QDateTime firstExpiry = m_session->accessTokenExpiresAt();
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(firstExpiry) <= 30);
        const QString firstRefreshToken = m_session->refreshToken();

        // Nobody calls refresh(): the session does it by itself, before the token runs out.
        QSignalSpy refreshed(m_session.get(), &AuthSession::refreshed);
        QVERIFY(refreshed.wait(40000));
        QVERIFY2(QDateTime::currentDateTimeUtc() < firstExpiry, "refreshed after expiry");
        QVERIFY(m_session->accessTokenExpiresAt() > firstExpiry);
        QVERIFY(m_session->refreshToken() != firstRefreshToken);
        QVERIFY(m_session->isSignedIn());
        QCOMPARE(shortLived.stop(), 0);
    }

    void refusedAccessTokenTriggersARefresh()
    {
        QSignalSpy signedIn(m_session.get(), &AuthSession::signedIn);
        m_session->signIn(QStringLiteral("manager@demo.local"), kPassword);
        QVERIFY(signedIn.wait(kTimeout));
        const QString refreshToken = m_session->refreshToken();

        // As if the token had expired while the machine slept.
        m_api->setAccessToken("not-a-valid-token");
        QSignalSpy refreshed(m_session.get(), &AuthSession::refreshed);
        std::optional<ApiResponse> refused;
        m_api->get(QStringLiteral("/api/v1/me"), this, [&](const ApiResponse &r) { refused = r; });
        QVERIFY(refreshed.wait(kTimeout));
        QVERIFY(refused);
        QCOMPARE(refused->status, 401);
        QVERIFY(m_session->refreshToken() != refreshToken);

        std::optional<ApiResponse> me;
        m_api->get(QStringLiteral("/api/v1/me"), this, [&](const ApiResponse &r) { me = r; });
        QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), kTimeout);
        QCOMPARE(me->status, 200);
    }

    void cancelIgnoresTheLateAnswer()
    {
        QSignalSpy signedIn(m_session.get(), &AuthSession::signedIn);
        const AnsweredRequests answered(m_api.get());
        m_session->signIn(QStringLiteral("dispatcher@demo.local"), kPassword);
        m_session->cancel();
        QCOMPARE(m_session->state(), AuthSession::State::SignedOut);
        QTRY_COMPARE_WITH_TIMEOUT(answered.count(kLoginPath), 1, kTimeout); // the late answer
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(m_api->accessToken().isEmpty());
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    DemoServer m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<AuthSession> m_session;
};

FIELDDESK_TEST_GUILESS_MAIN(TestAuthSession)
} // namespace tst_authsession
#include "tst_authsession.moc"
