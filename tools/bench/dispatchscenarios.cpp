#include "dispatchscenarios.h"

#include "app/dispatchseeder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {

constexpr int kPageSize = 500;

std::optional<QJsonObject> getObject(HttpConnection &api, const QByteArray &target, QString *error)
{
    const std::optional<HttpResponse> response = api.roundTrip({"GET", target, {}});
    if (!response || response->status != 200) {
        *error = QStringLiteral("GET %1: %2")
                     .arg(QString::fromUtf8(target),
                          response ? QStringLiteral("%1 %2")
                                         .arg(response->status)
                                         .arg(QString::fromUtf8(response->body.left(300)))
                                   : QStringLiteral("no answer"));
        return std::nullopt;
    }
    return QJsonDocument::fromJson(response->body).object();
}

} // namespace

DispatchScenarios::DispatchScenarios(QDate firstDay, int days, quint64 seed)
    : m_random(seed)
{
    for (int d = 0; d < days; ++d)
        m_days << firstDay.addDays(d).toString(Qt::ISODate).toLatin1();
    for (const QString &term : fielddesk::server::DispatchSeeder::searchTerms())
        m_searchTerms << QUrl::toPercentEncoding(term.toLower());
}

bool DispatchScenarios::loadTechnicians(HttpConnection &api, QString *error)
{
    for (int offset = 0;; offset += kPageSize) {
        const std::optional<QJsonObject> page =
            getObject(api,
                      "/api/v1/technicians?active=true&limit=" + QByteArray::number(kPageSize) +
                          "&offset=" + QByteArray::number(offset),
                      error);
        if (!page)
            return false;
        const QJsonArray results = page->value(QLatin1String("results")).toArray();
        for (const QJsonValue &v : results) {
            const QJsonObject t = v.toObject();
            m_technicians.append({t.value(QLatin1String("id")).toInteger(),
                                  t.value(QLatin1String("location_id")).toInteger()});
        }
        if (results.size() < kPageSize)
            break;
    }
    if (m_technicians.isEmpty()) {
        *error = QStringLiteral("no active technician to schedule");
        return false;
    }
    return true;
}

bool DispatchScenarios::loadUnassignedJobs(HttpConnection &api, int count, QString *error)
{
    for (int offset = 0; m_unassigned.size() < count; offset += kPageSize) {
        const std::optional<QJsonObject> page =
            getObject(api,
                      "/api/v1/jobs?status=new&unassigned=true&ordering=id&limit=" +
                          QByteArray::number(kPageSize) + "&offset=" + QByteArray::number(offset),
                      error);
        if (!page)
            return false;
        const QJsonArray results = page->value(QLatin1String("results")).toArray();
        for (const QJsonValue &v : results) {
            const QJsonObject j = v.toObject();
            m_unassigned.append({j.value(QLatin1String("id")).toInteger(),
                                 j.value(QLatin1String("version")).toInteger(),
                                 j.value(QLatin1String("location_id")).toInteger(),
                                 j.value(QLatin1String("window_start")).toString()});
        }
        if (results.size() < kPageSize)
            break;
    }
    // Spread over days and locations rather than in id order.
    std::shuffle(m_unassigned.begin(), m_unassigned.end(), m_random);
    return true;
}

QByteArray DispatchScenarios::randomDay()
{
    return m_days.at(qsizetype(m_random() % quint64(m_days.size())));
}

LoadDriver::NextRequest DispatchScenarios::healthz()
{
    return [] { return std::optional<HttpRequest>(HttpRequest{"GET", "/healthz", {}}); };
}

LoadDriver::NextRequest DispatchScenarios::locations()
{
    return [] { return std::optional<HttpRequest>(HttpRequest{"GET", "/api/v1/locations", {}}); };
}

LoadDriver::NextRequest DispatchScenarios::list()
{
    return [this] {
        return std::optional<HttpRequest>(HttpRequest{
            "GET",
            "/api/v1/jobs?limit=50&ordering=-priority,window_start&status=new,scheduled&date=" +
                randomDay(),
            {}});
    };
}

LoadDriver::NextRequest DispatchScenarios::search()
{
    return [this] {
        const QByteArray &term =
            m_searchTerms.at(qsizetype(m_random() % quint64(m_searchTerms.size())));
        return std::optional<HttpRequest>(
            HttpRequest{"GET", "/api/v1/jobs?search=" + term + "&limit=50", {}});
    };
}

LoadDriver::NextRequest DispatchScenarios::backlog()
{
    // Consoles page through it: the first pages, each as often.
    constexpr quint64 kPages = 10;
    constexpr int kPageSize = 50;
    return [this] {
        const int offset = int(m_random() % kPages) * kPageSize;
        return std::optional<HttpRequest>(
            HttpRequest{"GET",
                        "/api/v1/jobs?limit=50&ordering=-priority,window_start&status=new,"
                        "scheduled&offset=" +
                            QByteArray::number(offset),
                        {}});
    };
}

LoadDriver::NextRequest DispatchScenarios::schedule()
{
    return [this] {
        const Technician &t =
            m_technicians.at(qsizetype(m_random() % quint64(m_technicians.size())));
        return std::optional<HttpRequest>(HttpRequest{
            "GET",
            "/api/v1/technicians/" + QByteArray::number(t.id) + "/schedule?date=" + randomDay(),
            {}});
    };
}

LoadDriver::NextRequest DispatchScenarios::assign()
{
    QHash<qint64, QList<qint64>> byLocation;
    for (const Technician &t : std::as_const(m_technicians))
        byLocation[t.locationId].append(t.id);
    return [this, byLocation]() -> std::optional<HttpRequest> {
        // Only technicians of the job's location may take it (others are refused outright).
        while (m_nextJob < m_unassigned.size()) {
            const OpenJob &job = m_unassigned.at(m_nextJob++);
            const QList<qint64> candidates = byLocation.value(job.locationId);
            if (candidates.isEmpty())
                continue;
            const qint64 technician =
                candidates.at(qsizetype(m_random() % quint64(candidates.size())));
            const QByteArray body = "{\"technician_id\":" + QByteArray::number(technician) +
                                    ",\"planned_start\":\"" + job.windowStart.toLatin1() +
                                    "\",\"expected_version\":" + QByteArray::number(job.version) +
                                    ",\"force\":true}";
            return HttpRequest{"POST", "/api/v1/jobs/" + QByteArray::number(job.id) + "/assign",
                               body};
        }
        return std::nullopt;
    };
}

LoadDriver::Outcome DispatchScenarios::assignOutcome(int status)
{
    if (status == 409)
        return LoadDriver::Outcome::Conflict;
    return LoadDriver::successOnly(status);
}
