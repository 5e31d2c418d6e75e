// The notification bell in the real main window, offscreen, against a real fielddesk-server:
// signed in as the employee tech1, the badge counts up live as a manager decides and comments
// on tech1's request; a click on the bell where it is painted opens the panel with the newest
// first, and a click on a notification there marks it read (on the server too), closes the
// panel and asks the application to open what it is about. The keyboard opens and closes the
// panel and chooses in it; "Mark all read" clears the badge; the window opens only the
// workspaces the role may use when asked by id.
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/client/notificationcenter.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/notificationbell.h"
#include "fielddesk/shell/notificationlistmodel.h"
#include "fielddesk/shell/notificationpanel.h"
#include "fielddesk/shell/workspacehost.h"
#include "fielddesk/shell/workspacenavigation.h"

#include "consolesession.h"
#include "demoserver.h"
#include "guitestenvironment.h"
#include "notificationtraffic.h"
#include "testmain.h"
#include "wallclock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

namespace tst_notificationbell {

using namespace fielddesk;
using fielddesk::shell::NotificationBell;
using fielddesk::shell::NotificationListModel;
using fielddesk::shell::NotificationPanel;

namespace {

const QString kEmployee = QStringLiteral("tech1@demo.local");
const QString kManager = QStringLiteral("manager@demo.local");
constexpr int kTimeout = 20000;
// How long a notification may take from the manager's answer to the employee's badge.
constexpr int kLiveBoundMs = 3000;

// A workspace that only says which it is (the approvals and "my work" pages are elsewhere).
shell::WorkspaceSpec labelWorkspace(const QString &id, QList<Role> roles)
{
    return shell::WorkspaceSpec::of<QLabel>(
        id, id, std::move(roles),
        [id](QWidget *parent) {
            auto *label = new QLabel(id, parent);
            label->setObjectName(id);
            return label;
        },
        [](QLabel &, const client::AuthSession &) {}, [](QLabel &) {});
}

} // namespace

class TestNotificationBell : public QObject
{
    Q_OBJECT

public:
    explicit TestNotificationBell(const QString &) {}

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_traffic.signIn(m_server.baseUrl(), kEmployee, kManager));
    }

    void init()
    {
        QSettings().clear();
        // Every test starts with nothing unread, so that what it counts is its own.
        QCOMPARE(m_traffic.markAllRead(), 200);
        QCOMPARE(m_traffic.unreadCount(), 0);
        m_console = std::make_unique<guitest::ConsoleSession>();
        window()->addWorkspace(
            labelWorkspace(QStringLiteral("approvals"), {Role::Admin, Role::Manager}));
        window()->addWorkspace(
            labelWorkspace(QStringLiteral("my-work"),
                           {Role::Admin, Role::Manager, Role::Dispatcher, Role::Employee}));
    }

    void cleanup() { m_console.reset(); }

    void theBadgeCountsLiveAndAClickMarksRead()
    {
        signIn();
        NotificationBell *bell = this->bell();
        QVERIFY(bell);
        QAbstractItemModelTester tester(bell->panel()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(bell->unreadCount(), 0);
        QVERIFY(badge()->isHidden());

        // A manager decides tech1's request: the badge shows it without any action here.
        const qint64 request = m_traffic.fileSuggestion(QStringLiteral("Bell check"));
        QVERIFY(request > 0);
        QElapsedTimer live;
        QCOMPARE(m_traffic.approve(request), 200);
        live.start();
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 1, kTimeout);
        FIELDDESK_VERIFY_WALL_CLOCK(live.elapsed() < kLiveBoundMs,
                                    qPrintable(QString::number(live.elapsed())));
        QVERIFY(badge()->isVisible());
        QCOMPARE(badge()->text(), QStringLiteral("1"));
        // Painted on the bell, inside it.
        QVERIFY(bell->rect().contains(badge()->geometry()));

        QCOMPARE(m_traffic.comment(request, QStringLiteral("Ordered for Monday")), 201);
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 2, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(badge()->text(), QStringLiteral("2"), kTimeout);
        guitest::screenshot(window(), QStringLiteral("bell-two-unread"));

        // The bell, clicked where it is painted: the panel lists the newest first.
        QTest::mouseClick(bell, Qt::LeftButton, {}, bell->rect().center());
        NotificationPanel *panel = bell->panel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), kTimeout);
        QCOMPARE(panel->objectName(), QStringLiteral("notificationPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() >= 2, kTimeout);
        QCOMPARE(panel->statusText(), QString());
        const NotificationListModel *model = panel->model();
        QCOMPARE(model->notificationAt(0).kind, QStringLiteral("request.commented"));
        QCOMPARE(model->notificationAt(1).kind, QStringLiteral("request.decided"));
        QVERIFY(model->data(model->index(0), NotificationListModel::UnreadRole).toBool());
        QVERIFY(model->data(model->index(1), NotificationListModel::UnreadRole).toBool());
        QVERIFY(panel->markAllReadButton()->isEnabled());
        guitest::screenshot(panel, QStringLiteral("bell-panel"));

        // The decision, clicked where it is painted: read, here and on the server.
        const Notification decided = model->notificationAt(1);
        QCOMPARE(decided.objectId, std::optional<qint64>(request));
        QSignalSpy activated(window(), &shell::MainWindow::notificationActivated);
        QListView *list = panel->list();
        const QRect row = list->visualRect(model->index(1));
        QVERIFY(list->viewport()->rect().contains(row.center()));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, kTimeout);
        QCOMPARE(activated.at(0).at(0).value<Notification>().id, decided.id);
        QVERIFY(!panel->isVisible());
        QVERIFY(!bell->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 1, kTimeout);
        QCOMPARE(badge()->text(), QStringLiteral("1"));
        QCOMPARE(m_traffic.unreadCount(), 1);
        // The row follows the server's answer to the mark, which may come after the count.
        QTRY_VERIFY_WITH_TIMEOUT(
            !model->data(model->index(1), NotificationListModel::UnreadRole).toBool(), kTimeout);
        QVERIFY(model->data(model->index(0), NotificationListModel::UnreadRole).toBool());
        // The employee has "my work", not the approvals inbox: what the application opens.
        QVERIFY(!window()->openWorkspace(QStringLiteral("approvals")));
    }

    void theKeyboardOpensChoosesAndCloses()
    {
        signIn();
        NotificationBell *bell = this->bell();
        const qint64 request = m_traffic.fileSuggestion(QStringLiteral("Keyboard check"));
        QCOMPARE(m_traffic.comment(request, QStringLiteral("First")), 201);
        QCOMPARE(m_traffic.comment(request, QStringLiteral("Second")), 201);
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 2, kTimeout);

        // Ctrl+Shift+N anywhere in the window opens the panel with the list focused.
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        NotificationPanel *panel = bell->panel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() >= 2, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(panel->list()->hasFocus(), kTimeout);
        // Esc closes it, and nothing was read.
        QTest::keyClick(panel->list(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), kTimeout);
        QCOMPARE(bell->unreadCount(), 2);

        // Opened again, Enter chooses the current one (the newest).
        bell->openPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(panel->list()->currentIndex().isValid(), kTimeout);
        const qint64 newest = panel->model()->notificationAt(0).id;
        QCOMPARE(panel->list()->currentIndex().row(), 0);
        QSignalSpy activated(window(), &shell::MainWindow::notificationActivated);
        QTest::keyClick(panel->list(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, kTimeout);
        QCOMPARE(activated.at(0).at(0).value<Notification>().id, newest);
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 1, kTimeout);

        // "Mark all read" clears the badge, on the server too.
        bell->openPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), kTimeout);
        QPushButton *markAll = panel->markAllReadButton();
        QVERIFY(markAll->isEnabled());
        QTest::mouseClick(markAll, Qt::LeftButton, {}, markAll->rect().center());
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 0, kTimeout);
        QVERIFY(badge()->isHidden());
        QCOMPARE(m_traffic.unreadCount(), 0);
        // The count may arrive over the live stream before the answer to "mark all read" has
        // marked the panel's rows: wait for the rows.
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->unreadRows(), 0, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!markAll->isEnabled(), kTimeout);
    }

    void onlyTheRolesWorkspacesOpenById()
    {
        signIn();
        QCOMPARE(window()->workspaces()->currentWorkspaceId(), QStringLiteral("my-work"));
        QVERIFY(!window()->openWorkspace(QStringLiteral("approvals"))); // not an employee's
        QVERIFY(!window()->openWorkspace(QStringLiteral("no-such-workspace")));
        QCOMPARE(window()->workspaces()->currentWorkspaceId(), QStringLiteral("my-work"));
        QVERIFY(window()->openWorkspace(QStringLiteral("my-work")));

        // A manager has both; opening by id is the same as clicking the tab.
        QAction *signOut = window()->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        signOut->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window()->isVisible(), kTimeout);
        signIn(kManager);
        QCOMPARE(window()->workspaces()->currentWorkspaceId(), QStringLiteral("approvals"));
        QVERIFY(window()->openWorkspace(QStringLiteral("my-work")));
        QCOMPARE(window()->workspaces()->currentWorkspaceId(), QStringLiteral("my-work"));
        QCOMPARE(window()->navigation()->currentWorkspaceId(), QStringLiteral("my-work"));
        QVERIFY(window()->openWorkspace(QStringLiteral("approvals")));
        QCOMPARE(window()->workspaces()->currentWorkspaceId(), QStringLiteral("approvals"));
        // The bell is every role's.
        QVERIFY(bell() && bell()->isVisible());
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    shell::MainWindow *window() const { return m_console->window(); }
    NotificationBell *bell() const
    {
        return window()->findChild<NotificationBell *>(QStringLiteral("notificationBell"));
    }
    QLabel *badge() const
    {
        return window()->findChild<QLabel *>(QStringLiteral("notificationBadge"));
    }

    // The demo start through the sign-in flow; returns once the live feed is connected.
    void signIn(const QString &email = kEmployee)
    {
        m_console->flow.start(
            {.server = m_server.baseUrl(), .email = email, .password = demo::kPassword});
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), kTimeout);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY(bell() && bell()->isVisible());
        QVERIFY(badge());
        QTRY_COMPARE_WITH_TIMEOUT(window()->notifications()->feed()->state(),
                                  client::LiveEventFeed::State::Connected, kTimeout);
    }

    DemoServer m_server;
    NotificationTraffic m_traffic;
    std::unique_ptr<guitest::ConsoleSession> m_console;
};

FIELDDESK_GUI_TEST_MAIN(TestNotificationBell)
} // namespace tst_notificationbell
#include "tst_notificationbell.moc"
