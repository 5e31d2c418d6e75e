// What creating and editing jobs asks of the server: create a job, change one with the version
// it must still have (a version conflict carries the job as it is now), and the service
// catalogue. Customers are fielddesk_customers' CustomerClient.
// Part of fielddesk_jobedit: QtCore and fielddesk_client, no widgets.
#pragma once

#include "fielddesk/client/apiresult.h"
#include "fielddesk/domain/dispatch.h"
#include "fielddesk/domain/jobseries.h"

#include <QJsonObject>
#include <QObject>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::jobedit {

class JobEditClient : public QObject
{
    Q_OBJECT

public:
    template<class T>
    using Callback = std::function<void(const client::ApiResult<T> &)>;

    explicit JobEditClient(client::ApiClient *api, QObject *parent = nullptr);

    client::ApiClient *api() const { return m_api; }

    // Each callback runs once, unless context is destroyed first.
    void createJob(const Job &draft, QObject *context, Callback<Job> callback);
    // PATCH /jobs/{id} with the changed fields and expected_version.
    void updateJob(qint64 jobId,
                   const QJsonObject &changes,
                   qint64 expectedVersion,
                   QObject *context,
                   Callback<Job> callback);
    void job(qint64 jobId, QObject *context, Callback<Job> callback);
    // The job as the server has it now, from a 409 version-conflict answer; nullopt for any
    // other error.
    static std::optional<Job> currentJobOfConflict(const client::ApiError &error);
    // "Last change: updated by Alex Kim at 3 Dec 2026 14:05" from the conflict's last_change,
    // on the given clock; empty when the server named no last change.
    static QString lastChangeOfConflict(const client::ApiError &error, const QTimeZone &zone);

    void services(QObject *context, Callback<QList<ServiceType>> callback);

    // A local "HH:MM" window of every visit of a series.
    struct WindowTimes
    {
        QString start;
        QString end;
    };
    // POST /job-series: the draft's fields as a template, repeating as the recurrence says.
    void createSeries(const Job &draft,
                      const std::optional<WindowTimes> &window,
                      const Recurrence &recurrence,
                      QObject *context,
                      Callback<JobSeries> callback);
    void series(qint64 seriesId, QObject *context, Callback<JobSeries> callback);
    // PATCH /job-series/{id} from a date on ("this and the following visits"): the series is
    // split there and the new one takes the changes (job fields, as a PATCH of a job names
    // them; a window as local times).
    void changeSeriesFrom(qint64 seriesId,
                          qint64 expectedVersion,
                          const QString &fromDate,
                          const QJsonObject &changes,
                          QObject *context,
                          Callback<JobSeriesChange> callback);
    // The same from a visit of the series, on the series' version as the server has it now
    // (fetched first: the dialog edited the visit, not the series).
    void changeSeriesFromVisit(const Job &visit,
                               const QJsonObject &changes,
                               QObject *context,
                               Callback<JobSeriesChange> callback);
    // A visit's changed job fields as a change of its series: a changed window becomes the
    // local wall-clock times of every visit (window: the form's times; nullopt: no window).
    static QJsonObject seriesChangesOf(QJsonObject jobChanges,
                                       const std::optional<WindowTimes> &window);

private:
    client::ApiClient *m_api;
};

} // namespace fielddesk::jobedit
