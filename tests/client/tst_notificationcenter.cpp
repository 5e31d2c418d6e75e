// NotificationCenter against a real fielddesk-server with the demo data, signed in as the
// employee tech1: the unread count is the server's at sign-in, goes up as a manager comments on
// or decides one of tech1's requests (the notification arrives as it was raised), and comes
// down as notifications are marked read one by one or all at once; the newest are listed
// newest first; a reconnected stream takes the server's count again; sign-out stops it all.
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/client/notificationcenter.h"

#include "answeredrequests.h"
#include "demoserver.h"
#include "notificationtraffic.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTest>

namespace tst_notificationcenter {

using namespace fielddesk;
using namespace fielddesk::client;

namespace {

const QString kEmployee = QStringLiteral("tech1@demo.local");
const QString kManager = QStringLiteral("manager@demo.local");
constexpr int kTimeout = 10000;

} // namespace

class TestNotificationCenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_traffic.signIn(m_server.baseUrl(), kEmployee, kManager));
    }

    void init()
    {
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(m_server.baseUrl());
        m_session = std::make_unique<AuthSession>(m_api.get());
        m_center = std::make_unique<NotificationCenter>(m_session.get());
    }

    void cleanup()
    {
        m_center.reset();
        m_session.reset();
        m_api.reset();
    }

    void countsWhatArrivesAndWhatIsRead()
    {
        // Something unread before the sign-in, so that the first count is not a zero that an
        // unloaded centre would show too.
        const qint64 earlier = m_traffic.fileSuggestion(QStringLiteral("Before sign-in"));
        QCOMPARE(m_traffic.comment(earlier, QStringLiteral("Seen it")), 201);
        const int before = m_traffic.unreadCount();
        QVERIFY(before > 0);

        QSignalSpy counts(m_center.get(), &NotificationCenter::unreadCountChanged);
        signIn();
        QTRY_COMPARE_WITH_TIMEOUT(m_center->unreadCount(), before, kTimeout);
        QVERIFY(!counts.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_center->feed()->state(), LiveEventFeed::State::Connected,
                                  kTimeout);

        // A manager comments on a request of tech1's: it arrives live, as it was raised.
        QSignalSpy arrived(m_center.get(), &NotificationCenter::notificationArrived);
        const qint64 request = m_traffic.fileSuggestion(QStringLiteral("Live check"));
        QCOMPARE(m_traffic.comment(request, QStringLiteral("Good idea")), 201);
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, kTimeout);
        const auto commented = arrived.at(0).at(0).value<Notification>();
        QCOMPARE(commented.kind, QStringLiteral("request.commented"));
        QCOMPARE(commented.objectType, QStringLiteral("request"));
        QCOMPARE(commented.objectId, std::optional<qint64>(request));
        QCOMPARE(commented.body, QStringLiteral("Good idea"));
        QVERIFY(commented.readAt.isEmpty());
        QCOMPARE(m_center->unreadCount(), before + 1);
        // The check with the server that follows agrees.
        QTest::qWait(int(2 * NotificationCenter::kCountCheckDelay.count()));
        QCOMPARE(m_center->unreadCount(), before + 1);
        QCOMPARE(m_traffic.unreadCount(), before + 1);

        // The newest first.
        std::optional<RecentNotifications> recent;
        m_center->recent(5, this,
                         [&recent](const RecentNotifications &answer) { recent = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(recent.has_value(), kTimeout);
        QVERIFY(recent->ok());
        QVERIFY(!recent->notifications.isEmpty() && recent->notifications.size() <= 5);
        QCOMPARE(recent->notifications.first().id, commented.id);
        QCOMPARE(recent->notifications.first().title, commented.title);

        // One read: the count comes down, on the server too.
        QSignalSpy read(m_center.get(), &NotificationCenter::notificationRead);
        m_center->markRead(commented.id);
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, kTimeout);
        QCOMPARE(read.at(0).at(0).toLongLong(), commented.id);
        QTRY_COMPARE_WITH_TIMEOUT(m_center->unreadCount(), before, kTimeout);
        QCOMPARE(m_traffic.unreadCount(), before);

        // A decision arrives too; then all read.
        QCOMPARE(m_traffic.approve(request), 200);
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 2, kTimeout);
        QCOMPARE(arrived.at(1).at(0).value<Notification>().kind, QStringLiteral("request.decided"));
        QCOMPARE(m_center->unreadCount(), before + 1);
        QSignalSpy allRead(m_center.get(), &NotificationCenter::allNotificationsRead);
        m_center->markAllRead();
        QTRY_COMPARE_WITH_TIMEOUT(allRead.size(), 1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_center->unreadCount(), 0, kTimeout);
        QCOMPARE(m_traffic.unreadCount(), 0);
    }

    void aReconnectedStreamTakesTheServersCount()
    {
        AnsweredRequests answered(m_api.get());
        signIn();
        QTRY_COMPARE_WITH_TIMEOUT(m_center->feed()->state(), LiveEventFeed::State::Connected,
                                  kTimeout);
        // The counts asked for at the start and at the stream's hello are in (either order
        // makes two answers): none can land after the comment below and look like its event.
        QTRY_VERIFY_WITH_TIMEOUT(
            answered.count(QStringLiteral("/api/v1/notifications/unread-count")) >= 2, kTimeout);
        // Raised while the stream is down: no event reaches the centre, the next hello does.
        const int before = m_traffic.unreadCount();
        QTRY_COMPARE_WITH_TIMEOUT(m_center->unreadCount(), before, kTimeout);
        m_center->feed()->stop();
        QCOMPARE(m_traffic.comment(m_traffic.fileSuggestion(QStringLiteral("While away")),
                                   QStringLiteral("Hm")),
                 201);
        QCOMPARE(m_traffic.unreadCount(), before + 1);
        QCOMPARE(m_center->unreadCount(), before);
        QSignalSpy ready(m_center->feed(), &LiveEventFeed::ready);
        m_center->feed()->start(m_api->baseUrl(), [this] { return m_api->accessToken(); });
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_center->unreadCount(), before + 1, kTimeout);
    }

    void signingOutStopsIt()
    {
        QCOMPARE(m_traffic.comment(m_traffic.fileSuggestion(QStringLiteral("Unread")),
                                   QStringLiteral("Yes")),
                 201);
        signIn();
        QTRY_VERIFY_WITH_TIMEOUT(m_center->unreadCount() > 0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_center->feed()->state(), LiveEventFeed::State::Connected,
                                  kTimeout);
        QVERIFY(m_center->isRunning());

        QSignalSpy stopped(m_center.get(), &NotificationCenter::stopped);
        m_session->signOut();
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!m_center->isRunning());
        QCOMPARE(m_center->unreadCount(), 0);
        QCOMPARE(m_center->feed()->state(), LiveEventFeed::State::Disconnected);
        // Nothing raised now reaches it. A second console of tech1's, still signed in, shows
        // when the notification has gone out.
        ApiClient twinApi;
        twinApi.setBaseUrl(m_server.baseUrl());
        AuthSession twinSession(&twinApi);
        NotificationCenter twin(&twinSession);
        QSignalSpy twinSignedIn(&twinSession, &AuthSession::signedIn);
        twinSession.signIn(kEmployee, demo::kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(twinSignedIn.size(), 1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(twin.feed()->state(), LiveEventFeed::State::Connected, kTimeout);
        QSignalSpy arrived(m_center.get(), &NotificationCenter::notificationArrived);
        QSignalSpy twinArrived(&twin, &NotificationCenter::notificationArrived);
        QCOMPARE(m_traffic.comment(m_traffic.fileSuggestion(QStringLiteral("Signed out")),
                                   QStringLiteral("No")),
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(twinArrived.size(), 1, kTimeout);
        QCOMPARE(arrived.size(), 0);
        QCOMPARE(m_center->unreadCount(), 0);
        QVERIFY(twin.unreadCount() > 0);
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    void signIn()
    {
        QSignalSpy signedIn(m_session.get(), &AuthSession::signedIn);
        QSignalSpy started(m_center.get(), &NotificationCenter::started);
        m_session->signIn(kEmployee, demo::kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, kTimeout);
        QCOMPARE(started.size(), 1);
        QVERIFY(m_center->isRunning());
    }

    DemoServer m_server;
    NotificationTraffic m_traffic;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<NotificationCenter> m_center;
};

FIELDDESK_TEST_GUILESS_MAIN(TestNotificationCenter)
} // namespace tst_notificationcenter
#include "tst_notificationcenter.moc"
