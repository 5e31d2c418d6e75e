// The admin workspace offscreen against a real fielddesk-server with the demo data, signed in
// as admin@demo.local: a new location, a user for it (who can then sign in) and a technician of
// that user are made entirely in the console, each checked on the server; the location's
// service area is drawn on the map (corners clicked, one dragged, a crossing refused); the server's
// refusal shows at its field and keeps what was typed; a user is deactivated (and hidden until
// asked for) and reactivated; leaving unsaved changes asks first; the company's settings are saved
// (travel, shift, when the evening messages go out, the customers' language), and a bad time zone
// is refused at its field; an API key and a webhook's secret are shown once;
// the webhook's calls reach a receiver on loopback, signed, and are listed on the Messages page,
// where one is sent again.
// Set FIELDDESK_SCREENSHOT_DIR to keep pictures of what the test saw.

#include "fielddesk/admin/adminworkspace.h"
#include "fielddesk/admin/areapicker.h"
#include "fielddesk/admin/messagelogpage.h"
#include "fielddesk/admin/resourceform.h"
#include "fielddesk/admin/resourcepage.h"
#include "fielddesk/admin/resourcetablemodel.h"
#include "fielddesk/admin/tenantsettingspage.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/apierror.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/map/coordinatepicker.h"
#include "fielddesk/map/mapview.h"

#include "demoserver.h"
#include "fakehttpreceiver.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

namespace tst_admin_gui {

using namespace fielddesk;
using admin::ResourcePage;

namespace {

constexpr int kTimeout = 20000;
const QString kLocation = QStringLiteral("Boulder North");
const QString kEmail = QStringLiteral("new.tech@demo.local");
const QString kPassword = QStringLiteral("first-day-2026");

} // namespace

class TestAdminGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void anAdminCreatesALocation();
    void itsServiceAreaIsDrawnOnTheMap();
    void aUserForItWhoCanSignIn();
    void aTechnicianOfThatUser();
    void theServersRefusalShowsAtTheField();
    void aUserIsDeactivatedAndReactivated();
    void unsavedChangesAreNotLostUnasked();
    void theCompanysSettings();
    void anApiKeyIsShownOnceAndRevoked();
    void aWebhookIsMadeItsCallsListedAndOneSentAgain();

private:
    ResourcePage *open(const QString &id);
    void type(const QString &field, const QString &text);
    void clickSave();
    QJsonObject savedRecord(const std::function<void()> &save);
    QWidget *input(const QString &field) const { return m_page->form()->input(field); }

    DemoServer m_server;
    std::unique_ptr<TestHttpClient> m_admin;
    client::ApiClient m_api;
    std::unique_ptr<admin::AdminWorkspace> m_workspace;
    ResourcePage *m_page = nullptr;
    qint64 m_locationId = 0;
    qint64 m_userId = 0;
};

void TestAdminGui::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_admin = std::make_unique<TestHttpClient>(m_server.baseUrl());
    QCOMPARE(m_admin->login(QStringLiteral("admin@demo.local"), demo::kPassword).status, 200);
    m_api.setBaseUrl(m_server.baseUrl());
    m_api.setAccessToken(m_admin->token());
    m_workspace = std::make_unique<admin::AdminWorkspace>(&m_api);
    m_workspace->resize(1400, 850);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    QSignalSpy tenant(m_workspace->tenantPage(), &admin::TenantSettingsPage::loaded);
    QSignalSpy users(m_workspace->page(QStringLiteral("users")), &ResourcePage::loaded);
    m_workspace->start(QTimeZone("America/Denver"));
    QVERIFY(tenant.wait(kTimeout));
    QTRY_COMPARE_WITH_TIMEOUT(users.size(), 1, kTimeout);
    // The users' list is the server's.
    const TestReply listed = m_admin->get(QStringLiteral("/api/v1/users?limit=500"));
    QCOMPARE(m_workspace->page(QStringLiteral("users"))->model()->rowCount(),
             listed.json().value(QLatin1String("count")).toInteger());
}

// A dialog a test left closes; the workspace is the active window again (focus needs it).
void TestAdminGui::cleanup()
{
    const QList<QDialog *> dialogs = m_workspace->findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        dialog->reject();
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
}

ResourcePage *TestAdminGui::open(const QString &id)
{
    // The page's line in the navigation, clicked where it is painted.
    QListWidget *navigation = m_workspace->navigation();
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem *item = navigation->item(row);
        if (item->data(Qt::UserRole).toString() == id) {
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                              navigation->visualItemRect(item).center());
        }
    }
    auto *page = m_workspace->page(id);
    if (!page || !page->isVisible() ||
        !QTest::qWaitFor([page] { return !page->isLoading(); }, kTimeout))
        return nullptr;
    m_page = page;
    return page;
}

void TestAdminGui::type(const QString &field, const QString &text)
{
    QWidget *widget = input(field);
    QVERIFY2(widget, qPrintable(field));
    widget->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        line->selectAll();
    QTest::keyClicks(widget, text);
}

void TestAdminGui::clickSave()
{
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
}

