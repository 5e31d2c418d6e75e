// "Keep me signed in" with a real system keychain (run under dbus-run-session with
// gnome-keyring, see CMakeLists.txt): sign in with the box ticked, "restart" the console
// (new client, session and windows), and it signs in silently from the keychain; the kept
// token follows every rotation; signing out forgets it, and the next start asks again.
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/connectionmonitor.h"
#include "fielddesk/client/keychaintokenstore.h"
#include "fielddesk/shell/mainwindow.h"
#include "fielddesk/shell/sessionflow.h"
#include "fielddesk/signin/signindialog.h"

#include "demoserver.h"
#include "guitestenvironment.h"
#include "testmain.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include <optional>

namespace tst_keepsignedin {

using namespace fielddesk;
using fielddesk::signin::SignInDialog;

namespace {

const QString &kPassword = demo::kPassword;
const QString kEmail = QStringLiteral("dispatcher@demo.local");
constexpr int kTimeout = 20000;

// One run of the console: what main() builds.
struct Console
{
    client::ApiClient api;
    client::KeychainTokenStore keychain;
    client::AuthSession session{&api};
    client::ConnectionMonitor monitor{&api};
    std::unique_ptr<shell::SessionFlow> flow;

    Console()
    {
        session.setTokenStore(&keychain);
        flow = std::make_unique<shell::SessionFlow>(&session, &monitor);
    }
    SignInDialog *dialog() const { return flow->signInDialog(); }
    shell::MainWindow *window() const { return flow->mainWindow(); }
};

client::TokenStore::Result readKept(client::TokenStore &store, const QString &account)
{
    std::optional<client::TokenStore::Result> result;
    QObject context;
    store.read(account, &context, [&](const client::TokenStore::Result &r) { result = r; });
    QDeadlineTimer deadline(kTimeout);
    while (!result && !deadline.hasExpired())
        QTest::qWait(20);
    client::TokenStore::Result timedOut;
    timedOut.status = client::TokenStore::Result::Status::Failed;
    return result.value_or(timedOut);
}

} // namespace

class TestKeepSignedIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QSettings().clear();
    }

    void keptSignInSurvivesARestart()
    {
        const QString account = client::TokenStore::accountKey(m_server.baseUrl(), kEmail);
        {
            Console first;
            first.flow->start({.server = m_server.baseUrl(), .email = {}, .password = {}});
            first.dialog()->setEmail(kEmail);
            first.dialog()->setPassword(kPassword);
            first.dialog()
                ->findChild<QCheckBox *>(QStringLiteral("keepSignedInCheck"))
                ->setChecked(true);
            QTest::mouseClick(
                first.dialog()->findChild<QPushButton *>(QStringLiteral("signInButton")),
                Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(first.window()->isVisible(), kTimeout);
            QVERIFY2(first.dialog()->message().isEmpty(), qPrintable(first.dialog()->message()));
            QVERIFY(first.session.keepsSignedIn());
            const auto kept = readKept(first.keychain, account);
            QVERIFY2(kept.ok(), qPrintable(kept.message));
            QCOMPARE(kept.token, first.session.refreshToken());
            first.window()->close(); // quit without signing out
        }
        {
            // Next start: the last email is remembered and the keychain signs in silently.
            Console second;
            second.flow->start({.server = {}, .email = {}, .password = {}});
            QTRY_VERIFY_WITH_TIMEOUT(second.window()->isVisible(), kTimeout);
            QVERIFY(!second.dialog()->isVisible());
            QCOMPARE(second.session.user().email, kEmail);
            QCOMPARE(second.window()->findChild<QLabel *>(QStringLiteral("tenantLabel"))->text(),
                     QStringLiteral("Demo Duct & Lawn Co."));
            // The resume rotated the token; the keychain holds the new one.
            QTRY_COMPARE_WITH_TIMEOUT(readKept(second.keychain, account).token,
                                      second.session.refreshToken(), kTimeout);

            // Signing out forgets it.
            second.window()->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
            QVERIFY(second.dialog()->isVisible());
            QTRY_COMPARE_WITH_TIMEOUT(readKept(second.keychain, account).status,
                                      client::TokenStore::Result::Status::NotFound, kTimeout);
        }
        {
            // And the start after that asks for the password again.
            Console third;
            third.flow->start({.server = {}, .email = {}, .password = {}});
            QTRY_VERIFY_WITH_TIMEOUT(!third.dialog()->isBusy(), kTimeout);
            QVERIFY(third.dialog()->isVisible());
            QVERIFY(!third.window()->isVisible());
            QCOMPARE(third.dialog()->email(), kEmail);
        }
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    DemoServer m_server;
};

int runTest(int argc, char *argv[])
{
    // The keychain is real here; only the settings are kept private.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FieldDesk"));
    QApplication::setApplicationName(QStringLiteral("FieldDesk"));
    TestKeepSignedIn test;
    return QTest::qExec(&test, argc, argv);
}

FIELDDESK_TEST_FUNCTION(runTest)
} // namespace tst_keepsignedin

#include "tst_keepsignedin.moc"
