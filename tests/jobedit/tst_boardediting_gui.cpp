// The job dialogs on the dispatch board, offscreen against a real fielddesk-server with the demo
// day, signed in as the dispatcher: a right click on a technician's row starts a new job there
// for a new customer, which is created, assigned at once (warnings overridden in their dialog)
// and seen live by a second console; a known customer is found as the dispatcher types their
// phone number; the server's refusal shows at its field and keeps the form; an edit that meets a
// change made meanwhile shows the comparison field by field and merges as chosen; a duplicate
// is a new job with the same details; a drag across a technician's row records time off (the
// jobs it touches listed first), which is then changed and deleted from the row's menu; a job
// that repeats weekly is a series whose visits show on the next weeks' boards.
// Set FIELDDESK_SCREENSHOT_DIR to keep pictures.

#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/liveeventfeed.h"
#include "fielddesk/dispatchboard/dispatchboard.h"
#include "fielddesk/dispatchboard/jobeditor.h"
#include "fielddesk/dispatchboard/timeoffdialog.h"
#include "fielddesk/domain/timestamps.h"
#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/jobedit/conflictdialog.h"
#include "fielddesk/jobedit/customerpicker.h"
#include "fielddesk/jobedit/jobdialog.h"
#include "fielddesk/jobedit/recurrenceeditor.h"
#include "fielddesk/map/coordinatepicker.h"
#include "fielddesk/map/mapview.h"
#include "fielddesk/timeline/timelineview.h"

#include "contextmenu.h"
#include "demoboardsignin.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>

