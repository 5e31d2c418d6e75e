#include "loaddriver.h"

#include <poll.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// Answers still in flight when the time is up get this long to arrive.
constexpr auto kDrainTimeout = std::chrono::seconds(10);
constexpr int kPollTimeoutMs = 50;

} // namespace

namespace {

double percentileOf(QList<quint32> sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = std::clamp<qsizetype>(
        qsizetype(std::ceil(q * double(sorted.size()))) - 1, 0, sorted.size() - 1);
    std::nth_element(sorted.begin(), sorted.begin() + rank, sorted.end());
    return sorted.at(rank) / 1000.0;
}

} // namespace

double ScenarioResult::percentileMs(double q) const
{
    return percentileOf(latenciesUs, q);
}

double ScenarioResult::percentileMs(double q, bool writes) const
{
    QList<quint32> chosen;
    for (qsizetype i = 0; i < latenciesUs.size(); ++i) {
        if (wasWrite.value(i) == writes)
            chosen.append(latenciesUs.at(i));
    }
    return percentileOf(std::move(chosen), q);
}

qint64 ScenarioResult::answered(bool writes) const
{
    return std::count(wasWrite.cbegin(), wasWrite.cend(), writes);
}

LoadDriver::LoadDriver(QByteArray host, quint16 port, QByteArray authorization, int connections)
    : m_host(std::move(host))
    , m_port(port)
    , m_authorization(std::move(authorization))
    , m_connections(connections)
{}

LoadDriver::Outcome LoadDriver::successOnly(int status)
{
    return status >= 200 && status < 300 ? Outcome::Ok : Outcome::Error;
}

ScenarioResult LoadDriver::run(const QString &name,
                               std::chrono::milliseconds duration,
                               const NextRequest &next,
                               const Classify &classify)
{
    ScenarioResult result;
    result.name = name;
    result.latenciesUs.reserve(1 << 20);

    struct Lane
    {
        std::unique_ptr<HttpConnection> connection;
        Clock::time_point sentAt; // or when the request was due, with a rate
        bool busy = false;
        bool write = false; // the request in flight is not a GET
    };
    std::vector<Lane> lanes(static_cast<size_t>(m_connections));
    QString error;
    for (Lane &lane : lanes) {
        lane.connection = std::make_unique<HttpConnection>(m_host, m_port, m_authorization);
        if (!lane.connection->open(&error)) {
            result.errors += 1;
            result.firstErrorBody = error.toUtf8();
        }
    }

    const Clock::time_point started = Clock::now();
    const Clock::time_point deadline = started + duration;
    const auto interval = m_rate > 0 ? std::chrono::duration_cast<Clock::duration>(
                                           std::chrono::duration<double>(1.0 / m_rate))
                                     : Clock::duration::zero();
    Clock::time_point nextDue = started;
    bool exhausted = false;
    const auto sendNext = [&](Lane &lane) {
        const Clock::time_point now = Clock::now();
        if (exhausted || now >= deadline || now < nextDue)
            return;
        std::optional<HttpRequest> request = next();
        if (!request) {
            exhausted = true;
            result.ranOut = true;
            return;
        }
        if (!lane.connection->isOpen() && !lane.connection->open(&error)) {
            ++result.errors;
            return;
        }
        lane.sentAt = m_rate > 0 ? nextDue : now;
        nextDue += interval;
        lane.busy = true;
        lane.write = request->method != "GET";
        lane.connection->send(*request);
    };
    for (Lane &lane : lanes)
        if (lane.connection->isOpen())
            sendNext(lane);

    std::vector<pollfd> fds;
    std::vector<Lane *> polled;
    for (;;) {
        // Paced: idle connections take the requests that are due.
        for (Lane &lane : lanes)
            if (!lane.busy && lane.connection)
                sendNext(lane);
        fds.clear();
        polled.clear();
        for (Lane &lane : lanes) {
            if (!lane.busy)
                continue;
            fds.push_back({lane.connection->socket(),
                           short(POLLIN | (lane.connection->wantsWrite() ? POLLOUT : 0)), 0});
            polled.push_back(&lane);
        }
        const bool moreToSend = m_rate > 0 && !exhausted && Clock::now() < deadline;
        if (fds.empty() && !moreToSend)
            break;
        if (Clock::now() > deadline + kDrainTimeout) {
            result.errors += qint64(fds.size()); // never answered
            if (result.firstErrorBody.isEmpty())
                result.firstErrorBody = QByteArrayLiteral("no answer within the drain time");
            break;
        }
        int timeoutMs = kPollTimeoutMs;
        if (moreToSend) {
            const auto untilDue =
                std::chrono::ceil<std::chrono::milliseconds>(nextDue - Clock::now()).count();
            timeoutMs = int(std::clamp<qint64>(untilDue, 0, kPollTimeoutMs));
        }
        const int ready = ::poll(fds.data(), nfds_t(fds.size()), timeoutMs);
        if (ready <= 0)
            continue;
        for (size_t i = 0; i < fds.size(); ++i) {
            Lane &lane = *polled[i];
            const short events = fds[i].revents;
            if (events == 0)
                continue;
            if ((events & POLLOUT) && !lane.connection->writeSome()) {
                ++result.errors;
                lane.busy = false;
                lane.connection->close();
                sendNext(lane);
                continue;
            }
            if (!(events & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const HttpConnection::ReadState state = lane.connection->readSome();
            if (state == HttpConnection::ReadState::Pending)
                continue;
            lane.busy = false;
            if (state != HttpConnection::ReadState::Complete) {
                ++result.errors;
                lane.connection->close();
                sendNext(lane);
                continue;
            }
            const auto elapsed =
                std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - lane.sentAt);
            HttpResponse response = lane.connection->takeResponse();
            ++result.requests;
            ++result.statuses[response.status];
            result.latenciesUs.append(quint32(elapsed.count()));
            result.wasWrite.append(lane.write);
            result.answeredAtUs.append(quint32(
                std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started)
                    .count()));
            switch (classify(response.status)) {
            case Outcome::Ok:
                break;
            case Outcome::Conflict:
                ++result.conflicts;
                break;
            case Outcome::Error:
                ++result.errors;
                if (result.firstErrorBody.isEmpty())
                    result.firstErrorBody =
                        QByteArray::number(response.status) + ' ' + response.body.left(400);
                break;
            }
            if (lane.connection->closeRequested())
                lane.connection->close();
            sendNext(lane);
        }
    }
    // Until the last answer: the few requests still in flight at the deadline count too.
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}
