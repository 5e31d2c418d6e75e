// LiveEventFeed against a small WebSocket server on loopback: the token goes in the URL, the
// hello sets where the feed starts, events arrive once each (a replayed one is dropped), a
// dropped connection comes back by itself and resumes after the last event seen, and
// resync_required is passed on.

#include "fielddesk/client/liveeventfeed.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

namespace tst_liveeventfeed {

using namespace fielddesk;
using namespace fielddesk::client;

namespace {

QString eventText(qint64 id)
{
    return QStringLiteral("{\"id\":%1,\"type\":\"scheduling.job.updated.v1\",\"source\":"
                          "\"fielddesk/scheduling\",\"occurred_at\":\"2026-11-23T09:00:00.000Z\","
                          "\"correlation_id\":\"x\",\"data\":{\"job\":{\"id\":7}}}")
        .arg(id);
}

} // namespace

class TestLiveEventFeed : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<QWebSocketServer>(QStringLiteral("test"),
                                                      QWebSocketServer::NonSecureMode);
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
        m_urls.clear();
        m_sockets.clear();
        connect(m_server.get(), &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_server->nextPendingConnection();
            m_urls << socket->requestUrl();
            m_sockets << socket;
            socket->sendTextMessage(QStringLiteral("{\"type\":\"fielddesk.hello\","
                                                   "\"last_event_id\":100}"));
        });
    }

    void cleanup()
    {
        qDeleteAll(m_sockets);
        m_sockets.clear();
        m_server.reset();
    }

    void deliversEventsOnceAndResumesAfterADrop()
    {
        LiveEventFeed feed;
        QSignalSpy ready(&feed, &LiveEventFeed::ready);
        QSignalSpy events(&feed, &LiveEventFeed::eventReceived);
        feed.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())),
                   [] { return QByteArrayLiteral("token-1"); });
        QVERIFY(ready.wait());
        QCOMPARE(m_urls.size(), 1);
        QCOMPARE(m_urls.at(0).path(), QStringLiteral("/api/v1/ws"));
        QCOMPARE(QUrlQuery(m_urls.at(0)).queryItemValue(QStringLiteral("token")),
                 QStringLiteral("token-1"));
        QVERIFY(!QUrlQuery(m_urls.at(0)).hasQueryItem(QStringLiteral("after")));
        QCOMPARE(feed.lastEventId(), 100);
        QCOMPARE(feed.state(), LiveEventFeed::State::Connected);

        m_sockets.last()->sendTextMessage(eventText(100)); // before the start: not for us
        m_sockets.last()->sendTextMessage(eventText(101));
        m_sockets.last()->sendTextMessage(eventText(102));
        m_sockets.last()->sendTextMessage(eventText(101)); // a replay: dropped
        QTRY_COMPARE(events.size(), 2);
        QCOMPARE(events.at(1).at(0).value<DomainEvent>().id, 102);
        QCOMPARE(feed.lastEventId(), 102);

        // The server drops the connection: the feed comes back after the last event it saw.
        m_sockets.last()->close();
        QTRY_COMPARE_WITH_TIMEOUT(m_urls.size(), 2, 5000);
        QCOMPARE(QUrlQuery(m_urls.at(1)).queryItemValue(QStringLiteral("after")),
                 QStringLiteral("102"));
        QTRY_COMPARE(feed.state(), LiveEventFeed::State::Connected);
        QCOMPARE(feed.lastEventId(), 102); // the hello does not move a resumed feed back
        m_sockets.last()->sendTextMessage(eventText(103));
        QTRY_COMPARE(events.size(), 3);
    }

    void passesResyncOn()
    {
        LiveEventFeed feed;
        QSignalSpy ready(&feed, &LiveEventFeed::ready);
        QSignalSpy resync(&feed, &LiveEventFeed::resyncRequired);
        feed.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())),
                   [] { return QByteArrayLiteral("t"); });
        QVERIFY(ready.wait());
        m_sockets.last()->sendTextMessage(
            QStringLiteral("{\"type\":\"fielddesk.resync_required\"}"));
        QVERIFY(resync.wait());
        feed.stop();
        QCOMPARE(feed.state(), LiveEventFeed::State::Disconnected);
    }

private:
    std::unique_ptr<QWebSocketServer> m_server;
    QList<QUrl> m_urls;
    QList<QWebSocket *> m_sockets;
};

FIELDDESK_TEST_GUILESS_MAIN(TestLiveEventFeed)
} // namespace tst_liveeventfeed
#include "tst_liveeventfeed.moc"
