// File > My Notifications in the real main window, offscreen, against a real fielddesk-server:
// signed in as the employee tech1, the dialog shows what the server keeps for them, and OK
// stores the ticked channels and quiet hours there (what the dialog does not offer, push, stays
// as it was). Quiet hours that start when they end are refused by the server: the dialog stays
// open with the reason at the field and every choice kept, and saves once corrected. A server
// out of reach leaves the choices too; every role of a company has the menu entry.
#include "fielddesk/client/apiclient.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/mynotificationsdialog.h"

#include "consolecontrols.h"
#include "consolesession.h"
#include "demoserver.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTimeEdit>

#include <memory>

namespace tst_mynotifications {

using namespace fielddesk;
using fielddesk::shell::MyNotificationsDialog;

namespace {

const QString kEmployee = QStringLiteral("tech1@demo.local");
const QString kPreferences = QStringLiteral("/api/v1/me/preferences");
constexpr int kTimeout = 20000;
// Nobody listens there: the connection is refused at once.
const QUrl kUnreachable(QStringLiteral("http://127.0.0.1:1"));

// What tech1 keeps on the server when each test starts: not the defaults, so that the dialog
// is seen to show the server's values, and push on, which the dialog does not offer.
QJsonObject startingPreferences()
{
    return QJsonDocument::fromJson(R"({"language": "de",
        "notification_channels": {"in_app": true, "email": false, "sms": false, "push": true},
        "quiet_hours": null})")
        .object();
}

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

void tick(QCheckBox *box)
{
    QVERIFY(!box->isChecked());
    box->setFocus(Qt::TabFocusReason);
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
}

void press(QPushButton *button)
{
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

} // namespace

class TestMyNotifications : public QObject
{
    Q_OBJECT

public:
    explicit TestMyNotifications(const QString &) {}

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_employee = std::make_unique<TestHttpClient>(m_server.baseUrl());
        QCOMPARE(m_employee->login(kEmployee, demo::kPassword).status, 200);
    }

    void init()
    {
        QSettings().clear();
        const TestReply reset =
            m_employee->send("PUT", kPreferences, QJsonDocument(startingPreferences()).toJson());
        QVERIFY2(reset.status == 200, reset.body.constData());
        m_console = std::make_unique<guitest::ConsoleSession>();
        window()->addWorkspace(
            labelWorkspace(QStringLiteral("my-work"),
                           {Role::Admin, Role::Manager, Role::Dispatcher, Role::Employee}));
    }

    void cleanup() { m_console.reset(); }

    void okStoresTheTickedChannelsAndQuietHours()
    {
        signIn();
        MyNotificationsDialog *dialog = openFromTheFileMenu();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kTimeout);

