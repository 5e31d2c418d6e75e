#include "fielddesk/board/dispatchloader.h"

#include "fielddesk/board/availabilityclient.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/board/vehicleroster.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/pagedlist.h"
#include "fielddesk/domain/organisation.h"
#include "fielddesk/domain/timestamps.h"

#include <QJsonObject>
#include <QUrl>

#include <memory>

namespace fielddesk::board {

namespace {

// What one paged listing needs while its pages come in.
struct Listing
{
    QString path;
    int pageSize = DispatchLoader::kPageSize; // after the first page
    int count = -1;
    int nextOffset = 0;
    int inFlight = 0;
    bool failed = false;
};

} // namespace

DispatchLoader::DispatchLoader(client::ApiClient *api, DispatchStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{}

namespace {

QString encodedTimestamp(qint64 ms)
{
    return QString::fromLatin1(
        QUrl::toPercentEncoding(toTimestamp(QDateTime::fromMSecsSinceEpoch(ms))));
}

} // namespace

void DispatchLoader::load(QDate day, const QTimeZone &timeZone, int dayCount)
{
    m_day = day;
    m_dayCount = dayCount;
    m_timeZone = timeZone;
    reload();
}

void DispatchLoader::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_loadingAvailability = true;
    m_loadedJobs = 0;
    m_expectedJobs = 0;
    m_store->setDays(m_day, m_dayCount, m_timeZone);
    m_store->clearJobs();
    emit loadStarted();

    auto technicians = std::make_shared<QList<Technician>>();
    // One day as the server's own day filter (the usual, fastest case); several as a range.
    const QString jobsPath =
        m_store->dayCount() == 1
            ? QStringLiteral("/api/v1/jobs?date=%1").arg(m_day.toString(Qt::ISODate))
            : QStringLiteral("/api/v1/jobs?from=%1&to=%2")
                  .arg(encodedTimestamp(m_store->daySpan().startMs),
                       encodedTimestamp(m_store->daySpan().endMs));
    // The backlog (new jobs without a day) after the day is on screen, in one insert: it
    // repeats the day's unassigned jobs, which the store already has.
    const auto loadBacklog = [this, generation] {
        auto backlog = std::make_shared<QList<Job>>();
        fetchAll(
            QStringLiteral("/api/v1/jobs?unassigned=true&status=new"),
            [this, generation, backlog](const QJsonArray &results, int) {
                if (generation != m_generation)
                    return;
                for (const QJsonValue &value : results) {
                    const QJsonObject object = value.toObject();
                    if (m_store->rowOfJob(object.value(QLatin1String("id")).toInteger()) < 0)
                        backlog->append(Job::fromJson(object));
                }
            },
            [this, generation, backlog] {
                if (generation != m_generation)
                    return;
                m_store->addJobs(*backlog);
                emit backlogLoaded();
            },
            [](const QString &) {}); // the day itself is there: the backlog can wait
    };
    auto buffer = std::make_shared<QList<Job>>();
    const auto loadJobs = [this, generation, jobsPath, loadBacklog, buffer] {
        fetchAll(
            jobsPath,
            [this, generation, buffer](const QJsonArray &results, int count) {
                if (generation != m_generation)
                    return;
                m_expectedJobs = count;
                buffer->reserve(buffer->size() + results.size());
                for (const QJsonValue &value : results)
                    buffer->append(Job::fromJson(value.toObject()));
                // The first page at once (the board shows something), the others in one
                // insert at the end: a sorted grid takes one big insert far faster than
                // forty scattered ones.
                if (m_loadedJobs == 0) {
                    m_store->addJobs(*buffer);
                    buffer->clear();
                }
                m_loadedJobs += int(results.size());
                emit progress(m_loadedJobs, std::max(m_loadedJobs, m_expectedJobs));
            },
            [this, generation, buffer, loadBacklog] {
                if (generation != m_generation)
                    return;
                m_store->addJobs(*buffer);
                buffer->clear();
                m_loading = false;
                emit loaded();
                loadAvailability(generation);
                loadBacklog();
            });
    };
    // The tenant's travel settings, so that the board's travel gaps are the server's.
    m_api->get(QStringLiteral("/api/v1/tenants/current"), this,
               [this, generation](const client::ApiResponse &response) {
                   if (generation == m_generation && response.ok())
                       m_store->setTravelModel(Tenant::fromJson(response.json).travel);
               });
    auto locations = std::make_shared<QHash<qint64, QString>>();
    auto areas = std::make_shared<QHash<qint64, QList<GeoPoint>>>();
    fetchAll(
        QStringLiteral("/api/v1/locations"),
        [this, generation, locations, areas](const QJsonArray &results, int) {
            if (generation != m_generation)
                return;
            for (const QJsonValue &value : results) {
                const Location location = Location::fromJson(value.toObject());
                locations->insert(location.id, location.name);
                if (!location.serviceArea.isEmpty())
                    areas->insert(location.id, location.serviceArea);
            }
        },
        [this, generation, locations, areas] {
            if (generation != m_generation)
                return;
            emit locationsLoaded(*locations);
            emit serviceAreasLoaded(*areas);
        },
        [](const QString &) {}); // without names the board shows location ids
    fetchAll(
        QStringLiteral("/api/v1/technicians?active=true"),
        [this, generation, technicians](const QJsonArray &results, int) {
            if (generation != m_generation)
                return;
            for (const QJsonValue &value : results)
                technicians->append(Technician::fromJson(value.toObject()));
        },
        [this, generation, technicians, loadJobs] {
            if (generation != m_generation)
                return;
            m_store->setTechnicians(*technicians);
            loadJobs();
            loadVehicles(generation);
        });
}

void DispatchLoader::loadVehicles(quint64 generation)
{
    if (!m_vehicles)
        return;
    m_vehicles->clear();
    const QDate day = m_day;
    // One answer holds the day: no paged list (the server takes no limit or offset there).
    m_api->get(
        QStringLiteral("/api/v1/vehicle-assignments?date=%1").arg(day.toString(Qt::ISODate)), this,
        client::readingResults<VehicleAssignment>(
            [this, generation, day](const client::ApiResult<QList<VehicleAssignment>> &vehicles) {
                // A server without a fleet: the board warns about nothing.
                if (generation == m_generation && vehicles)
                    m_vehicles->setVehicles(day, *vehicles);
            }));
}

void DispatchLoader::fetchAll(const QString &path,
                              PageHandler onPage,
                              std::function<void()> onDone,
                              std::function<void(const QString &)> onError)
{
    const quint64 generation = m_generation;
    auto listing = std::make_shared<Listing>();
    listing->path = path;
    if (path.startsWith(QLatin1String("/api/v1/jobs")))
        listing->pageSize = kJobPageSize;
    // Asks for the next pages while fewer than kPagesInFlight are out; done when all came.
    auto pump = std::make_shared<std::function<void()>>();
    *pump = [this, generation, listing, onPage, onDone, onError, pumpRef = std::weak_ptr(pump)] {
        if (generation != m_generation || listing->failed)
            return;
        // Each request's handler keeps the pump alive until its answer is in.
        const std::shared_ptr<std::function<void()>> self = pumpRef.lock();
        const bool countKnown = listing->count >= 0;
        while (listing->inFlight < (countKnown ? kPagesInFlight : 1) &&
               (!countKnown || listing->nextOffset < listing->count) &&
               (countKnown || listing->nextOffset == 0)) {
            const int offset = listing->nextOffset;
            // A small first page is on screen soon; the rest come in big ones (every page of
            // a day costs the server a sort of the day's matches).
            const int limit = offset == 0 ? kPageSize : listing->pageSize;
            listing->nextOffset += limit;
            ++listing->inFlight;
            const QChar separator =
                listing->path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
            const QString url = listing->path + separator +
                                QStringLiteral("limit=%1&offset=%2").arg(limit).arg(offset);
            m_api->get(url, this,
                       [this, generation, listing, onPage, onError,
                        self](const client::ApiResponse &response) {
                           --listing->inFlight;
                           if (generation != m_generation || listing->failed)
                               return;
                           if (!response.ok()) {
                               listing->failed = true;
                               if (onError)
                                   onError(response.error->message());
                               else
                                   fail(generation, response.error->message());
                               return;
                           }
                           listing->count = response.json.value(QLatin1String("count")).toInt();
                           onPage(response.json.value(QLatin1String("results")).toArray(),
                                  listing->count);
                           (*self)();
                       });
        }
        if (countKnown && listing->inFlight == 0 && listing->nextOffset >= listing->count) {
            listing->failed = true; // done: later calls do nothing
            onDone();
        }
    };
    (*pump)();
}

void DispatchLoader::loadAvailability(quint64 generation)
{
    struct Queue
    {
        QList<qint64> technicianIds;
        int inFlight = 0;
    };
    auto queue = std::make_shared<Queue>();
    for (int row = 0; row < m_store->technicianCount(); ++row)
        queue->technicianIds.append(m_store->technicianAt(row).technician.id);
    const TimeSpan day = m_store->daySpan();
    const QString range = QStringLiteral("from=%1&to=%2")
                              .arg(encodedTimestamp(day.startMs), encodedTimestamp(day.endMs));
    auto pump = std::make_shared<std::function<void()>>();
    *pump = [this, generation, queue, range, pumpRef = std::weak_ptr(pump)] {
        if (generation != m_generation)
            return;
        const std::shared_ptr<std::function<void()>> self = pumpRef.lock();
        while (queue->inFlight < kPagesInFlight && !queue->technicianIds.isEmpty()) {
            const qint64 technicianId = queue->technicianIds.takeFirst();
            ++queue->inFlight;
            m_api->get(
                AvailabilityClient::pathOf(technicianId) + QLatin1Char('?') + range, this,
                [this, generation, queue, technicianId, self](const client::ApiResponse &response) {
                    --queue->inFlight;
                    if (generation != m_generation)
                        return;
                    if (response.ok()) {
                        QList<AvailabilityPeriod> periods;
                        for (const QJsonValue &value :
                             response.json.value(QLatin1String("results")).toArray())
                            periods << AvailabilityPeriod::fromJson(value.toObject());
                        if (!periods.isEmpty())
                            m_store->setAvailability(technicianId, periods);
                    }
                    (*self)();
                });
        }
        if (queue->inFlight == 0 && queue->technicianIds.isEmpty()) {
            m_loadingAvailability = false;
            emit availabilityLoaded();
        }
    };
    (*pump)();
}

void DispatchLoader::fail(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    emit loadFailed(message);
}

} // namespace fielddesk::board
