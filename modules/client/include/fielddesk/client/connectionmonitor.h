// Watches whether the server is reachable: polls GET /readyz every few seconds and listens to
// every other API call. Connected, reconnecting (recent failures, retrying quickly) or
// offline (several failures in a row). Part of fielddesk_client: QtCore and QtNetwork only.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace fielddesk::client {

class ApiClient;

class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State { Connected, Reconnecting, Offline };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds kPollInterval{5000};
    static constexpr std::chrono::milliseconds kRetryInterval{2000};
    static constexpr int kOfflineAfterFailures = 3;

    explicit ConnectionMonitor(ApiClient *api, QObject *parent = nullptr);

    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setRetryInterval(std::chrono::milliseconds interval) { m_retryInterval = interval; }
    void setOfflineAfterFailures(int failures) { m_offlineAfter = failures; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Polls now instead of waiting for the timer.
    void checkNow();

    State state() const { return m_state; }
    QDateTime lastContact() const { return m_lastContact; }
    QString lastError() const { return m_lastError; }

signals:
    void stateChanged(fielddesk::client::ConnectionMonitor::State state);

private:
    void recordSuccess();
    void recordFailure(const QString &message);
    void setState(State state);
    void scheduleNext();

    ApiClient *m_api;
    QTimer m_timer;
    State m_state = State::Offline;
    QDateTime m_lastContact;
    QString m_lastError;
    std::chrono::milliseconds m_pollInterval = kPollInterval;
    std::chrono::milliseconds m_retryInterval = kRetryInterval;
    int m_offlineAfter = kOfflineAfterFailures;
    int m_failures = 0;
    bool m_running = false;
    bool m_pollInFlight = false;
};

} // namespace fielddesk::client
