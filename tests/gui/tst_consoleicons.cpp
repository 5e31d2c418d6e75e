// The console's icons where they are painted: each workspace tab of the navigation and each
// button of the board's toolbar shows an icon of the set, and the variant follows the palette.
#include "consolesession.h"
#include "consoleworkspaces.h"
#include "demoserver.h"
#include "fielddesk/shell/workspacenavigation.h"
#include "fielddesk/theme/icons.h"
#include "guitestenvironment.h"
#include "testmain.h"

#include <QSettings>
#include <QTabBar>
#include <QToolBar>
#include <QToolButton>

namespace tst_consoleicons {

using namespace fielddesk;

namespace {

constexpr int kTimeout = 20000;

// How many pixels of `area` are painted in the icons' accent blue: every navigation icon has
// a stroke of it, text never does.
int accentPixelsIn(QWidget *widget, const QRect &area)
{
    const QImage image = widget->grab(area).toImage();
    int accent = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() - c.red() > 80 && c.blue() > 150)
                ++accent;
        }
    }
    return accent;
}

} // namespace

class TestConsoleIcons : public QObject
{
    Q_OBJECT

public:
    explicit TestConsoleIcons(const QString &) {}

private slots:
    void initTestCase()
    {
        QString error;
        const bool started = m_server.start(&error);
        QVERIFY2(started, qPrintable(error));
        QSettings().clear();
        m_console = std::make_unique<guitest::ConsoleSession>();
        console::addWorkspaces(*m_console->window(), m_console->api, m_console->session);
        m_console->flow.start({.server = m_server.baseUrl(),
                               .email = QStringLiteral("manager@demo.local"),
                               .password = demo::kPassword});
        QTRY_VERIFY_WITH_TIMEOUT(m_console->window()->isVisible(), kTimeout);
        QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
        m_console->window()->resize(1500, 950); // the whole toolbar, nothing in its overflow
    }

    void everyWorkspaceTabShowsItsIcon()
    {
        QTabBar *tabs = m_console->window()->navigation()->tabs();
        QCOMPARE(tabs->count(), 6);
        for (int index = 0; index < tabs->count(); ++index) {
            QVERIFY2(!tabs->tabIcon(index).isNull(), qPrintable(tabs->tabText(index)));
            // Painted: above the current tab's underline, the icon's accent stroke shows.
            const QRect tab = tabs->tabRect(index).adjusted(0, 0, 0, -4);
            QVERIFY2(accentPixelsIn(tabs, tab) > 5, qPrintable(tabs->tabText(index)));
        }
        guitest::screenshot(m_console->window(), QStringLiteral("icons-navigation"));
    }

    void everyBoardButtonShowsAnIcon()
    {
        QTabBar *tabs = m_console->window()->navigation()->tabs();
        for (int index = 0; index < tabs->count(); ++index) {
            if (tabs->tabData(index).toString() == QLatin1String("dispatch-board"))
                QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(index).center());
        }
        QToolBar *toolBar = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((toolBar = m_console->window()->findChild<QToolBar *>(
                                      QStringLiteral("boardToolBar"))) &&
                                     toolBar->isVisible(),
                                 kTimeout);
        int buttons = 0;
        for (QToolButton *button : toolBar->findChildren<QToolButton *>()) {
            if (!button->defaultAction() || !button->isVisible())
                continue;
            ++buttons;
            QVERIFY2(!button->icon().isNull(), qPrintable(button->defaultAction()->text()));
        }
        QVERIFY(buttons >= 12);
    }

private:
    DemoServer m_server;
    std::unique_ptr<guitest::ConsoleSession> m_console;

private slots:
    void cleanupTestCase()
    {
        m_console.reset();
        QCOMPARE(m_server.stop(), 0);
    }
};

FIELDDESK_GUI_TEST_MAIN(TestConsoleIcons)
} // namespace tst_consoleicons
#include "tst_consoleicons.moc"
