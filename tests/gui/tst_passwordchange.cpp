// The forced password change, offscreen, against a real fielddesk-server with the demo data:
// an admin makes a user in the admin workspace with a temporary password (the box "must
// change" is ticked for a new user); signing in as that user asks for a new password before the
// main window opens, with the policy ticked as it is typed; a password too short and a
// repetition that differs are said at their fields and nothing is sent; the accepted one opens
// the user's workspace, whose calls the server answers; the old password is refused from then
// on. Later an admin asks for the change again while the console runs: the workspaces close,
// the same dialog asks (now for the current password too), a wrong current password is refused
// at its field, and the right one opens the workspaces again.
#include "fielddesk/admin/adminworkspace.h"
#include "fielddesk/admin/resourceform.h"
#include "fielddesk/admin/resourcepage.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/connectionmonitor.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/sessionflow.h"
#include "fielddesk/shell/workspacehost.h"
#include "fielddesk/signin/passwordchangedialog.h"
#include "fielddesk/signin/signindialog.h"

#include "demoserver.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

namespace tst_passwordchange {

using namespace fielddesk;
using signin::PasswordChangeDialog;

namespace {

constexpr int kTimeout = 20000;
const QString kEmail = QStringLiteral("temp.worker@demo.local");
const QString kTemporary = QStringLiteral("handed-over-2026");
const QString kOwn = QStringLiteral("green-lawn-2026");
const QString kOwnAgain = QStringLiteral("snow-plough-2027");

// A workspace for employees that asks the server for the user's requests when it starts and
// shows the HTTP status: proof that the session it runs in is accepted.
class ProbeWorkspace : public QLabel
{
public:
    explicit ProbeWorkspace(QWidget *parent)
        : QLabel(parent)
    {
        setObjectName(QStringLiteral("probeWorkspace"));
    }

    void start(client::ApiClient *api)
    {
        ++starts;
        status = 0;
        api->get(QStringLiteral("/api/v1/requests?limit=1"), this,
                 [this](const client::ApiResponse &response) {
                     status = response.status;
                     setText(QString::number(status));
                 });
    }

    int starts = 0;
    int status = 0;
};

} // namespace

class TestPasswordChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anAdminMakesAUserWithATemporaryPassword();
    void signingInAsksForANewPasswordFirst();
    void anAdminAsksAgainWhileTheConsoleRuns();

private:
    PasswordChangeDialog *waitForChangeDialog(const std::function<PasswordChangeDialog *()> &find);
    static void type(QLineEdit *edit, const QString &text);
    ProbeWorkspace *probe() const;

    DemoServer m_server;
    std::unique_ptr<TestHttpClient> m_admin;
    qint64 m_userId = 0;
    client::ApiClient m_api;
    std::unique_ptr<client::AuthSession> m_session;
    std::unique_ptr<client::ConnectionMonitor> m_monitor;
    std::unique_ptr<shell::SessionFlow> m_flow;
};

void TestPasswordChange::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_admin = std::make_unique<TestHttpClient>(m_server.baseUrl());
    QCOMPARE(m_admin->login(QStringLiteral("admin@demo.local"), demo::kPassword).status, 200);
    QSettings().clear();
}

void TestPasswordChange::type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

PasswordChangeDialog *
TestPasswordChange::waitForChangeDialog(const std::function<PasswordChangeDialog *()> &find)
{
    PasswordChangeDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                dialog = find();
                return dialog && dialog->isVisible();
            },
            kTimeout))
        return nullptr;
    return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

ProbeWorkspace *TestPasswordChange::probe() const
{
    return static_cast<ProbeWorkspace *>(
        m_flow->mainWindow()->workspaces()->workspace(QStringLiteral("my-work")));
}

void TestPasswordChange::anAdminMakesAUserWithATemporaryPassword()
{
    client::ApiClient api;
    api.setBaseUrl(m_server.baseUrl());
    api.setAccessToken(m_admin->token());
    admin::AdminWorkspace workspace(&api);
    workspace.resize(1300, 800);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    workspace.start(QTimeZone("America/Denver"));
    QListWidget *navigation = workspace.navigation();
    const QListWidgetItem *usersItem = navigation->findItems(QStringLiteral("Users"), {}).value(0);
    QVERIFY(usersItem);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(usersItem).center());
    admin::ResourcePage *page = workspace.page(QStringLiteral("users"));
    QVERIFY(page->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kTimeout);
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    admin::ResourceForm *form = page->form();
    type(qobject_cast<QLineEdit *>(form->input(QStringLiteral("name"))),
         QStringLiteral("Tess Temporary"));
    type(qobject_cast<QLineEdit *>(form->input(QStringLiteral("email"))), kEmail);
    type(qobject_cast<QLineEdit *>(form->input(QStringLiteral("password"))), kTemporary);
    // A new user must choose their own password unless the admin says otherwise.
    auto *mustChange =
        qobject_cast<QCheckBox *>(form->input(QStringLiteral("must_change_password")));
    QVERIFY(mustChange);
    QVERIFY(mustChange->isChecked());
    guitest::screenshot(&workspace, QStringLiteral("admin-user-must-change"));
    QSignalSpy saved(page, &admin::ResourcePage::saved);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(kTimeout), qPrintable(form->wrongFields().join(QLatin1Char(' '))));
    m_userId = saved.first().first().toJsonObject().value(QLatin1String("id")).toInteger();
    QVERIFY(m_userId > 0);
    const QJsonObject stored =
        m_admin->get(QStringLiteral("/api/v1/users/%1").arg(m_userId)).json();
    QCOMPARE(stored.value(QLatin1String("must_change_password")).toBool(), true);

    // The server holds such a user to the change: signed in, but refused everything else.
    TestHttpClient user(m_server.baseUrl());
    const TestReply login = user.login(kEmail, kTemporary);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QLatin1String("must_change_password")).toBool(), true);
    const TestReply refused = user.get(QStringLiteral("/api/v1/requests?limit=1"));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.json()
                .value(QLatin1String("type"))
                .toString()
                .endsWith(QLatin1String("/problems/password-change-required")));
    workspace.stop();
}

