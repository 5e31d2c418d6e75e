// The Message templates page offscreen against a real fielddesk-server with the demo data,
// signed in as admin@demo.local: opened from the navigation, it lists every template in every
// language; a subject typed with placeholders is saved (the server stores exactly it, the row
// says own words, the preview fills the placeholders in); an unknown placeholder in the email is
// refused at the email field and what was typed stays; "Use FieldDesk's words", confirmed, drops
// the company's own words on the server. Tab goes through the editor the way it reads.
// Set FIELDDESK_SCREENSHOT_DIR to keep a picture of the page.

#include "fielddesk/admin/adminworkspace.h"
#include "fielddesk/admin/messagetemplatemodel.h"
#include "fielddesk/admin/messagetemplatespage.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/forms/messagelabel.h"

#include "demoserver.h"
#include "guitestenvironment.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace tst_messagetemplates_gui {

using namespace fielddesk;
using admin::MessageTemplateModel;
using admin::MessageTemplatesPage;

namespace {

constexpr int kTimeout = 20000;
constexpr int kTemplateCount = 15; // five templates in English, German and Spanish
const QString kName = QStringLiteral("job.scheduled");
const QString kLanguage = QStringLiteral("en");
const QString kSubject = QStringLiteral("{company}: we come on {date}");

} // namespace

class TestMessageTemplatesGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thePageListsEveryTemplate();
    void ownWordsAreSaved();
    void anUnknownPlaceholderIsRefusedAtItsField();
    void fieldDesksWordsAreUsedAgain();
    void cleanupTestCase();

private:
    QJsonObject stored() const
    {
        return m_admin->get(MessageTemplatesPage::path(kName, kLanguage)).json();
    }
    QString ownWords() const
    {
        MessageTemplateModel *model = m_page->model();
        return model->index(model->rowOf(kName, kLanguage), MessageTemplateModel::OwnWordsColumn)
            .data()
            .toString();
    }

    DemoServer m_server;
    std::unique_ptr<TestHttpClient> m_admin;
    client::ApiClient m_api;
    std::unique_ptr<admin::AdminWorkspace> m_workspace;
    MessageTemplatesPage *m_page = nullptr;
};

void TestMessageTemplatesGui::initTestCase()
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
    m_page = m_workspace->messageTemplatesPage();
    new QAbstractItemModelTester(m_page->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, m_page);
    QSignalSpy loaded(m_page, &MessageTemplatesPage::loaded);
    m_workspace->start(QTimeZone("America/Denver"));
    QVERIFY(loaded.wait(kTimeout));
}

void TestMessageTemplatesGui::thePageListsEveryTemplate()
{
    // Opened as a user opens it: its line in the navigation, clicked.
    QListWidget *navigation = m_workspace->navigation();
    QListWidgetItem *entry = nullptr;
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->data(Qt::UserRole).toString() ==
            QLatin1String("message-templates"))
            entry = navigation->item(row);
    }
    QVERIFY(entry);
    QCOMPARE(entry->text(), QStringLiteral("Message templates"));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(entry).center());
    QTRY_VERIFY(m_page->isVisible());

    MessageTemplateModel *model = m_page->model();
    QCOMPARE(model->rowCount(), kTemplateCount);
    QCOMPARE(model->rowCount(),
             m_admin->get(QStringLiteral("/api/v1/message-templates")).results().size());
    const int row = model->rowOf(kName, kLanguage);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, MessageTemplateModel::TemplateColumn).data().toString(),
             QStringLiteral("Job scheduled"));
    QCOMPARE(model->index(row, MessageTemplateModel::LanguageColumn).data().toString(),
             QStringLiteral("English"));
    QCOMPARE(ownWords(), QStringLiteral("no"));

    QTableView *table = m_page->table();
    const QModelIndex cell = model->index(row, MessageTemplateModel::TemplateColumn);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QCOMPARE(m_page->selected().name, kName);
    QCOMPARE(m_page->selected().language, kLanguage);
    QCOMPARE(m_page->subjectEdit()->text(), m_page->selected().subject);
    QVERIFY(m_page->placeholders()->text().startsWith(QLatin1String("You can use: ")));
    QVERIFY(m_page->placeholders()->text().contains(QLatin1String("{company}")));
    QVERIFY(!m_page->saveButton()->isEnabled());
    QVERIFY(!m_page->restoreButton()->isEnabled());

    // Tab goes the way the page reads (tst_keyboardreach walks only the page shown first).
    table->setFocus(Qt::TabFocusReason);
    const QList<QWidget *> tabOrder{m_page->subjectEdit(), m_page->emailEdit(), m_page->smsEdit(),
                                    m_page->preview()};
    for (QWidget *next : tabOrder) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }

    // The text message's length is counted as it is typed.
    QPlainTextEdit *sms = m_page->smsEdit();
    const int length = int(sms->toPlainText().size());
    QVERIFY(m_page->smsCount()->text().startsWith(QString::number(length) + QLatin1Char(' ')));
    sms->setFocus();
    sms->moveCursor(QTextCursor::End);
    QTest::keyClicks(sms, QStringLiteral("!"));
    QVERIFY(m_page->smsCount()->text().startsWith(QString::number(length + 1) + QLatin1Char(' ')));
    QTest::keyClick(sms, Qt::Key_Backspace);
    QVERIFY(!m_page->saveButton()->isEnabled());
}

