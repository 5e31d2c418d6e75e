// The main window's workspaces, offscreen, against a real fielddesk-server: a registered
// workspace appears in the navigation only for the roles it allows, the first one opens and
// starts after sign-in, another opens when its tab is clicked where it is painted, sign-out
// stops them and shows the welcome page, and a role with none sees the welcome page only.
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/workspacehost.h"
#include "fielddesk/shell/workspacenavigation.h"
#include "fielddesk/signin/signindialog.h"

#include "consolesession.h"
#include "demoserver.h"
#include "guitestenvironment.h"
#include "testmain.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QTabBar>

namespace tst_workspacenavigation {

using namespace fielddesk;

namespace {

constexpr int kTimeout = 20000;

// A workspace that only says which it is, and counts how often it was started and stopped.
struct FakeWorkspace
{
    QString id;
    QString title;
    QList<Role> roles;
    int starts = 0;
    int stops = 0;
    QString startedFor; // the email of the session it was started for

    shell::WorkspaceSpec spec()
    {
        return shell::WorkspaceSpec::of<QLabel>(
            id, title, roles,
            [this](QWidget *parent) {
                auto *label = new QLabel(title, parent);
                label->setObjectName(id);
                return label;
            },
            [this](QLabel &, const client::AuthSession &session) {
                ++starts;
                startedFor = session.email();
            },
            [this](QLabel &) { ++stops; });
    }
};

} // namespace

class TestWorkspaceNavigation : public QObject
{
    Q_OBJECT

public:
    // The private home's settings are cleared before each test; nothing else is kept there.
    explicit TestWorkspaceNavigation(const QString &) {}

private slots:
    void initTestCase()
    {
        QString error;
        const bool started = m_server.start(&error);
        QVERIFY2(started, qPrintable(error));
    }

    void init()
    {
        QSettings().clear();
        m_dispatch = {QStringLiteral("dispatchWorkspace"),
                      QStringLiteral("Dispatch"),
                      {Role::Admin, Role::Manager, Role::Dispatcher}};
        m_approvals = {QStringLiteral("approvalsWorkspace"),
                       QStringLiteral("Approvals"),
                       {Role::Admin, Role::Manager}};
        m_console = std::make_unique<guitest::ConsoleSession>();
        window()->addWorkspace(m_dispatch.spec());
        window()->addWorkspace(m_approvals.spec());
    }

    void cleanup() { m_console.reset(); }

    void aDispatcherSeesOnlyTheWorkspacesOfTheRole()
    {
        signIn(QStringLiteral("dispatcher@demo.local"));
        QVERIFY(navigation()->isVisible());
        QCOMPARE(tabTitles(), QStringList{QStringLiteral("Dispatch")});
        // The first workspace is open and started, the other was never made.
        QWidget *dispatch = shown(QStringLiteral("dispatchWorkspace"));
        QVERIFY(dispatch);
        QCOMPARE(m_dispatch.starts, 1);
        QCOMPARE(m_dispatch.startedFor, QStringLiteral("dispatcher@demo.local"));
        QVERIFY(!window()->findChild<QLabel *>(QStringLiteral("approvalsWorkspace")));
        QCOMPARE(m_approvals.starts, 0);
        QVERIFY(!welcomePage()->isVisible());
        guitest::screenshot(window(), QStringLiteral("workspaces-dispatcher"));
    }

    void aManagerOpensAnotherWorkspaceByClickingIt()
    {
        signIn(QStringLiteral("manager@demo.local"));
        QCOMPARE(tabTitles(),
                 (QStringList{QStringLiteral("Dispatch"), QStringLiteral("Approvals")}));
        QVERIFY(shown(QStringLiteral("dispatchWorkspace")));

        clickTab(QStringLiteral("Approvals"));
        QWidget *approvals = shown(QStringLiteral("approvalsWorkspace"));
        QVERIFY(approvals);
        QVERIFY(!window()->findChild<QLabel *>(QStringLiteral("dispatchWorkspace"))->isVisible());
        QCOMPARE(m_approvals.starts, 1);
        guitest::screenshot(window(), QStringLiteral("workspaces-manager-approvals"));

        // Back: the same workspace again, still running (not started twice).
        clickTab(QStringLiteral("Dispatch"));
        QVERIFY(shown(QStringLiteral("dispatchWorkspace")));
        QVERIFY(!approvals->isVisible());
        QCOMPARE(m_dispatch.starts, 1);
        QCOMPARE(m_approvals.starts, 1);
    }

