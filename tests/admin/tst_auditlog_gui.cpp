// The audit log viewer offscreen against a real fielddesk-server with the demo data, signed in
// as admin@demo.local: a location renamed on its page shows at the top of the log, and its row
// clicked shows the name's before and after marked as changed; the filters (action, record id,
// who, days) narrow the rows to what the server counts for them; More loads the older rows;
// Export CSV writes every row the filters select, read back from the file.
// Set FIELDDESK_SCREENSHOT_DIR to keep pictures of what the test saw.

#include "fielddesk/admin/adminworkspace.h"
#include "fielddesk/admin/auditdiffmodel.h"
#include "fielddesk/admin/auditlogmodel.h"
#include "fielddesk/admin/auditlogpage.h"
#include "fielddesk/admin/resourceform.h"
#include "fielddesk/admin/resourcepage.h"
#include "fielddesk/client/apiclient.h"

#include "demoserver.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

namespace tst_auditlog_gui {

using namespace fielddesk;
using admin::AuditLogPage;

namespace {

constexpr int kTimeout = 20000;
const QString kRenamed = QStringLiteral("Denver Central, renamed");
// More customers than a page holds: their rows are what the export must take in full.
constexpr int kCustomers = AuditLogPage::kPageSize + 5;

// The rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line ends).
QList<QStringList> readCsv(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestAuditLogGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aChangeJustMadeShowsWithItsBeforeAndAfter();
    void theFiltersNarrowTheRows();
    void moreLoadsTheOlderRows();
    void theExportHoldsEveryRowSelected();

private:
    void openPage(const QString &id);
    bool waitForLoad(const std::function<void()> &change);
    qint64 serverCount(const QString &query);
    QStringList shownColumn(int column) const;

    DemoServer m_server;
    std::unique_ptr<TestHttpClient> m_admin;
    client::ApiClient m_api;
    std::unique_ptr<admin::AdminWorkspace> m_workspace;
    AuditLogPage *m_page = nullptr;
    qint64 m_locationId = 0;
    QString m_oldName;
};

void TestAuditLogGui::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_admin = std::make_unique<TestHttpClient>(m_server.baseUrl());
    QCOMPARE(m_admin->login(QStringLiteral("admin@demo.local"), demo::kPassword).status, 200);
    for (int i = 1; i <= kCustomers; ++i) {
        const TestReply created = m_admin->post(
            QStringLiteral("/api/v1/customers"),
            {{QStringLiteral("name"), QStringLiteral("Audit customer %1, Inc.").arg(i)}});
        QCOMPARE(created.status, 201);
    }
    m_api.setBaseUrl(m_server.baseUrl());
    m_api.setAccessToken(m_admin->token());
    m_workspace = std::make_unique<admin::AdminWorkspace>(&m_api);
    m_workspace->resize(1400, 850);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    m_page = m_workspace->auditPage();
    QSignalSpy loaded(m_page, &AuditLogPage::loaded);
    QSignalSpy locations(m_workspace->page(QStringLiteral("locations")),
                         &admin::ResourcePage::loaded);
    m_workspace->start(QTimeZone("America/Denver"));
    QVERIFY(loaded.wait(kTimeout));
    QTRY_COMPARE_WITH_TIMEOUT(locations.size(), 1, kTimeout);
    // The times are the tenant's.
    QCOMPARE(m_page->table()->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Time (America/Denver)"));
}

void TestAuditLogGui::openPage(const QString &id)
{
    QListWidget *navigation = m_workspace->navigation();
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem *item = navigation->item(row);
        if (item->data(Qt::UserRole).toString() == id)
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                              navigation->visualItemRect(item).center());
    }
}

// The change, then the page's next loaded(): the rows for the filters as they are now.
bool TestAuditLogGui::waitForLoad(const std::function<void()> &change)
{
    QSignalSpy loaded(m_page, &AuditLogPage::loaded);
    change();
    return loaded.wait(kTimeout) && !m_page->isLoading();
}

qint64 TestAuditLogGui::serverCount(const QString &query)
{
    return m_admin->get(QStringLiteral("/api/v1/audit-logs?limit=1&") + query)
        .json()
        .value(QLatin1String("count"))
        .toInteger();
}

