#include "fielddesk/mywork/technicianday.h"

#include "fielddesk/client/apiclient.h"

#include <QJsonArray>

namespace fielddesk::mywork {

using client::ApiResponse;
using client::ApiResult;

TechnicianDay::TechnicianDay(client::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

QList<JobStatus> TechnicianDay::nextSteps(JobStatus from)
{
    QList<JobStatus> steps;
    for (const JobStatus to : allowedStatusChanges(from)) {
        if (isFieldStep(to))
            steps << to;
    }
    return steps;
}

void TechnicianDay::technicianOf(qint64 userId,
                                 QObject *context,
                                 Callback<std::optional<Technician>> callback)
{
    m_api->get(QStringLiteral("/api/v1/technicians?user_id=%1&limit=1").arg(userId), context,
               [callback = std::move(callback)](const ApiResponse &r) {
                   callback(ApiResult<std::optional<Technician>>::fromResponse(
                       r, [](const ApiResponse &ok) -> std::optional<Technician> {
                           const QJsonArray results =
                               ok.json.value(QLatin1String("results")).toArray();
                           if (results.isEmpty())
                               return std::nullopt;
                           return Technician::fromJson(results.first().toObject());
                       }));
               });
}

void TechnicianDay::jobs(qint64 technicianId,
                         QDate day,
                         QObject *context,
                         Callback<QList<Job>> callback)
{
    m_api->get(QStringLiteral("/api/v1/technicians/%1/schedule?date=%2")
                   .arg(technicianId)
                   .arg(day.toString(Qt::ISODate)),
               context, [callback = std::move(callback)](const ApiResponse &r) {
                   callback(ApiResult<QList<Job>>::fromResponse(r, [](const ApiResponse &ok) {
                       QList<Job> jobs;
                       const QJsonArray stops = ok.json.value(QLatin1String("jobs")).toArray();
                       for (const QJsonValue &stop : stops)
                           jobs << Job::fromJson(
                               stop.toObject().value(QLatin1String("job")).toObject());
                       return jobs;
                   }));
               });
}

void TechnicianDay::changeStatus(const Job &job,
                                 JobStatus to,
                                 QObject *context,
                                 Callback<Job> callback)
{
    m_api->post(QStringLiteral("/api/v1/jobs/%1/status").arg(job.id),
                {{QStringLiteral("status"), jobStatusName(to)},
                 {QStringLiteral("expected_version"), job.version}},
                context, [callback = std::move(callback)](const ApiResponse &r) {
                    callback(ApiResult<Job>::fromResponse(
                        r, [](const ApiResponse &ok) { return Job::fromJson(ok.json); }));
                });
}

} // namespace fielddesk::mywork
