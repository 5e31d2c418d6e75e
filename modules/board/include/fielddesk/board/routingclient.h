// The routing API for the console: plan a day (POST /routing/plan, tagged with a request id
// so that its progress events can be told apart and the plan cancelled by it) or re-plan the
// jobs of a technician who cannot work (POST /routing/replan-unavailable), apply a proposal
// with the versions the dispatcher saw, and the best slots for one job. Answers come as typed
// values. Part of fielddesk_board: QtNetwork, fielddesk_client; no widgets.
#pragma once

#include "fielddesk/board/assignmentoutcome.h"
#include "fielddesk/board/bestslot.h"
#include "fielddesk/board/routingproposal.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace fielddesk::client {
class ApiClient;
}

namespace fielddesk::board {

class RoutingClient : public QObject
{
    Q_OBJECT

public:
    // A technician who cannot work from..to (one day at their location): their jobs then go
    // to others, everyone else's day stays as it is.
    struct Unavailability
    {
        qint64 technicianId = 0;
        QString technicianName; // for the dispatcher's eyes
        QDateTime from;
        QDateTime to;
    };
    // What to plan: a location's day, optionally only some technicians and/or jobs; or, with
    // `unavailable`, the day of that technician re-planned around their absence.
    struct PlanRequest
    {
        qint64 locationId = 0;
        QDate date;
        QList<qint64> technicianIds; // empty: everyone of the location working that day
        QList<qint64> jobIds;        // empty: every job of the day that may move
        double timeLimitS = 5.0;
        std::optional<Unavailability> unavailable;
    };
    using PlanCallback =
        std::function<void(const std::optional<RoutingProposal> &proposal, const QString &error)>;
    using SlotsCallback =
        std::function<void(const QList<BestSlot> &suggestions, const QString &error)>;
    using DaySlotsCallback = std::function<void(const QList<BestSlot> &suggestions,
                                                const QList<SkippedDay> &skipped,
                                                const QString &error)>;
    using ApplyCallback = std::function<void(const BatchOutcome &outcome)>;

    // Waiting longer than the engine's time limit by this much before giving up.
    static constexpr int kPlanTimeoutMarginS = 30;

    explicit RoutingClient(client::ApiClient *api, QObject *parent = nullptr);

    client::ApiClient *api() const { return m_api; }

    // Sends the request and returns its request id (its progress events carry it). The
    // callback runs once, unless context is destroyed first (a cancelled plan).
    QByteArray plan(const PlanRequest &request, QObject *context, PlanCallback callback);
    // Asks the server to stop the plan sent with this request id (its engine stops, its
    // answer is a 409). Nothing to wait for: a plan that already ended answers 404.
    void cancelPlan(const QByteArray &requestId);
    void apply(const RoutingProposal &proposal, QObject *context, ApplyCallback callback);
    void bestSlots(qint64 jobId, QDate date, int limit, QObject *context, SlotsCallback callback);
    // The best slots from `from` to `to` ranked together, and the days skipped for the weather.
    void bestSlotsBetween(
        qint64 jobId, QDate from, QDate to, int limit, QObject *context, DaySlotsCallback callback);

    static QJsonObject planBody(const PlanRequest &request);
    // The endpoint the request goes to (a plan or a re-plan).
    static QString planPath(const PlanRequest &request);

private:
    client::ApiClient *m_api;
};

} // namespace fielddesk::board