namespace tst_boardediting_gui {

using namespace fielddesk;
using dispatchboard::DispatchBoard;
using jobedit::ConflictDialog;
using jobedit::JobDialog;

namespace {

constexpr int kTimeout = 30000;
const QTime kEvening(19, 0); // no demo job is planned this late

void clickButton(QAbstractButton *button)
{
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestBoardEditingGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aJobForANewCustomerFromTheTimeline();
    void aKnownCustomerIsFoundAsTheDispatcherTypes();
    void theServersRefusalShowsAtItsField();
    void aConflictingEditIsComparedAndMerged();
    void aDuplicateIsANewJobWithTheSameDetails();
    void timeOffByDraggingAcrossARow();
    void aWeeklySeriesAppearsOnTheNextWeeksBoards();
    void cleanup();

private:
    board::DispatchStore *store() const { return m_board->session()->store(); }
    JobDialog *openDialog() const { return m_board->jobEditor()->openDialog(); }
    QJsonObject serverJob(qint64 jobId);
    // Saves the dialog and waits for the job it saved; a warnings dialog is answered "anyway".
    qint64 saveAndWait(JobDialog *dialog);
    QJsonArray availabilityOf(qint64 technicianId);
    // The time-off dialog shown now (a closed one may wait to be deleted).
    dispatchboard::TimeOffDialog *shownTimeOffDialog() const
    {
        for (auto *dialog : m_board->findChildren<dispatchboard::TimeOffDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
    // Right clicks the timeline's viewport at pos and triggers the menu's action of that name.
    bool chooseFromRowMenu(const QPoint &pos, const QString &actionName);

    DemoServer m_server;
    client::ApiClient m_api;
    QTimeZone m_zone;
    std::unique_ptr<TestHttpClient> m_manager;
    std::unique_ptr<DispatchBoard> m_board;
    // A second console, signed in as the manager: sees what the dispatcher creates, live.
    client::ApiClient m_otherApi;
    std::unique_ptr<board::BoardSession> m_other;
    qint64 m_knownJobId = 0;
};

void TestBoardEditingGui::initTestCase()
{
    QString error;
    m_zone = startDemoAndSignInDispatcher(m_server, m_api, &error);
    QVERIFY2(m_zone.isValid(), qPrintable(error));
    m_manager = std::make_unique<TestHttpClient>(m_server.baseUrl());
    QCOMPARE(m_manager->login(QStringLiteral("manager@demo.local"), kDemoPassword).status, 200);

    m_board = std::make_unique<DispatchBoard>(&m_api);
    m_board->resize(1600, 1000);
    m_board->show();
    QVERIFY(QTest::qWaitForWindowActive(m_board.get()));
    m_board->start(m_zone, QStringLiteral("jobdialog-test"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_board->session()->loader()->isLoading() && store()->technicianCount() > 0, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_board->session()->feed()->state() == client::LiveEventFeed::State::Connected, kTimeout);

    m_otherApi.setBaseUrl(m_server.baseUrl());
    m_otherApi.setAccessToken(m_manager->token());
    m_other = std::make_unique<board::BoardSession>(&m_otherApi);
    m_other->start(store()->day(), m_zone);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_other->loader()->isLoading() && m_other->store()->technicianCount() > 0 &&
            m_other->feed()->state() == client::LiveEventFeed::State::Connected,
        kTimeout);
}

void TestBoardEditingGui::cleanup()
{
    if (JobDialog *dialog = openDialog())
        dialog->reject();
    m_board->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_board.get()));
}

QJsonObject TestBoardEditingGui::serverJob(qint64 jobId)
{
    const TestReply reply = m_manager->get(QStringLiteral("/api/v1/jobs/%1").arg(jobId));
    return reply.status == 200 ? reply.json() : QJsonObject();
}

qint64 TestBoardEditingGui::saveAndWait(JobDialog *dialog)
{
    QSignalSpy saved(dialog, &JobDialog::jobSaved);
    clickButton(dialog->saveButton());
    if (!saved.wait(kTimeout))
        return 0;
    // The dialog closes (and goes) once saved: the job is the signal's.
    return saved.first().first().value<Job>().id;
}

void TestBoardEditingGui::aJobForANewCustomerFromTheTimeline()
{
    // A technician's row at 19:00, where nothing is planned: right click there.
    timeline::TimelineView *timeline = m_board->timeline();
    const int row = 0;
    const qint64 technicianId = timeline->technicianAtRow(row);
    QVERIFY(technicianId != 0);
    const QDateTime evening(store()->day(), kEvening, m_zone);
    timeline->scrollToTime(evening.toMSecsSinceEpoch());
    const QPoint at(timeline->xForTime(evening.toMSecsSinceEpoch()) + 2,
                    timeline->rowRect(row).center().y());
    QVERIFY(timeline->jobAt(at) == 0);
    bool menuShown = false;
    QTimer::singleShot(0, this, [&menuShown] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        menuShown = true;
        QAction *newHere = menu->findChild<QAction *>(QStringLiteral("newJobHereAction"));
        if (!newHere) {
            for (QAction *action : menu->actions()) {
                if (action->objectName() == QLatin1String("newJobHereAction"))
                    newHere = action;
            }
        }
        if (newHere) {
            menu->setActiveAction(newHere);
            QTest::keyClick(menu, Qt::Key_Return);
        } else {
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, timeline->viewport()->mapToGlobal(at));
    QApplication::sendEvent(timeline->viewport(), &event);
    QVERIFY(menuShown);
    JobDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // The place clicked: that technician, at 19:00 on the board's day.
    QVERIFY(dialog->assignBox()->isChecked());
    QCOMPARE(dialog->technicianBox()->currentData().toLongLong(), technicianId);
    QCOMPARE(dialog->startEdit()->time(), kEvening);

    // A new customer, typed in place.
    clickButton(dialog->customerPicker()->newCustomerButton());
    QVERIFY(dialog->customerPicker()->newCustomerBox()->isVisible());
    QTest::keyClicks(dialog->customerPicker()->newNameEdit(), QStringLiteral("Grace Hopper"));
    QTest::keyClicks(dialog->customerPicker()->newPhoneEdit(), QStringLiteral("+1 303 555 0199"));
    QTest::keyClicks(dialog->customerPicker()->newAddressEdit(),
                     QStringLiteral("12 Navy Way, Boulder"));
    // A typed address is not on the map until its place is picked there.
    QVERIFY(dialog->placeLabel()->text().contains(QLatin1String("Not on the map")));
    clickButton(dialog->pickPlaceButton());
    auto *picker = dialog->findChild<map::CoordinatePicker *>();
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    QTest::mouseClick(picker->mapView(), Qt::LeftButton, {}, picker->mapView()->rect().center());
    QVERIFY(picker->chosen());
    const QPointF place = *picker->chosen();
    QPushButton *ok = nullptr;
    for (QPushButton *button : picker->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("OK"))
            ok = button;
    }
    clickButton(ok);
    QTRY_VERIFY(!dialog->placeLabel()->text().contains(QLatin1String("Not on the map")));
    // The service sets the duration and the title.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->servicesLoaded(), kTimeout);
    QVERIFY(dialog->serviceBox()->count() > 1);
    dialog->serviceBox()->setFocus();
    QTest::keyClick(dialog->serviceBox(), Qt::Key_Down);
    const qint64 serviceId = dialog->serviceBox()->currentData().toLongLong();
    QVERIFY(serviceId > 0);
    const QJsonObject service =
        m_manager->get(QStringLiteral("/api/v1/services/%1").arg(serviceId)).json();
    QCOMPARE(dialog->durationBox()->value(), service.value(QLatin1String("duration_min")).toInt());
    QCOMPARE(dialog->titleEdit()->text(), service.value(QLatin1String("name")).toString());
    QVERIFY(!dialog->priceLabel()->text().isEmpty());
    QTest::keyClicks(dialog->notesEdit(), QStringLiteral("Called at 16:40, prefers evenings"));
    guitest::screenshot(dialog, QStringLiteral("new-job-dialog"));

    // Saved: the customer, then the job, then the assignment (the evening is outside the
    // technician's shift: the warnings dialog asks, and the test assigns anyway).
    QSignalSpy saved(dialog, &JobDialog::jobSaved);
    clickButton(dialog->saveButton());
    QVERIFY(saved.wait(kTimeout));
    const qint64 jobId = saved.first().first().value<Job>().id;
    QVERIFY(jobId != 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (auto *box =
                    m_board->findChild<QMessageBox *>(QStringLiteral("assignmentWarningsDialog"))) {
                if (box->isVisible()) {
                    if (auto *anyway =
                            box->findChild<QPushButton *>(QStringLiteral("assignAnywayButton")))
                        anyway->click();
                }
            }
            return serverJob(jobId).value(QLatin1String("technician_id")).toInteger() ==
                   technicianId;
        }(),
        kTimeout);
    const QJsonObject job = serverJob(jobId);
    QCOMPARE(
        parseTimestamp(job.value(QLatin1String("planned_start")).toString())->toMSecsSinceEpoch(),
        evening.toMSecsSinceEpoch());
    QCOMPARE(job.value(QLatin1String("service_id")).toInteger(), serviceId);
    QCOMPARE(job.value(QLatin1String("notes")).toString(),
             QStringLiteral("Called at 16:40, prefers evenings"));
    const qint64 customerId = job.value(QLatin1String("customer_id")).toInteger();
    QVERIFY(customerId != 0);
    const QJsonObject customer =
        m_manager->get(QStringLiteral("/api/v1/customers/%1").arg(customerId)).json();
    QCOMPARE(customer.value(QLatin1String("name")).toString(), QStringLiteral("Grace Hopper"));
    QCOMPARE(customer.value(QLatin1String("addresses"))
                 .toArray()
                 .first()[QLatin1String("address")]
                 .toString(),
             QStringLiteral("12 Navy Way, Boulder"));
    QCOMPARE(job.value(QLatin1String("address")).toString(),
             QStringLiteral("12 Navy Way, Boulder"));
    // The place picked is the job's and its customer's address's.
    QVERIFY(qAbs(job.value(QLatin1String("latitude")).toDouble() - place.y()) < 1e-6);
    QVERIFY(qAbs(job.value(QLatin1String("longitude")).toDouble() - place.x()) < 1e-6);
    QVERIFY(qAbs(customer.value(QLatin1String("addresses"))
                     .toArray()
                     .first()[QLatin1String("latitude")]
                     .toDouble() -
                 place.y()) < 1e-6);
    // On this board as a planned bar, and live in the other console.
    QTRY_VERIFY_WITH_TIMEOUT(store()->job(jobId) && store()->job(jobId)->isPlanned() &&
                                 !store()->job(jobId)->pending,
                             kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_other->store()->job(jobId) &&
                                 m_other->store()->job(jobId)->job.technicianId == technicianId,
                             kTimeout);
    // The assignment is the dispatcher's own change: undoable.
    QVERIFY(m_board->findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
    timeline->ensureJobVisible(jobId);
    guitest::screenshot(m_board.get(), QStringLiteral("new-job-on-board"));
}

void TestBoardEditingGui::aKnownCustomerIsFoundAsTheDispatcherTypes()
{
    const QJsonObject first =
        m_manager->get(QStringLiteral("/api/v1/customers?limit=1&ordering=id"))
            .json()
            .value(QLatin1String("results"))
            .toArray()
            .first()
            .toObject();
    const qint64 customerId = first.value(QLatin1String("id")).toInteger();
    const QString phone = first.value(QLatin1String("phone")).toString();
    QVERIFY(!phone.isEmpty());
    const qint64 addressId = first.value(QLatin1String("addresses"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("id"))
                                 .toInteger();
    QVERIFY(addressId != 0);

    m_board->timeline()->setFocus();
    QTest::keyClick(m_board->timeline(), Qt::Key_N, Qt::ControlModifier);
    JobDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New job"));
    jobedit::CustomerPicker *picker = dialog->customerPicker();
    QVERIFY(picker->searchEdit()->hasFocus());
    QSignalSpy searched(picker, &jobedit::CustomerPicker::searched);
    QTest::keyClicks(picker->searchEdit(), phone);
    QVERIFY(searched.wait(kTimeout));
    // Typing pauses once: one search, for the whole number.
    QTest::qWait(jobedit::CustomerPicker::kSearchDelayMs * 2);
    QCOMPARE(searched.size(), 1);
    QVERIFY(searched.first().first().toInt() >= 1);
    QListWidget *results = picker->results();
    QVERIFY(results->isVisible());
    QCOMPARE(results->item(0)->data(Qt::UserRole).toLongLong(), customerId);
    QVERIFY(results->item(0)->text().contains(phone));
    guitest::screenshot(dialog, QStringLiteral("new-job-customer-search"));
    // Down into the results, Enter picks.
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    QVERIFY(picker->chosen());
    QCOMPARE(picker->chosen()->id, customerId);
    QCOMPARE(dialog->addressBox()->currentData().toLongLong(), addressId);

    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Filter change"));
    clickButton(dialog->windowCheck());
    dialog->windowFromEdit()->setTime(QTime(13, 0));
    dialog->windowToEdit()->setTime(QTime(15, 0));
    const qint64 jobId = saveAndWait(dialog);
    QVERIFY(jobId != 0);
    const QJsonObject job = serverJob(jobId);
    QCOMPARE(job.value(QLatin1String("customer_id")).toInteger(), customerId);
    QCOMPARE(job.value(QLatin1String("address_id")).toInteger(), addressId);
    QCOMPARE(job.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    QCOMPARE(
        parseTimestamp(job.value(QLatin1String("window_start")).toString())->toMSecsSinceEpoch(),
        QDateTime(store()->day(), QTime(13, 0), m_zone).toMSecsSinceEpoch());
    // Unassigned, on today's window: in the board's backlog.
    QTRY_VERIFY_WITH_TIMEOUT(store()->job(jobId) && !store()->job(jobId)->isPlanned(), kTimeout);
    m_knownJobId = jobId;
}

void TestBoardEditingGui::theServersRefusalShowsAtItsField()
{
    m_board->timeline()->setFocus();
    QTest::keyClick(m_board->timeline(), Qt::Key_N, Qt::ControlModifier);
    JobDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Chimney sweep"));
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("3 Flue Lane"));
    QTest::keyClicks(dialog->skillsEdit(), QStringLiteral("chimney-acrobatics"));
    QSignalSpy saved(dialog, &JobDialog::jobSaved);
    clickButton(dialog->saveButton());
    QLabel *message = dialog->marks().message(QStringLiteral("required_skills"));
    QTRY_VERIFY_WITH_TIMEOUT(message && message->isVisible(), kTimeout);
    QVERIFY(!message->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.size(), 0);
    // What was typed stays.
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Chimney sweep"));
    QCOMPARE(dialog->skillsEdit()->text(), QStringLiteral("chimney-acrobatics"));
    guitest::screenshot(dialog, QStringLiteral("new-job-refused"));
}

void TestBoardEditingGui::aConflictingEditIsComparedAndMerged()
{
    QVERIFY(m_knownJobId != 0);
    const qint64 jobId = m_knownJobId;
    m_board->selectJob(jobId);
    m_board->timeline()->setFocus();
    QTest::keyClick(m_board->timeline(), Qt::Key_F2);
    JobDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->mode(), JobDialog::Mode::Edit);
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Filter change"));
    retype(dialog->titleEdit(), QStringLiteral("Filter change and coil clean"));
    dialog->notesEdit()->setFocus();
    QTest::keyClicks(dialog->notesEdit(), QStringLiteral("Gate code 4711"));

    // Meanwhile the manager renames it and raises the priority.
    const qint64 version = serverJob(jobId).value(QLatin1String("version")).toInteger();
    const TestReply theirs =
        m_manager->patch(QStringLiteral("/api/v1/jobs/%1").arg(jobId),
                         {{QStringLiteral("title"), QStringLiteral("Filter change (urgent)")},
                          {QStringLiteral("priority"), 5},
                          {QStringLiteral("expected_version"), version}});
    QCOMPARE(theirs.status, 200);

    clickButton(dialog->saveButton());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->conflictDialog() && dialog->conflictDialog()->isVisible(),
                             kTimeout);
    ConflictDialog *conflict = dialog->conflictDialog();
    QTableWidget *table = conflict->table();
    QHash<QString, int> rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows.insert(table->item(r, ConflictDialog::FieldColumn)->data(Qt::UserRole).toString(), r);
    QCOMPARE(rows.size(), 3);
    const int title = rows.value(QStringLiteral("title"), -1);
    const int priority = rows.value(QStringLiteral("priority"), -1);
    const int notes = rows.value(QStringLiteral("notes"), -1);
    QVERIFY(title >= 0 && priority >= 0 && notes >= 0);
    QCOMPARE(table->item(title, ConflictDialog::BeforeColumn)->text(),
             QStringLiteral("Filter change"));
    QCOMPARE(table->item(title, ConflictDialog::TheirsColumn)->text(),
             QStringLiteral("Filter change (urgent)"));
    QCOMPARE(table->item(title, ConflictDialog::MineColumn)->text(),
             QStringLiteral("Filter change and coil clean"));
    QVERIFY(
        table->item(title, ConflictDialog::FieldColumn)->text().contains(QLatin1String("both")));
    QVERIFY(
        table->item(priority, ConflictDialog::TheirsColumn)->text().startsWith(QLatin1Char('5')));
    QCOMPARE(table->item(notes, ConflictDialog::MineColumn)->text(),
             QStringLiteral("Gate code 4711"));
    // Who saved it meanwhile, from the conflict's last_change.
    const QString managerName = m_manager->get(QStringLiteral("/api/v1/me"))
                                    .json()
                                    .value(QLatin1String("user"))
                                    .toObject()
                                    .value(QLatin1String("name"))
                                    .toString();
    QVERIFY(!managerName.isEmpty());
    const auto *intro = conflict->findChild<QLabel *>(QStringLiteral("conflictIntro"));
    QVERIFY(intro);
    QVERIFY2(intro->text().contains(QStringLiteral("by %1 at").arg(managerName)),
             qPrintable(intro->text()));
    // Only the field both changed offers a choice.
    QVERIFY(conflict->choiceFor(QStringLiteral("title")));
    QVERIFY(!conflict->choiceFor(QStringLiteral("notes")));
    guitest::screenshot(conflict, QStringLiteral("job-conflict"));

