#include "planload.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace {

// Long enough for a queued plan (the routing pool has a thread per core) to start and end.
constexpr int kAnswerTimeoutMs = 120000;

} // namespace

PlanLoad::PlanLoad(QByteArray host, quint16 port, QByteArray authorization)
    : m_host(std::move(host))
    , m_port(port)
    , m_authorization(std::move(authorization))
{}

bool PlanLoad::start(HttpConnection &api, QDate day, int count, double timeLimitS, QString *error)
{
    // The location of the first technician: the seeder spreads them evenly.
    const std::optional<HttpResponse> technicians =
        api.roundTrip({"GET", "/api/v1/technicians?active=true&limit=1", {}});
    const qint64 location = technicians && technicians->status == 200
                                ? QJsonDocument::fromJson(technicians->body)
                                      .object()
                                      .value(QLatin1String("results"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QLatin1String("location_id"))
                                      .toInteger()
                                : 0;
    if (location == 0) {
        *error = QStringLiteral("no technician to plan for (GET /technicians: %1 %2)")
                     .arg(technicians ? technicians->status : 0)
                     .arg(technicians ? QString::fromUtf8(technicians->body.left(300))
                                      : QStringLiteral("no answer"));
        return false;
    }
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("location_id"), location},
                                  {QStringLiteral("date"), day.toString(Qt::ISODate)},
                                  {QStringLiteral("time_limit_s"), timeLimitS}})
            .toJson(QJsonDocument::Compact);
    for (int i = 0; i < count; ++i) {
        Plan plan{std::make_unique<HttpConnection>(m_host, m_port, m_authorization),
                  "bench-plan-" + QByteArray::number(i)};
        if (!plan.connection->open(error))
            return false;
        plan.connection->send({"POST", "/api/v1/routing/plan", body, plan.requestId});
        m_plans.push_back(std::move(plan));
    }
    return true;
}

QString PlanLoad::finish(HttpConnection &api)
{
    // Every plan is cancelled first (a queued one leaves the queue at once, a running one
    // stops its engine), then the answers are read: the time from a plan's cancel to when its
    // answer is read bounds how long its engine took to stop.
    QElapsedTimer clock;
    clock.start();
    QList<std::optional<qint64>> cancelledAtNs;
    for (const Plan &plan : m_plans) {
        const std::optional<HttpResponse> cancel =
            api.roundTrip({"POST", "/api/v1/routing/plans/" + plan.requestId + "/cancel", "{}"});
        cancelledAtNs << (cancel && cancel->status / 100 == 2
                              ? std::optional<qint64>(clock.nsecsElapsed())
                              : std::nullopt);
    }
    QMap<int, int> statuses;
    QStringList elapsed;
    double slowestStopMs = 0;
    for (std::size_t i = 0; i < m_plans.size(); ++i) {
        const std::optional<HttpResponse> answer =
            m_plans[i].connection->waitForResponse(kAnswerTimeoutMs);
        if (const std::optional<qint64> at = cancelledAtNs.at(qsizetype(i)))
            slowestStopMs = std::max(slowestStopMs, double(clock.nsecsElapsed() - *at) / 1e6);
        ++statuses[answer ? answer->status : 0];
        if (answer && answer->status == 201)
            elapsed << QString::number(QJsonDocument::fromJson(answer->body)
                                           .object()
                                           .value(QLatin1String("elapsed_s"))
                                           .toDouble(),
                                       'f', 1);
    }
    m_plans.clear();
    QStringList counts;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        counts << QStringLiteral("%1x%2").arg(it.key()).arg(it.value());
    return QStringLiteral("plans: answers %1 (0: none; 409: cancelled afterwards, the slowest "
                          "answered within %2 ms of its cancel); engine seconds of the finished "
                          "ones: %3")
        .arg(counts.join(QStringLiteral(", ")))
        .arg(slowestStopMs, 0, 'f', 1)
        .arg(elapsed.isEmpty() ? QStringLiteral("-") : elapsed.join(QLatin1Char(' ')));
}
