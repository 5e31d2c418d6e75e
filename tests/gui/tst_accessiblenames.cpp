// Every control a keyboard or a screen reader reaches has a name: signed in as each demo role,
// every workspace the role may use is opened by clicking its tab, and every interactive widget
// of the window (also on tabs not shown) is asked for its accessible name, as assistive
// technology asks it. Unnamed controls are listed by where they sit in the widget tree.
#include "consoleworkspaces.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/workspacehost.h"
#include "fielddesk/shell/workspacenavigation.h"

#include "consolesession.h"
#include "demoserver.h"
#include "guitestenvironment.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTextEdit>

using namespace fielddesk;

namespace {

constexpr int kTimeout = 20000;

// Where a widget sits: its class and object name up to the window, for the failure message.
QString pathOf(const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        parts.prepend(
            w->objectName().isEmpty()
                ? QString::fromLatin1(w->metaObject()->className())
                : QStringLiteral("%1#%2").arg(QString::fromLatin1(w->metaObject()->className()),
                                              w->objectName()));
    }
    return parts.join(QLatin1String(" > "));
}

bool insideOf(const QWidget *widget, const auto &isContainer)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (isContainer(w))
            return true;
    }
    return false;
}

// The widgets a user operates. Parts of a composite control (a combo box's line edit, a tab
// bar's scroll buttons, a line edit's clear button, a view's cell editors, headers and
// viewport, scroll bars, Qt's overflow buttons of menu and tool bars) are named by the control
// they belong to. A control hidden on purpose (not merely on a tab not shown) is not reached.
bool isControl(const QWidget *widget)
{
    if (widget->isHidden() || qobject_cast<const QScrollBar *>(widget) ||
        qobject_cast<const QHeaderView *>(widget) || widget->inherits("QToolBarExtension"))
        return false;
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
        area && area->viewport() == widget)
        return false;
    const bool control =
        qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
        qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
        qobject_cast<const QAbstractItemView *>(widget) ||
        qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
        qobject_cast<const QAbstractSlider *>(widget) ||
        // A widget of our own that takes the keyboard (the timeline, the map).
        (widget->focusPolicy() & Qt::TabFocus &&
         QByteArray(widget->metaObject()->className()).startsWith("fielddesk::"));
    if (!control)
        return false;
    return !insideOf(widget, [](const QWidget *w) {
        return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
               qobject_cast<const QTabBar *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
               qobject_cast<const QCalendarWidget *>(w) || qobject_cast<const QLineEdit *>(w) ||
               qobject_cast<const QMenuBar *>(w);
    });
}

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
            if (!isControl(widget))
                continue;
            ++checked;
            if (accessibleName(widget).isEmpty())
                unnamed << pathOf(widget);
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
#include "tst_accessiblenames.moc"