    // Mine for the title, then merge: my title and notes, their priority.
    QComboBox *choice = conflict->choiceFor(QStringLiteral("title"));
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE(choice->currentText(), QStringLiteral("Mine"));
    QSignalSpy saved(dialog, &JobDialog::jobSaved);
    clickButton(conflict->mergeButton());
    QVERIFY(saved.wait(kTimeout));
    const QJsonObject job = serverJob(jobId);
    QCOMPARE(job.value(QLatin1String("title")).toString(),
             QStringLiteral("Filter change and coil clean"));
    QCOMPARE(job.value(QLatin1String("priority")).toInt(), 5);
    QCOMPARE(job.value(QLatin1String("notes")).toString(), QStringLiteral("Gate code 4711"));
    QCOMPARE(job.value(QLatin1String("version")).toInteger(), version + 2);
    QTRY_COMPARE_WITH_TIMEOUT(store()->job(jobId)->job.title,
                              QStringLiteral("Filter change and coil clean"), kTimeout);
}

void TestBoardEditingGui::aDuplicateIsANewJobWithTheSameDetails()
{
    QVERIFY(m_knownJobId != 0);
    m_board->selectJob(m_knownJobId);
    m_board->timeline()->setFocus();
    QTest::keyClick(m_board->timeline(), Qt::Key_D, Qt::ControlModifier);
    JobDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), JobDialog::Mode::New);
    const QJsonObject original = serverJob(m_knownJobId);
    QCOMPARE(dialog->titleEdit()->text(), original.value(QLatin1String("title")).toString());
    // The customer's addresses arrive, the job's is chosen.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->addressBox()->currentData().toLongLong(),
                              original.value(QLatin1String("address_id")).toInteger(), kTimeout);
    const qint64 copyId = saveAndWait(dialog);
    QVERIFY(copyId != 0 && copyId != m_knownJobId);
    const QJsonObject copy = serverJob(copyId);
    for (const char *field : {"title", "customer_id", "address_id", "priority", "duration_min",
                              "notes", "window_start", "window_end"})
        QCOMPARE(copy.value(QLatin1String(field)), original.value(QLatin1String(field)));
    QCOMPARE(copy.value(QLatin1String("status")).toString(), QStringLiteral("new"));
}

