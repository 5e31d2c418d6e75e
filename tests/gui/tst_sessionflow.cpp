// The whole console flow, offscreen, against a real fielddesk-server: the right password
// opens the main window with the user's name, role and tenant and the connection state;
// sign-out returns to the dialog; "keep me signed in" without a keychain says so clearly,
// still signs in, and stores nothing anywhere; the window's geometry survives a restart.
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/connectionmonitor.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/client/keychaintokenstore.h"
#include "fielddesk/shell/connectionindicator.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/sessionflow.h"
#include "fielddesk/signin/signindialog.h"

#include "demoserver.h"
#include "guitestenvironment.h"
#include "signinform.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

#include <optional>

namespace tst_sessionflow {

using namespace fielddesk;
using namespace std::chrono_literals;
using fielddesk::signin::SignInDialog;

namespace {

const QString &kPassword = demo::kPassword;
const QString &kTenant = demo::kTenant;
constexpr int kTimeout = 20000;

} // namespace

class TestSessionFlow : public QObject
{
    Q_OBJECT

public:
    explicit TestSessionFlow(QString home)
        : m_home(std::move(home))
    {}

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // What the server says about the dispatcher, to compare with what the window shows.
        TestHttpClient http(m_server.baseUrl());
        const TestReply login = http.login(QStringLiteral("dispatcher@demo.local"), kPassword);
        QCOMPARE(login.status, 200);
        m_dispatcherName = login.json()
                               .value(QLatin1String("user"))
                               .toObject()
                               .value(QLatin1String("name"))
                               .toString();
        QVERIFY(!m_dispatcherName.isEmpty());
    }

    void init()
    {
        QSettings().clear();
        m_api = std::make_unique<client::ApiClient>();
        m_store = std::make_unique<client::KeychainTokenStore>();
        m_session = std::make_unique<client::AuthSession>(m_api.get());
        m_session->setTokenStore(m_store.get());
        m_monitor = std::make_unique<client::ConnectionMonitor>(m_api.get());
        m_monitor->setPollInterval(500ms);
        m_flow = std::make_unique<shell::SessionFlow>(m_session.get(), m_monitor.get());
    }

    void cleanup()
    {
        m_flow.reset();
        m_monitor.reset();
        m_session.reset();
        m_store.reset();
        m_api.reset();
    }