void TestPasswordChange::signingInAsksForANewPasswordFirst()
{
    QVERIFY(m_userId > 0);
    m_session = std::make_unique<client::AuthSession>(&m_api);
    m_monitor = std::make_unique<client::ConnectionMonitor>(&m_api);
    m_flow = std::make_unique<shell::SessionFlow>(m_session.get(), m_monitor.get());
    client::ApiClient *api = &m_api;
    m_flow->mainWindow()->addWorkspace(shell::WorkspaceSpec::of<ProbeWorkspace>(
        QStringLiteral("my-work"), QStringLiteral("My work"), {Role::Employee},
        [](QWidget *parent) { return new ProbeWorkspace(parent); },
        [api](ProbeWorkspace &probe, const client::AuthSession &) { probe.start(api); },
        [](ProbeWorkspace &) {}));
    m_flow->start({.server = m_server.baseUrl(), .email = kEmail, .password = {}});
    signin::SignInDialog *signIn = m_flow->signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(signIn));
    type(signIn->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), kTemporary);
    QTest::mouseClick(signIn->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);

    PasswordChangeDialog *dialog =
        waitForChangeDialog([signIn] { return signIn->passwordChangeDialog(); });
    QVERIFY(dialog);
    // Not yet in: no main window, no workspace started.
    QVERIFY(!m_flow->mainWindow()->isVisible());
    QCOMPARE(m_session->state(), client::AuthSession::State::PasswordChangeRequired);
    // The password just typed is not asked for again; the policy is there from the start.
    QVERIFY(!dialog->currentPasswordEdit()->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->newPasswordEdit());
    QVERIFY2(dialog->ruleTexts().contains(QStringLiteral("• At least 8 characters")),
             qPrintable(dialog->ruleTexts().join(QLatin1Char('|'))));

    // Too short: the rule stays open and the field says it; nothing is sent.
    type(dialog->newPasswordEdit(), QStringLiteral("short1"));
    type(dialog->repeatEdit(), QStringLiteral("short1"));
    QVERIFY(dialog->ruleTexts().contains(QStringLiteral("• At least 8 characters")));
    QVERIFY(dialog->ruleTexts().contains(QStringLiteral("✓ Typed the same twice")));
    QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
    QCOMPARE(dialog->wrongFields(), QStringList{PasswordChangeDialog::kNewField});
    QCOMPARE(dialog->errorLabel(PasswordChangeDialog::kNewField)->text(),
             QStringLiteral("Use at least 8 characters."));
    QVERIFY(dialog->errorLabel(PasswordChangeDialog::kNewField)->isVisible());
    QVERIFY(!dialog->isBusy());
    QCOMPARE(dialog->newPasswordEdit()->text(), QStringLiteral("short1"));
    guitest::screenshot(dialog, QStringLiteral("password-change-too-short"));

    // The same password again is no change: said as it is typed.
    type(dialog->newPasswordEdit(), kTemporary);
    QCOMPARE(dialog->errorLabel(PasswordChangeDialog::kNewField)->text(),
             QStringLiteral("Choose a password other than the one you have now."));

    // A repetition that goes wrong is said at its field as soon as it differs.
    type(dialog->newPasswordEdit(), kOwn);
    QVERIFY(dialog->ruleTexts().contains(QStringLiteral("✓ At least 8 characters")));
    QVERIFY(dialog->ruleTexts().contains(QStringLiteral("✓ Not the password you have now")));
    type(dialog->repeatEdit(), QStringLiteral("green-lawn"));
    QVERIFY(dialog->wrongFields().isEmpty()); // right so far
    QTest::keyClicks(dialog->repeatEdit(), QStringLiteral("-2027"));
    QCOMPARE(dialog->wrongFields(), QStringList{PasswordChangeDialog::kRepeatField});
    QCOMPARE(dialog->errorLabel(PasswordChangeDialog::kRepeatField)->text(),
             QStringLiteral("The two passwords are not the same."));
    QVERIFY(dialog->ruleTexts().contains(QStringLiteral("• Typed the same twice")));
    QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
    QCOMPARE(dialog->wrongFields(), QStringList{PasswordChangeDialog::kRepeatField});
    QCOMPARE(dialog->focusWidget(), dialog->repeatEdit());
    guitest::screenshot(dialog, QStringLiteral("password-change-mismatch"));
    // Nothing was sent: the temporary password still signs in.
    QCOMPARE(TestHttpClient(m_server.baseUrl()).login(kEmail, kTemporary).status, 200);

    // Right: the window opens on the user's workspace, whose call the server answers.
    type(dialog->repeatEdit(), kOwn);
    QVERIFY(dialog->wrongFields().isEmpty());
    QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->mainWindow()->isVisible(), kTimeout);
    QVERIFY(!signIn->isVisible());
    QCOMPARE(m_session->state(), client::AuthSession::State::SignedIn);
    QCOMPARE(m_flow->mainWindow()->workspaces()->currentWorkspaceId(), QStringLiteral("my-work"));
    QTRY_COMPARE_WITH_TIMEOUT(probe()->status, 200, kTimeout);

    // The old password is dead, the new one is the user's, with nothing more to change.
    TestHttpClient check(m_server.baseUrl());
    QCOMPARE(check.login(kEmail, kTemporary).status, 401);
    const TestReply own = check.login(kEmail, kOwn);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json().value(QLatin1String("must_change_password")).toBool(), false);
}

