// Each user's arrangement of the workspaces comes back: the columns of every table and tree
// (widths, order, sort) and the splitters' sizes are kept per user and per workspace. Views and
// splitters are found by name, so every one of them in every workspace has a name of its own.
#include "consolesession.h"
#include "consoleworkspaces.h"
#include "demoserver.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/workspacehost.h"
#include "fielddesk/shell/workspacenavigation.h"
#include "guitestenvironment.h"
#include "testmain.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>

namespace tst_layoutrestore {

using namespace fielddesk;

namespace {

constexpr int kTimeout = 20000;

// The column header a user sees on a table or tree (none for lists and hidden headers).
QHeaderView *columnsOf(QAbstractItemView *view)
{
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->header();
    return header && !header->isHidden() ? header : nullptr;
}

} // namespace

class TestLayoutRestore : public QObject
{
    Q_OBJECT

public:
    explicit TestLayoutRestore(const QString &) {}

private slots:
    void initTestCase()
    {
        QString error;
        const bool started = m_server.start(&error);
        QVERIFY2(started, qPrintable(error));
        QSettings().clear();
    }

    void everyViewAndSplitterHasAName_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("admin") << QStringLiteral("admin@demo.local");
        QTest::newRow("manager") << QStringLiteral("manager@demo.local");
        QTest::newRow("dispatcher") << QStringLiteral("dispatcher@demo.local");
        QTest::newRow("employee") << QStringLiteral("tech1@demo.local");
    }
    void everyViewAndSplitterHasAName()
    {
        QFETCH(QString, email);
        guitest::ConsoleSession console;
        console::addWorkspaces(*console.window(), console.api, console.session);
        signIn(console, email);
        QTabBar *tabs = console.window()->navigation()->tabs();
        QStringList problems;
        int checked = 0;
        for (int index = 0; index < tabs->count(); ++index) {
            QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(index).center());
            QTRY_COMPARE_WITH_TIMEOUT(tabs->currentIndex(), index, kTimeout);
            const QString id = console.window()->workspaces()->currentWorkspaceId();
            if (id == QLatin1String("dispatch-board"))
                continue; // keeps its own layout (BoardLayoutSettings)
            QWidget *workspace = console.window()->workspaces()->currentWidget();
            QSet<QString> names;
            const auto check = [&](const QWidget *widget) {
                ++checked;
                QStringList path; // as ViewLayoutSettings keys it
                for (const QWidget *w = widget; w && w != workspace; w = w->parentWidget()) {
                    if (!w->objectName().isEmpty())
                        path.prepend(w->objectName());
                }
                const QString name = path.join(QLatin1Char('/'));
                if (widget->objectName().isEmpty())
                    problems << id + QStringLiteral(": a ") +
                                    QString::fromLatin1(widget->metaObject()->className()) +
                                    QStringLiteral(" without a name under ") + name;
                else if (names.contains(name))
                    problems << id + QStringLiteral(": two named ") + name;
                names.insert(name);
            };
            for (QAbstractItemView *view : workspace->findChildren<QAbstractItemView *>()) {
                if (columnsOf(view))
                    check(view);
            }
            for (const QSplitter *splitter : workspace->findChildren<QSplitter *>())
                check(splitter);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(checked > 0);
    }

    // The manager widens a column and sorts the approvals by another, signs out; signed in
    // again, both are as they left them; the admin's approvals keep their own.
    void aUsersColumnsAndSortComeBack()
    {
        QSettings().clear();
        const QString manager = QStringLiteral("manager@demo.local");
        int widened = 0;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        {
            guitest::ConsoleSession console;
            console::addWorkspaces(*console.window(), console.api, console.session);
            signIn(console, manager);
            QVERIFY(console.window()->openWorkspace(QStringLiteral("approvals")));
            QHeaderView *header = requestColumns(console);
            QVERIFY(header);
            QTRY_VERIFY_WITH_TIMEOUT(header->count() > 2, kTimeout);
            // Drag the right edge of the second column 80 px to the right.
            const int before = header->sectionSize(1);
            const int edge = header->sectionViewportPosition(1) + before - 1;
            const int y = header->height() / 2;
            QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
            QTest::mouseMove(header->viewport(), QPoint(edge + 40, y));
            QTest::mouseMove(header->viewport(), QPoint(edge + 80, y));
            QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + 80, y));
            widened = header->sectionSize(1);
            QVERIFY2(widened >= before + 60,
                     qPrintable(QStringLiteral("%1 → %2").arg(before).arg(widened)));
            // Sort by the third column: a click on its middle.
            const QPoint third(header->sectionViewportPosition(2) + header->sectionSize(2) / 2, y);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, third);
            QCOMPARE(header->sortIndicatorSection(), 2);
            sortColumn = header->sortIndicatorSection();
            sortOrder = header->sortIndicatorOrder();
            console.session.signOut();
            QTRY_VERIFY_WITH_TIMEOUT(!console.session.isSignedIn(), kTimeout);
        }
        {
            guitest::ConsoleSession console;
            console::addWorkspaces(*console.window(), console.api, console.session);
            signIn(console, manager);
            QVERIFY(console.window()->openWorkspace(QStringLiteral("approvals")));
            QHeaderView *header = requestColumns(console);
            QCOMPARE(header->sectionSize(1), widened);
            QCOMPARE(header->sortIndicatorSection(), sortColumn);
            QCOMPARE(header->sortIndicatorOrder(), sortOrder);
        }
        {
            guitest::ConsoleSession console;
            console::addWorkspaces(*console.window(), console.api, console.session);
            signIn(console, QStringLiteral("admin@demo.local"));
            QVERIFY(console.window()->openWorkspace(QStringLiteral("approvals")));
            QHeaderView *header = requestColumns(console);
            QVERIFY(header->sectionSize(1) != widened);
            QVERIFY(header->sortIndicatorSection() != sortColumn);
        }
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    void signIn(guitest::ConsoleSession &console, const QString &email)
    {
        console.flow.start(
            {.server = m_server.baseUrl(), .email = email, .password = demo::kPassword});
        QTRY_VERIFY_WITH_TIMEOUT(console.session.isSignedIn() && console.window()->isVisible(),
                                 kTimeout);
        QVERIFY(QTest::qWaitForWindowExposed(console.window()));
    }

    // The approvals' request list: its columns.
    static QHeaderView *requestColumns(guitest::ConsoleSession &console)
    {
        QWidget *approvals = console.window()->workspaces()->workspace(QStringLiteral("approvals"));
        if (!approvals)
            return nullptr;
        for (QAbstractItemView *view : approvals->findChildren<QAbstractItemView *>()) {
            if (QHeaderView *header = columnsOf(view); header && view->isVisible())
                return header;
        }
        return nullptr;
    }

    DemoServer m_server;
};

FIELDDESK_GUI_TEST_MAIN(TestLayoutRestore)
} // namespace tst_layoutrestore
#include "tst_layoutrestore.moc"