QJsonArray TestBoardEditingGui::availabilityOf(qint64 technicianId)
{
    return m_manager->get(QStringLiteral("/api/v1/technicians/%1/availability").arg(technicianId))
        .json()
        .value(QLatin1String("results"))
        .toArray();
}

bool TestBoardEditingGui::chooseFromRowMenu(const QPoint &pos, const QString &actionName)
{
    return guitest::chooseFromContextMenu(m_board->timeline()->viewport(), pos, actionName);
}

void TestBoardEditingGui::timeOffByDraggingAcrossARow()
{
    // A technician with planned jobs: the drag runs from after their last job back to before
    // it, so the period covers that job.
    timeline::TimelineView *timeline = m_board->timeline();
    int row = -1;
    const board::JobRecord *last = nullptr;
    for (int r = 0; r < timeline->rowCount() && !last; ++r) {
        const board::TechnicianRecord *technician =
            store()->technician(timeline->technicianAtRow(r));
        if (!technician || technician->jobRows.isEmpty() || !technician->availability.isEmpty())
            continue;
        const board::JobRecord &candidate = store()->jobAt(technician->jobRows.last());
        if (candidate.isPlanned() && candidate.job.status == JobStatus::Scheduled) {
            row = r;
            last = &candidate;
        }
    }
    QVERIFY2(last, "no technician with a scheduled job");
    const qint64 technicianId = timeline->technicianAtRow(row);
    const qint64 jobId = last->job.id;
    constexpr qint64 kQuarter = 15 * 60 * 1000;
    const qint64 fromMs = last->plannedStartMs - 2 * kQuarter;
    const qint64 toMs = last->plannedEndMs + 3 * kQuarter;
    timeline->scrollToTime(fromMs - 4 * kQuarter);
    const int y = timeline->rowRect(row).center().y();
    const QPoint press(timeline->xForTime(toMs), y);
    const QPoint release(timeline->xForTime(fromMs), y);
    QVERIFY(timeline->viewport()->rect().contains(press));
    QCOMPARE(timeline->jobAt(press), qint64(0));
    QTest::mousePress(timeline->viewport(), Qt::LeftButton, {}, press);
    QTest::mouseMove(timeline->viewport(), press - QPoint(20, 0));
    QTest::mouseMove(timeline->viewport(), release);
    QTest::mouseRelease(timeline->viewport(), Qt::LeftButton, {}, release);

    QTRY_VERIFY(shownTimeOffDialog());
    dispatchboard::TimeOffDialog *dialog = shownTimeOffDialog();
    // The period dragged (to the quarter hour), and the job it touches listed.
    const QDateTime from(dialog->fromEdit()->date(), dialog->fromEdit()->time(), m_zone);
    const QDateTime to(dialog->toEdit()->date(), dialog->toEdit()->time(), m_zone);
    QVERIFY2(qAbs(from.toMSecsSinceEpoch() - fromMs) <= kQuarter, qPrintable(from.toString()));
    QVERIFY2(qAbs(to.toMSecsSinceEpoch() - toMs) <= kQuarter, qPrintable(to.toString()));
    bool listed = false;
    for (int i = 0; i < dialog->affectedJobs()->count(); ++i)
        listed |= dialog->affectedJobs()->item(i)->data(Qt::UserRole).toLongLong() == jobId;
    QVERIFY(listed);
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Dentist"));
    guitest::screenshot(dialog, QStringLiteral("time-off-dialog"));
    QSignalSpy saved(dialog, &dispatchboard::TimeOffDialog::saved);
    clickButton(dialog->saveButton());
    QVERIFY(saved.wait(kTimeout));
    QJsonArray periods = availabilityOf(technicianId);
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.first()[QLatin1String("reason")].toString(), QStringLiteral("Dentist"));
    QCOMPARE(
        parseTimestamp(periods.first()[QLatin1String("starts_at")].toString())->toMSecsSinceEpoch(),
        from.toMSecsSinceEpoch());
    // The board hears of it and paints the job's conflict with it.
    QTRY_VERIFY_WITH_TIMEOUT(!store()->technician(technicianId)->availability.isEmpty(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(store()->job(jobId)->conflicts.testFlag(board::JobConflict::TimeOff),
                             kTimeout);
    guitest::screenshot(m_board.get(), QStringLiteral("time-off-on-board"));

    // Changed from the row's menu: a longer reason, recorded anew.
    const QPoint inside(timeline->xForTime(to.toMSecsSinceEpoch()) - 3, y);
    QVERIFY(chooseFromRowMenu(inside, QStringLiteral("changeTimeOffAction")));
    QTRY_VERIFY(shownTimeOffDialog());
    dispatchboard::TimeOffDialog *change = shownTimeOffDialog();
    QVERIFY(change->deleteButton());
    QCOMPARE(change->reasonEdit()->text(), QStringLiteral("Dentist"));
    retype(change->reasonEdit(), QStringLiteral("Dentist, then school run"));
    QSignalSpy changed(change, &dispatchboard::TimeOffDialog::saved);
    clickButton(change->saveButton());
    QVERIFY(changed.wait(kTimeout));
    periods = availabilityOf(technicianId);
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.first()[QLatin1String("reason")].toString(),
             QStringLiteral("Dentist, then school run"));

    // And deleted.
    QTRY_VERIFY_WITH_TIMEOUT(store()->technician(technicianId)->availability.size() == 1 &&
                                 store()->technician(technicianId)->availability.first().reason ==
                                     QStringLiteral("Dentist, then school run"),
                             kTimeout);
    QVERIFY(chooseFromRowMenu(inside, QStringLiteral("changeTimeOffAction")));
    QTRY_VERIFY(shownTimeOffDialog());
    dispatchboard::TimeOffDialog *remove = shownTimeOffDialog();
    QVERIFY(remove->deleteButton());
    QSignalSpy removed(remove, &dispatchboard::TimeOffDialog::saved);
    clickButton(remove->deleteButton());
    QVERIFY(removed.wait(kTimeout));
    QCOMPARE(availabilityOf(technicianId).size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!store()->job(jobId)->conflicts.testFlag(board::JobConflict::TimeOff),
                             kTimeout);
}

