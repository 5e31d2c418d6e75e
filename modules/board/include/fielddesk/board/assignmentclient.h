// Sends one assignment change (assign, reschedule, reassign, unassign) to the server with
// the job's expected version and turns the answer into an AssignmentOutcome. On a version
// conflict it fetches the job as it is now and the last entry of its dispatch history, so
// the dispatcher sees who changed what. Part of fielddesk_board: no widgets.
#pragma once

#include "fielddesk/board/assignmentoutcome.h"
#include "fielddesk/board/jobplacement.h"

#include <QJsonObject>
#include <QObject>
#include <QTimeZone>

#include <functional>

namespace fielddesk::client {
class ApiClient;
struct ApiError;
} // namespace fielddesk::client

namespace fielddesk::board {

class AssignmentClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const AssignmentOutcome &)>;

    explicit AssignmentClient(client::ApiClient *api, QObject *parent = nullptr);

    client::ApiClient *api() const { return m_api; }

    // The callback runs once, unless context is destroyed first.
    void place(qint64 jobId,
               const JobPlacement &to,
               qint64 expectedVersion,
               bool force,
               QObject *context,
               Callback callback);

    // One change of a batch: where the job goes, the version it must still have.
    struct BatchPlacement
    {
        qint64 jobId = 0;
        JobPlacement to;
        qint64 expectedVersion = 0;
        bool force = false;
    };
    using BatchCallback = std::function<void(const BatchOutcome &)>;
    // POST /assignments/batch: all or nothing.
    void
    placeBatch(const QList<BatchPlacement> &placements, QObject *context, BatchCallback callback);
    // The jobs of a {"results": [{"job", "warnings"}]} answer (batch, routing apply).
    static QList<Job> jobsOfResults(const QJsonObject &answer);
    // A failed batch or apply answer as an outcome (409 version conflict, refusal, failure).
    static BatchOutcome batchFailure(const client::ApiError &error);

    // POST /jobs/{id}/status: settled, a version conflict (explained as for place), or
    // refused (an illegal transition names the allowed ones).
    void changeStatus(qint64 jobId,
                      JobStatus status,
                      qint64 expectedVersion,
                      QObject *context,
                      Callback callback);

    // The warnings of a 409 /problems/assignment-warnings answer.
    static QList<AssignmentWarning> warningsFrom(const client::ApiError &error);
    // "Alice assigned it to Bob at 09:00 (at 10:32)." from a dispatch-history entry, times
    // in the given zone (the board's day's).
    static QString describeChange(const DispatchHistoryEntry &entry,
                                  const QTimeZone &zone = QTimeZone::systemTimeZone());
    // Answers about conflicts describe times in this zone.
    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }

private:
    void
    explainConflict(qint64 jobId, const QJsonObject &problem, QObject *context, Callback callback);

    client::ApiClient *m_api;
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
};

} // namespace fielddesk::board
