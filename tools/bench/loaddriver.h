// Drives the server with a fixed number of keep-alive connections for a fixed time, one
// request in flight per connection, from one thread with poll(): what a console fleet looks
// like to the server. Records the latency of every answer and classifies its status.
// Closed loop by default (each connection sends again as soon as it is answered, so latency
// is connections / throughput); with a rate, requests are due on a fixed schedule and latency
// counts from when a request was due, waiting for a free connection included.
#pragma once

#include "httpconnection.h"

#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

struct ScenarioResult
{
    QString name;
    qint64 requests = 0; // answered
    double seconds = 0;
    QList<quint32> latenciesUs;  // of every answer
    QList<quint32> answeredAtUs; // when each answer came, from the start of the run
    QList<bool> wasWrite;        // per answer: its request was not a GET
    qint64 errors = 0;           // unexpected status, lost connection or no answer
    qint64 conflicts = 0;        // expected 409 answers (write races)
    QMap<int, qint64> statuses;
    QByteArray firstErrorBody;
    bool ranOut = false; // the scenario had no more requests to send before the time was up

    double requestsPerSecond() const { return seconds > 0 ? requests / seconds : 0; }
    // Latency in milliseconds at quantile q (0..1).
    double percentileMs(double q) const;
    // The same over the reads (GET) or the writes alone.
    double percentileMs(double q, bool writes) const;
    qint64 answered(bool writes) const;
};

class LoadDriver
{
public:
    enum class Outcome { Ok, Conflict, Error };
    // The next request to send; nullopt when the scenario has nothing left to send.
    using NextRequest = std::function<std::optional<HttpRequest>()>;
    using Classify = std::function<Outcome(int status)>;

    LoadDriver(QByteArray host, quint16 port, QByteArray authorization, int connections);
    // Requests per second over all connections; 0: as fast as the server answers.
    void setRate(double requestsPerSecond) { m_rate = requestsPerSecond; }

    ScenarioResult run(const QString &name,
                       std::chrono::milliseconds duration,
                       const NextRequest &next,
                       const Classify &classify);

    // Every 2xx is fine, anything else an error.
    static Outcome successOnly(int status);

private:
    QByteArray m_host;
    quint16 m_port;
    QByteArray m_authorization;
    int m_connections;
    double m_rate = 0;
};