QJsonObject TestAdminGui::savedRecord(const std::function<void()> &save)
{
    QSignalSpy saved(m_page, &ResourcePage::saved);
    QSignalSpy refused(m_page, &ResourcePage::refused);
    save();
    if (!QTest::qWaitFor([&] { return !saved.isEmpty() || !refused.isEmpty(); }, kTimeout) ||
        saved.isEmpty()) {
        qWarning() << "refused:" << m_page->message()->text() << m_page->form()->wrongFields();
        return {};
    }
    return saved.first().first().toJsonObject();
}

void TestAdminGui::anAdminCreatesALocation()
{
    QVERIFY(open(QStringLiteral("locations")));
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    QCOMPARE(m_page->editorTitle()->text(), QStringLiteral("New location"));
    type(QStringLiteral("name"), kLocation);
    type(QStringLiteral("address"), QStringLiteral("4800 Baseline Rd, Boulder, CO 80303"));
    type(QStringLiteral("latitude"), QLocale().toString(40.0009, 'f', 4));
    type(QStringLiteral("longitude"), QLocale().toString(-105.2400, 'f', 4));
    auto *zone = qobject_cast<QComboBox *>(input(QStringLiteral("time_zone")));
    zone->setCurrentText(QStringLiteral("America/Denver"));

    // Placed more exactly on the map: it opens on the place typed; a click east of it moves
    // the place east, at the same latitude.
    auto *pick = m_page->form()->findChild<QPushButton *>(QStringLiteral("pickOnMap_latitude"));
    QVERIFY(pick);
    QTest::mouseClick(pick, Qt::LeftButton);
    map::CoordinatePicker *picker = nullptr;
    QTRY_VERIFY((picker = m_page->findChild<map::CoordinatePicker *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    QCOMPARE(picker->chosen()->y(), 40.0009);
    map::MapView *mapView = picker->mapView();
    QTest::mouseClick(mapView, Qt::LeftButton, {}, mapView->rect().center() + QPoint(120, 0));
    QVERIFY(picker->chosen()->x() > -105.24);
    QVERIFY(qAbs(picker->chosen()->y() - 40.0009) < 0.001);
    guitest::screenshot(picker, QStringLiteral("admin-pick-on-map"));
    const QPointF place = *picker->chosen();
    picker->accept();
    const double latitude = m_page->form()->value(QStringLiteral("latitude")).toDouble();
    const double longitude = m_page->form()->value(QStringLiteral("longitude")).toDouble();
    QVERIFY(qAbs(latitude - place.y()) < 1e-6);
    QVERIFY(qAbs(longitude - place.x()) < 1e-6);
    guitest::screenshot(m_workspace.get(), QStringLiteral("admin-new-location"));
    const QJsonObject record = savedRecord([this] { clickSave(); });
    QVERIFY(!record.isEmpty());
    m_locationId = record.value(QLatin1String("id")).toInteger();

    // The server has it as typed; the list shows it selected under its name.
    const QJsonObject stored =
        m_admin->get(QStringLiteral("/api/v1/locations/%1").arg(m_locationId)).json();
    QCOMPARE(stored.value(QLatin1String("name")).toString(), kLocation);
    QCOMPARE(stored.value(QLatin1String("time_zone")).toString(), QStringLiteral("America/Denver"));
    QVERIFY(qAbs(stored.value(QLatin1String("latitude")).toDouble() - latitude) < 1e-9);
    QVERIFY(qAbs(stored.value(QLatin1String("longitude")).toDouble() - longitude) < 1e-9);
    QCOMPARE(m_page->editorTitle()->text(), kLocation);
    const QModelIndex current = m_page->table()->currentIndex();
    QCOMPARE(current.data().toString(), kLocation);
    QVERIFY(!m_page->notice()->isHidden());
    QVERIFY(!m_page->form()->hasChanges());
}

void TestAdminGui::itsServiceAreaIsDrawnOnTheMap()
{
    QVERIFY(m_locationId > 0);
    QCOMPARE(m_page->editorTitle()->text(), kLocation);
    auto *summary = m_page->form()->findChild<QLabel *>(QStringLiteral("areaSummary"));
    QVERIFY(summary);
    QCOMPARE(summary->text(), QStringLiteral("none"));
    auto *draw = m_page->form()->findChild<QPushButton *>(QStringLiteral("drawArea"));
    QVERIFY(draw);
    QTest::mouseClick(draw, Qt::LeftButton);
    admin::AreaPicker *picker = nullptr;
    QTRY_VERIFY((picker = m_page->findChild<admin::AreaPicker *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    map::MapView *mapView = picker->mapView();
    // It opens on the location, with no corners and nothing to refuse.
    const double latitude = m_page->form()->value(QStringLiteral("latitude")).toDouble();
    const double longitude = m_page->form()->value(QStringLiteral("longitude")).toDouble();
    QVERIFY(qAbs(mapView->center().y() - latitude) < 1e-4);
    QVERIFY(qAbs(mapView->center().x() - longitude) < 1e-4);
    QVERIFY(picker->corners().isEmpty());
    QVERIFY(picker->okButton()->isEnabled()); // no area is an answer too

    // A triangle around it, clicked corner by corner; until the third, it is no area.
    const QPoint middle = mapView->rect().center();
    const QList<QPoint> clicks{middle + QPoint(-150, -100), middle + QPoint(150, -80),
                               middle + QPoint(0, 120)};
    for (int i = 0; i < clicks.size(); ++i) {
        QTest::mouseClick(mapView, Qt::LeftButton, {}, clicks.at(i));
        QCOMPARE(picker->corners().size(), i + 1);
        QCOMPARE(picker->okButton()->isEnabled(), i == 2);
    }
    QCOMPARE(mapView->areas().size(), 1);
    QCOMPARE(mapView->areas().first().corners.size(), 3);
    // Each corner is painted where it was clicked.
    for (int i = 0; i < clicks.size(); ++i)
        QVERIFY(QLineF(mapView->areaCornerPoint(0, i), QPointF(clicks.at(i))).length() < 1.0);

    // The third corner dragged from where it is painted moves there, and adds none.
    const QPoint from = mapView->areaCornerPoint(0, 2).toPoint();
    const QPoint to = from + QPoint(20, 20);
    QTest::mousePress(mapView, Qt::LeftButton, {}, from);
    QTest::mouseMove(mapView, from + QPoint(10, 10));
    QTest::mouseMove(mapView, to);
    QTest::mouseRelease(mapView, Qt::LeftButton, {}, to);
    QCOMPARE(picker->corners().size(), 3);
    const QPointF moved = mapView->coordinateAt(to);
    QVERIFY(qAbs(picker->corners().at(2).latitude - moved.y()) < 1e-9);
    QVERIFY(qAbs(picker->corners().at(2).longitude - moved.x()) < 1e-9);
    QVERIFY(QLineF(mapView->areaCornerPoint(0, 2), QPointF(to)).length() < 1.0);

    // A fourth corner whose edges cross the others' is shown as refused and cannot be taken.
    QTest::mouseClick(mapView, Qt::LeftButton, {}, middle + QPoint(200, 60));
    QCOMPARE(picker->corners().size(), 4);
    const std::optional<AreaProblem> crossing = polygonProblem(picker->corners());
    QVERIFY(crossing);
    QCOMPARE(crossing->kind, AreaProblem::Kind::EdgesCross);
    QCOMPARE(picker->problemLabel()->text(), admin::AreaPicker::problemText(*crossing));
    QVERIFY(!picker->okButton()->isEnabled());
    guitest::screenshot(picker, QStringLiteral("admin-area-crossing"));
    // Backspace on the map takes it back.
    mapView->setFocus();
    QTest::keyClick(mapView, Qt::Key_Backspace);
    QCOMPARE(picker->corners().size(), 3);
    QVERIFY(picker->okButton()->isEnabled());
    guitest::screenshot(picker, QStringLiteral("admin-area-triangle"));
    const QList<GeoPoint> drawn = picker->corners();
    QTest::mouseClick(picker->okButton(), Qt::LeftButton);
    QCOMPARE(summary->text(), QStringLiteral("3 corners"));
    QVERIFY(m_page->form()->hasChanges());
    QCOMPARE(m_page->form()->changes().keys(), QStringList{QStringLiteral("service_area")});
    guitest::screenshot(m_workspace.get(), QStringLiteral("admin-location-area"));

    const QJsonObject record = savedRecord([this] { clickSave(); });
    QVERIFY(!record.isEmpty());
    const QJsonArray stored = m_admin->get(QStringLiteral("/api/v1/locations/%1").arg(m_locationId))
                                  .json()
                                  .value(QLatin1String("service_area"))
                                  .toArray();
    QCOMPARE(stored.size(), drawn.size());
    for (int i = 0; i < drawn.size(); ++i) {
        const QJsonObject corner = stored.at(i).toObject();
        QVERIFY(qAbs(corner.value(QLatin1String("latitude")).toDouble() - drawn.at(i).latitude) <
                1e-5);
        QVERIFY(qAbs(corner.value(QLatin1String("longitude")).toDouble() - drawn.at(i).longitude) <
                1e-5);
    }
    QVERIFY(!m_page->form()->hasChanges());
}

void TestAdminGui::aUserForItWhoCanSignIn()
{
    QVERIFY(m_locationId != 0);
    QVERIFY(open(QStringLiteral("users")));
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    // A new user is an employee unless the admin says otherwise.
    QCOMPARE(m_page->form()->value(QStringLiteral("role")).toString(), QStringLiteral("employee"));
    type(QStringLiteral("name"), QStringLiteral("Nora Newman"));
    type(QStringLiteral("email"), kEmail);
    type(QStringLiteral("password"), kPassword);
    // The location made a moment ago is already a choice.
    auto *locations = qobject_cast<QListWidget *>(input(QStringLiteral("location_ids")));
    QListWidgetItem *boulder = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (boulder = locations->findItems(kLocation, Qt::MatchExactly).value(0)) != nullptr,
        kTimeout);
    const QRect box = locations->visualItemRect(boulder);
    // The check box sits at the start of the line.
    QTest::mouseClick(locations->viewport(), Qt::LeftButton, {},
                      QPoint(box.left() + box.height() / 2, box.center().y()));
    QCOMPARE(boulder->checkState(), Qt::Checked);
    const QJsonObject record = savedRecord([this] { clickSave(); });
    QVERIFY(!record.isEmpty());
    m_userId = record.value(QLatin1String("id")).toInteger();
    const QJsonObject stored =
        m_admin->get(QStringLiteral("/api/v1/users/%1").arg(m_userId)).json();
    QCOMPARE(stored.value(QLatin1String("email")).toString(), kEmail);
    QCOMPARE(stored.value(QLatin1String("role")).toString(), QStringLiteral("employee"));
    QCOMPARE(stored.value(QLatin1String("location_ids")).toArray(), QJsonArray{m_locationId});
    // The password typed is theirs.
    TestHttpClient user(m_server.baseUrl());
    QCOMPARE(user.login(kEmail, kPassword).status, 200);
    // Saved, the password field is empty again: nothing to send unless typed anew.
    QVERIFY(m_page->form()->value(QStringLiteral("password")).isUndefined());
}

void TestAdminGui::aTechnicianOfThatUser()
{
    QVERIFY(m_userId != 0);
    QVERIFY(open(QStringLiteral("technicians")));
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    // A new technician starts with a usual week: Monday to Friday, 8 to 5, half an hour's break.
    QCOMPARE(m_page->form()->value(QStringLiteral("work_days")).toArray(),
             (QJsonArray{1, 2, 3, 4, 5}));
    QCOMPARE(m_page->form()->value(QStringLiteral("shift_start")).toString(),
             QStringLiteral("08:00"));
    QCOMPARE(m_page->form()->value(QStringLiteral("break_minutes")).toInteger(), 30);
    auto *user = qobject_cast<QComboBox *>(input(QStringLiteral("user_id")));
    QTRY_VERIFY_WITH_TIMEOUT(user->findData(m_userId) >= 0, kTimeout);
    user->setCurrentIndex(user->findData(m_userId));
    auto *location = qobject_cast<QComboBox *>(input(QStringLiteral("location_id")));
    QTRY_VERIFY_WITH_TIMEOUT(location->findData(m_locationId) >= 0, kTimeout);
    location->setCurrentIndex(location->findData(m_locationId));
    auto *skills = qobject_cast<QListWidget *>(input(QStringLiteral("skills")));
    QTRY_VERIFY_WITH_TIMEOUT(!skills->findItems(QStringLiteral("hvac"), Qt::MatchExactly).isEmpty(),
                             kTimeout);
    skills->findItems(QStringLiteral("hvac"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    qobject_cast<QTimeEdit *>(input(QStringLiteral("shift_start")))->setTime(QTime(7, 0));
    qobject_cast<QTimeEdit *>(input(QStringLiteral("shift_end")))->setTime(QTime(15, 30));
    // Monday to Thursday.
    QWidget *days = input(QStringLiteral("work_days"));
    for (int day = 1; day <= 7; ++day) {
        auto *box = days->findChild<QCheckBox *>(QStringLiteral("weekday_%1").arg(day));
        if (box->isChecked() != (day <= 4))
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    }
    guitest::screenshot(m_workspace.get(), QStringLiteral("admin-new-technician"));
    const QJsonObject record = savedRecord([this] { clickSave(); });
    QVERIFY(!record.isEmpty());
    const QJsonObject stored = m_admin
                                   ->get(QStringLiteral("/api/v1/technicians/%1")
                                             .arg(record.value(QLatin1String("id")).toInteger()))
                                   .json();
    QCOMPARE(stored.value(QLatin1String("user_id")).toInteger(), m_userId);
    QCOMPARE(stored.value(QLatin1String("location_id")).toInteger(), m_locationId);
    QCOMPARE(stored.value(QLatin1String("skills")).toArray(), QJsonArray{QStringLiteral("hvac")});
    QCOMPARE(stored.value(QLatin1String("shift_start")).toString().left(5),
             QStringLiteral("07:00"));
    QCOMPARE(stored.value(QLatin1String("shift_end")).toString().left(5), QStringLiteral("15:30"));
    QCOMPARE(stored.value(QLatin1String("work_days")).toArray(), (QJsonArray{1, 2, 3, 4}));
    // Who a profile belongs to is chosen once.
    QVERIFY(!user->isEnabled());
}

void TestAdminGui::theServersRefusalShowsAtTheField()
{
    QVERIFY(open(QStringLiteral("users")));
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    type(QStringLiteral("name"), QStringLiteral("Not Quite"));
    type(QStringLiteral("email"), QStringLiteral("not-an-email"));
    type(QStringLiteral("password"), kPassword);
    const int before = m_page->model()->rowCount();
    QVERIFY(savedRecord([this] { clickSave(); }).isEmpty());
    QCOMPARE(m_page->form()->wrongFields(), QStringList{QStringLiteral("email")});
    QVERIFY(!m_page->form()->errorLabel(QStringLiteral("email"))->isHidden());
    QVERIFY(input(QStringLiteral("email"))->hasFocus());
    QVERIFY(!m_page->message()->isHidden());
    // Everything typed stays; nothing new is listed.
    QCOMPARE(m_page->form()->value(QStringLiteral("name")).toString(), QStringLiteral("Not Quite"));
    QCOMPARE(m_page->form()->value(QStringLiteral("email")).toString(),
             QStringLiteral("not-an-email"));
    QCOMPARE(m_page->model()->rowCount(), before);
    guitest::screenshot(m_workspace.get(), QStringLiteral("admin-refused"));
    // Thrown away on purpose, it asks nothing more.
    m_page->revert();
    QVERIFY(!m_page->form()->hasChanges());
}

void TestAdminGui::aUserIsDeactivatedAndReactivated()
{
    QVERIFY(open(QStringLiteral("users")));
    m_page->selectRecord(m_userId);
    QCOMPARE(m_page->activeButton()->text().remove(QLatin1Char('&')), QStringLiteral("Deactivate"));
    QVERIFY(!savedRecord([this] {
                 QTest::mouseClick(m_page->activeButton(), Qt::LeftButton);
             }).isEmpty());
    QCOMPARE(m_admin->get(QStringLiteral("/api/v1/users/%1").arg(m_userId))
                 .json()
                 .value(QLatin1String("active"))
                 .toBool(),
             false);
    // Hidden from the list until inactive ones are asked for.
    const int row = m_page->model()->rowOf(m_userId);
    QVERIFY(!m_page->proxy()->mapFromSource(m_page->model()->index(row, 0)).isValid() ||
            m_page->showInactiveBox()->isChecked());
    m_page->showInactiveBox()->setChecked(false);
    QVERIFY(!m_page->proxy()->mapFromSource(m_page->model()->index(row, 0)).isValid());
    m_page->showInactiveBox()->setChecked(true);
    QVERIFY(m_page->proxy()->mapFromSource(m_page->model()->index(row, 0)).isValid());
    m_page->selectRecord(m_userId);
    QCOMPARE(m_page->activeButton()->text().remove(QLatin1Char('&')), QStringLiteral("Reactivate"));
    QVERIFY(!savedRecord([this] {
                 QTest::mouseClick(m_page->activeButton(), Qt::LeftButton);
             }).isEmpty());
    QVERIFY(m_admin->get(QStringLiteral("/api/v1/users/%1").arg(m_userId))
                .json()
                .value(QLatin1String("active"))
                .toBool());

    // End all sessions…: after the question, the user's sign-in is over; the account stays.
    TestHttpClient device(m_server.baseUrl());
    QCOMPARE(device.login(kEmail, kPassword).status, 200);
    QCOMPARE(device.get(QStringLiteral("/api/v1/me")).status, 200);
    QTest::qWait(1100); // tokens name their second of issue: the end comes in a later one
    QPushButton *end = m_page->stepButton(QStringLiteral("end-sessions"));
    QVERIFY(end && end->isVisible());
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!question || question->objectName() != QStringLiteral("stepQuestion"))
            return;
        asked = true;
        for (QAbstractButton *choice : question->buttons()) {
            if (choice->text() == QStringLiteral("End sessions"))
                choice->click();
        }
    });
    QVERIFY(!savedRecord([end] { QTest::mouseClick(end, Qt::LeftButton); }).isEmpty());
    QVERIFY(asked);
    QCOMPARE(device.get(QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(TestHttpClient(m_server.baseUrl()).login(kEmail, kPassword).status, 200);
}

void TestAdminGui::unsavedChangesAreNotLostUnasked()
{
    QVERIFY(open(QStringLiteral("locations")));
    m_page->selectRecord(m_locationId);
    type(QStringLiteral("address"), QStringLiteral("5000 Baseline Rd"));
    QVERIFY(m_page->form()->hasChanges());
    // Another row clicked: the question comes, Cancel keeps the edit and the record.
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        asked = question && question->objectName() == QStringLiteral("discardChangesQuestion");
        if (question)
            question->button(QMessageBox::Cancel)->click();
    });
    QTableView *table = m_page->table();
    const int other = table->currentIndex().row() == 0 ? 1 : 0;
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(other, 0)).center());
    QTRY_VERIFY(asked);
    QCOMPARE(m_page->form()->value(QStringLiteral("address")).toString(),
             QStringLiteral("5000 Baseline Rd"));
    QCOMPARE(m_page->editorTitle()->text(), kLocation);
    // Saved, only the address is sent and stored.
    QVERIFY(!savedRecord([this] { clickSave(); }).isEmpty());
    const QJsonObject stored =
        m_admin->get(QStringLiteral("/api/v1/locations/%1").arg(m_locationId)).json();
    QCOMPARE(stored.value(QLatin1String("address")).toString(), QStringLiteral("5000 Baseline Rd"));
    QCOMPARE(stored.value(QLatin1String("name")).toString(), kLocation);
}