    void rightPasswordOpensTheMainWindow()
    {
        m_flow->start({.server = m_server.baseUrl(), .email = {}, .password = {}});
        SignInDialog *dialog = m_flow->signInDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!window()->isVisible());
        type(QStringLiteral("emailEdit"), QStringLiteral("dispatcher@demo.local"));
        type(QStringLiteral("passwordEdit"), kPassword);
        QTest::mouseClick(signInButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), kTimeout);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(window()->windowTitle(), QStringLiteral("FieldDesk — %1").arg(kTenant));
        QCOMPARE(label(window(), "userNameLabel"), m_dispatcherName);
        QVERIFY2(label(window(), "roleLabel").startsWith(QLatin1String("Dispatcher")),
                 qPrintable(label(window(), "roleLabel")));
        QCOMPARE(label(window(), "tenantLabel"), kTenant);
        QCOMPARE(label(window(), "roleValue"), QStringLiteral("Dispatcher"));
        // Moments without a location of their own (requests, expenses) are on the company's
        // clock from now on, not on this machine's.
        QCOMPARE(client::display::timeZone().id(), QByteArrayLiteral("America/Denver"));
        QVERIFY2(label(window(), "userStatusLabel").contains(m_dispatcherName),
                 qPrintable(label(window(), "userStatusLabel")));

        auto *connection = window()->findChild<shell::ConnectionIndicator *>();
        QVERIFY(connection);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), client::ConnectionMonitor::State::Connected,
                                  kTimeout);
        QVERIFY2(connection->text().startsWith(QLatin1String("Connected")),
                 qPrintable(connection->text()));
        guitest::screenshot(window(), QStringLiteral("main-window"));

        // The next start offers the same server and email.
        QCOMPARE(shell::SessionFlow::lastEmail(), QStringLiteral("dispatcher@demo.local"));
        QCOMPARE(shell::SessionFlow::lastServer(), m_server.baseUrl());
    }

    void signOutReturnsToTheDialog()
    {
        // The demo start: email and password given, no typing.
        m_flow->start({.server = m_server.baseUrl(),
                       .email = QStringLiteral("manager@demo.local"),
                       .password = kPassword});
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), kTimeout);
        QCOMPARE(label(window(), "roleValue"), QStringLiteral("Manager"));

        auto *signOut = window()->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        signOut->trigger();
        SignInDialog *dialog = m_flow->signInDialog();
        QVERIFY(dialog->isVisible());
        QVERIFY(!window()->isVisible());
        QCOMPARE(m_session->state(), client::AuthSession::State::SignedOut);
        QCOMPARE(dialog->message(), QStringLiteral("You have signed out."));
        QCOMPARE(dialog->messageSeverity(), SignInDialog::Severity::Info);
        QCOMPARE(edit(QStringLiteral("emailEdit"))->text(), QStringLiteral("manager@demo.local"));
        QVERIFY(edit(QStringLiteral("passwordEdit"))->text().isEmpty());
        QVERIFY(signInButton()->isEnabled());
        guitest::screenshot(dialog, QStringLiteral("signin-after-sign-out"));
    }

    void expiredSessionReturnsToTheDialog()
    {
        m_flow->start({.server = m_server.baseUrl(),
                       .email = QStringLiteral("admin@demo.local"),
                       .password = kPassword});
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), kTimeout);
        QCOMPARE(label(window(), "roleValue"), QStringLiteral("Administrator"));

        // Someone re-uses an old refresh token: the server revokes the whole family.
        const QString first = m_session->refreshToken();
        QSignalSpy refreshed(m_session.get(), &client::AuthSession::refreshed);
        m_session->refresh();
        QVERIFY(refreshed.wait(kTimeout));
        TestHttpClient http(m_server.baseUrl());
        QCOMPARE(http.post(QStringLiteral("/api/v1/auth/refresh"),
                           {{QStringLiteral("refresh_token"), first}})
                     .status,
                 401);

        m_session->refresh();
        SignInDialog *dialog = m_flow->signInDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
        QVERIFY(!window()->isVisible());
        QCOMPARE(dialog->message(),
                 QStringLiteral("Your session has expired. Please sign in again."));
        QCOMPARE(dialog->messageSeverity(), SignInDialog::Severity::Error);
        QCOMPARE(edit(QStringLiteral("emailEdit"))->text(), QStringLiteral("admin@demo.local"));
        QVERIFY(!m_monitor->isRunning());
    }

    void keychainUnavailableIsExplainedAndNothingIsStored()
    {
        m_flow->start({.server = m_server.baseUrl(), .email = {}, .password = {}});
        SignInDialog *dialog = m_flow->signInDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        type(QStringLiteral("emailEdit"), QStringLiteral("tech1@demo.local"));
        type(QStringLiteral("passwordEdit"), kPassword);
        auto *keep = dialog->findChild<QCheckBox *>(QStringLiteral("keepSignedInCheck"));
        keep->setChecked(true);
        QTest::mouseClick(signInButton(), Qt::LeftButton);

        // Signed in, but the dialog stays to say why nothing was kept.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->messageSeverity(), SignInDialog::Severity::Warning,
                                  kTimeout);
        const QString message = dialog->message();
        QVERIFY2(message.contains(QLatin1String("cannot keep you signed in")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("No system keychain is available")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Nothing was stored")), qPrintable(message));
        QVERIFY(m_session->isSignedIn());
        QVERIFY(!m_session->keepsSignedIn());
        QVERIFY(!keep->isChecked());
        QCOMPARE(signInButton()->text(), QStringLiteral("Continue"));
        QVERIFY(signInButton()->isEnabled());
        QVERIFY(!window()->isVisible());
        guitest::screenshot(dialog, QStringLiteral("signin-no-keychain"));

        // Nothing in the keychain (there is none) and nothing in any file instead.
        std::optional<client::TokenStore::Result> kept;
        m_store->read(m_session->accountKey(), this,
                      [&](const client::TokenStore::Result &r) { kept = r; });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), kTimeout);
        QCOMPARE(kept->status, client::TokenStore::Result::Status::Unavailable);
        QVERIFY(kept->token.isEmpty());
        const QString refreshToken = m_session->refreshToken();
        QVERIFY(!refreshToken.isEmpty());

        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), kTimeout);
        QCOMPARE(label(window(), "userNameLabel").isEmpty(), false);
        QCOMPARE(QSettings().value(QStringLiteral("SignIn/keepSignedIn")).toBool(), false);
        QSettings().sync();
        QVERIFY(guitest::filesContaining(m_home, refreshToken.toUtf8()).isEmpty());
        QVERIFY(guitest::filesContaining(m_home, m_session->refreshToken().toUtf8()).isEmpty());
        QVERIFY(guitest::filesContaining(m_home, kPassword.toUtf8()).isEmpty());
    }

    void silentResumeWithoutKeychainLeavesTheFormReady()
    {
        m_flow->start({.server = m_server.baseUrl(),
                       .email = QStringLiteral("dispatcher@demo.local"),
                       .password = {}});
        SignInDialog *dialog = m_flow->signInDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeout);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->message().isEmpty());
        QVERIFY(signInButton()->isEnabled());
        QCOMPARE(m_session->state(), client::AuthSession::State::SignedOut);
    }

    void windowGeometrySurvivesARestart()
    {
        const QSize size(1111, 777);
        {
            shell::MainWindow first(m_session.get(), m_monitor.get());
            first.resize(size);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.close();
        }
        shell::MainWindow second(m_session.get(), m_monitor.get());
        QCOMPARE(second.size(), size);
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    shell::MainWindow *window() const { return m_flow->mainWindow(); }
    QLineEdit *edit(const QString &name) const
    {
        return guitest::signInField(m_flow->signInDialog(), name);
    }
    QPushButton *signInButton() const { return guitest::signInButton(m_flow->signInDialog()); }
    static QString label(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<QLabel *>(QLatin1String(name));
        return found ? found->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    void type(const QString &name, const QString &text) { guitest::retype(edit(name), text); }

    QString m_home;
    QString m_dispatcherName;
    DemoServer m_server;
    std::unique_ptr<client::ApiClient> m_api;
    std::unique_ptr<client::KeychainTokenStore> m_store;
    std::unique_ptr<client::AuthSession> m_session;
    std::unique_ptr<client::ConnectionMonitor> m_monitor;
    std::unique_ptr<shell::SessionFlow> m_flow;
};

FIELDDESK_GUI_TEST_MAIN(TestSessionFlow)
} // namespace tst_sessionflow
#include "tst_sessionflow.moc"
