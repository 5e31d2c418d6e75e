// A technician's own day through the API: their technician record (GET /technicians?user_id=;
// a user without one gets none), the day's jobs in order (GET /technicians/{id}/schedule),
// and the status a technician reports on one of them (POST /jobs/{id}/status with the version
// they saw). Answers come as typed values. Part of fielddesk_mywork: no widgets.
#pragma once

#include "fielddesk/client/apiresult.h"
#include "fielddesk/domain/dispatch.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <optional>

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::mywork {

class TechnicianDay : public QObject
{
    Q_OBJECT

public:
    template<class T>
    using Callback = std::function<void(const client::ApiResult<T> &)>;

    explicit TechnicianDay(client::ApiClient *api, QObject *parent = nullptr);

    // The user's technician record; none when the user is no technician.
    void
    technicianOf(qint64 userId, QObject *context, Callback<std::optional<Technician>> callback);
    // The technician's jobs of that day, in the order they are planned.
    void jobs(qint64 technicianId, QDate day, QObject *context, Callback<QList<Job>> callback);
    void changeStatus(const Job &job, JobStatus to, QObject *context, Callback<Job> callback);

    // The statuses a technician may report next on a job where it stands.
    static QList<JobStatus> nextSteps(JobStatus from);

private:
    client::ApiClient *m_api;
};

} // namespace fielddesk::mywork
