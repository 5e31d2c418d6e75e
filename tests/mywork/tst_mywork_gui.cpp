// "My work" offscreen against a real fielddesk-server with the demo data, signed in as the
// employee tech1@demo.local: a request filed from the dialog (opened by clicking New request
// where it is painted, filled with the keyboard, a photo dropped on it) arrives on the server
// with its media id and shows in the list; an invalid one shows the server's error at the field
// and keeps what was typed; a request is cancelled after confirmation; a decision made
// elsewhere reloads its row (requestChanged); a comment reaches the history; today's jobs take
// the steps a technician reports; another day's jobs are read (the next day's button clicked,
// Alt+Left back) but take no steps; a manager, who is no technician, sees no jobs section.
// Set FIELDDESK_SCREENSHOT_DIR to keep pictures of what the test saw.

#include "fielddesk/attachments/attachmentlist.h"
#include "fielddesk/attachments/pendingattachmentlist.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/userprofile.h"
#include "fielddesk/forms/messagelabel.h"
#include "fielddesk/mywork/jobdaymodel.h"
#include "fielddesk/mywork/myjobspane.h"
#include "fielddesk/mywork/myworkworkspace.h"
#include "fielddesk/mywork/newrequestdialog.h"
#include "fielddesk/mywork/requestdetailsview.h"
#include "fielddesk/mywork/requestform.h"
#include "fielddesk/requests/requestfilterproxy.h"
#include "fielddesk/requests/requesttablemodel.h"
#include "fielddesk/requests/requesttext.h"

#include "demoboardsignin.h"
#include "filedrop.h"
#include "formassertions.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

namespace tst_mywork_gui {

using namespace fielddesk;
using namespace fielddesk::mywork;
using requests::RequestTableModel;

namespace {

const QString kJobNotes = QStringLiteral("Gate code 4711, the dog is friendly");
constexpr int kTimeout = 20000;
constexpr QSize kWindowSize{1300, 850};

QJsonObject userOf(const TestReply &login)
{
    return login.json().value(QLatin1String("user")).toObject();
}

} // namespace

class TestMyWorkGui : public QObject
{
    Q_OBJECT

public:
    explicit TestMyWorkGui(const QString &home)
        : m_home(home)
    {}

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_employee = std::make_unique<TestHttpClient>(m_server.baseUrl());
        const TestReply login =
            m_employee->login(QStringLiteral("tech1@demo.local"), demo::kPassword);
        QCOMPARE(login.status, 200);
        m_manager = std::make_unique<TestHttpClient>(m_server.baseUrl());
        m_managerLogin = m_manager->login(QStringLiteral("manager@demo.local"), demo::kPassword);
        QCOMPARE(m_managerLogin.status, 200);
        m_dispatcher = std::make_unique<TestHttpClient>(m_server.baseUrl());
        QCOMPARE(
            m_dispatcher->login(QStringLiteral("dispatcher@demo.local"), demo::kPassword).status,
            200);

        m_api.setBaseUrl(m_server.baseUrl());
        m_api.setAccessToken(m_employee->token());
        m_user = client::UserProfile::fromJson(userOf(login));
        m_timeZone = tenantTimeZoneOf(login);
        QVERIFY(m_timeZone.isValid());

