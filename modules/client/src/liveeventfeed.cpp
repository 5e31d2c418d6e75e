#include "fielddesk/client/liveeventfeed.h"

#include "fielddesk/client/apiclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QWebSocket>

namespace fielddesk::client {

LiveEventFeed::LiveEventFeed(QObject *parent)
    : QObject(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LiveEventFeed::connectNow);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_retryDelay = kFirstRetry;
        setState(State::Connected);
    });
    connect(m_socket, &QWebSocket::disconnected, this, &LiveEventFeed::handleDisconnect);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &LiveEventFeed::handleMessage);
}

LiveEventFeed::~LiveEventFeed()
{
    m_running = false;
    m_socket->disconnect(this);
    m_socket->abort();
}

void LiveEventFeed::start(const QUrl &serverUrl, std::function<QByteArray()> accessToken)
{
    begin(serverUrl, std::move(accessToken), QSslConfiguration::defaultConfiguration());
}

void LiveEventFeed::start(const ApiClient *api)
{
    begin(
        api->baseUrl(), [api] { return api->accessToken(); }, api->sslConfiguration());
}

void LiveEventFeed::begin(const QUrl &serverUrl,
                          std::function<QByteArray()> accessToken,
                          const QSslConfiguration &ssl)
{
    m_socket->setSslConfiguration(ssl);
    m_serverUrl = serverUrl;
    m_accessToken = std::move(accessToken);
    m_running = true;
    m_lastEventId = 0;
    m_retryDelay = kFirstRetry;
    m_socket->abort();
    connectNow();
}

void LiveEventFeed::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_socket->close();
    setState(State::Disconnected);
}

QUrl LiveEventFeed::socketUrl() const
{
    QUrl url = m_serverUrl;
    url.setScheme(m_serverUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                 : QStringLiteral("ws"));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/ws"));
    QUrlQuery query;
    if (m_accessToken)
        query.addQueryItem(QStringLiteral("token"), QString::fromLatin1(m_accessToken()));
    if (m_lastEventId > 0)
        query.addQueryItem(QStringLiteral("after"), QString::number(m_lastEventId));
    url.setQuery(query);
    return url;
}

void LiveEventFeed::connectNow()
{
    if (!m_running)
        return;
    setState(State::Connecting);
    m_socket->open(socketUrl());
}

void LiveEventFeed::handleDisconnect()
{
    if (!m_running) {
        setState(State::Disconnected);
        return;
    }
    setState(State::Connecting);
    m_retryTimer.start(m_retryDelay);
    m_retryDelay = std::min(m_retryDelay * 2, kLongestRetry);
}

void LiveEventFeed::handleMessage(const QString &message)
{
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = object.value(QLatin1String("type")).toString();
    if (type == QLatin1String("fielddesk.hello")) {
        const qint64 last = object.value(QLatin1String("last_event_id")).toInteger();
        // A fresh start begins at the server's newest event; a resume keeps its own place.
        if (m_lastEventId == 0)
            m_lastEventId = last;
        emit ready(last);
        return;
    }
    if (type == QLatin1String("fielddesk.resync_required")) {
        m_lastEventId = 0;
        emit resyncRequired();
        return;
    }
    const DomainEvent event = DomainEvent::fromJson(object);
    if (event.id > 0 && event.id <= m_lastEventId)
        return; // seen already (events are idempotent on id)
    m_lastEventId = std::max(m_lastEventId, event.id);
    emit eventReceived(event);
}

void LiveEventFeed::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace fielddesk::client
