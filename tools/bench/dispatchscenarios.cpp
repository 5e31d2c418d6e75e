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

QList<qint64> DispatchScenarios::locationIds() const
{
    QList<qint64> ids;
    for (const Technician &t : m_technicians) {
        if (!ids.contains(t.locationId))
            ids.append(t.locationId);
    }
    return ids;
}

QByteArray DispatchScenarios::randomFilter()
{
    // The board's filter bar: a status set, unassigned, a priority, a location, at risk.
    static const QList<QByteArray> statuses{
        "new",       "new,scheduled", "scheduled,dispatched", "en_route,on_site",
        "completed", "cancelled"};
    const QList<qint64> locations = locationIds();
    switch (m_random() % 6) {
    case 0:
        return "&status=" + statuses.at(qsizetype(m_random() % quint64(statuses.size())));
    case 1:
        return "&unassigned=true";
    case 2:
        return "&priority=" + QByteArray::number(1 + int(m_random() % 5));
    case 3:
        return locations.isEmpty()
                   ? QByteArray()
                   : "&location_id=" + QByteArray::number(locations.at(
                                           qsizetype(m_random() % quint64(locations.size()))));
    case 4:
        return "&at_risk=true";
    default:
        return {};
    }
}

LoadDriver::NextRequest DispatchScenarios::listMany()
{
    static const QList<QByteArray> orderings{"-priority,window_start", "window_start",
                                             "planned_start", "-updated_at", "title"};
    return [this] {
        const QByteArray &ordering =
            orderings.at(qsizetype(m_random() % quint64(orderings.size())));
        return std::optional<HttpRequest>(HttpRequest{"GET",
                                                      "/api/v1/jobs?limit=50&ordering=" + ordering +
                                                          "&date=" + randomDay() + randomFilter(),
                                                      {}});
    };
}

LoadDriver::NextRequest DispatchScenarios::searchMany()
{
    constexpr int kShortestPrefix = 3;
    return [this] {
        const QByteArray &term =
            m_searchTerms.at(qsizetype(m_random() % quint64(m_searchTerms.size())));
        // Any prefix of three letters or more (percent-encoded letters are left whole).
        const int length =
            kShortestPrefix +
            int(m_random() % quint64(std::max<qsizetype>(1, term.size() - kShortestPrefix + 1)));
        QByteArray prefix = term.left(length);
        if (const qsizetype percent = prefix.lastIndexOf('%'); percent >= prefix.size() - 2)
            prefix = term; // would cut an encoded character
        const QByteArray day = m_random() % 2 == 0 ? "&date=" + randomDay() : QByteArray();
        return std::optional<HttpRequest>(
            HttpRequest{"GET", "/api/v1/jobs?limit=50&search=" + prefix + day, {}});
    };
}

LoadDriver::NextRequest DispatchScenarios::mixed()
{
    constexpr quint64 kOneInTen = 10;
    LoadDriver::NextRequest lists = listMany();
    LoadDriver::NextRequest searches = searchMany();
    LoadDriver::NextRequest assignments = assign();
    return [this, lists, searches, assignments]() -> std::optional<HttpRequest> {
        const quint64 pick = m_random() % kOneInTen;
        if (pick == 0)
            return assignments();
        return pick % 2 == 0 ? lists() : searches();
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