void TestPasswordChange::anAdminAsksAgainWhileTheConsoleRuns()
{
    QVERIFY(m_flow && m_session->isSignedIn());
    const int startsBefore = probe()->starts;
    QCOMPARE(m_admin
                 ->patch(QStringLiteral("/api/v1/users/%1").arg(m_userId),
                         {{QStringLiteral("must_change_password"), true}})
                 .status,
             200);
    // The next call the console makes meets the refusal (as any workspace's would).
    QSignalSpy required(m_session.get(), &client::AuthSession::passwordChangeRequired);
    m_api.get(QStringLiteral("/api/v1/requests?limit=1"), nullptr, {});
    QVERIFY(required.wait(kTimeout));
    PasswordChangeDialog *dialog =
        waitForChangeDialog([this] { return m_flow->passwordChangeDialog(); });
    QVERIFY(dialog);
    // The workspaces are closed until it is done; the main window stays.
    QVERIFY(m_flow->mainWindow()->isVisible());
    QVERIFY(m_flow->mainWindow()->workspaces()->currentWorkspaceId().isEmpty());
    // Nothing to go by now: the current password is asked for.
    QVERIFY(dialog->currentPasswordEdit()->isVisible());

    // A wrong current password is the server's refusal, shown at its field; all typed stays.
    type(dialog->currentPasswordEdit(), QStringLiteral("not-my-password"));
    type(dialog->newPasswordEdit(), kOwnAgain);
    type(dialog->repeatEdit(), kOwnAgain);
    QSignalSpy failed(m_session.get(), &client::AuthSession::passwordChangeFailed);
    QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
    QVERIFY(failed.wait(kTimeout));
    QCOMPARE(dialog->wrongFields(), QStringList{PasswordChangeDialog::kCurrentField});
    QVERIFY(dialog->errorLabel(PasswordChangeDialog::kCurrentField)->isVisible());
    QCOMPARE(dialog->focusWidget(), dialog->currentPasswordEdit());
    QCOMPARE(dialog->currentPasswordEdit()->text(), QStringLiteral("not-my-password"));
    QCOMPARE(dialog->newPasswordEdit()->text(), kOwnAgain);
    QCOMPARE(dialog->repeatEdit()->text(), kOwnAgain);
    guitest::screenshot(dialog, QStringLiteral("password-change-wrong-current"));

    type(dialog->currentPasswordEdit(), kOwn);
    QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_flow->passwordChangeDialog() == nullptr ||
                                 !m_flow->passwordChangeDialog()->isVisible(),
                             kTimeout);
    QCOMPARE(m_session->state(), client::AuthSession::State::SignedIn);
    // The workspaces open afresh, and the server answers them again.
    QTRY_COMPARE_WITH_TIMEOUT(m_flow->mainWindow()->workspaces()->currentWorkspaceId(),
                              QStringLiteral("my-work"), kTimeout);
    QVERIFY(probe()->starts > startsBefore);
    QTRY_COMPARE_WITH_TIMEOUT(probe()->status, 200, kTimeout);
    TestHttpClient check(m_server.baseUrl());
    QCOMPARE(check.login(kEmail, kOwn).status, 401);
    QCOMPARE(check.login(kEmail, kOwnAgain).status, 200);
    m_flow.reset();
}

FIELDDESK_GUI_TEST_MAIN(TestPasswordChange)
} // namespace tst_passwordchange
#include "tst_passwordchange.moc"
