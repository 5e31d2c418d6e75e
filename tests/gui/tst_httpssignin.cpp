// The console and an https server, offscreen, the whole flow as the console composes it: the
// server's certificate comes from a company authority (made by openssl for the test) that
// the system does not know. Signing in without it is refused with a message that names the
// reason and the authority, keeps everything typed and leads to the certificate authority
// field; with the company's CA file the same sign-in opens the main window, the console
// remembers the file, and its live event feed brings an event over wss.
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/client/notificationcenter.h"
#include "fielddesk/signin/signindialog.h"

#include "consolesession.h"
#include "demoserver.h"
#include "guitestenvironment.h"
#include "signinform.h"
#include "testcertificates.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

namespace tst_httpssignin {

using namespace fielddesk;
using fielddesk::signin::SignInDialog;

namespace {

constexpr int kTimeout = 20000;
const QString kEmail = QStringLiteral("dispatcher@demo.local");

} // namespace

class TestHttpsSignIn : public QObject
{
    Q_OBJECT

public:
    explicit TestHttpsSignIn(QString home)
        : m_home(std::move(home))
    {}

private slots:
    void initTestCase()
    {
        // The test program trusts nothing extra: what the console trusts is its own doing.
        const QString directory = QDir(m_home).filePath(QStringLiteral("certificates"));
        QVERIFY(QDir().mkpath(directory));
        QString error;
        QVERIFY2(m_certificates.create(directory, &error), qPrintable(error));
        QVERIFY2(m_server.start(&error, m_certificates.server().serverEnvironment()),
                 qPrintable(error));
        QCOMPARE(m_server.baseUrl().scheme(), QStringLiteral("https"));
    }

    void init()
    {
        QSettings().clear();
        m_console = std::make_unique<guitest::ConsoleSession>();
    }

    void cleanup() { m_console.reset(); }

    void untrustedCertificateIsExplainedAndTypingKept()
    {
        flow()->start({.server = m_server.baseUrl(), .caFile = {}, .email = {}, .password = {}});
        SignInDialog *dialog = flow()->signInDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // An https address: the field for a company authority is offered, empty.
        QVERIFY(dialog->isCaFileShown());
        QVERIFY(edit("caFileEdit")->text().isEmpty());
        type("emailEdit", kEmail);
        type("passwordEdit", demo::kPassword);
        QTest::mouseClick(signInButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!dialog->message().isEmpty() && !dialog->isBusy(), kTimeout);
        const QString message = dialog->message();
        QCOMPARE(dialog->messageSeverity(), SignInDialog::Severity::Error);
        // The reason, who issued the certificate, where, and what to do about it.
        QVERIFY2(message.contains(QLatin1String("does not trust")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("FieldDesk Test CA")), qPrintable(message));
        QVERIFY2(message.contains(m_server.baseUrl().toDisplayString()), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Certificate authority")), qPrintable(message));
        guitest::screenshot(dialog, QStringLiteral("signin-untrusted-certificate"));
        // Nothing typed is lost, the next step has the focus, and nobody is signed in.
        QCOMPARE(edit("emailEdit")->text(), kEmail);
        QCOMPARE(edit("passwordEdit")->text(), demo::kPassword);
        QCOMPARE(edit("serverEdit")->text(), m_server.baseUrl().toDisplayString());
        QCOMPARE(dialog->focusWidget(), edit("caFileEdit")); // the next step
        QVERIFY(signInButton()->isEnabled());
        QVERIFY(!m_console->session.isSignedIn());
        QVERIFY(!flow()->mainWindow()->isVisible());
    }

    void unreadableCaFileIsExplained()
    {
        flow()->start(
            {.server = m_server.baseUrl(), .caFile = {}, .email = kEmail, .password = {}});
        SignInDialog *dialog = flow()->signInDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeout); // no sign-in kept to resume
        const QString missing = QDir(m_home).filePath(QStringLiteral("no-such-ca.pem"));
        type("caFileEdit", missing);
        type("passwordEdit", demo::kPassword);
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QVERIFY2(dialog->message().contains(QDir::toNativeSeparators(missing)),
                 qPrintable(dialog->message()));
        QCOMPARE(dialog->messageSeverity(), SignInDialog::Severity::Error);
        QVERIFY(!dialog->isBusy()); // nothing was sent
        QCOMPARE(dialog->focusWidget(), edit("caFileEdit"));
    }