void TestAdminGui::theCompanysSettings()
{
    QVERIFY(open(QStringLiteral("company")) == nullptr); // no resource page: the tenant's
    admin::TenantSettingsPage *page = m_workspace->tenantPage();
    QVERIFY(page->isVisible());
    auto *name = qobject_cast<QLineEdit *>(page->form()->input(QStringLiteral("name")));
    QCOMPARE(name->text(), demo::kTenant);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Demo Duct, Lawn & Snow Co."));
    QSignalSpy saved(page, &admin::TenantSettingsPage::saved);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(kTimeout));
    QCOMPARE(m_admin->get(QStringLiteral("/api/v1/tenants/current"))
                 .json()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Demo Duct, Lawn & Snow Co."));
    // Only the name was sent: the settings shown as they apply were left as they were.
    QVERIFY(m_admin->get(QStringLiteral("/api/v1/tenants/current"))
                .json()
                .value(QLatin1String("settings"))
                .toObject()
                .isEmpty());

    // The company's travel speed and shift: sent as settings, the rest of them kept.
    auto *speed =
        qobject_cast<QLineEdit *>(page->form()->input(QStringLiteral("settings.travel_speed_kmh")));
    QVERIFY(speed && !speed->text().isEmpty()); // the server's, as it applies now
    speed->setFocus();
    speed->selectAll();
    QTest::keyClicks(speed, QStringLiteral("55"));
    auto *shiftStart =
        qobject_cast<QTimeEdit *>(page->form()->input(QStringLiteral("settings.shift_start")));
    QCOMPARE(shiftStart->time(), QTime(8, 0));
    shiftStart->setTime(QTime(7, 30));
    QSignalSpy savedSettings(page, &admin::TenantSettingsPage::saved);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY(savedSettings.wait(kTimeout));
    const QJsonObject tenant = m_admin->get(QStringLiteral("/api/v1/tenants/current")).json();
    QCOMPARE(tenant.value(QLatin1String("travel_speed_kmh")).toDouble(), 55.0);
    const QJsonObject settings = tenant.value(QLatin1String("settings")).toObject();
    QCOMPARE(settings.value(QLatin1String("shift_start")).toString(), QStringLiteral("07:30"));
    QVERIFY(!settings.contains(QLatin1String("shift_end"))); // untouched: not sent

    // When the evening messages go out and the customers' language: shown as they apply
    // (5 pm, English) while unset, sent as settings when changed.
    auto *evening =
        qobject_cast<QTimeEdit *>(page->form()->input(QStringLiteral("settings.day_ahead_at")));
    QVERIFY(evening);
    QCOMPARE(evening->time(), QTime(17, 0));
    QCOMPARE(evening->accessibleName(), QStringLiteral("Evening messages at"));
    auto *customerLanguage = qobject_cast<QComboBox *>(
        page->form()->input(QStringLiteral("settings.customer_language")));
    QVERIFY(customerLanguage);
    QCOMPARE(customerLanguage->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(customerLanguage->currentText(), QStringLiteral("English"));
    QVERIFY(!customerLanguage->accessibleName().isEmpty());
    evening->setTime(QTime(18, 30));
    customerLanguage->setCurrentIndex(customerLanguage->findText(QStringLiteral("Español")));
    QCOMPARE(customerLanguage->currentData().toString(), QStringLiteral("es"));
    QSignalSpy savedMessages(page, &admin::TenantSettingsPage::saved);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY(savedMessages.wait(kTimeout));
    const QJsonObject messages = m_admin->get(QStringLiteral("/api/v1/tenants/current"))
                                     .json()
                                     .value(QLatin1String("settings"))
                                     .toObject();
    QCOMPARE(messages.value(QLatin1String("day_ahead_at")).toString(), QStringLiteral("18:30"));
    QCOMPARE(messages.value(QLatin1String("customer_language")).toString(), QStringLiteral("es"));
    QCOMPARE(messages.value(QLatin1String("shift_start")).toString(), QStringLiteral("07:30"));
    // Shown as saved once the answer is in.
    QCOMPARE(evening->time(), QTime(18, 30));
    QCOMPARE(customerLanguage->currentText(), QStringLiteral("Español"));
    QVERIFY(!page->saveButton()->isEnabled());
    guitest::screenshot(m_workspace.get(), QStringLiteral("admin-company-messages"));
    // The server's refusal of either names the field the page shows it at.
    for (const auto &[key, value] :
         {std::pair(QStringLiteral("day_ahead_at"), QJsonValue(QStringLiteral("25:00"))),
          std::pair(QStringLiteral("customer_language"), QJsonValue(QStringLiteral("fr")))}) {
        const TestReply refused =
            m_admin->patch(QStringLiteral("/api/v1/tenants/current"),
                           {{QStringLiteral("settings"), QJsonObject{{key, value}}}});
        QCOMPARE(refused.status, 422);
        const client::ApiError error = client::ApiError::fromHttp(refused.status, refused.body);
        QVERIFY(page->form()->showErrors(error.fieldErrors).isEmpty());
        QCOMPARE(page->form()->wrongFields(), QStringList{QStringLiteral("settings.") + key});
        QVERIFY(page->form()->errorLabel(QStringLiteral("settings.") + key)->isVisible());
    }
    page->form()->clearErrors();

    // The weather limits: shown as they apply (2 mm/h of rain) while unset, sent when changed,
    // a refusal shown at its field.
    auto *rain = qobject_cast<QLineEdit *>(
        page->form()->input(QStringLiteral("settings.weather_rain_mm_h")));
    QVERIFY(rain);
    QCOMPARE(rain->text(), QLocale().toString(2));
    rain->setFocus();
    rain->selectAll();
    QTest::keyClicks(rain, QStringLiteral("5"));
    QSignalSpy savedWeather(page, &admin::TenantSettingsPage::saved);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY(savedWeather.wait(kTimeout));
    const QJsonObject weather = m_admin->get(QStringLiteral("/api/v1/tenants/current"))
                                    .json()
                                    .value(QLatin1String("settings"))
                                    .toObject();
    QCOMPARE(weather.value(QLatin1String("weather_rain_mm_h")).toDouble(), 5.0);
    QVERIFY(!weather.contains(QLatin1String("weather_wind_kmh"))); // untouched: not sent
    const TestReply wet = m_admin->patch(
        QStringLiteral("/api/v1/tenants/current"),
        {{QStringLiteral("settings"), QJsonObject{{QStringLiteral("weather_rain_mm_h"), -1}}}});
    QCOMPARE(wet.status, 422);
    QVERIFY(page->form()
                ->showErrors(client::ApiError::fromHttp(wet.status, wet.body).fieldErrors)
                .isEmpty());
    QCOMPARE(page->form()->wrongFields(),
             QStringList{QStringLiteral("settings.weather_rain_mm_h")});
    page->form()->clearErrors();

    // A time zone that is none is refused at its field.
    auto *zone = qobject_cast<QComboBox *>(page->form()->input(QStringLiteral("time_zone")));
    zone->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->form()->wrongFields().isEmpty(), kTimeout);
    QCOMPARE(page->form()->wrongFields(), QStringList{QStringLiteral("time_zone")});
    QCOMPARE(zone->currentText(), QStringLiteral("Mars/Olympus_Mons"));
    guitest::screenshot(m_workspace.get(), QStringLiteral("admin-company"));
}

