// One auto-route from the dispatcher's request to an applied (or discarded) plan: asks the
// server for a proposal, follows its progress events (matched by the request's id), shows it
// as a RoutePreview, then applies it with the versions it was planned on (an undoable
// ApplyRouteCommand) or discards it (the server is not told: nothing changes there).
// A conflict on apply names the jobs that changed and the dispatcher may plan again.
// Part of fielddesk_board: no widgets.
#pragma once

#include "fielddesk/board/routingclient.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace fielddesk {
struct DomainEvent;
}

namespace fielddesk::board {

class AssignmentFlow;
class DispatchStore;
class RoutePreview;

class AutoRouteSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Planning, Previewing, Applying, Conflict };
    Q_ENUM(State)

    static constexpr auto kProgressEvent = "routing.plan.progress.v1";

    AutoRouteSession(DispatchStore *store,
                     AssignmentFlow *flow,
                     RoutingClient *client,
                     QObject *parent = nullptr);
    ~AutoRouteSession() override;

    State state() const { return m_state; }
    RoutePreview *preview() const { return m_preview; }
    const RoutingClient::PlanRequest &request() const { return m_request; }
    // 0..1 from the server's progress events (0 until the first one).
    double fraction() const { return m_fraction; }
    // Since the plan was asked for (for a countdown of the time limit).
    qint64 planningElapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    QByteArray requestId() const { return m_requestId; }
    QString message() const { return m_message; }

    // Idle, Previewing or Conflict → Planning (a running plan or open preview is dropped).
    void plan(const RoutingClient::PlanRequest &request);
    // Planning → Idle: the server is told to stop the plan; its answer goes nowhere.
    void cancel();
    // Previewing or Conflict → Idle; the server keeps the proposal unapplied.
    void discard();
    // Previewing → Applying → Idle (applied, undoable) or Conflict.
    void apply();
    // Conflict → Planning with the same request.
    void replan();

    // A live event: true when it was this plan's progress.
    bool handleEvent(const fielddesk::DomainEvent &event);

signals:
    void stateChanged(fielddesk::board::AutoRouteSession::State state);
    void progressChanged(double fraction);
    void proposalReady();
    // Applied: the jobs it changed are in the store.
    void applied(int jobCount);
    // Planning failed or apply was refused: what to tell the dispatcher.
    void failed(const QString &message);

private:
    void setState(State state);
    void resetContext();
    QString describeConflict() const;

    DispatchStore *m_store;
    AssignmentFlow *m_flow;
    RoutingClient *m_client;
    RoutePreview *m_preview;
    State m_state = State::Idle;
    RoutingClient::PlanRequest m_request;
    QByteArray m_requestId;
    double m_fraction = 0;
    QElapsedTimer m_elapsed;
    QString m_message;
    // Answers to a cancelled or discarded step go nowhere: each step has its own context.
    std::unique_ptr<QObject> m_context;
};

} // namespace fielddesk::board