        // What the server keeps.
        QVERIFY(dialog->inAppBox()->isChecked());
        QVERIFY(!dialog->emailBox()->isChecked());
        QVERIFY(!dialog->smsBox()->isChecked());
        QCOMPARE(dialog->languageBox()->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(dialog->languageBox()->currentText(), QStringLiteral("Deutsch"));
        QVERIFY(!dialog->quietHoursBox()->isChecked());
        QVERIFY(!dialog->quietFromEdit()->isEnabled());
        QVERIFY(!dialog->messageLabel()->isVisible());
        QVERIFY(dialog->okButton()->isEnabled());
        // Where the messages go: the account's address (tech1 has no phone number).
        auto *channelsNote = dialog->findChild<QLabel *>(QStringLiteral("channelsNote"));
        QVERIFY(channelsNote && channelsNote->isVisible());
        QVERIFY2(channelsNote->text().contains(kEmployee), qPrintable(channelsNote->text()));
        auto *quietNote = dialog->findChild<QLabel *>(QStringLiteral("quietHoursNote"));
        QVERIFY(quietNote && quietNote->isVisible());
        guitest::screenshot(dialog, QStringLiteral("my-notifications"));

        tick(dialog->emailBox());
        tick(dialog->smsBox());
        tick(dialog->quietHoursBox());
        QVERIFY(dialog->quietFromEdit()->isEnabled());
        QVERIFY(dialog->quietToEdit()->isEnabled());
        // Every control is named for a screen reader and reached by Tab.
        const QList<QWidget *> controls = controlsOf(dialog);
        QVERIFY(controls.contains(dialog->quietToEdit()));
        for (QWidget *control : controls) {
            QVERIFY2(!accessibleName(control).isEmpty(), qPrintable(guitest::pathOf(control)));
        }
        const QSet<QWidget *> reached = reachedByTab(dialog);
        for (QWidget *control : controls)
            QVERIFY2(reached.contains(control), qPrintable(guitest::pathOf(control)));
        dialog->quietFromEdit()->setTime(QTime(21, 30));
        dialog->quietToEdit()->setTime(QTime(6, 45));
        QCOMPARE(dialog->quietFromEdit()->text(), QStringLiteral("21:30"));
        QCOMPARE(dialog->quietToEdit()->text(), QStringLiteral("06:45"));
        guitest::screenshot(dialog, QStringLiteral("my-notifications-chosen"));

        QSignalSpy saved(dialog, &MyNotificationsDialog::saved);
        QPointer<MyNotificationsDialog> open(dialog);
        press(dialog->okButton());
        // Until the server answers, OK is not there to press twice.
        QVERIFY(!dialog->okButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(open.isNull(), kTimeout); // closes once the server took it
        QCOMPARE(saved.size(), 1);

        QJsonObject expected = startingPreferences();
        expected.insert(QStringLiteral("notification_channels"),
                        QJsonObject{{QStringLiteral("in_app"), true},
                                    {QStringLiteral("email"), true},
                                    {QStringLiteral("sms"), true},
                                    {QStringLiteral("push"), true}});
        expected.insert(QStringLiteral("quiet_hours"),
                        QJsonObject{{QStringLiteral("starts"), QStringLiteral("21:30")},
                                    {QStringLiteral("ends"), QStringLiteral("06:45")}});
        QCOMPARE(stored(), expected);
    }

    void quietHoursThatEndWhenTheyStartAreRefusedAndTheChoicesKept()
    {
        signIn();
        MyNotificationsDialog *dialog = openFromTheFileMenu();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kTimeout);
        tick(dialog->emailBox());
        tick(dialog->smsBox());
        tick(dialog->quietHoursBox());
        dialog->quietFromEdit()->setTime(QTime(8, 0));
        dialog->quietToEdit()->setTime(QTime(8, 0));

        QPointer<MyNotificationsDialog> open(dialog);
        press(dialog->okButton());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->isVisible(), kTimeout);
        // The server's 422 names quiet_hours.ends: its reason shows under "to".
        QLabel *atTo = dialog->fieldMessage(QStringLiteral("quiet_hours.ends"));
        QVERIFY(atTo);
        QVERIFY(atTo->isVisible());
        QVERIFY2(atTo->text().contains(QLatin1String("differ"), Qt::CaseInsensitive),
                 qPrintable(atTo->text()));
        QVERIFY(dialog->quietToEdit()->parentWidget()->property("fieldInvalid").toBool());
        QCOMPARE(dialog->focusWidget(), dialog->quietToEdit()); // where to correct it
        QVERIFY(!dialog->messageLabel()->text().isEmpty());
        guitest::screenshot(dialog, QStringLiteral("my-notifications-refused"));
        // Still open, the user's choices as they left them, and OK back for another try.
        QVERIFY(!open.isNull());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->emailBox()->isChecked());
        QVERIFY(dialog->smsBox()->isChecked());
        QVERIFY(dialog->quietHoursBox()->isChecked());
        QCOMPARE(dialog->quietFromEdit()->time(), QTime(8, 0));
        QCOMPARE(dialog->quietToEdit()->time(), QTime(8, 0));
        QVERIFY(dialog->okButton()->isEnabled());
        QCOMPARE(stored(), startingPreferences()); // nothing stored

        // Corrected, it saves and closes.
        dialog->quietToEdit()->setTime(QTime(17, 0));
        press(dialog->okButton());
        QTRY_VERIFY_WITH_TIMEOUT(open.isNull(), kTimeout);
        const QJsonObject now = stored();
        QCOMPARE(now.value(QLatin1String("quiet_hours")).toObject(),
                 (QJsonObject{{QStringLiteral("starts"), QStringLiteral("08:00")},
                              {QStringLiteral("ends"), QStringLiteral("17:00")}}));
    }

    void aServerOutOfReachKeepsTheChoices()
    {
        signIn();
        MyNotificationsDialog *dialog = openFromTheFileMenu();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), kTimeout);
        tick(dialog->emailBox());
        const QUrl server = m_console->api.baseUrl();
        m_console->api.setBaseUrl(kUnreachable);
        press(dialog->okButton());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->isVisible(), kTimeout);
        QVERIFY2(dialog->messageLabel()->text().contains(QLatin1String("127.0.0.1:1")),
                 qPrintable(dialog->messageLabel()->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->emailBox()->isChecked());
        QVERIFY(dialog->okButton()->isEnabled());
        QPointer<MyNotificationsDialog> first(dialog);
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(first.isNull(), kTimeout);

        // Loading fails: the dialog says so and has nothing to save.
        dialog = openFromTheFileMenu();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageLabel()->isVisible(), kTimeout);
        QVERIFY(!dialog->isLoaded());
        QVERIFY(!dialog->okButton()->isEnabled());
        guitest::screenshot(dialog, QStringLiteral("my-notifications-unreachable"));
        dialog->reject();
        m_console->api.setBaseUrl(server);
        QCOMPARE(stored(), startingPreferences());
    }

    void everyRoleOfACompanyHasIt()
    {
        for (const QString &email :
             {QStringLiteral("admin@demo.local"), QStringLiteral("manager@demo.local"),
              QStringLiteral("dispatcher@demo.local")}) {
            signIn(email);
            QAction *action = myNotificationsAction();
            QVERIFY(action);
            QVERIFY2(action->isVisible() && action->isEnabled(), qPrintable(email));
            QAction *signOut = window()->findChild<QAction *>(QStringLiteral("signOutAction"));
            QVERIFY(signOut);
            signOut->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!window()->isVisible(), kTimeout);
        }
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    shell::MainWindow *window() const { return m_console->window(); }

    void signIn(const QString &email = kEmployee)
    {
        m_console->flow.start(
            {.server = m_server.baseUrl(), .email = email, .password = demo::kPassword});
        QTRY_VERIFY_WITH_TIMEOUT(window() && window()->isVisible(), kTimeout);
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    // The entry of the File menu, as the user finds it there.
    QAction *myNotificationsAction() const
    {
        const QList<QAction *> menus = window()->menuBar()->actions();
        if (menus.isEmpty() || !menus.first()->menu())
            return nullptr;
        for (QAction *action : menus.first()->menu()->actions()) {
            if (action->objectName() == QLatin1String("myNotificationsAction") &&
                action->text() == shell::MainWindow::tr("My &Notifications…"))
                return action;
        }
        return nullptr;
    }

    // The dialog the File menu's entry opens, once it shows; null when there is none.
    MyNotificationsDialog *openFromTheFileMenu()
    {
        QAction *action = myNotificationsAction();
        if (!action || !action->isVisible())
            return nullptr;
        action->trigger();
        MyNotificationsDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                const auto open = window()->findChildren<MyNotificationsDialog *>();
                for (MyNotificationsDialog *candidate : open) {
                    if (candidate->isVisible())
                        dialog = candidate;
                }
                return dialog != nullptr;
            },
            kTimeout);
        return shown ? dialog : nullptr;
    }

    // Its controls, as tst_accessiblenames counts them in the workspaces.
    static QList<QWidget *> controlsOf(QWidget *dialog)
    {
        QList<QWidget *> controls;
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (guitest::isControl(widget) && widget->isEnabled())
                controls << widget;
        }
        return controls;
    }

    // The widgets Tab takes the focus to, going round the dialog once (and more).
    static QSet<QWidget *> reachedByTab(QWidget *dialog)
    {
        QSet<QWidget *> reached;
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            return reached;
        constexpr int kPresses = 40; // a time edit takes one press per section
        for (int i = 0; i < kPresses; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            reached << focus;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return reached;
    }

    static QString accessibleName(QWidget *widget)
    {
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
        return face ? face->text(QAccessible::Name).trimmed() : QString();
    }

    // What the server keeps for tech1 now.
    QJsonObject stored()
    {
        const TestReply reply = m_employee->get(kPreferences);
        if (reply.status != 200)
            qWarning("GET %s: %d %s", qPrintable(kPreferences), reply.status,
                     reply.body.constData());
        return reply.json();
    }

    DemoServer m_server;
    std::unique_ptr<TestHttpClient> m_employee;
    std::unique_ptr<guitest::ConsoleSession> m_console;
};

FIELDDESK_GUI_TEST_MAIN(TestMyNotifications)
} // namespace tst_mynotifications
#include "tst_mynotifications.moc"
