#include "consoleworkspaces.h"

#include "fielddesk/admin/adminworkspace.h"
#include "fielddesk/approvals/approvalsworkspace.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/notificationcenter.h"
#include "fielddesk/customers/customersworkspace.h"
#include "fielddesk/dispatchboard/dispatchboard.h"
#include "fielddesk/fleet/fleetworkspace.h"
#include "fielddesk/mywork/mymoneypane.h"
#include "fielddesk/mywork/myworkworkspace.h"
#include "fielddesk/operator/operatorworkspace.h"
#include "fielddesk/reports/reportsworkspace.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/workspacehost.h"
#include "fielddesk/shell/workspacespec.h"

#include <QTabWidget>
#include <QTimeZone>

namespace fielddesk::console {

namespace {

// The dispatcher's workspace, also for managers and admins; the board is kept per user.
shell::WorkspaceSpec dispatchBoardWorkspace(client::ApiClient *api)
{
    using dispatchboard::DispatchBoard;
    shell::WorkspaceSpec spec = shell::WorkspaceSpec::of<DispatchBoard>(
        QStringLiteral("dispatch-board"), DispatchBoard::title(),
        {Role::Admin, Role::Manager, Role::Dispatcher},
        [api](QWidget *parent) { return new DispatchBoard(api, parent); },
        [](DispatchBoard &board, const client::AuthSession &session) {
            board.start(QTimeZone(session.tenant().timeZone.toUtf8()), session.email());
        },
        [](DispatchBoard &board) { board.stop(); });
    spec.keepsOwnLayout = true; // docks, grids and zoom: BoardLayoutSettings
    return spec;
}

// The customers: found as the user types, with their addresses and job history.
shell::WorkspaceSpec customersWorkspace(client::ApiClient *api)
{
    using customers::CustomersWorkspace;
    return shell::WorkspaceSpec::of<CustomersWorkspace>(
        QStringLiteral("customers"), CustomersWorkspace::title(),
        {Role::Admin, Role::Manager, Role::Dispatcher},
        [api](QWidget *parent) { return new CustomersWorkspace(api, parent); },
        [](CustomersWorkspace &workspace, const client::AuthSession &session) {
            workspace.start(QTimeZone(session.tenant().timeZone.toUtf8()));
        },
        [](CustomersWorkspace &workspace) { workspace.stop(); });
}

// Every user's own requests, expenses and spiffs and, for a technician, today's jobs; an
// employee's only page. Notifications about one of their requests, expenses or spiffs reload it
// live.
shell::WorkspaceSpec myWorkWorkspace(client::ApiClient *api, shell::MainWindow *window)
{
    using mywork::MyWorkWorkspace;
    return shell::WorkspaceSpec::of<MyWorkWorkspace>(
        QStringLiteral("my-work"), MyWorkWorkspace::title(),
        {Role::Admin, Role::Manager, Role::Dispatcher, Role::Employee},
        [api, window](QWidget *parent) {
            auto *workspace = new MyWorkWorkspace(api, parent);
            QObject::connect(window->notifications(),
                             &client::NotificationCenter::notificationArrived, workspace,
                             [workspace](const Notification &notification) {
                                 if (!notification.objectId)
                                     return;
                                 const QString &type = notification.objectType;
                                 if (type == QLatin1String("request"))
                                     workspace->requestChanged(*notification.objectId);
                                 else if (type == QLatin1String("expense"))
                                     workspace->money()->entryChanged(money::Ledger::Expenses,
                                                                      *notification.objectId);
                                 else if (type == QLatin1String("spiff"))
                                     workspace->money()->entryChanged(money::Ledger::Spiffs,
                                                                      *notification.objectId);
                             });
            return workspace;
        },
        [](MyWorkWorkspace &workspace, const client::AuthSession &session) {
            workspace.start(session.user(), QTimeZone(session.tenant().timeZone.toUtf8()));
        },
        [](MyWorkWorkspace &workspace) { workspace.stop(); });
}

// Managers' and admins' inbox of requests awaiting their decision. Decisions made elsewhere
// arrive over the session's live events; "open on the board" shows the dispatch board on the
// first job's day with the job selected ("re-plan" also proposes others for the time off's jobs).
shell::WorkspaceSpec approvalsWorkspace(client::ApiClient *api,
                                        shell::MainWindow *window,
                                        const client::AuthSession *session)
{
    using approvals::ApprovalsWorkspace;
    const auto onBoard = [window, session](const QList<qint64> &jobIds, const QDateTime &firstStart,
                                           bool replan) {
        window->openWorkspace(QStringLiteral("dispatch-board"));
        auto *board = qobject_cast<dispatchboard::DispatchBoard *>(
            window->workspaces()->workspace(QStringLiteral("dispatch-board")));
        if (!board || jobIds.isEmpty())
            return;
        const QDate day =
            firstStart.toTimeZone(QTimeZone(session->tenant().timeZone.toUtf8())).date();
        if (replan)
            board->replanTimeOffOver(jobIds.first(), day);
        else
            board->openJob(jobIds.first(), day);
    };
    return shell::WorkspaceSpec::of<ApprovalsWorkspace>(
        QStringLiteral("approvals"), ApprovalsWorkspace::title(), {Role::Admin, Role::Manager},
        [api, window, onBoard](QWidget *parent) {
            auto *inbox = new ApprovalsWorkspace(api, parent);
            inbox->followEvents(window->notifications()->feed());
            QObject::connect(inbox, &ApprovalsWorkspace::jobsToOpen, window,
                             [onBoard](const QList<qint64> &jobIds, const QDateTime &first) {
                                 onBoard(jobIds, first, false);
                             });
            QObject::connect(inbox, &ApprovalsWorkspace::jobsToReplan, window,
                             [onBoard](const QList<qint64> &jobIds, const QDateTime &first) {
                                 onBoard(jobIds, first, true);
                             });
            return inbox;
        },
        [](ApprovalsWorkspace &inbox, const client::AuthSession &signedIn) {
            inbox.start(signedIn.user().id.toLongLong());
        },
        [](ApprovalsWorkspace &inbox) { inbox.stop(); });
}

// The fleet: vehicles, a vehicle's page, who drives what, maintenance due; dispatchers look.
shell::WorkspaceSpec fleetWorkspace(client::ApiClient *api)
{
    using fleet::FleetWorkspace;
    return shell::WorkspaceSpec::of<FleetWorkspace>(
        QStringLiteral("fleet"), FleetWorkspace::title(),
        {Role::Admin, Role::Manager, Role::Dispatcher},
        [api](QWidget *parent) { return new FleetWorkspace(api, parent); },
        [](FleetWorkspace &workspace, const client::AuthSession &session) {
            workspace.start(session.user().role == Role::Dispatcher,
                            QTimeZone(session.tenant().timeZone.toUtf8()));
        },
        [](FleetWorkspace &workspace) { workspace.stop(); });
}

// Managers' and admins' expense and spiff reports.
shell::WorkspaceSpec reportsWorkspace(client::ApiClient *api)
{
    using reports::ReportsWorkspace;
    return shell::WorkspaceSpec::of<ReportsWorkspace>(
        QStringLiteral("reports"), ReportsWorkspace::title(), {Role::Admin, Role::Manager},
        [api](QWidget *parent) { return new ReportsWorkspace(api, parent); },
        [](ReportsWorkspace &workspace, const client::AuthSession &session) {
            workspace.start(session.user().id.toLongLong(), session.user().name,
                            QTimeZone(session.tenant().timeZone.toUtf8()));
        },
        [](ReportsWorkspace &workspace) { workspace.stop(); });
}

// Admins' settings of the company and the records they keep.
shell::WorkspaceSpec adminWorkspace(client::ApiClient *api)
{
    using admin::AdminWorkspace;
    return shell::WorkspaceSpec::of<AdminWorkspace>(
        QStringLiteral("admin"), AdminWorkspace::title(), {Role::Admin},
        [api](QWidget *parent) { return new AdminWorkspace(api, parent); },
        [](AdminWorkspace &workspace, const client::AuthSession &session) {
            workspace.start(QTimeZone(session.tenant().timeZone.toUtf8()));
        },
        [](AdminWorkspace &workspace) { workspace.stop(); });
}

// The operator's tenants (the hosting company's account sees no tenant's business data).
shell::WorkspaceSpec operatorWorkspace(client::ApiClient *api)
{
    using operatorconsole::OperatorWorkspace;
    return shell::WorkspaceSpec::of<OperatorWorkspace>(
        QStringLiteral("tenants"), OperatorWorkspace::title(), {Role::Operator},
        [api](QWidget *parent) { return new OperatorWorkspace(api, parent); },
        [](OperatorWorkspace &workspace, const client::AuthSession &) { workspace.start(); },
        [](OperatorWorkspace &workspace) { workspace.stop(); });
}

} // namespace

// What a chosen notification opens: a request, expense or spiff filed for a manager's decision
// opens the approvals inbox where the role has one; maintenance falling due opens the fleet
// (the vehicle's page when it names one, else the due list); anything else about them, and a
// job, opens My work. Workspaces that are not registered, or not the role's, are left alone.
void openNotificationTarget(shell::MainWindow &window, const Notification &notification)
{
    if (notification.kind == QLatin1String("maintenance.due")) {
        if (!window.openWorkspace(QStringLiteral("fleet")))
            return;
        if (auto *vehicles = qobject_cast<fleet::FleetWorkspace *>(
                window.workspaces()->workspace(QStringLiteral("fleet")))) {
            if (notification.objectType == QLatin1String("vehicle") && notification.objectId)
                vehicles->openVehicle(*notification.objectId);
            else
                vehicles->tabs()->setCurrentIndex(fleet::FleetWorkspace::DueTab);
        }
        return;
    }
    const bool aboutOwnWork = notification.objectType == QLatin1String("request") ||
                              notification.objectType == QLatin1String("expense") ||
                              notification.objectType == QLatin1String("spiff");
    if (aboutOwnWork && notification.kind.endsWith(QLatin1String(".submitted")) &&
        window.openWorkspace(QStringLiteral("approvals")))
        return;
    if (!aboutOwnWork && notification.objectType != QLatin1String("job"))
        return;
    if (!window.openWorkspace(QStringLiteral("my-work")))
        return;
    // The tab the notification is about.
    if (auto *myWork = qobject_cast<mywork::MyWorkWorkspace *>(
            window.workspaces()->workspace(QStringLiteral("my-work")))) {
        if (notification.objectType == QLatin1String("request"))
            myWork->showRequests();
        else if (aboutOwnWork)
            myWork->showMoney();
    }
}

void addWorkspaces(shell::MainWindow &window,
                   client::ApiClient &api,
                   const client::AuthSession &session)
{
    // In this order in the navigation; the first one the role may use opens at sign-in.
    const auto withIcon = [](shell::WorkspaceSpec spec, const char *icon) {
        spec.icon = QLatin1String(icon);
        return spec;
    };
    window.addWorkspace(withIcon(approvalsWorkspace(&api, &window, &session), "approvals"));
    window.addWorkspace(withIcon(dispatchBoardWorkspace(&api), "dispatch-board"));
    window.addWorkspace(withIcon(customersWorkspace(&api), "customers"));
    window.addWorkspace(withIcon(fleetWorkspace(&api), "fleet"));
    window.addWorkspace(withIcon(reportsWorkspace(&api), "reports"));
    window.addWorkspace(withIcon(adminWorkspace(&api), "admin"));
    window.addWorkspace(withIcon(operatorWorkspace(&api), "tenants"));
    window.addWorkspace(withIcon(myWorkWorkspace(&api, &window), "my-work"));
    QObject::connect(&window, &shell::MainWindow::notificationActivated, &window,
                     [&window](const Notification &notification) {
                         openNotificationTarget(window, notification);
                     });
}

} // namespace fielddesk::console
