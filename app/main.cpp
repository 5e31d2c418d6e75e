// fielddesk: the dispatch console. Composes the modules and starts the sign-in flow.

#include "fielddesk/admin/adminworkspace.h"
#include "fielddesk/approvals/approvalsworkspace.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/connectionmonitor.h"
#include "fielddesk/client/keychaintokenstore.h"
#include "fielddesk/client/notificationcenter.h"
#include "fielddesk/customers/customersworkspace.h"
#include "fielddesk/dispatchboard/dispatchboard.h"
#include "fielddesk/fleet/fleetworkspace.h"
#include "fielddesk/mywork/mymoneypane.h"
#include "fielddesk/mywork/myworkworkspace.h"
#include "fielddesk/operator/operatorworkspace.h"
#include "fielddesk/reports/reportsworkspace.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/sessionflow.h"
#include "fielddesk/shell/workspacehost.h"
#include "fielddesk/shell/workspacenavigation.h"
#include "fielddesk/shell/workspacespec.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTimeZone>
#include <QTranslator>

#include <cstdio>
#include <string_view>

using namespace fielddesk;

namespace {

// The server, email and demo password, from the command line or the environment.
struct Launch
{
    shell::SessionFlow::StartOptions options;
    QString error;
};

Launch parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "FieldDesk dispatch console.\n\n"
                "Environment:\n"
                "  FIELDDESK_SERVER    server URL when --server is not given\n"
                "                      (default: the last one used, or http://127.0.0.1:8080)\n"
                "  FIELDDESK_EMAIL     email when --email is not given\n"
                "  FIELDDESK_PASSWORD  demo convenience: together with an email, signs in at once\n"
                "                      without asking. Do not use it with real accounts: other\n"
                "                      programs of your user can read the environment.\n\n"
                "With an email and a sign-in kept in the system keychain (\"Keep me signed in\"),\n"
                "FieldDesk signs in silently."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringList{QStringLiteral("s"), QStringLiteral("server")},
                                    QCoreApplication::translate("main", "Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption email(QStringList{QStringLiteral("e"), QStringLiteral("email")},
                                   QCoreApplication::translate("main", "Email to sign in with."),
                                   QStringLiteral("EMAIL"));
    parser.addOption(server);
    parser.addOption(email);
    parser.process(app);

    Launch launch;
    const QString serverText =
        parser.isSet(server) ? parser.value(server) : qEnvironmentVariable("FIELDDESK_SERVER");
    if (!serverText.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(serverText);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            launch.error = QCoreApplication::translate("main", "Not a server URL: %1 (expected for "
                                                               "example http://127.0.0.1:8080)")
                               .arg(serverText);
            return launch;
        }
        launch.options.server = url;
    }
    launch.options.email =
        parser.isSet(email) ? parser.value(email) : qEnvironmentVariable("FIELDDESK_EMAIL");
    if (!launch.options.email.isEmpty())
        launch.options.password = qEnvironmentVariable("FIELDDESK_PASSWORD");
    return launch;
}

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FieldDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FieldDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDDESK_VERSION));
}

void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    // The "C" locale (no LANG, as on a bare server) reads English, with its plural forms.
    const QLocale locale =
        QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    auto *ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(locale, QStringLiteral("fielddesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QApplication::installTranslator(ownTranslator);
}

// The dispatcher's workspace, also for managers and admins; the board is kept per user.
shell::WorkspaceSpec dispatchBoardWorkspace(client::ApiClient *api)
{
    using dispatchboard::DispatchBoard;
    return shell::WorkspaceSpec::of<DispatchBoard>(
        QStringLiteral("dispatch-board"), DispatchBoard::title(),
        {Role::Admin, Role::Manager, Role::Dispatcher},
        [api](QWidget *parent) { return new DispatchBoard(api, parent); },
        [](DispatchBoard &board, const client::AuthSession &session) {
            board.start(QTimeZone(session.tenant().timeZone.toUtf8()), session.email());
        },
        [](DispatchBoard &board) { board.stop(); });
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
// first job's day with the job selected.
shell::WorkspaceSpec approvalsWorkspace(client::ApiClient *api,
                                        shell::MainWindow *window,
                                        const client::AuthSession *session)
{
    using approvals::ApprovalsWorkspace;
    const auto openOnBoard = [window, session](const QList<qint64> &jobIds,
                                               const QDateTime &firstStart) {
        window->openWorkspace(QStringLiteral("dispatch-board"));
        auto *board = qobject_cast<dispatchboard::DispatchBoard *>(
            window->workspaces()->workspace(QStringLiteral("dispatch-board")));
        if (!board || jobIds.isEmpty())
            return;
        const QTimeZone zone(session->tenant().timeZone.toUtf8());
        board->openJob(jobIds.first(), firstStart.toTimeZone(zone).date());
    };
    return shell::WorkspaceSpec::of<ApprovalsWorkspace>(
        QStringLiteral("approvals"), ApprovalsWorkspace::title(), {Role::Admin, Role::Manager},
        [api, window, openOnBoard](QWidget *parent) {
            auto *inbox = new ApprovalsWorkspace(api, parent);
            inbox->followEvents(window->notifications()->feed());
            QObject::connect(inbox, &ApprovalsWorkspace::jobsToOpen, window, openOnBoard);
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

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work on a machine without a display too: answer them before
    // any window system is needed.
    if (asksForHelpOrVersion(argc, argv)) {
        const QCoreApplication commandLine(argc, argv);
        describeApplication();
        parseCommandLine(commandLine); // prints and exits
        return 0;
    }

    QApplication app(argc, argv); // takes Qt's own options (-platform, -style) out of argv
    describeApplication();
    installTranslations(app);
    const Launch launch = parseCommandLine(app);
    if (!launch.error.isEmpty()) {
        std::fprintf(stderr, "fielddesk: %s\n", qUtf8Printable(launch.error));
        return 2;
    }

    client::ApiClient api;
    client::KeychainTokenStore keychain;
    client::AuthSession session(&api);
    session.setTokenStore(&keychain);
    client::ConnectionMonitor monitor(&api);
    shell::SessionFlow flow(&session, &monitor);

    shell::MainWindow *window = flow.mainWindow();
    // In this order in the navigation; the first one the role may use opens at sign-in.
    window->addWorkspace(approvalsWorkspace(&api, window, &session));
    window->addWorkspace(dispatchBoardWorkspace(&api));
    window->addWorkspace(customersWorkspace(&api));
    window->addWorkspace(fleetWorkspace(&api));
    window->addWorkspace(reportsWorkspace(&api));
    window->addWorkspace(adminWorkspace(&api));
    window->addWorkspace(operatorWorkspace(&api));
    window->addWorkspace(myWorkWorkspace(&api, window));
    QObject::connect(window, &shell::MainWindow::notificationActivated, window,
                     [window](const Notification &notification) {
                         openNotificationTarget(*window, notification);
                     });
    QObject::connect(&flow, &shell::SessionFlow::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    flow.start(launch.options);
    return QApplication::exec();
}