    void companyCaFileSignsInAndEventsArriveOverWss()
    {
        flow()->start(
            {.server = m_server.baseUrl(), .caFile = {}, .email = kEmail, .password = {}});
        SignInDialog *dialog = flow()->signInDialog();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeout); // no sign-in kept to resume
        type("caFileEdit", m_certificates.caFile());
        type("passwordEdit", demo::kPassword);
        QTest::mouseClick(signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(flow()->mainWindow()->isVisible(), kTimeout);
        QVERIFY(m_console->session.isSignedIn());
        QVERIFY2(dialog->message().isEmpty(), qPrintable(dialog->message()));
        QCOMPARE(shell::SessionFlow::lastCaFile(), m_certificates.caFile());

        // The main window's own live feed, over wss with the same trust.
        client::LiveEventFeed *feed = flow()->mainWindow()->notifications()->feed();
        QCOMPARE(feed->socketUrl().scheme(), QStringLiteral("wss"));
        QTRY_COMPARE_WITH_TIMEOUT(feed->state(), client::LiveEventFeed::State::Connected, kTimeout);
        QSignalSpy events(feed, &client::LiveEventFeed::eventReceived);

        // A job made through the console's own REST client reaches the feed.
        qint64 location = 0;
        bool answered = false;
        m_console->api.get(QStringLiteral("/api/v1/locations"), this,
                           [&](const client::ApiResponse &response) {
                               answered = true;
                               location = response.json.value(QLatin1String("results"))
                                              .toArray()
                                              .at(0)
                                              .toObject()
                                              .value(QLatin1String("id"))
                                              .toInteger();
                           });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeout);
        QVERIFY(location > 0);
        qint64 job = 0;
        m_console->api.post(QStringLiteral("/api/v1/jobs"),
                            {{QStringLiteral("title"), QStringLiteral("Filter change over TLS")},
                             {QStringLiteral("location_id"), location}},
                            this, [&](const client::ApiResponse &response) {
                                job = response.json.value(QLatin1String("id")).toInteger();
                            });
        QTRY_VERIFY_WITH_TIMEOUT(job > 0, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(events.cbegin(), events.cend(),
                        [job](const QList<QVariant> &arguments) {
                            const auto event = arguments.at(0).value<DomainEvent>();
                            return event.type == QLatin1String("scheduling.job.created.v1") &&
                                   QJsonDocument::fromJson(event.dataJson)
                                           .object()
                                           .value(QLatin1String("job"))
                                           .toObject()
                                           .value(QLatin1String("id"))
                                           .toInteger() == job;
                        }),
            kTimeout);
    }

    void rememberedCaFileComesBack()
    {
        QSettings().setValue(QStringLiteral("SignIn/caFile"), m_certificates.caFile());
        flow()->start({.server = m_server.baseUrl(), .caFile = {}, .email = {}, .password = {}});
        QCOMPARE(flow()->signInDialog()->caFile(), m_certificates.caFile());
        QVERIFY(flow()->signInDialog()->isCaFileShown());
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    shell::SessionFlow *flow() const { return &m_console->flow; }
    QLineEdit *edit(const char *name) const
    {
        return guitest::signInField(flow()->signInDialog(), QLatin1String(name));
    }
    QPushButton *signInButton() const { return guitest::signInButton(flow()->signInDialog()); }
    void type(const char *name, const QString &text) { guitest::retype(edit(name), text); }

    QString m_home;
    TestCertificates m_certificates;
    DemoServer m_server;
    std::unique_ptr<guitest::ConsoleSession> m_console;
};

FIELDDESK_GUI_TEST_MAIN(TestHttpsSignIn)
} // namespace tst_httpssignin
#include "tst_httpssignin.moc"