void TestAdminGui::anApiKeyIsShownOnceAndRevoked()
{
    QVERIFY(open(QStringLiteral("api-keys")));
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    type(QStringLiteral("name"), QStringLiteral("Customer portal"));
    auto *customer = qobject_cast<QComboBox *>(input(QStringLiteral("customer_id")));
    QTRY_VERIFY_WITH_TIMEOUT(customer->count() > 1, kTimeout);
    auto *location = qobject_cast<QComboBox *>(input(QStringLiteral("location_id")));
    QTRY_VERIFY_WITH_TIMEOUT(location->findData(m_locationId) >= 0, kTimeout);
    customer->setCurrentIndex(1); // the first customer, after "none"
    QVERIFY(customer->currentData().toLongLong() > 0);
    location->setCurrentIndex(location->findData(m_locationId));
    const QJsonObject record = savedRecord([this] { clickSave(); });
    QVERIFY2(!record.isEmpty(), qPrintable(m_page->form()->wrongFields().join(QLatin1Char(' '))));
    // The secret is shown once, to be copied; the list does not keep it.
    QDialog *secret = nullptr;
    QTRY_VERIFY((secret = m_page->findChild<QDialog *>(QStringLiteral("secretDialog"))) != nullptr);
    const QString key = secret->findChild<QLineEdit *>(QStringLiteral("secretValue"))->text();
    QVERIFY(key.size() > 20);
    QTest::mouseClick(secret->findChild<QPushButton *>(QStringLiteral("copySecretButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), key);
    QVERIFY(!record.contains(QLatin1String("key")));
    guitest::screenshot(secret, QStringLiteral("admin-api-key"));
    secret->reject();
    // The customer's system files jobs with it until it is revoked.
    TestHttpClient system(m_server.baseUrl());
    const auto withKey = [&] {
        return system
            .send("POST", QStringLiteral("/api/v1/jobs"), R"({"title":"Dripping tap"})",
                  {{"X-API-Key", key.toUtf8()}, {"Content-Type", "application/json"}})
            .status;
    };
    QCOMPARE(withKey(), 201);
    const qint64 id = record.value(QLatin1String("id")).toInteger();
    QCOMPARE(m_page->deleteButton()->text().remove(QLatin1Char('&')), QStringLiteral("Revoke…"));
    QSignalSpy removed(m_page, &ResourcePage::removed);
    QTimer::singleShot(0, this, [] {
        if (auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            for (QAbstractButton *button : question->buttons()) {
                if (button->text() == QStringLiteral("Revoke"))
                    button->click();
            }
        }
    });
    QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
    QVERIFY(removed.wait(kTimeout));
    QCOMPARE(removed.first().first().toLongLong(), id);
    QCOMPARE(withKey(), 401);

    // The fleet tracker's key: no customer; it sends positions, and files no jobs.
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    type(QStringLiteral("name"), QStringLiteral("Van trackers"));
    auto *kind = qobject_cast<QComboBox *>(input(QStringLiteral("kind")));
    QVERIFY(kind);
    kind->setCurrentIndex(kind->findData(QStringLiteral("fleet_tracker")));
    location->setCurrentIndex(location->findData(m_locationId));
    const QJsonObject tracker = savedRecord([this] { clickSave(); });
    QVERIFY2(!tracker.isEmpty(), qPrintable(m_page->form()->wrongFields().join(QLatin1Char(' '))));
    QCOMPARE(tracker.value(QLatin1String("kind")).toString(), QStringLiteral("fleet_tracker"));
    QVERIFY(tracker.value(QLatin1String("customer_id")).isNull());
    QDialog *trackerSecret = nullptr;
    QTRY_VERIFY((trackerSecret = m_page->findChild<QDialog *>(QStringLiteral("secretDialog"))) !=
                nullptr);
    const QString trackerKey =
        trackerSecret->findChild<QLineEdit *>(QStringLiteral("secretValue"))->text();
    trackerSecret->reject();
    QCOMPARE(system
                 .send("POST", QStringLiteral("/api/v1/jobs"), R"({"title":"Dripping tap"})",
                       {{"X-API-Key", trackerKey.toUtf8()}, {"Content-Type", "application/json"}})
                 .status,
             403);
}

void TestAdminGui::aWebhookIsMadeItsCallsListedAndOneSentAgain()
{
    FakeHttpReceiver receiver;
    QVERIFY(receiver.listen());
    QVERIFY(open(QStringLiteral("webhooks")));
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    type(QStringLiteral("url"), receiver.url() + QStringLiteral("/in"));
    // The events offered are the server's; one is ticked from the keyboard.
    auto *events = qobject_cast<QListWidget *>(input(QStringLiteral("event_types")));
    QVERIFY(events);
    QTRY_VERIFY_WITH_TIMEOUT(events->count() > 5, kTimeout);
    const QList<QListWidgetItem *> created =
        events->findItems(QStringLiteral("scheduling.job.created.v1"), Qt::MatchExactly);
    QCOMPARE(created.size(), 1);
    events->setFocus();
    events->setCurrentItem(created.first());
    QTest::keyClick(events, Qt::Key_Space);
    QCOMPARE(created.first()->checkState(), Qt::Checked);
    const QJsonObject record = savedRecord([this] { clickSave(); });
    QVERIFY2(!record.isEmpty(), qPrintable(m_page->form()->wrongFields().join(QLatin1Char(' '))));
    QCOMPARE(record.value(QLatin1String("event_types")).toArray(),
             QJsonArray{QStringLiteral("scheduling.job.created.v1")});
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QDialog *>(QStringLiteral("secretDialog"))) != nullptr);
    const QString secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretValue"))->text();
    QVERIFY2(secret.startsWith(QLatin1String("whsec_")), qPrintable(secret));
    guitest::screenshot(m_workspace.get(), QStringLiteral("admin-webhook"));
    dialog->reject();

    // A job booked: the receiver is called, signed with that secret.
    const TestReply job =
        m_admin->post(QStringLiteral("/api/v1/jobs"),
                      {{QStringLiteral("title"), QStringLiteral("Webhook test job")},
                       {QStringLiteral("location_id"), m_locationId},
                       {QStringLiteral("duration_min"), 30}});
    QCOMPARE(job.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 1, kTimeout);
    const FakeHttpReceiver::Request call = receiver.accepted().first();
    QByteArray stamp;
    QByteArray mac;
    for (const QByteArray &part : call.header("fielddesk-signature").split(',')) {
        if (part.startsWith("t="))
            stamp = part.mid(2);
        if (part.startsWith("v1="))
            mac = part.mid(3);
    }
    QCOMPARE(mac, QMessageAuthenticationCode::hash(stamp + '.' + call.body, secret.toUtf8(),
                                                   QCryptographicHash::Sha256)
                      .toHex());

    // The Messages page lists the call; it is sent again from there.
    QListWidget *navigation = m_workspace->navigation();
    admin::MessageLogPage *messages = m_workspace->messagePage();
    QSignalSpy loaded(messages, &admin::MessageLogPage::loaded);
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem *item = navigation->item(row);
        if (item->data(Qt::UserRole).toString() == QLatin1String("messages"))
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                              navigation->visualItemRect(item).center());
    }
    QVERIFY(messages->isVisible());
    QVERIFY(loaded.wait(kTimeout));
    loaded.clear();
    messages->channelBox()->setCurrentIndex(
        messages->channelBox()->findData(QStringLiteral("webhook")));
    QVERIFY(loaded.wait(kTimeout));
    QTableView *table = messages->table();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 1, kTimeout);
    const QModelIndex recipient = table->model()->index(0, 2);
    QCOMPARE(recipient.data().toString(), receiver.url() + QStringLiteral("/in"));
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Webhook"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 4).data().toString(), QStringLiteral("Sent"),
                              kTimeout);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(recipient).center());
    QVERIFY(messages->detail()->toPlainText().contains(QLatin1String("Webhook test job")));
    guitest::screenshot(m_workspace.get(), QStringLiteral("admin-messages"));
    QSignalSpy resent(messages, &admin::MessageLogPage::resent);
    QTest::mouseClick(messages->resendButton(), Qt::LeftButton);
    QVERIFY(resent.wait(kTimeout));
    QVERIFY(
        messages->notice()->text().contains(QString::number(resent.first().first().toLongLong())));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 2, kTimeout);
    QVERIFY(receiver.accepted().at(1).header("fielddesk-delivery") !=
            call.header("fielddesk-delivery"));
    QCOMPARE(receiver.accepted().at(1).body, call.body);
}

FIELDDESK_GUI_TEST_MAIN(TestAdminGui)
} // namespace tst_admin_gui
#include "tst_admin_gui.moc"
