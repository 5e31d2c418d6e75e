// The operator's workspace offscreen against a real fielddesk-server with the demo data and an
// operator made with `fielddesk-server user create --operator`: the tenants are listed; a new
// tenant is made with its first admin (who can sign in, and must change the password); a
// missing admin email is refused at its field; the tenant is suspended after confirming (its
// admin can no longer sign in, and Resume… is offered instead) and resumed (they can again).
// Set FIELDDESK_SCREENSHOT_DIR to keep pictures of what the test saw.

#include "fielddesk/admin/resourceform.h"
#include "fielddesk/admin/resourcepage.h"
#include "fielddesk/admin/resourcetablemodel.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/operator/operatorworkspace.h"

#include "demoserver.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

namespace tst_operator_gui {

using namespace fielddesk;
using admin::ResourcePage;

namespace {

constexpr int kTimeout = 20000;
const QString kOperator = QStringLiteral("ops@hosting.example");
const QString kOperatorPassword = QStringLiteral("hosting-ops-2026");
const QString kTenant = QStringLiteral("Green Acres Landscaping");
const QString kTenantAdmin = QStringLiteral("owner@greenacres.example");
const QString kTenantPassword = QStringLiteral("first-admin-2026");

} // namespace

class TestOperatorGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anOperatorMakesATenantWithItsAdmin();
    void aSuspendedTenantsAdminCannotSignIn();

private:
    void type(const QString &field, const QString &text);
    // Clicks the button; the confirmation that follows is answered with `answer`.
    void clickAndConfirm(QPushButton *button, const QString &answer);

    DemoServer m_server;
    client::ApiClient m_api;
    std::unique_ptr<operatorconsole::OperatorWorkspace> m_workspace;
    ResourcePage *m_page = nullptr;
    qint64 m_tenantId = 0;
};

void TestOperatorGui::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QProcess create;
    create.start(ServerProcess::executable(),
                 {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_server.databaseFile(),
                  QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--operator"),
                  QStringLiteral("--email"), kOperator, QStringLiteral("--name"),
                  QStringLiteral("Hosting Operator"), QStringLiteral("--password"),
                  kOperatorPassword});
    QVERIFY(create.waitForFinished(60000));
    QVERIFY2(create.exitCode() == 0, create.readAllStandardError().constData());
    TestHttpClient operatorClient(m_server.baseUrl());
    QCOMPARE(operatorClient.login(kOperator, kOperatorPassword).status, 200);
    m_api.setBaseUrl(m_server.baseUrl());
    m_api.setAccessToken(operatorClient.token());
    m_workspace = std::make_unique<operatorconsole::OperatorWorkspace>(&m_api);
    m_workspace->resize(1300, 800);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    m_page = m_workspace->page();
    QSignalSpy loaded(m_page, &ResourcePage::loaded);
    m_workspace->start();
    QVERIFY(loaded.wait(kTimeout));
    // The demo company is there, active.
    QVERIFY(m_page->model()->rowCount() >= 1);
    QCOMPARE(m_page->table()->model()->index(0, 1).data().toString(), QStringLiteral("Active"));
}

void TestOperatorGui::type(const QString &field, const QString &text)
{
    QWidget *widget = m_page->form()->input(field);
    QVERIFY2(widget, qPrintable(field));
    widget->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->selectAll();
    QTest::keyClicks(widget, text);
}