void TestMessageTemplatesGui::ownWordsAreSaved()
{
    QLineEdit *subject = m_page->subjectEdit();
    subject->setFocus();
    subject->selectAll();
    QTest::keyClicks(subject, kSubject);
    QVERIFY(m_page->saveButton()->isEnabled());
    QSignalSpy saved(m_page, &MessageTemplatesPage::saved);
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(kTimeout));

    const QJsonObject onServer = stored();
    QCOMPARE(onServer.value(QLatin1String("subject")).toString(), kSubject);
    QVERIFY(onServer.value(QLatin1String("customized")).toBool());
    QCOMPARE(ownWords(), QStringLiteral("yes"));
    QCOMPARE(m_page->notice()->text(), QStringLiteral("Saved."));
    // The preview is the server's: the saved subject with sample values.
    const QString previewSubject = onServer.value(QLatin1String("example"))
                                       .toObject()
                                       .value(QLatin1String("subject"))
                                       .toString();
    QVERIFY(!previewSubject.contains(QLatin1String("{company}")));
    QVERIFY(m_page->preview()->toPlainText().contains(previewSubject));
    QVERIFY(m_page->restoreButton()->isEnabled());
}

void TestMessageTemplatesGui::anUnknownPlaceholderIsRefusedAtItsField()
{
    QPlainTextEdit *email = m_page->emailEdit();
    email->setFocus();
    email->moveCursor(QTextCursor::End);
    QTest::keyClicks(email, QStringLiteral(" {price}"));
    const QString typed = email->toPlainText();
    QSignalSpy refused(m_page, &MessageTemplatesPage::refused);
    QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
    QVERIFY(refused.wait(kTimeout));

    QCOMPARE(m_page->marks().wrongFields(), QStringList{QStringLiteral("email_body")});
    QLabel *message = m_page->marks().message(QStringLiteral("email_body"));
    QVERIFY(message && message->isVisible() && !message->text().isEmpty());
    QCOMPARE(email->toPlainText(), typed);
    QCOMPARE(m_page->subjectEdit()->text(), kSubject);
    QVERIFY(email->hasFocus());
    guitest::screenshot(m_workspace.get(), QStringLiteral("templates"));
    // The server kept what it had.
    QVERIFY(
        !stored().value(QLatin1String("email_body")).toString().contains(QLatin1String("{price}")));
}

void TestMessageTemplatesGui::fieldDesksWordsAreUsedAgain()
{
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!question || question->objectName() != QLatin1String("restoreMessageTemplateQuestion"))
            return;
        asked = true;
        if (auto *yes = question->findChild<QAbstractButton *>(
                QStringLiteral("confirmRestoreMessageTemplate")))
            yes->click();
    });
    QSignalSpy restored(m_page, &MessageTemplatesPage::wordsRestored);
    QTest::mouseClick(m_page->restoreButton(), Qt::LeftButton);
    QVERIFY(restored.wait(kTimeout));
    QVERIFY(asked);

    const QJsonObject onServer = stored();
    QVERIFY(!onServer.value(QLatin1String("customized")).toBool());
    QVERIFY(onServer.value(QLatin1String("subject")).toString() != kSubject);
    QCOMPARE(ownWords(), QStringLiteral("no"));
    QCOMPARE(m_page->subjectEdit()->text(), onServer.value(QLatin1String("subject")).toString());
    QVERIFY(m_page->marks().wrongFields().isEmpty());
    QVERIFY(!m_page->restoreButton()->isEnabled());
}

void TestMessageTemplatesGui::cleanupTestCase()
{
    m_workspace.reset();
    QCOMPARE(m_server.stop(), 0);
}

FIELDDESK_GUI_TEST_MAIN(TestMessageTemplatesGui)
} // namespace tst_messagetemplates_gui
#include "tst_messagetemplates_gui.moc"
