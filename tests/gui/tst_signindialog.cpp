// The sign-in dialog alone, offscreen, against a real fielddesk-server: a wrong password
// shows the server's message and keeps everything typed, the button is disabled while the
// request is in flight, an unreachable server and empty fields are explained, and the right
// password closes the dialog signed in.
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/client/keychaintokenstore.h"
#include "fielddesk/signin/signindialog.h"

#include "demoserver.h"
#include "guitestenvironment.h"
#include "signinform.h"
#include "testmain.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>

namespace tst_signindialog {

using namespace fielddesk;
using fielddesk::signin::SignInDialog;

namespace {

const QString &kPassword = demo::kPassword;
constexpr int kTimeout = 20000;

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

public:
    explicit TestSignInDialog(QString home)
        : m_home(std::move(home))
    {}

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void init()
    {
        m_api = std::make_unique<client::ApiClient>();
        m_store = std::make_unique<client::KeychainTokenStore>();
        m_session = std::make_unique<client::AuthSession>(m_api.get());
        m_session->setTokenStore(m_store.get());
        m_dialog = std::make_unique<SignInDialog>(m_session.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_store.reset();
        m_api.reset();
    }

    void hasTheFieldsAndATitle()
    {
        QVERIFY(m_dialog->windowTitle().startsWith(QLatin1String("FieldDesk")));
        QVERIFY(server());
        QVERIFY(email());
        QVERIFY(password());
        QCOMPARE(password()->echoMode(), QLineEdit::Password);
        QVERIFY(keep());
        QCOMPARE(keep()->text().remove(QLatin1Char('&')), QStringLiteral("Keep me signed in"));
        QVERIFY(button()->isEnabled());
        QVERIFY(m_dialog->message().isEmpty());
        guitest::screenshot(m_dialog.get(), QStringLiteral("signin-empty"));
    }

    void wrongPasswordShowsTheServersMessageAndKeepsTheFields()
    {
        const QString serverText = m_server.baseUrl().toString();
        type(server(), serverText);
        type(email(), QStringLiteral("dispatcher@demo.local"));
        type(password(), QStringLiteral("not-my-password"));

        QTest::mouseClick(button(), Qt::LeftButton);
        QVERIFY(!button()->isEnabled()); // no second request while this one is in flight
        QVERIFY(m_dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(button()->isEnabled(), kTimeout);

        QCOMPARE(m_dialog->message(), QStringLiteral("Wrong email or password."));
        QCOMPARE(m_dialog->messageSeverity(), SignInDialog::Severity::Error);
        auto *message = m_dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->property("severity").toString(), QStringLiteral("error"));
        guitest::screenshot(m_dialog.get(), QStringLiteral("signin-wrong-password"));

        QCOMPARE(server()->text(), serverText);
        QCOMPARE(email()->text(), QStringLiteral("dispatcher@demo.local"));
        QCOMPARE(password()->text(), QStringLiteral("not-my-password"));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(m_session->state(), client::AuthSession::State::SignedOut);
        QCOMPARE(button()->text(), QStringLiteral("Sign in"));
    }

    void unreachableServerIsExplained()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString address = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();

        type(server(), address);
        type(email(), QStringLiteral("dispatcher@demo.local"));
        type(password(), kPassword);
        QTest::mouseClick(button(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button()->isEnabled(), kTimeout);
        QCOMPARE(m_dialog->messageSeverity(), SignInDialog::Severity::Error);
        QVERIFY2(m_dialog->message().contains(QLatin1String("refused")),
                 qPrintable(m_dialog->message()));
        QCOMPARE(password()->text(), kPassword);
    }

    void emptyFieldsAreExplainedWithoutARequest()
    {
        type(server(), m_server.baseUrl().toString());
        type(email(), QStringLiteral("dispatcher@demo.local"));
        QTest::mouseClick(button(), Qt::LeftButton);
        QCOMPARE(m_session->state(), client::AuthSession::State::SignedOut);
        QCOMPARE(m_dialog->message(), QStringLiteral("Enter your password."));
        QCOMPARE(m_dialog->focusWidget(), password());

        type(server(), QStringLiteral("ftp://nowhere"));
        type(password(), kPassword);
        QTest::mouseClick(button(), Qt::LeftButton);
        QCOMPARE(m_session->state(), client::AuthSession::State::SignedOut);
        QVERIFY2(m_dialog->message().contains(QLatin1String("server address")),
                 qPrintable(m_dialog->message()));
    }

    void rightPasswordSignsInAndCloses()
    {
        type(server(), m_server.baseUrl().toString());
        type(email(), QStringLiteral("dispatcher@demo.local"));
        type(password(), kPassword);
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        QTest::keyClick(password(), Qt::Key_Return); // Enter signs in, like the button
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kTimeout);
        QVERIFY(m_session->isSignedIn());
        QCOMPARE(m_session->user().email, QStringLiteral("dispatcher@demo.local"));
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(password()->text().isEmpty()); // not left behind in a hidden widget
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
        // Nothing secret ever reached a file (there is no keychain here to put it in).
        QVERIFY(guitest::filesContaining(m_home, kPassword.toUtf8()).isEmpty());
    }

private:
    QLineEdit *server() const
    {
        return m_dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    }
    QLineEdit *email() const
    {
        return m_dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    }
    QLineEdit *password() const
    {
        return m_dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    }
    QCheckBox *keep() const
    {
        return m_dialog->findChild<QCheckBox *>(QStringLiteral("keepSignedInCheck"));
    }
    QPushButton *button() const { return guitest::signInButton(m_dialog.get()); }

    static void type(QLineEdit *field, const QString &text) { guitest::retype(field, text); }

    QString m_home;
    DemoServer m_server;
    std::unique_ptr<client::ApiClient> m_api;
    std::unique_ptr<client::KeychainTokenStore> m_store;
    std::unique_ptr<client::AuthSession> m_session;
    std::unique_ptr<SignInDialog> m_dialog;
};

FIELDDESK_GUI_TEST_MAIN(TestSignInDialog)
} // namespace tst_signindialog
#include "tst_signindialog.moc"
