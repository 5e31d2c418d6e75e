// The server's live events over the WebSocket /api/v1/ws: connects with the current access
// token, reconnects with a growing delay, and resumes after the last event id it saw (or
// says that whoever shows them must load again when the server no longer has the missed
// events). The board keeps one for its day; the notification centre one for the session.
// Part of fielddesk_client: QtCore, QtNetwork and QtWebSockets, no widgets.
#pragma once

#include "fielddesk/domain/dispatch.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class QWebSocket;

namespace fielddesk::client {

class ApiClient;

class LiveEventFeed : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds kFirstRetry{500};
    static constexpr std::chrono::milliseconds kLongestRetry{15000};

    explicit LiveEventFeed(QObject *parent = nullptr);
    ~LiveEventFeed() override;

    // The server's base URL (http or https) and where the current access token comes from;
    // an https server's certificate is checked as Qt does by default.
    void start(const QUrl &serverUrl, std::function<QByteArray()> accessToken);
    // The server, current access token and certificate trust of this API client (which must
    // outlive the feed): what the console's feeds use.
    void start(const ApiClient *api);
    void stop();

    State state() const { return m_state; }
    qint64 lastEventId() const { return m_lastEventId; }
    // The URL of the next connection (the token is in its query).
    QUrl socketUrl() const;

signals:
    void stateChanged(fielddesk::client::LiveEventFeed::State state);
    // Connected; lastEventId is the server's newest event (everything later will come).
    void ready(qint64 lastEventId);
    void eventReceived(const fielddesk::DomainEvent &event);
    // Events were missed and are gone: load the day again.
    void resyncRequired();

private:
    void begin(const QUrl &serverUrl,
               std::function<QByteArray()> accessToken,
               const QSslConfiguration &ssl);
    void connectNow();
    void handleMessage(const QString &message);
    void handleDisconnect();
    void setState(State state);

    QWebSocket *m_socket;
    QTimer m_retryTimer;
    QUrl m_serverUrl;
    std::function<QByteArray()> m_accessToken;
    State m_state = State::Disconnected;
    qint64 m_lastEventId = 0;
    bool m_running = false;
    std::chrono::milliseconds m_retryDelay = kFirstRetry;
};

} // namespace fielddesk::client
