#include "fielddesk/client/connectionmonitor.h"

#include "fielddesk/client/apiclient.h"

#include <algorithm>

namespace fielddesk::client {

namespace {

const QString kReadinessPath = QStringLiteral("/readyz");
// A readiness answer slower than this counts as a failure: the console would feel dead.
constexpr std::chrono::milliseconds kPollTimeout{4000};

} // namespace

ConnectionMonitor::ConnectionMonitor(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::checkNow);
    // Every other call is evidence too: an answer proves the server is there, a failure is
    // worth checking at once rather than at the next tick.
    connect(m_api, &ApiClient::serverAnswered, this, [this] {
        if (m_running && !m_pollInFlight)
            recordSuccess();
    });
    connect(m_api, &ApiClient::serverUnreachable, this, [this] {
        if (m_running && m_state == State::Connected)
            checkNow();
    });
}

void ConnectionMonitor::start()
{
    m_running = true;
    checkNow();
}

void ConnectionMonitor::stop()
{
    m_running = false;
    m_timer.stop();
    m_failures = 0;
}

void ConnectionMonitor::checkNow()
{
    if (!m_running || m_pollInFlight)
        return;
    m_timer.stop();
    m_pollInFlight = true;
    ApiRequest request = ApiRequest::get(kReadinessPath).withoutToken();
    request.timeout = std::min(kPollTimeout, m_pollInterval);
    m_api->send(request, this, [this](const ApiResponse &response) {
        m_pollInFlight = false;
        if (!m_running)
            return;
        if (response.status == 200)
            recordSuccess();
        else if (response.error && response.error->isNetworkError())
            recordFailure(response.error->message());
        else
            recordFailure(tr("The server is not ready (HTTP %1).").arg(response.status));
        scheduleNext();
    });
}

void ConnectionMonitor::recordSuccess()
{
    m_failures = 0;
    m_lastError.clear();
    m_lastContact = QDateTime::currentDateTimeUtc();
    setState(State::Connected);
}

void ConnectionMonitor::recordFailure(const QString &message)
{
    ++m_failures;
    m_lastError = message;
    setState(m_failures >= m_offlineAfter ? State::Offline : State::Reconnecting);
}

void ConnectionMonitor::scheduleNext()
{
    m_timer.start(m_state == State::Connected ? m_pollInterval : m_retryInterval);
}

void ConnectionMonitor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace fielddesk::client