QStringList TestAuditLogGui::shownColumn(int column) const
{
    QStringList values;
    const QAbstractItemModel *model = m_page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

void TestAuditLogGui::aChangeJustMadeShowsWithItsBeforeAndAfter()
{
    // A location renamed on its page, as an admin does it.
    openPage(QStringLiteral("locations"));
    admin::ResourcePage *locations = m_workspace->page(QStringLiteral("locations"));
    QVERIFY(locations->isVisible());
    QTableView *list = locations->table();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    m_locationId = locations->form()->record().value(QLatin1String("id")).toInteger();
    m_oldName = locations->form()->record().value(QLatin1String("name")).toString();
    QVERIFY(m_locationId > 0);
    auto *name = qobject_cast<QLineEdit *>(locations->form()->input(QStringLiteral("name")));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, kRenamed);
    QSignalSpy saved(locations, &admin::ResourcePage::saved);
    QTest::mouseClick(locations->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(kTimeout));

    // The log, opened, has it on top.
    QVERIFY(waitForLoad([this] { openPage(QStringLiteral("audit-log")); }));
    QVERIFY(m_page->isVisible());
    QTableView *table = m_page->table();
    QCOMPARE(m_page->model()->rowCount(), AuditLogPage::kPageSize);
    const QJsonObject newest = m_page->model()->entryAt(0);
    QCOMPARE(newest.value(QLatin1String("action")).toString(), QStringLiteral("location.updated"));
    QCOMPARE(newest.value(QLatin1String("object_id")).toInteger(), m_locationId);
    QCOMPARE(table->model()->index(0, admin::AuditLogModel::ObjectColumn).data().toString(),
             QStringLiteral("location #%1").arg(m_locationId));
    QCOMPARE(table->model()->index(0, admin::AuditLogModel::ActorColumn).data().toString(),
             QStringLiteral("admin@demo.local"));

    // Another row clicked, then this one: its comparison follows the click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, 0)).center());
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 1)).center());
    QCOMPARE(table->currentIndex().row(), 0);
    const admin::AuditDiffModel *diff = m_page->diffModel();
    int nameRow = -1;
    int unchanged = 0;
    for (int row = 0; row < diff->rowCount(); ++row) {
        const QString field =
            diff->index(row, admin::AuditDiffModel::FieldColumn).data().toString();
        const bool changed = diff->index(row, 0).data(admin::AuditDiffModel::ChangedRole).toBool();
        if (field == QLatin1String("name"))
            nameRow = row;
        else if (field != QLatin1String("updated_at"))
            unchanged += changed ? 0 : 1;
        // Nothing reads as raw JSON.
        QVERIFY(!diff->index(row, 2).data().toString().startsWith(QLatin1Char('{')));
    }
    QVERIFY(nameRow >= 0);
    QCOMPARE(diff->index(nameRow, admin::AuditDiffModel::BeforeColumn).data().toString(),
             m_oldName);
    QCOMPARE(diff->index(nameRow, admin::AuditDiffModel::AfterColumn).data().toString(), kRenamed);
    QVERIFY(diff->index(nameRow, 0).data(admin::AuditDiffModel::ChangedRole).toBool());
    QVERIFY(diff->index(nameRow, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(unchanged > 0); // the fields that stayed are there too, unmarked
    QVERIFY2(
        m_page->diffTitle()->text().startsWith(QStringLiteral("location.updated · location #")),
        qPrintable(m_page->diffTitle()->text()));
    guitest::screenshot(m_workspace.get(), QStringLiteral("admin-audit-log"));
}

void TestAuditLogGui::theFiltersNarrowTheRows()
{
    QVERIFY(m_locationId > 0);
    // The action, typed: only those rows, as many as the server has.
    QComboBox *action = m_page->actionBox();
    QVERIFY(action->findText(QStringLiteral("location.updated")) > 0); // offered, seen before
    QVERIFY(waitForLoad([action] {
        action->lineEdit()->setFocus();
        QTest::keyClicks(action->lineEdit(), QStringLiteral("location.updated"));
    }));
    const qint64 updates = serverCount(QStringLiteral("action=location.updated"));
    QCOMPARE(m_page->totalCount(), updates);
    QVERIFY(shownColumn(admin::AuditLogModel::ActionColumn).count() > 0);
    for (const QString &shown : shownColumn(admin::AuditLogModel::ActionColumn))
        QCOMPARE(shown, QStringLiteral("location.updated"));

    // And the record's id: that location's updates only.
    QVERIFY(waitForLoad([this] {
        m_page->objectIdEdit()->setFocus();
        QTest::keyClicks(m_page->objectIdEdit(), QString::number(m_locationId));
    }));
    QCOMPARE(m_page->totalCount(),
             serverCount(QStringLiteral("action=location.updated&object_id=%1").arg(m_locationId)));
    QVERIFY(m_page->totalCount() >= 1 && m_page->totalCount() <= updates);
    for (const QString &shown : shownColumn(admin::AuditLogModel::ObjectColumn))
        QCOMPARE(shown, QStringLiteral("location #%1").arg(m_locationId));

    // Who: the admin did it; nobody else did.
    QComboBox *actor = m_page->actorBox();
    const qint64 adminId = m_admin->get(QStringLiteral("/api/v1/me"))
                               .json()
                               .value(QLatin1String("user"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(actor->findData(adminId) > 0, kTimeout);
    QVERIFY(waitForLoad([actor, adminId] { actor->setCurrentIndex(actor->findData(adminId)); }));
    QVERIFY(m_page->totalCount() >= 1);
    const qint64 tech = TestHttpClient(m_server.baseUrl())
                            .login(QStringLiteral("tech1@demo.local"), demo::kPassword)
                            .json()
                            .value(QLatin1String("user"))
                            .toObject()
                            .value(QLatin1String("id"))
                            .toInteger();
    QVERIFY(tech > 0);
    QVERIFY(waitForLoad([actor, tech] { actor->setCurrentIndex(actor->findData(tech)); }));
    QCOMPARE(m_page->totalCount(), 0);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(waitForLoad([actor, adminId] { actor->setCurrentIndex(actor->findData(adminId)); }));

    // The days, the tenant's: from tomorrow there is nothing; from today, the change is there.
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Denver")).date();
    QVERIFY(waitForLoad([this, today] {
        m_page->fromEdit()->setDate(today.addDays(1));
        QTest::mouseClick(m_page->fromBox(), Qt::LeftButton, {},
                          QPoint(4, m_page->fromBox()->height() / 2));
    }));
    QCOMPARE(m_page->totalCount(), 0);
    QVERIFY(waitForLoad([this, today] { m_page->fromEdit()->setDate(today); }));
    QVERIFY(m_page->totalCount() >= 1);
    guitest::screenshot(m_workspace.get(), QStringLiteral("admin-audit-filtered"));

    // Cleared, the whole log again.
    QVERIFY(waitForLoad([this] {
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("auditClearButton")),
                          Qt::LeftButton);
    }));
    QCOMPARE(m_page->totalCount(), serverCount({}));
}

void TestAuditLogGui::moreLoadsTheOlderRows()
{
    const qint64 all = serverCount({});
    QVERIFY2(all > AuditLogPage::kPageSize, "the demo data has more than a page of audit rows");
    QCOMPARE(m_page->model()->rowCount(), AuditLogPage::kPageSize);
    QVERIFY(m_page->moreButton()->isEnabled());
    const qint64 firstId = m_page->model()->entryAt(0).value(QLatin1String("id")).toInteger();
    QVERIFY(waitForLoad([this] { QTest::mouseClick(m_page->moreButton(), Qt::LeftButton); }));
    const int shown = m_page->model()->rowCount();
    QCOMPARE(shown, int(std::min<qint64>(all, 2 * AuditLogPage::kPageSize)));
    // Appended below, newest first all the way, no row twice.
    QCOMPARE(m_page->model()->entryAt(0).value(QLatin1String("id")).toInteger(), firstId);
    QSet<qint64> ids;
    QString previous;
    for (const QJsonObject &entry : m_page->model()->entries()) {
        ids.insert(entry.value(QLatin1String("id")).toInteger());
        const QString at = entry.value(QLatin1String("created_at")).toString();
        QVERIFY(previous.isEmpty() || at <= previous);
        previous = at;
    }
    QCOMPARE(ids.size(), shown);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("auditShownLabel"))
                ->text()
                .startsWith(QStringLiteral("%1 of %2").arg(shown).arg(all)));
}

