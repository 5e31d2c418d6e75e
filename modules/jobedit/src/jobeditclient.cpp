#include "fielddesk/jobedit/jobeditclient.h"

#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/apirequest.h"
#include "fielddesk/client/pagedlist.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/jobedit/jobfields.h"

#include <QJsonDocument>
#include <QLocale>

namespace fielddesk::jobedit {

namespace {

constexpr int kCataloguePageSize = 200;

QString jobPath(qint64 jobId)
{
    return QStringLiteral("/api/v1/jobs/%1").arg(jobId);
}

QJsonObject jsonOf(const Recurrence &recurrence)
{
    JsonWriter w(256);
    recurrence.writeJson(w);
    return QJsonDocument::fromJson(w.take()).object();
}

} // namespace

JobEditClient::JobEditClient(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void JobEditClient::createJob(const Job &draft, QObject *context, Callback<Job> callback)
{
    m_api->post(QStringLiteral("/api/v1/jobs"), creationBody(draft), context,
                client::readingRecord<Job>(std::move(callback)));
}

void JobEditClient::updateJob(qint64 jobId,
                              const QJsonObject &changes,
                              qint64 expectedVersion,
                              QObject *context,
                              Callback<Job> callback)
{
    QJsonObject body = changes;
    body.insert(QStringLiteral("expected_version"), expectedVersion);
    m_api->send(client::ApiRequest::patch(jobPath(jobId), body), context,
                client::readingRecord<Job>(std::move(callback)));
}

void JobEditClient::job(qint64 jobId, QObject *context, Callback<Job> callback)
{
    m_api->get(jobPath(jobId), context, client::readingRecord<Job>(std::move(callback)));
}

std::optional<Job> JobEditClient::currentJobOfConflict(const client::ApiError &error)
{
    const QJsonObject current = error.problem.value(QStringLiteral("current")).toObject();
    if (error.status != 409 || !error.type.endsWith(QLatin1String("/version-conflict")) ||
        current.isEmpty())
        return std::nullopt;
    return Job::fromJson(current);
}

QString JobEditClient::lastChangeOfConflict(const client::ApiError &error, const QTimeZone &zone)
{
    const QJsonObject last = error.problem.value(QStringLiteral("last_change")).toObject();
    if (last.isEmpty())
        return {};
    const std::optional<QDateTime> at =
        parseTimestamp(last.value(QLatin1String("occurred_at")).toString());
    const QString who = last.value(QLatin1String("actor_name")).toString();
    return tr("Last change: %1 by %2 at %3.")
        .arg(last.value(QLatin1String("action"))
                 .toString()
                 .replace(QLatin1Char('_'), QLatin1Char(' ')),
             who.isEmpty() ? tr("someone") : who,
             at ? QLocale().toString(at->toTimeZone(zone), QLocale::ShortFormat) : QString());
}

void JobEditClient::services(QObject *context, Callback<QList<ServiceType>> callback)
{
    client::listEveryPage<ServiceType>(
        m_api,
        [](int limit, int offset) {
            return QStringLiteral("/api/v1/services?limit=%1&offset=%2").arg(limit).arg(offset);
        },
        kCataloguePageSize, context, std::move(callback));
}

void JobEditClient::createSeries(const Job &draft,
                                 const std::optional<WindowTimes> &window,
                                 const Recurrence &recurrence,
                                 QObject *context,
                                 Callback<JobSeries> callback)
{
    QJsonObject body = creationBody(draft);
    body.remove(QStringLiteral("window_start"));
    body.remove(QStringLiteral("window_end"));
    if (window) {
        body.insert(QStringLiteral("window_start_time"), window->start);
        body.insert(QStringLiteral("window_end_time"), window->end);
    }
    body.insert(QStringLiteral("recurrence"), jsonOf(recurrence));
    m_api->post(QStringLiteral("/api/v1/job-series"), body, context,
                client::readingRecord<JobSeries>(std::move(callback)));
}

void JobEditClient::series(qint64 seriesId, QObject *context, Callback<JobSeries> callback)
{
    m_api->get(QStringLiteral("/api/v1/job-series/%1").arg(seriesId), context,
               client::readingRecord<JobSeries>(std::move(callback)));
}

void JobEditClient::changeSeriesFrom(qint64 seriesId,
                                     qint64 expectedVersion,
                                     const QString &fromDate,
                                     const QJsonObject &changes,
                                     QObject *context,
                                     Callback<JobSeriesChange> callback)
{
    QJsonObject body = changes;
    body.insert(QStringLiteral("expected_version"), expectedVersion);
    body.insert(QStringLiteral("from_date"), fromDate);
    m_api->send(
        client::ApiRequest::patch(QStringLiteral("/api/v1/job-series/%1").arg(seriesId), body),
        context, client::readingRecord<JobSeriesChange>(std::move(callback)));
}

void JobEditClient::changeSeriesFromVisit(const Job &visit,
                                          const QJsonObject &changes,
                                          QObject *context,
                                          Callback<JobSeriesChange> callback)
{
    if (!visit.seriesId)
        return;
    const qint64 seriesId = *visit.seriesId;
    const QString fromDate = visit.occurrenceDate;
    series(seriesId, context,
           [this, seriesId, fromDate, changes, context,
            callback = std::move(callback)](const client::ApiResult<JobSeries> &current) {
               if (!current) {
                   callback(client::ApiResult<JobSeriesChange>(current.error()));
                   return;
               }
               changeSeriesFrom(seriesId, current->version, fromDate, changes, context, callback);
           });
}

QJsonObject JobEditClient::seriesChangesOf(QJsonObject jobChanges,
                                           const std::optional<WindowTimes> &window)
{
    if (!jobChanges.contains(QStringLiteral("window_start")) &&
        !jobChanges.contains(QStringLiteral("window_end")))
        return jobChanges;
    jobChanges.remove(QStringLiteral("window_start"));
    jobChanges.remove(QStringLiteral("window_end"));
    jobChanges.insert(QStringLiteral("window_start_time"),
                      window ? QJsonValue(window->start) : QJsonValue(QJsonValue::Null));
    jobChanges.insert(QStringLiteral("window_end_time"),
                      window ? QJsonValue(window->end) : QJsonValue(QJsonValue::Null));
    return jobChanges;
}

} // namespace fielddesk::jobedit
