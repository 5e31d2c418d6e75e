// Every control a keyboard or a screen reader reaches has a name: signed in as each demo role,
// every workspace the role may use is opened by clicking its tab, and every interactive widget
// of the window (also on tabs not shown) is asked for its accessible name, as assistive
// technology asks it. Unnamed controls are listed by where they sit in the widget tree.
#include "consoleworkspaces.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/workspacehost.h"
#include "fielddesk/shell/workspacenavigation.h"

#include "consolecontrols.h"
#include "consolesession.h"
#include "demoserver.h"
#include "guitestenvironment.h"
#include "testmain.h"

#include <QAccessible>
#include <QSettings>
#include <QTabBar>

namespace tst_accessiblenames {

using namespace fielddesk;

namespace {

constexpr int kTimeout = 20000;

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

public:
    explicit TestAccessibleNames(const QString &) {}

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
        m_console = std::make_unique<guitest::ConsoleSession>();
        console::addWorkspaces(*m_console->window(), m_console->api, m_console->session);
    }

    void cleanup() { m_console.reset(); }

    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("workspaces");
        QTest::newRow("admin") << QStringLiteral("admin@demo.local") << 7;
        QTest::newRow("manager") << QStringLiteral("manager@demo.local") << 6;
        QTest::newRow("dispatcher") << QStringLiteral("dispatcher@demo.local") << 4;
        QTest::newRow("employee") << QStringLiteral("tech1@demo.local") << 1;
    }
    void everyControlHasAName()
    {
        QFETCH(QString, email);
        QFETCH(int, workspaces);
        shell::MainWindow *window = m_console->window();
        m_console->flow.start(
            {.server = m_server.baseUrl(), .email = email, .password = demo::kPassword});
        QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), kTimeout);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Each workspace opened as a user opens it: a click on its tab.
        QTabBar *tabs = window->navigation()->tabs();
        QCOMPARE(tabs->count(), workspaces);
        for (int index = 0; index < tabs->count(); ++index) {
            QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(index).center());
            QTRY_COMPARE_WITH_TIMEOUT(tabs->currentIndex(), index, kTimeout);
            QTest::qWait(300); // let the workspace build what it shows once its data arrived
            guitest::screenshot(
                window, QStringLiteral("a11y-%1-%2")
                            .arg(email.section(QLatin1Char('@'), 0, 0), QString::number(index)));
        }

        QStringList unnamed;
        int checked = 0;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!guitest::isControl(widget))
                continue;
            ++checked;
            if (accessibleName(widget).isEmpty())
                unnamed << guitest::pathOf(widget);
        }
        QVERIFY(checked > 20);
        // One line each: a test message of its own would be cut short.
        for (const QString &path : std::as_const(unnamed))
            qWarning().noquote() << "no accessible name:" << path;
        QVERIFY2(
            unnamed.isEmpty(),
            qPrintable(
                QStringLiteral("%1 of %2 controls have no name").arg(unnamed.size()).arg(checked)));
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    DemoServer m_server;
    std::unique_ptr<guitest::ConsoleSession> m_console;
};

FIELDDESK_GUI_TEST_MAIN(TestAccessibleNames)
} // namespace tst_accessiblenames
#include "tst_accessiblenames.moc"