    void signingOutStopsTheWorkspacesAndShowsTheWelcomePage()
    {
        signIn(QStringLiteral("manager@demo.local"));
        clickTab(QStringLiteral("Approvals"));
        QVERIFY(shown(QStringLiteral("approvalsWorkspace")));

        auto *signOut = window()->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        signOut->trigger();
        QVERIFY(m_console->flow.signInDialog()->isVisible());
        QCOMPARE(m_dispatch.stops, 1);
        QCOMPARE(m_approvals.stops, 1);
        // What the window shows when it opens again: the welcome page, no navigation.
        QCOMPARE(window()->workspaces()->currentWidget(), welcomePage());
        QVERIFY(navigation()->isHidden());

        // The next sign-in opens the workspace this user left: only it starts.
        m_console->flow.signInDialog()->setPassword(demo::kPassword);
        m_console->flow.signInDialog()->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), kTimeout);
        QVERIFY(shown(QStringLiteral("approvalsWorkspace")));
        QCOMPARE(navigation()->currentWorkspaceId(), QStringLiteral("approvalsWorkspace"));
        QCOMPARE(m_approvals.starts, 2);
        QCOMPARE(m_dispatch.starts, 1);
    }

    void theLastWorkspaceIsRememberedPerUser()
    {
        signIn(QStringLiteral("manager@demo.local"));
        clickTab(QStringLiteral("Approvals"));
        QVERIFY(shown(QStringLiteral("approvalsWorkspace")));
        window()->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();

        // Another user of this computer starts from their own first workspace...
        m_console->flow.signInDialog()->setEmail(QStringLiteral("admin@demo.local"));
        m_console->flow.signInDialog()->setPassword(demo::kPassword);
        m_console->flow.signInDialog()->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), kTimeout);
        QVERIFY(shown(QStringLiteral("dispatchWorkspace")));
        window()->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();

        // ...and the manager finds the inbox again.
        m_console->flow.signInDialog()->setEmail(QStringLiteral("manager@demo.local"));
        m_console->flow.signInDialog()->setPassword(demo::kPassword);
        m_console->flow.signInDialog()->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), kTimeout);
        QVERIFY(shown(QStringLiteral("approvalsWorkspace")));
    }

    void aRoleWithoutWorkspacesSeesTheWelcomePage()
    {
        signIn(QStringLiteral("tech1@demo.local"));
        QVERIFY(welcomePage()->isVisible());
        QVERIFY(!navigation()->isVisible());
        QCOMPARE(m_dispatch.starts + m_approvals.starts, 0);
        QVERIFY(!window()->findChild<QLabel *>(QStringLiteral("dispatchWorkspace")));
        guitest::screenshot(window(), QStringLiteral("workspaces-employee"));
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    shell::MainWindow *window() const { return m_console->window(); }
    shell::WorkspaceNavigation *navigation() const { return window()->navigation(); }
    QWidget *welcomePage() const { return window()->workspaces()->welcomePage(); }

    // The demo start: email and password given, the main window opens.
    void signIn(const QString &email)
    {
        m_console->flow.start(
            {.server = m_server.baseUrl(), .email = email, .password = demo::kPassword});
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), kTimeout);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    QStringList tabTitles() const
    {
        QStringList titles;
        const QTabBar *tabs = navigation()->tabs();
        for (int index = 0; index < tabs->count(); ++index)
            titles << tabs->tabText(index);
        return titles;
    }

    // A click in the middle of the tab where it is painted.
    void clickTab(const QString &title)
    {
        QTabBar *tabs = navigation()->tabs();
        for (int index = 0; index < tabs->count(); ++index) {
            if (tabs->tabText(index) == title) {
                QVERIFY(tabs->isVisible());
                QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(index).center());
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no tab %1").arg(title)));
    }

    // The workspace's widget when it is the one on screen; nullptr otherwise.
    QWidget *shown(const QString &id) const
    {
        auto *widget = window()->findChild<QLabel *>(id);
        if (!widget || !widget->isVisible() || window()->workspaces()->currentWidget() != widget)
            return nullptr;
        // It fills the workspace area (not merely exists somewhere in the window).
        const QRect area = window()->workspaces()->geometry();
        return widget->size() == area.size() ? widget : nullptr;
    }

    DemoServer m_server;
    FakeWorkspace m_dispatch;
    FakeWorkspace m_approvals;
    std::unique_ptr<guitest::ConsoleSession> m_console;
};

FIELDDESK_GUI_TEST_MAIN(TestWorkspaceNavigation)
} // namespace tst_workspacenavigation
#include "tst_workspacenavigation.moc"