void TestBoardEditingGui::aWeeklySeriesAppearsOnTheNextWeeksBoards()
{
    const QDate day = store()->day();
    m_board->timeline()->setFocus();
    QTest::keyClick(m_board->timeline(), Qt::Key_N, Qt::ControlModifier);
    JobDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Lawn mowing (weekly)"));
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("8 Green Street, Boulder"));
    clickButton(dialog->windowCheck());
    dialog->windowFromEdit()->setTime(QTime(9, 0));
    dialog->windowToEdit()->setTime(QTime(11, 0));

    // Weekly from the board's day, on its weekday and the one two days later.
    jobedit::RecurrenceEditor *repeat = dialog->recurrenceEditor();
    QVERIFY(repeat->isVisible());
    repeat->setChecked(true);
    QVERIFY(!dialog->assignBox()->isEnabled()); // a series' visits are assigned one by one
    QVERIFY(repeat->weekdayButton(day.dayOfWeek())->isChecked());
    const int second = (day.dayOfWeek() + 1) % 7 + 1; // two days later
    clickButton(repeat->weekdayButton(second));
    repeat->endBox()->setCurrentIndex(
        repeat->endBox()->findData(int(jobedit::RecurrenceEditor::End::AfterCount)));
    repeat->countBox()->setValue(6);
    // The preview is the rule's: today first, then two days later, a week after, ...
    QList<QDate> expected;
    for (int week = 0; expected.size() < jobedit::RecurrenceEditor::kPreviewCount; ++week) {
        expected << day.addDays(7 * week);
        if (expected.size() < jobedit::RecurrenceEditor::kPreviewCount)
            expected << day.addDays(7 * week + 2);
    }
    QCOMPARE(repeat->previewDates().size(), jobedit::RecurrenceEditor::kPreviewCount);
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(repeat->previewDates().at(i),
                 QLocale().toString(expected.at(i), QStringLiteral("ddd d MMM yyyy")));
    QVERIFY(repeat->previewLabel()->text().contains(repeat->previewDates().first()));
    guitest::screenshot(dialog, QStringLiteral("new-job-repeating"));

    QSignalSpy saved(dialog, &JobDialog::seriesSaved);
    clickButton(dialog->saveButton());
    QVERIFY(saved.wait(kTimeout));
    const qint64 seriesId = saved.first().first().value<JobSeries>().id;
    QVERIFY(seriesId != 0);
    // Six visits on the server, each 09:00–11:00 on the board's clock.
    const QJsonArray visits =
        m_manager->get(QStringLiteral("/api/v1/jobs?series_id=%1&limit=50").arg(seriesId))
            .json()
            .value(QLatin1String("results"))
            .toArray();
    QCOMPARE(visits.size(), 6);
    for (const QJsonValue &visit : visits) {
        const QDateTime start =
            parseTimestamp(visit[QLatin1String("window_start")].toString())->toTimeZone(m_zone);
        QCOMPARE(start.time(), QTime(9, 0));
        const QDate date =
            QDate::fromString(visit[QLatin1String("occurrence_date")].toString(), Qt::ISODate);
        QCOMPARE(start.date(), date);
        QVERIFY(date == day.addDays(7 * (day.daysTo(date) / 7)) ||
                date == day.addDays(7 * (day.daysTo(date) / 7) + 2));
    }
    // Next week's board and the week after show their visits.
    for (const int week : {1, 2}) {
        m_board->showDay(day.addDays(7 * week));
        QTRY_VERIFY_WITH_TIMEOUT(!m_board->session()->loader()->isLoading() &&
                                     store()->day() == day.addDays(7 * week),
                                 kTimeout);
        bool shown = false;
        for (int row = 0; row < store()->jobCount(); ++row)
            shown |= store()->jobAt(row).job.seriesId == seriesId;
        QVERIFY2(shown, qPrintable(day.addDays(7 * week).toString(Qt::ISODate)));
    }
    guitest::screenshot(m_board.get(), QStringLiteral("series-next-week"));

    // From the visit in two weeks on, the series changes: it is split there.
    qint64 visitId = 0;
    for (int row = 0; row < store()->jobCount(); ++row) {
        if (store()->jobAt(row).job.seriesId == seriesId)
            visitId = store()->jobAt(row).job.id;
    }
    QVERIFY(visitId != 0);
    m_board->activateWindow(); // the new job's dialog had it
    QVERIFY(QTest::qWaitForWindowActive(m_board.get()));
    m_board->selectJob(visitId);
    m_board->timeline()->setFocus();
    QTest::keyClick(m_board->timeline(), Qt::Key_F2);
    JobDialog *edit = openDialog();
    QVERIFY(edit && edit->mode() == JobDialog::Mode::Edit);
    QVERIFY(edit->scopeBox()->isVisible());
    edit->scopeBox()->setFocus();
    QTest::keyClick(edit->scopeBox(), Qt::Key_Down);
    QCOMPARE(edit->scopeBox()->currentData().toInt(), int(JobDialog::Scope::ThisAndFollowing));
    retype(edit->titleEdit(), QStringLiteral("Lawn mowing and edging"));
    QSignalSpy split(edit, &JobDialog::seriesSaved);
    clickButton(edit->saveButton());
    QVERIFY(split.wait(kTimeout));
    const JobSeries newSeries = split.first().first().value<JobSeries>();
    QCOMPARE(newSeries.previousSeriesId.value_or(0), seriesId);
    QCOMPARE(newSeries.recurrence.startsOn, day.addDays(14).toString(Qt::ISODate));
    const QJsonArray following =
        m_manager->get(QStringLiteral("/api/v1/jobs?series_id=%1&limit=50").arg(newSeries.id))
            .json()
            .value(QLatin1String("results"))
            .toArray();
    QVERIFY(!following.isEmpty());
    for (const QJsonValue &visit : following)
        QCOMPARE(visit[QLatin1String("title")].toString(),
                 QStringLiteral("Lawn mowing and edging"));
    // The visits before the split keep the old title.
    const QJsonObject first = m_manager
                                  ->get(QStringLiteral("/api/v1/jobs?series_id=%1&date=%2")
                                            .arg(seriesId)
                                            .arg(day.toString(Qt::ISODate)))
                                  .json()
                                  .value(QLatin1String("results"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(first.value(QLatin1String("title")).toString(),
             QStringLiteral("Lawn mowing (weekly)"));
    m_board->showDay(day);
    QTRY_VERIFY_WITH_TIMEOUT(!m_board->session()->loader()->isLoading(), kTimeout);
}

FIELDDESK_TEST_MAIN(TestBoardEditingGui)
} // namespace tst_boardediting_gui
#include "tst_boardediting_gui.moc"
