// Every control can be reached from the keyboard: signed in as each demo role, in every
// workspace, Tab is pressed from the workspace's first control until focus comes round again,
// and each control shown on the page is either met on the way, or is a button whose action has
// a shortcut of its own; among controls side by side Tab goes the way the page reads. Tab
// never gets stuck (a grid or a text box passes it on; a date field
// after its last section).
#include "consolecontrols.h"
#include "consolesession.h"
#include "consoleworkspaces.h"
#include "demoserver.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/workspacehost.h"
#include "fielddesk/shell/workspacenavigation.h"
#include "guitestenvironment.h"
#include "testmain.h"

#include <QAction>
#include <QDockWidget>
#include <QSettings>
#include <QToolButton>

namespace tst_keyboardreach {

using namespace fielddesk;

namespace {

constexpr int kTimeout = 20000;
constexpr int kMostTabs = 600;
constexpr int kMostSections = 6;

bool insideOf(const QWidget *widget, const QWidget *ancestor)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == ancestor)
            return true;
    }
    return false;
}

// A button that needs no Tab: its action (or it) answers a key of its own. A dock's title bar
// buttons (close, float) count when the dock is shown and hidden by a key (its toggle action).
bool hasShortcut(const QWidget *widget)
{
    if (widget->inherits("QDockWidgetTitleButton")) {
        const auto *dock = qobject_cast<const QDockWidget *>(widget->parentWidget());
        return dock && !dock->toggleViewAction()->shortcut().isEmpty();
    }
    if (const auto *tool = qobject_cast<const QToolButton *>(widget)) {
        if (const QAction *action = tool->defaultAction(); action && !action->shortcut().isEmpty())
            return true;
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return !button->shortcut().isEmpty();
    return false;
}

// Tab goes the way a page reads: among controls side by side in one layout (one parent), from
// the top row down and left to right within a row.
QStringList readingOrderProblems(const QString &where, const QList<QWidget *> &order)
{
    constexpr int kSameRow = 8; // px: controls of one row differ a little in height
    QStringList problems;
    QHash<QWidget *, QWidget *> previousOf; // the previous control met with the same parent
    for (QWidget *widget : order) {
        QWidget *parent = widget->parentWidget();
        QWidget *previous = previousOf.value(parent);
        previousOf.insert(parent, widget);
        if (!previous)
            continue;
        const QPoint a = previous->geometry().topLeft();
        const QPoint b = widget->geometry().topLeft();
        const bool sameRow = std::abs(a.y() - b.y()) < kSameRow;
        if ((sameRow && b.x() < a.x()) || (!sameRow && b.y() < a.y()))
            problems << where + QStringLiteral(": Tab goes back from ") +
                            guitest::pathOf(previous) + QStringLiteral(" to ") +
                            widget->objectName();
    }
    return problems;
}

} // namespace

class TestKeyboardReach : public QObject
{
    Q_OBJECT

public:
    explicit TestKeyboardReach(const QString &) {}

private slots:
    void initTestCase()
    {
        QString error;
        const bool started = m_server.start(&error);
        QVERIFY2(started, qPrintable(error));
    }

    void everyControlIsReachedByTabOrAShortcut_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("admin") << QStringLiteral("admin@demo.local");
        QTest::newRow("manager") << QStringLiteral("manager@demo.local");
        QTest::newRow("dispatcher") << QStringLiteral("dispatcher@demo.local");
        QTest::newRow("employee") << QStringLiteral("tech1@demo.local");
    }
    void everyControlIsReachedByTabOrAShortcut()
    {
        QFETCH(QString, email);
        QSettings().clear();
        guitest::ConsoleSession console;
        console::addWorkspaces(*console.window(), console.api, console.session);
        shell::MainWindow *window = console.window();
        console.flow.start(
            {.server = m_server.baseUrl(), .email = email, .password = demo::kPassword});
        QTRY_VERIFY_WITH_TIMEOUT(console.session.isSignedIn() && window->isVisible(), kTimeout);
        QVERIFY(QTest::qWaitForWindowActive(window));

        QStringList problems;
        int reached = 0;
        const QList<const shell::WorkspaceSpec *> allowed =
            window->workspaces()->allowedFor(console.session.user().role);
        for (const shell::WorkspaceSpec *spec : allowed) {
            QVERIFY(window->openWorkspace(spec->id));
            QTest::qWait(300); // what the workspace shows once its data arrived
            QWidget *workspace = window->workspaces()->currentWidget();
            workspace->setFocus(Qt::TabFocusReason);
            QWidget *start = QApplication::focusWidget();
            QVERIFY(start);
            // Twice round: a control the first round enables (selecting a row enables its
            // buttons) is met on the second. The reading order is that of the first round.
            QSet<QWidget *> met{start};
            QList<QWidget *> order{start};
            QWidget *current = start;
            int secondRound = -1; // Tabs left once the first round is done
            for (int tab = 0; tab < kMostTabs && secondRound != 0; ++tab) {
                QTest::keyClick(current, Qt::Key_Tab);
                QWidget *next = QApplication::focusWidget();
                // A date or time field takes Tab from section to section first.
                for (int section = 0; next == current && section < kMostSections &&
                                      qobject_cast<QAbstractSpinBox *>(current);
                     ++section) {
                    QTest::keyClick(current, Qt::Key_Tab);
                    next = QApplication::focusWidget();
                }
                if (next == current || !next) {
                    problems << spec->id + QStringLiteral(": Tab stays in ") +
                                    guitest::pathOf(current);
                    break;
                }
                if (secondRound < 0 && met.contains(next))
                    secondRound = int(order.size());
                else if (secondRound < 0)
                    order.append(next);
                else
                    --secondRound;
                met.insert(next);
                current = next;
            }
            problems << readingOrderProblems(spec->id, order);
            for (QWidget *widget : workspace->findChildren<QWidget *>()) {
                if (!guitest::isControl(widget) || !widget->isVisible() || !widget->isEnabled())
                    continue;
                if (met.contains(widget) || hasShortcut(widget)) {
                    ++reached;
                    continue;
                }
                // A control that hands focus to a part of it (a spin box to its line edit).
                const bool partMet = std::any_of(met.cbegin(), met.cend(), [widget](QWidget *w) {
                    return insideOf(w, widget) || w->focusProxy() == widget;
                });
                if (partMet)
                    ++reached;
                else
                    problems << spec->id + QStringLiteral(": ") + guitest::pathOf(widget);
            }
        }
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << "not reached by keyboard:" << problem;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 controls not reached, %2 reached")
                                .arg(problems.size())
                                .arg(reached)));
        qInfo("%d controls reached by keyboard", reached);
        QVERIFY(reached > 5);
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    DemoServer m_server;
};

FIELDDESK_GUI_TEST_MAIN(TestKeyboardReach)
} // namespace tst_keyboardreach
#include "tst_keyboardreach.moc"