        m_workspace = std::make_unique<MyWorkWorkspace>(&m_api);
        m_workspace->resize(kWindowSize);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
        QSignalSpy loaded(m_workspace.get(), &MyWorkWorkspace::requestsLoaded);
        m_workspace->start(m_user, m_timeZone);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 1, kTimeout);
        // The demo month has requests of this employee, and only theirs are listed.
        QVERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->requestAt(row).requesterId, m_user.id.toLongLong());
        const TestReply own = m_employee->get(
            QStringLiteral("/api/v1/requests?requester_id=%1&limit=500").arg(m_user.id));
        QCOMPARE(model()->rowCount(), own.json().value(QLatin1String("count")).toInteger());
        // tech1 is a technician: the jobs section shows.
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->jobs()->technicianId().has_value(), kTimeout);
        QVERIFY(m_workspace->jobs()->isVisible());
        guitest::screenshot(m_workspace.get(), QStringLiteral("mywork-loaded"));

        m_photo = m_files.filePath(QStringLiteral("door.png"));
        QImage photo(16, 16, QImage::Format_RGB32);
        photo.fill(Qt::darkCyan);
        QVERIFY(photo.save(m_photo));
    }

    // A test that failed half-way leaves nothing open that would block the next one.
    void cleanup()
    {
        m_workspace->newRequestMenu()->hide();
        const QList<QDialog *> dialogs = m_workspace->findChildren<QDialog *>();
        for (QDialog *dialog : dialogs)
            dialog->reject();
        QTRY_VERIFY(m_workspace->findChildren<QDialog *>().isEmpty());
        // Shortcuts work in the active window: the workspace is it again once dialogs close.
        m_workspace->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    }

    void anEmployeeFilesARequestWithAPhoto()
    {
        NewRequestDialog *dialog = openDialogByClicking(QStringLiteral("repair"));
        QVERIFY(dialog);
        RequestForm *form = dialog->form();
        QCOMPARE(form->kind(), QStringLiteral("repair"));
        typeInto(form->input(QStringLiteral("subject")), QStringLiteral("Van door does not lock"));
        auto *severity = qobject_cast<QComboBox *>(form->input(QStringLiteral("severity")));
        severity->setFocus();
        QTest::keyClick(severity, Qt::Key_Down); // medium → high
        typeInto(form->input(QStringLiteral("description")),
                 QStringLiteral("The sliding door of van 3 stays open."));
        QVERIFY(guitest::dropFiles(dialog, {m_photo}));
        QCOMPARE(dialog->attachments()->count(), 1);
        guitest::screenshot(dialog, QStringLiteral("mywork-new-request"));

        QSignalSpy filed(m_workspace.get(), &MyWorkWorkspace::requestFiled);
        QPointer<NewRequestDialog> open(dialog);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(filed.size() == 1 || (open && !open->messageLabel()->isHidden()) ||
                                     (open && !open->attachments()->messageLabel()->isHidden()),
                                 kTimeout);
        QVERIFY2(filed.size() == 1,
                 qPrintable(open ? open->messageLabel()->text() + QLatin1Char(' ') +
                                       open->attachments()->messageLabel()->text()
                                 : QString()));
        QTRY_VERIFY(!open);
        const Request request = filed.at(0).at(0).value<Request>();
        QCOMPARE(request.mediaIds.size(), 1);

        // In the list, selected, with the server's status.
        const int row = model()->rowOf(request.id);
        QVERIFY(row >= 0);
        QCOMPARE(model()->requestAt(row).status, QStringLiteral("submitted"));
        QCOMPARE(model()->index(row, RequestTableModel::StatusColumn).data().toString(),
                 requests::RequestText::statusTitle(QStringLiteral("submitted")));
        QCOMPARE(m_workspace->selectedRequest()->id, request.id);
        QVERIFY(m_workspace->cancelButton()->isEnabled());
        QTRY_VERIFY(m_workspace->details()->text()->toPlainText().contains(
            QLatin1String("Van door does not lock")));
        QCOMPARE(m_workspace->details()->attachments()->mediaIds(), request.mediaIds);

        // The server has it, with the photo it can hand back.
        const QJsonObject stored =
            m_employee->get(QStringLiteral("/api/v1/requests/%1").arg(request.id)).json();
        QCOMPARE(stored.value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
        QCOMPARE(stored.value(QLatin1String("kind")).toString(), QStringLiteral("repair"));
        const QJsonObject details = stored.value(QLatin1String("details")).toObject();
        QCOMPARE(details.value(QLatin1String("subject")).toString(),
                 QStringLiteral("Van door does not lock"));
        QCOMPARE(details.value(QLatin1String("severity")).toString(), QStringLiteral("high"));
        const QJsonArray media = stored.value(QLatin1String("media_ids")).toArray();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.at(0).toInteger(), request.mediaIds.first());
        QFile photo(m_photo);
        QVERIFY(photo.open(QIODevice::ReadOnly));
        const TestReply bytes =
            m_employee->get(QStringLiteral("/api/v1/media/%1").arg(request.mediaIds.first()));
        QCOMPARE(bytes.status, 200);
        QCOMPARE(bytes.body, photo.readAll());
        guitest::screenshot(m_workspace.get(), QStringLiteral("mywork-filed"));
        m_filedId = request.id;

        // Opened from the details (Enter on its line), the attachment is fetched then.
        attachments::AttachmentList *attachments = m_workspace->details()->attachments();
        QString opened;
        attachments->setOpener([&opened](const QString &path) { opened = path; });
        attachments->setFocus();
        attachments->setCurrentRow(0);
        QTest::keyClick(attachments, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), kTimeout);
        QVERIFY(opened.endsWith(QLatin1String(".png")));
        QFile copy(opened);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), bytes.body);
    }

    void anInvalidRequestShowsTheErrorAtTheFieldAndKeepsTheText()
    {
        // Ctrl+N pops up the kinds, as the button does.
        QTest::keyClick(m_workspace.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(m_workspace->newRequestMenu()->isVisible());
        NewRequestDialog *dialog = chooseKind(QStringLiteral("referral"));
        QVERIFY(dialog);
        RequestForm *form = dialog->form();
        const QList<std::pair<QString, QString>> typed{
            {QStringLiteral("partner_name"), QStringLiteral("Ace Roofing")},
            {QStringLiteral("contact_name"), QStringLiteral("Bo Berg")},
            {QStringLiteral("contact_email"), QStringLiteral("bo at ace")},
            {QStringLiteral("notes"), QStringLiteral("Roof leak at the Lind house")}};
        for (const auto &[field, text] : typed)
            typeInto(form->input(field), text);
        const int rowsBefore = model()->rowCount();
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);

        QLabel *email = form->errorLabel(QStringLiteral("contact_email"));
        QTRY_VERIFY_WITH_TIMEOUT(!email->isHidden(), kTimeout);
        QVERIFY2(email->text().contains(QLatin1String("email")), qPrintable(email->text()));
        QVERIFY(formtest::sitsUnder(email, form->input(QStringLiteral("contact_email"))));
        // In sight, not scrolled away below the fold.
        auto *scroll = dialog->findChild<QScrollArea *>(QStringLiteral("requestFormScroll"));
        QTRY_VERIFY(scroll->viewport()->rect().contains(
            QRect(email->mapTo(scroll->viewport(), QPoint(0, 0)), email->size())));
        QVERIFY(form->input(QStringLiteral("contact_email"))->property("fieldInvalid").toBool());
        QCOMPARE(form->wrongFields(), QStringList{QStringLiteral("contact_email")});
        QCOMPARE(QApplication::focusWidget(), form->input(QStringLiteral("contact_email")));
        // Still open, nothing lost, nothing filed.
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->submitButton()->isEnabled());
        for (const auto &[field, text] : typed)
            QCOMPARE(textOf(form->input(field)), text);
        QCOMPARE(model()->rowCount(), rowsBefore);
        const TestReply search =
            m_employee->get(QStringLiteral("/api/v1/requests?search=Ace%20Roofing"));
        QCOMPARE(search.json().value(QLatin1String("count")).toInteger(), 0);
        guitest::screenshot(dialog, QStringLiteral("mywork-field-error"));

        // Corrected, it goes through and the mark is gone with the dialog.
        auto *emailEdit = qobject_cast<QLineEdit *>(form->input(QStringLiteral("contact_email")));
        emailEdit->selectAll();
        QTest::keyClicks(emailEdit, QStringLiteral("bo@ace.example"));
        QSignalSpy filed(m_workspace.get(), &MyWorkWorkspace::requestFiled);
        QPointer<NewRequestDialog> open(dialog);
        QTest::keyClick(emailEdit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(filed.size() == 1, kTimeout);
        QTRY_VERIFY(!open);
        QCOMPARE(model()->rowCount(), rowsBefore + 1);
    }

    void aRequestIsCancelledAfterConfirmation()
    {
        // The one filed with the photo, or one of its own when that test could not file.
        if (m_filedId == 0) {
            m_filedId = fileSuggestion(QStringLiteral("To be cancelled"));
            m_workspace->requestChanged(m_filedId);
            QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(m_filedId) >= 0, kTimeout);
        }
        m_workspace->selectRequest(m_filedId);
        QVERIFY(m_workspace->cancelButton()->isEnabled());
        QTest::mouseClick(m_workspace->cancelButton(), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = m_workspace->findChild<QMessageBox *>(
                         QStringLiteral("cancelRequestConfirmation"))) &&
                    confirm->isVisible());
        // "Keep it" is the default: Enter alone cancels nothing.
        auto *keep = confirm->findChild<QPushButton *>(QStringLiteral("keepRequestButton"));
        QCOMPARE(confirm->defaultButton(), keep);
        QSignalSpy cancelled(m_workspace.get(), &MyWorkWorkspace::requestCancelled);
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmCancelButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.size() == 1, kTimeout);
        const int row = model()->rowOf(m_filedId);
        QCOMPARE(model()->requestAt(row).status, QStringLiteral("cancelled"));
        QCOMPARE(m_employee->get(QStringLiteral("/api/v1/requests/%1").arg(m_filedId))
                     .json()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(!m_workspace->cancelButton()->isEnabled());
        // A cancelled request is neither open nor decided.
        m_workspace->setStatusFilter(MyWorkWorkspace::StatusFilter::Open);
        QVERIFY(!proxyHas(m_filedId));
        m_workspace->setStatusFilter(MyWorkWorkspace::StatusFilter::All);
        QVERIFY(proxyHas(m_filedId));
    }

    void aRefusedCancelSaysWhyAndShowsTheRequestAsItIs()
    {
        const qint64 id = fileSuggestion(QStringLiteral("Decided before I cancel"));
        m_workspace->requestChanged(id); // a request filed elsewhere joins the list
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(id) >= 0, kTimeout);
        m_workspace->selectRequest(id);
        QCOMPARE(m_workspace->selectedRequest()->status, QStringLiteral("submitted"));
        approve(id, QStringLiteral("Good idea"));
        QTest::mouseClick(m_workspace->cancelButton(), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = m_workspace->findChild<QMessageBox *>(
                         QStringLiteral("cancelRequestConfirmation"))));
        QTest::mouseClick(confirm->findChild<QPushButton *>(QStringLiteral("confirmCancelButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->notice()->isHidden(), kTimeout);
        QVERIFY(m_workspace->notice()->text().contains(QLatin1String("not cancelled")));
        QTRY_COMPARE_WITH_TIMEOUT(model()->requestAt(model()->rowOf(id)).status,
                                  QStringLiteral("approved"), kTimeout);
        QVERIFY(!m_workspace->cancelButton()->isEnabled());
    }

    void aDecisionMadeElsewhereReloadsItsRow()
    {
        const qint64 id = fileSuggestion(QStringLiteral("Decided elsewhere"));
        m_workspace->requestChanged(id);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(id) >= 0, kTimeout);
        m_workspace->selectRequest(id);
        approve(id, QStringLiteral("Let's try it"));
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        m_workspace->requestChanged(id);
        QTRY_COMPARE_WITH_TIMEOUT(model()->requestAt(model()->rowOf(id)).status,
                                  QStringLiteral("approved"), kTimeout);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), model()->rowOf(id));
        // The details show the decision and, once the history is in, its comment.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_workspace->details()->text()->toPlainText().contains(QLatin1String("Let's try it")),
            kTimeout);
        QVERIFY(m_workspace->details()->text()->toPlainText().contains(
            requests::RequestText::statusTitle(QStringLiteral("approved"))));
    }

    void aCommentReachesTheHistory()
    {
        const qint64 id = m_workspace->selectedRequest()->id;
        RequestDetailsView *details = m_workspace->details();
        QSignalSpy commented(details, &RequestDetailsView::commentAdded);
        details->commentEdit()->setFocus();
        QTest::keyClicks(details->commentEdit(), QStringLiteral("Thank you!"));
        QTest::keyClick(details->commentEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(commented.size() == 1, kTimeout);
        QVERIFY(details->commentEdit()->toPlainText().isEmpty());
        const QJsonArray history =
            m_employee->get(QStringLiteral("/api/v1/requests/%1/history").arg(id)).results();
        QCOMPARE(history.last().toObject().value(QLatin1String("comment")).toString(),
                 QStringLiteral("Thank you!"));
        QTRY_VERIFY_WITH_TIMEOUT(
            details->text()->toPlainText().contains(QLatin1String("Thank you!")), kTimeout);
    }

    void aTechnicianReportsTheStepsOfTheirJob()
    {
        MyJobsPane *jobs = m_workspace->jobs();
        const qint64 jobId = dispatchJobToday();
        QVERIFY(jobId != 0);
        QSignalSpy loaded(jobs, &MyJobsPane::jobsLoaded);
        jobs->reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 1, kTimeout);
        QVERIFY(jobs->model()->rowOf(jobId) >= 0);
        jobs->selectJob(jobId);
        QPushButton *onMyWay = jobs->stepButton(JobStatus::EnRoute);
        QPushButton *arrived = jobs->stepButton(JobStatus::OnSite);
        QVERIFY(onMyWay->isEnabled());
        QVERIFY(!arrived->isEnabled());
        guitest::screenshot(m_workspace.get(), QStringLiteral("mywork-jobs"));

        QTest::mouseClick(onMyWay, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(serverJob(jobId).value(QLatin1String("status")).toString(),
                                  QStringLiteral("en_route"), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(arrived->isEnabled(), kTimeout);
        QCOMPARE(jobs->model()->jobAt(jobs->model()->rowOf(jobId)).status, JobStatus::EnRoute);
        QVERIFY(!onMyWay->isEnabled());
        QTest::mouseClick(arrived, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(serverJob(jobId).value(QLatin1String("status")).toString(),
                                  QStringLiteral("on_site"), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(jobs->stepButton(JobStatus::Completed)->isEnabled(), kTimeout);

        // Cancelled by the dispatcher meanwhile: the step is refused and the day shown afresh,
        // without the cancelled job.
        const QJsonObject now = serverJob(jobId);
        QCOMPARE(m_dispatcher
                     ->post(QStringLiteral("/api/v1/jobs/%1/cancel").arg(jobId),
                            {{QStringLiteral("expected_version"),
                              now.value(QLatin1String("version")).toInteger()}})
                     .status,
                 200);
        QTest::mouseClick(jobs->stepButton(JobStatus::Completed), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!jobs->messageLabel()->isHidden(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(jobs->model()->rowOf(jobId) < 0, kTimeout);
        QCOMPARE(serverJob(jobId).value(QLatin1String("status")).toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(!jobs->stepButton(JobStatus::Completed)->isEnabled());
    }

    void anotherDaysJobsAreReadButNotReported()
    {
        MyJobsPane *jobs = m_workspace->jobs();
        const QDate today = QDateTime::currentDateTime().toTimeZone(m_timeZone).date();
        const QDate tomorrow = today.addDays(1);
        const qint64 jobId = dispatchJobAt(QDateTime(tomorrow, QTime(12, 0), m_timeZone),
                                           QStringLiteral("dispatched"));
        QVERIFY(jobId != 0);
        QSignalSpy loaded(jobs, &MyJobsPane::jobsLoaded);
        jobs->reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 1, kTimeout);
        QVERIFY(jobs->model()->rowOf(jobId) < 0); // not today's

        // The next day, clicked where its button is painted. Until its jobs arrive no row is
        // shown: today's rows under tomorrow's title would take steps.
        const int todaysRows = jobs->model()->rowCount();
        QTest::mouseClick(jobs->nextDayButton(), Qt::LeftButton, {},
                          jobs->nextDayButton()->rect().center());
        QCOMPARE(jobs->model()->rowCount(), 0);
        QVERIFY(loaded.size() == 1); // the answer had not come yet when that was checked
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 2, kTimeout);
        QCOMPARE(jobs->day(), tomorrow);
        const QLocale locale;
        QVERIFY2(m_workspace->findChild<QLabel *>(QStringLiteral("myJobsTitle"))
                     ->text()
                     .contains(locale.toString(tomorrow, QLocale::LongFormat)),
                 "the title names the day shown");
        // The rows are the server's schedule of that day.
        const QJsonArray schedule =
            m_employee
                ->get(QStringLiteral("/api/v1/technicians/%1/schedule?date=%2")
                          .arg(*jobs->technicianId())
                          .arg(tomorrow.toString(Qt::ISODate)))
                .json()
                .value(QLatin1String("jobs"))
                .toArray();
        QCOMPARE(jobs->model()->rowCount(), schedule.size());
        QVERIFY(jobs->model()->rowOf(jobId) >= 0);
        // A dispatched job tomorrow: no "On my way" today for it. What the dispatcher noted
        // shows under the list once it is chosen.
        QVERIFY(jobs->detailsLabel()->isHidden());
        jobs->selectJob(jobId);
        QVERIFY(jobs->selectedJob().has_value());
        QVERIFY(jobs->detailsLabel()->isVisible());
        QVERIFY2(jobs->detailsLabel()->text().contains(kJobNotes),
                 qPrintable(jobs->detailsLabel()->text()));
        QVERIFY(!jobs->stepButton(JobStatus::EnRoute)->isEnabled());
        QVERIFY(jobs->todayButton()->isEnabled());
        guitest::screenshot(m_workspace.get(), QStringLiteral("mywork-tomorrow"));

        // A live reload keeps the day chosen.
        jobs->reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 3, kTimeout);
        QCOMPARE(jobs->day(), tomorrow);

        // Alt+Left goes back a day, to today (a shortcut works in the active window).
        m_workspace->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
        QTest::keyClick(m_workspace.get(), Qt::Key_Left, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 4, kTimeout);
        QCOMPARE(jobs->day(), today);
        QCOMPARE(jobs->model()->rowCount(), todaysRows);
        QVERIFY(jobs->model()->rowOf(jobId) < 0);
        QVERIFY(!jobs->todayButton()->isEnabled());
    }

    void todaysViewMovesOnAtMidnight()
    {
        MyJobsPane *jobs = m_workspace->jobs();
        const QDate today = QDateTime::currentDateTime().toTimeZone(m_timeZone).date();
        const QDate tomorrow = today.addDays(1);
        const qint64 jobId = dispatchJobAt(QDateTime(tomorrow, QTime(9, 0), m_timeZone),
                                           QStringLiteral("dispatched"));
        QVERIFY(jobId != 0);
        // The pane's clock reads four seconds before the company's midnight (time enough for
        // today's jobs to arrive first, on a busy machine too).
        const QDateTime lateEvening =
            tomorrow.startOfDay(m_timeZone).addMSecs(-4000).toTimeZone(m_timeZone);
        const qint64 shift = QDateTime::currentDateTime().msecsTo(lateEvening);
        jobs->setClock([shift] { return QDateTime::currentDateTime().addMSecs(shift); });
        auto machineClock = qScopeGuard([jobs] { jobs->setClock({}); });
        QSignalSpy loaded(jobs, &MyJobsPane::jobsLoaded);
        jobs->showDay(jobs->today());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 1, kTimeout);
        QCOMPARE(jobs->day(), today);
        QVERIFY(jobs->model()->rowOf(jobId) < 0);

        // Nobody touches it: just after midnight it shows the new day as today, with its jobs.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 2, kTimeout);
        QCOMPARE(jobs->day(), tomorrow);
        QVERIFY(jobs->model()->rowOf(jobId) >= 0);
        QVERIFY2(m_workspace->findChild<QLabel *>(QStringLiteral("myJobsTitle"))
                     ->text()
                     .contains(QLocale().toString(tomorrow, QLocale::LongFormat)),
                 "the title names the new day");
        QVERIFY(!jobs->todayButton()->isEnabled()); // it is today now
        jobs->selectJob(jobId);
        QVERIFY(jobs->stepButton(JobStatus::EnRoute)->isEnabled()); // today's job: steps go

        machineClock.dismiss();
        jobs->setClock({});
        jobs->showDay(jobs->today());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() == 3, kTimeout);
        QCOMPARE(jobs->day(), today);
    }

    void aManagerWhoIsNoTechnicianSeesNoJobs()
    {
        client::ApiClient api;
        api.setBaseUrl(m_server.baseUrl());
        api.setAccessToken(m_manager->token());
        MyWorkWorkspace workspace(&api);
        workspace.resize(kWindowSize);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QSignalSpy found(workspace.jobs(), &MyJobsPane::technicianFound);
        QSignalSpy loaded(&workspace, &MyWorkWorkspace::requestsLoaded);
        const client::UserProfile manager = client::UserProfile::fromJson(userOf(m_managerLogin));
        workspace.start(manager, m_timeZone);
        QTRY_VERIFY_WITH_TIMEOUT(found.size() == 1 && loaded.size() == 1, kTimeout);
        QCOMPARE(found.at(0).at(0).toBool(), false);
        QVERIFY(workspace.jobs()->isHidden());
        // Only the manager's own requests, though a manager may read many more.
        for (int row = 0; row < workspace.requestModel()->rowCount(); ++row)
            QCOMPARE(workspace.requestModel()->requestAt(row).requesterId, manager.id.toLongLong());
        workspace.stop();
        QCOMPARE(workspace.requestModel()->rowCount(), 0);
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        QCOMPARE(m_server.stop(), 0);
    }

private:
    RequestTableModel *model() const { return m_workspace->requestModel(); }

    bool proxyHas(qint64 id) const
    {
        const requests::RequestFilterProxy *proxy = m_workspace->requestProxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(RequestTableModel::RequestIdRole).toLongLong() == id)
                return true;
        }
        return false;
    }

    // Clicks New request where it is painted, then the kind in the menu that pops up.
    NewRequestDialog *openDialogByClicking(const QString &kind)
    {
        QPushButton *button = m_workspace->newRequestButton();
        if (!button->isVisible() || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
        if (!QTest::qWaitFor([this] { return m_workspace->newRequestMenu()->isVisible(); },
                             kTimeout))
            return nullptr;
        return chooseKind(kind);
    }

    NewRequestDialog *chooseKind(const QString &kind)
    {
        QMenu *menu = m_workspace->newRequestMenu();
        QAction *action = m_workspace->newRequestAction(kind);
        if (!action || !menu->isVisible())
            return nullptr;
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        NewRequestDialog *dialog = nullptr;
        const bool opened = QTest::qWaitFor(
            [&] {
                dialog = m_workspace->findChild<NewRequestDialog *>();
                return dialog && dialog->isVisible();
            },
            kTimeout);
        return opened && dialog->kind() == kind ? dialog : nullptr;
    }

    static void typeInto(QWidget *input, const QString &text)
    {
        QVERIFY(input);
        input->setFocus();
        QTest::keyClicks(input, text);
    }

    static QString textOf(QWidget *input)
    {
        if (auto *line = qobject_cast<QLineEdit *>(input))
            return line->text();
        if (auto *box = qobject_cast<QPlainTextEdit *>(input))
            return box->toPlainText();
        return {};
    }

    qint64 fileSuggestion(const QString &title)
    {
        const TestReply filed =
            m_employee->post(QStringLiteral("/api/v1/requests"),
                             {{QStringLiteral("kind"), QStringLiteral("suggestion")},
                              {QStringLiteral("details"),
                               QJsonObject{{QStringLiteral("title"), title},
                                           {QStringLiteral("text"), QStringLiteral("…")}}}});
        if (filed.status != 201)
            qWarning("filing answered %d %s", filed.status, filed.body.constData());
        return filed.id();
    }

    void approve(qint64 id, const QString &comment)
    {
        const qint64 version = m_manager->get(QStringLiteral("/api/v1/requests/%1").arg(id))
                                   .json()
                                   .value(QLatin1String("version"))
                                   .toInteger();
        const TestReply approved = m_manager->post(
            QStringLiteral("/api/v1/requests/%1/approve").arg(id),
            {{QStringLiteral("expected_version"), version}, {QStringLiteral("comment"), comment}});
        QCOMPARE(approved.status, 200);
    }

    QJsonObject serverJob(qint64 id)
    {
        return m_employee->get(QStringLiteral("/api/v1/jobs/%1").arg(id)).json();
    }

    // A job of today on tech1, dispatched, as the dispatcher makes it.
    qint64 dispatchJobToday()
    {
        // Now is today on every clock the day is read on.
        return dispatchJobAt(QDateTime::currentDateTimeUtc(), QStringLiteral("dispatched"));
    }

    // A new job of this technician's location, planned for them at `start` and taken to
    // `status`; 0 when the server refused a step.
    qint64 dispatchJobAt(const QDateTime &start, const QString &status)
    {
        const qint64 technicianId = *m_workspace->jobs()->technicianId();
        const qint64 locationId =
            m_employee->get(QStringLiteral("/api/v1/technicians/%1").arg(technicianId))
                .json()
                .value(QLatin1String("location_id"))
                .toInteger();
        const TestReply created =
            m_dispatcher->post(QStringLiteral("/api/v1/jobs"),
                               {{QStringLiteral("title"), QStringLiteral("My work GUI test job")},
                                {QStringLiteral("location_id"), locationId},
                                {QStringLiteral("notes"), kJobNotes}});
        if (created.status != 201)
            return 0;
        const qint64 id = created.id();
        const TestReply assigned = m_dispatcher->post(
            QStringLiteral("/api/v1/jobs/%1/assign").arg(id),
            {{QStringLiteral("technician_id"), technicianId},
             {QStringLiteral("planned_start"), start.toUTC().toString(Qt::ISODate)},
             {QStringLiteral("expected_version"), 1},
             {QStringLiteral("force"), true}});
        if (assigned.status != 200)
            return 0;
        const TestReply changed = m_dispatcher->post(
            QStringLiteral("/api/v1/jobs/%1/status").arg(id), {{QStringLiteral("status"), status}});
        return changed.status == 200 ? id : 0;
    }

    QString m_home;
    DemoServer m_server;
    QTemporaryDir m_files;
    QString m_photo;
    client::ApiClient m_api;
    client::UserProfile m_user;
    QTimeZone m_timeZone;
    std::unique_ptr<TestHttpClient> m_employee;
    std::unique_ptr<TestHttpClient> m_manager;
    std::unique_ptr<TestHttpClient> m_dispatcher;
    TestReply m_managerLogin;
    std::unique_ptr<MyWorkWorkspace> m_workspace;
    qint64 m_filedId = 0;
};

FIELDDESK_GUI_TEST_MAIN(TestMyWorkGui)
} // namespace tst_mywork_gui
#include "tst_mywork_gui.moc"