void TestAuditLogGui::theExportHoldsEveryRowSelected()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("audit.csv"));
    // Filtered to the customers' rows: every one of them, not only the page shown.
    QVERIFY(waitForLoad([this] {
        m_page->objectTypeBox()->lineEdit()->setFocus();
        QTest::keyClicks(m_page->objectTypeBox()->lineEdit(), QStringLiteral("customer"));
    }));
    const qint64 selected = serverCount(QStringLiteral("object_type=customer"));
    QVERIFY(selected >= kCustomers);
    QCOMPARE(m_page->totalCount(), selected);
    QCOMPARE(m_page->model()->rowCount(), AuditLogPage::kPageSize);

    QSignalSpy exported(m_page, &AuditLogPage::csvExported);
    QTest::mouseClick(m_page->exportButton(), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QFileDialog *>(QStringLiteral("auditExportDialog"))) !=
                nullptr);
    QVERIFY(dialog->isVisible());
    dialog->selectFile(fileName);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as its Save button does
    QVERIFY(exported.wait(kTimeout));
    QCOMPARE(exported.first().at(0).toString(), fileName);
    QCOMPARE(exported.first().at(1).toInt(), int(selected));

    const QList<QStringList> rows = readCsv(fileName);
    QCOMPARE(rows.size(), int(selected) + 1);
    QCOMPARE(rows.first().value(0), QStringLiteral("Time (America/Denver)"));
    QCOMPARE(rows.first().value(4), QStringLiteral("Record id"));
    QSet<QString> names;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), rows.first().size());
        QCOMPARE(rows.at(i).value(3), QStringLiteral("customer"));
        QCOMPARE(rows.at(i).value(1), QStringLiteral("admin@demo.local"));
        // "name: (none) → Audit customer 7, Inc.; ...": the comma inside stayed in its field.
        const QRegularExpression made(
            QStringLiteral("name: \\(none\\) → (Audit customer \\d+, Inc\\.)"));
        const QRegularExpressionMatch match = made.match(rows.at(i).value(5));
        if (match.hasMatch())
            names.insert(match.captured(1));
    }
    // Every customer made, the oldest (on no page shown) too.
    QCOMPARE(names.size(), kCustomers);
    QVERIFY(names.contains(QStringLiteral("Audit customer 1, Inc.")));
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("auditNotice"))->isHidden());
}

FIELDDESK_GUI_TEST_MAIN(TestAuditLogGui)
} // namespace tst_auditlog_gui
#include "tst_auditlog_gui.moc"