void TestOperatorGui::clickAndConfirm(QPushButton *button, const QString &answer)
{
    QTimer::singleShot(0, this, [answer] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!question || question->objectName() != QStringLiteral("stepQuestion"))
            return;
        for (QAbstractButton *choice : question->buttons()) {
            if (choice->text() == answer)
                choice->click();
        }
    });
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestOperatorGui::anOperatorMakesATenantWithItsAdmin()
{
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    type(QStringLiteral("name"), kTenant);
    qobject_cast<QComboBox *>(m_page->form()->input(QStringLiteral("time_zone")))
        ->setCurrentText(QStringLiteral("Europe/Berlin"));
    type(QStringLiteral("currency"), QStringLiteral("eur"));
    type(QStringLiteral("admin.name"), QStringLiteral("Greta Green"));
    type(QStringLiteral("admin.password"), kTenantPassword);
    // Without the admin's email the server refuses, at that field; the rest stays.
    QSignalSpy refused(m_page, &ResourcePage::refused);
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QVERIFY(refused.wait(kTimeout));
    QCOMPARE(m_page->form()->wrongFields(), QStringList{QStringLiteral("admin.email")});
    QCOMPARE(m_page->form()->value(QStringLiteral("name")).toString(), kTenant);

    type(QStringLiteral("admin.email"), kTenantAdmin);
    QSignalSpy saved(m_page, &ResourcePage::saved);
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QVERIFY2(saved.wait(kTimeout),
             qPrintable(m_page->form()->wrongFields().join(QLatin1Char(' '))));
    const QJsonObject tenant = saved.first().first().toJsonObject();
    m_tenantId = tenant.value(QLatin1String("id")).toInteger();
    QVERIFY(m_tenantId > 0);
    QCOMPARE(tenant.value(QLatin1String("name")).toString(), kTenant);
    QCOMPARE(tenant.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(tenant.value(QLatin1String("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(m_page->table()->currentIndex().data().toString(), kTenant);
    // Its admin signs in to it, and must choose their own password first.
    TestHttpClient admin(m_server.baseUrl());
    const TestReply login = admin.login(kTenantAdmin, kTenantPassword);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json()
                 .value(QLatin1String("tenant"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toInteger(),
             m_tenantId);
    QCOMPARE(login.json().value(QLatin1String("must_change_password")).toBool(), true);
    // The list shows the new tenant's whole name, longer than any before it.
    const QTableView *list = m_page->table();
    const QFontMetrics metrics(list->font());
    QVERIFY2(list->horizontalHeader()->sectionSize(0) > metrics.horizontalAdvance(kTenant),
             qPrintable(QString::number(list->horizontalHeader()->sectionSize(0))));
    guitest::screenshot(m_workspace.get(), QStringLiteral("operator-new-tenant"));
}

void TestOperatorGui::aSuspendedTenantsAdminCannotSignIn()
{
    QVERIFY(m_tenantId > 0);
    m_page->selectRecord(m_tenantId);
    QPushButton *suspend = m_page->stepButton(QStringLiteral("suspend"));
    QPushButton *resume = m_page->stepButton(QStringLiteral("resume"));
    QVERIFY(suspend->isVisible());
    QVERIFY(!resume->isVisible());
    // Cancelled, nothing happens.
    clickAndConfirm(suspend, QStringLiteral("Cancel"));
    QTest::qWait(200);
    TestHttpClient admin(m_server.baseUrl());
    QCOMPARE(admin.login(kTenantAdmin, kTenantPassword).status, 200);

    QSignalSpy saved(m_page, &ResourcePage::saved);
    clickAndConfirm(suspend, QStringLiteral("Suspend"));
    QVERIFY(saved.wait(kTimeout));
    QCOMPARE(saved.first().first().toJsonObject().value(QLatin1String("status")).toString(),
             QStringLiteral("suspended"));
    QCOMPARE(m_page->table()->currentIndex().siblingAtColumn(1).data().toString(),
             QStringLiteral("Suspended"));
    QVERIFY(!suspend->isVisible());
    QVERIFY(resume->isVisible());
    const TestReply refused = admin.login(kTenantAdmin, kTenantPassword);
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.json()
                .value(QLatin1String("type"))
                .toString()
                .endsWith(QLatin1String("tenant-suspended")));
    // The demo company is untouched.
    QCOMPARE(TestHttpClient(m_server.baseUrl())
                 .login(QStringLiteral("admin@demo.local"), demo::kPassword)
                 .status,
             200);
    guitest::screenshot(m_workspace.get(), QStringLiteral("operator-suspended"));

    saved.clear();
    clickAndConfirm(resume, QStringLiteral("Resume"));
    QVERIFY(saved.wait(kTimeout));
    QCOMPARE(admin.login(kTenantAdmin, kTenantPassword).status, 200);
    QVERIFY(suspend->isVisible());
}

FIELDDESK_GUI_TEST_MAIN(TestOperatorGui)
} // namespace tst_operator_gui
#include "tst_operator_gui.moc"
