// The new-request form without a server: what each kind's form sends as `details` once it is
// filled with the keyboard, where the server's field errors show (under the field they name,
// the field highlighted; errors naming no field of the form come back to the caller), the
// clothing lines (1 to 20, errors follow their line), and the attachments a request will carry
// (what is refused and why, drops onto the dialog go the picker's way).

#include "fielddesk/attachments/pendingattachmentlist.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/displayformat.h"
#include "fielddesk/forms/fielderrormarks.h"
#include "fielddesk/mywork/clothinglineseditor.h"
#include "fielddesk/mywork/newrequestdialog.h"
#include "fielddesk/mywork/requestform.h"
#include "fielddesk/requests/requestsclient.h"

#include "formassertions.h"
#include "guitestenvironment.h"
#include "testmain.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace tst_requestform {

using namespace fielddesk;
using namespace fielddesk::mywork;
using FieldError = client::ApiError::FieldError;

namespace {

requests::Catalogs catalogs()
{
    requests::Catalogs c;
    c.tools = {Tool{.id = 7, .name = QStringLiteral("Drill kit"), .code = QStringLiteral("D1")},
               Tool{.id = 9, .name = QStringLiteral("Ladder"), .code = QStringLiteral("L2")}};
    c.clothingItems = {
        ClothingItem{.id = 3,
                     .name = QStringLiteral("Jacket"),
                     .sizes = {QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L")}},
        ClothingItem{.id = 4,
                     .name = QStringLiteral("Boots"),
                     .sizes = {QStringLiteral("42"), QStringLiteral("43")}}};
    return c;
}

template<class Input>
Input *inputOf(const RequestForm &form, const char *field)
{
    auto *input = qobject_cast<Input *>(form.input(QLatin1String(field)));
    if (!input)
        qWarning("no input of that type for %s", field);
    return input;
}

// Types into a field as a user would: focus, then the keys.
void type(QWidget *input, const QString &text)
{
    input->setFocus();
    QTest::keyClicks(input, text);
}

// Replaces a spin box's number from the keyboard.
void typeNumber(QSpinBox *box, int value)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QString::number(value));
}

bool isMarked(const QWidget *input)
{
    return input && input->property(forms::FieldErrorMarks::kInvalidProperty).toBool();
}

} // namespace

class TestRequestForm : public QObject
{
    Q_OBJECT

private slots:
    void toolFormSendsTheToolQuantityDateAndReason()
    {
        RequestForm form(QStringLiteral("tool"), catalogs());
        auto *tool = inputOf<QComboBox>(form, "tool_id");
        QCOMPARE(tool->count(), 2);
        tool->setFocus();
        QTest::keyClick(tool, Qt::Key_Down);
        typeNumber(inputOf<QSpinBox>(form, "quantity"), 3);
        inputOf<QDateEdit>(form, "needed_by")->setDate(QDate(2026, 12, 10));
        type(inputOf<QPlainTextEdit>(form, "reason"), QStringLiteral("The old one broke"));
        QCOMPARE(form.details(),
                 (QJsonObject{{QStringLiteral("tool_id"), 9},
                              {QStringLiteral("quantity"), 3},
                              {QStringLiteral("needed_by"), QStringLiteral("2026-12-10")},
                              {QStringLiteral("reason"), QStringLiteral("The old one broke")}}));
    }

    void clothingFormSendsOneObjectALine()
    {
        RequestForm form(QStringLiteral("clothing"), catalogs());
        ClothingLinesEditor *lines = form.clothingLines();
        QVERIFY(lines);
        QCOMPARE(lines->lineCount(), 1);
        // Line 1: a jacket in M, two of them. The sizes are the jacket's.
        QCOMPARE(lines->sizeBox(0)->count(), 3);
        lines->sizeBox(0)->setFocus();
        QTest::keyClick(lines->sizeBox(0), Qt::Key_Down);
        typeNumber(lines->quantityBox(0), 2);
        // Line 2: boots in 43; the size list follows the item.
        QTest::mouseClick(lines->addButton(), Qt::LeftButton);
        QCOMPARE(lines->lineCount(), 2);
        lines->itemBox(1)->setFocus();
        QTest::keyClick(lines->itemBox(1), Qt::Key_Down);
        QCOMPARE(lines->sizeBox(1)->count(), 2);
        lines->sizeBox(1)->setFocus();
        QTest::keyClick(lines->sizeBox(1), Qt::Key_Down);
        const QJsonArray expected{QJsonObject{{QStringLiteral("clothing_item_id"), 3},
                                              {QStringLiteral("size"), QStringLiteral("M")},
                                              {QStringLiteral("quantity"), 2}},
                                  QJsonObject{{QStringLiteral("clothing_item_id"), 4},
                                              {QStringLiteral("size"), QStringLiteral("43")},
                                              {QStringLiteral("quantity"), 1}}};
        QCOMPARE(form.details(), (QJsonObject{{QStringLiteral("items"), expected}}));
    }

    void timeOffFormSendsUtcTimesAndLeavesAnEmptyNoteOut()
    {
        RequestForm form(QStringLiteral("time_off"), catalogs());
        auto *type = inputOf<QComboBox>(form, "type");
        type->setFocus();
        QTest::keyClick(type, Qt::Key_Down); // vacation → sick leave
        const QDateTime starts(QDate(2026, 12, 10), QTime(8, 0));
        const QDateTime ends(QDate(2026, 12, 11), QTime(17, 30));
        inputOf<QDateTimeEdit>(form, "starts_at")->setDateTime(starts);
        inputOf<QDateTimeEdit>(form, "ends_at")->setDateTime(ends);
        QCOMPARE(form.details(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("sick")},
                              {QStringLiteral("starts_at"), starts.toUTC().toString(Qt::ISODate)},
                              {QStringLiteral("ends_at"), ends.toUTC().toString(Qt::ISODate)}}));
        QVERIFY(form.details().value(QLatin1String("starts_at")).toString().endsWith(u'Z'));
        tst_requestform::type(inputOf<QPlainTextEdit>(form, "note"), QStringLiteral("Dentist"));
        QCOMPARE(form.details().value(QLatin1String("note")).toString(), QStringLiteral("Dentist"));
    }

    void timeOffIsTypedOnTheCompanysClock()
    {
        // A Denver company's technician whose machine says UTC: 08:00 means Denver's 08:00.
        client::display::setTimeZone(QTimeZone(QByteArrayLiteral("America/Denver")));
        RequestForm form(QStringLiteral("time_off"), catalogs());
        inputOf<QDateTimeEdit>(form, "starts_at")
            ->setDateTime(QDateTime(QDate(2026, 12, 10), QTime(8, 0)));
        const QString startsAt = form.details().value(QLatin1String("starts_at")).toString();
        client::display::setTimeZone({}); // the machine's again, for the other tests
        QCOMPARE(startsAt, QStringLiteral("2026-12-10T15:00:00Z"));
    }

    void repairFormSendsSubjectSeverityAndDescription()
    {
        RequestForm form(QStringLiteral("repair"), catalogs());
        type(inputOf<QLineEdit>(form, "subject"), QStringLiteral("  Van door  "));
        auto *severity = inputOf<QComboBox>(form, "severity");
        QCOMPARE(severity->currentData().toString(), QStringLiteral("medium"));
        severity->setFocus();
        QTest::keyClick(severity, Qt::Key_Down);
        type(inputOf<QPlainTextEdit>(form, "description"), QStringLiteral("Does not lock"));
        QCOMPARE(form.details(),
                 (QJsonObject{{QStringLiteral("subject"), QStringLiteral("Van door")},
                              {QStringLiteral("severity"), QStringLiteral("high")},
                              {QStringLiteral("description"), QStringLiteral("Does not lock")}}));
    }

    void suggestionFormSendsTitleAndText()
    {
        RequestForm form(QStringLiteral("suggestion"), catalogs());
        type(inputOf<QLineEdit>(form, "title"), QStringLiteral("Shorter routes"));
        type(inputOf<QPlainTextEdit>(form, "text"), QStringLiteral("Plan by district"));
        QCOMPARE(form.details(),
                 (QJsonObject{{QStringLiteral("title"), QStringLiteral("Shorter routes")},
                              {QStringLiteral("text"), QStringLiteral("Plan by district")}}));
    }

    void referralFormLeavesOutWhatWasNotGiven()
    {
        RequestForm form(QStringLiteral("referral"), catalogs());
        type(inputOf<QLineEdit>(form, "partner_name"), QStringLiteral("Ace Roofing"));
        type(inputOf<QLineEdit>(form, "contact_name"), QStringLiteral("Bo Berg"));
        type(inputOf<QLineEdit>(form, "contact_email"), QStringLiteral("bo@ace.example"));
        type(inputOf<QPlainTextEdit>(form, "notes"), QStringLiteral("Roof leak"));
        // No phone: no contact_phone at all (the server takes it as optional).
        QCOMPARE(form.details(),
                 (QJsonObject{{QStringLiteral("partner_name"), QStringLiteral("Ace Roofing")},
                              {QStringLiteral("contact_name"), QStringLiteral("Bo Berg")},
                              {QStringLiteral("contact_email"), QStringLiteral("bo@ace.example")},
                              {QStringLiteral("notes"), QStringLiteral("Roof leak")}}));
    }

    void fieldErrorsShowUnderTheirFields()
    {
        RequestForm form(QStringLiteral("tool"), catalogs());
        form.resize(500, 400);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        type(inputOf<QPlainTextEdit>(form, "reason"), QStringLiteral("typed"));
        const QList<FieldError> elsewhere = form.showFieldErrors(
            {{QStringLiteral("details.quantity"), QStringLiteral("must be at most 1000")},
             {QStringLiteral("details.needed_by"), QStringLiteral("is required")},
             {QStringLiteral("location_id"), QStringLiteral("is not one of your locations")},
             {QStringLiteral("details.vehicle_id"), QStringLiteral("is not a known field")}});
        // What names no field of this form comes back, as the server named it.
        QCOMPARE(elsewhere.size(), 2);
        QCOMPARE(elsewhere.at(0).field, QStringLiteral("location_id"));
        QCOMPARE(elsewhere.at(1).field, QStringLiteral("details.vehicle_id"));
        QCOMPARE(form.wrongFields(),
                 (QStringList{QStringLiteral("needed_by"), QStringLiteral("quantity")}));

        QLabel *quantity = form.errorLabel(QStringLiteral("quantity"));
        QCOMPARE(quantity->text(), QStringLiteral("Must be at most 1000"));
        QVERIFY(formtest::sitsUnder(quantity, form.input(QStringLiteral("quantity"))));
        QVERIFY(isMarked(form.input(QStringLiteral("quantity"))));
        QVERIFY(formtest::sitsUnder(form.errorLabel(QStringLiteral("needed_by")),
                                    form.input(QStringLiteral("needed_by"))));
        QVERIFY(!isMarked(form.input(QStringLiteral("reason"))));
        QVERIFY(form.errorLabel(QStringLiteral("reason"))->isHidden());
        // The first wrong field in the form's order has the focus; what was typed stays.
        QTRY_COMPARE(QApplication::focusWidget(), form.input(QStringLiteral("quantity")));
        QCOMPARE(inputOf<QPlainTextEdit>(form, "reason")->toPlainText(), QStringLiteral("typed"));

        form.clearFieldErrors();
        QVERIFY(form.wrongFields().isEmpty());
        QVERIFY(quantity->isHidden());
        QVERIFY(!isMarked(form.input(QStringLiteral("quantity"))));
    }

    void clothingErrorsFollowTheirLine()
    {
        RequestForm form(QStringLiteral("clothing"), catalogs());
        ClothingLinesEditor *lines = form.clothingLines();
        lines->addLine();
        lines->addLine();
        form.resize(600, 500);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const QList<FieldError> elsewhere = form.showFieldErrors(
            {{QStringLiteral("details.items[1].size"),
              QStringLiteral("is not a size of Jacket (sizes: S, M, L)")},
             {QStringLiteral("details.items"), QStringLiteral("must have at most 20 items")}});
        QVERIFY(elsewhere.isEmpty());
        QLabel *size = form.errorLabel(QStringLiteral("items[1].size"));
        QVERIFY(size);
        QVERIFY(formtest::sitsUnder(size, lines->sizeBox(1)));
        QVERIFY(isMarked(lines->sizeBox(1)));
        QVERIFY(!isMarked(lines->sizeBox(0)));
        QVERIFY(!form.errorLabel(QStringLiteral("items"))->isHidden());
        guitest::screenshot(&form, QStringLiteral("mywork-clothing-errors"));

        // Without the first line the others move up: an error of the old positions is gone.
        lines->removeLine(0);
        QCOMPARE(lines->lineCount(), 2);
        QVERIFY(!form.input(QStringLiteral("items[2].size")));
        QVERIFY(form.wrongFields().isEmpty());
        QVERIFY(!isMarked(lines->sizeBox(0)));
        QCOMPARE(lines->sizeBox(1)->objectName(), QStringLiteral("field_items[1].size"));
    }

    void clothingKeepsOneToTwentyLines()
    {
        RequestForm form(QStringLiteral("clothing"), catalogs());
        ClothingLinesEditor *lines = form.clothingLines();
        lines->removeLine(0);
        QCOMPARE(lines->lineCount(), 1);
        while (lines->addButton()->isEnabled())
            QTest::mouseClick(lines->addButton(), Qt::LeftButton);
        QCOMPARE(lines->lineCount(), ClothingLinesEditor::kMaxLines);
        lines->addLine();
        QCOMPARE(lines->lineCount(), ClothingLinesEditor::kMaxLines);
        QCOMPARE(form.details().value(QLatin1String("items")).toArray().size(),
                 ClothingLinesEditor::kMaxLines);
    }

    void attachmentsTakeWhatTheServerTakes()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("door.png"));
        QImage(4, 4, QImage::Format_RGB32).save(png);
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile(text).open(QIODevice::WriteOnly);
        const QString huge = dir.filePath(QStringLiteral("scan.pdf"));
        QFile big(huge);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(attachments::PendingAttachmentList::kMaxBytes + 1));
        big.close();

        attachments::PendingAttachmentList list;
        QCOMPARE(list.addFiles({png, text, huge, dir.filePath(QStringLiteral("gone.jpg"))}), 1);
        QCOMPARE(list.count(), 1);
        QCOMPARE(list.attachments().first().contentType, QStringLiteral("image/png"));
        QCOMPARE(list.attachments().first().fileName, QStringLiteral("door.png"));
        const QString refused = list.messageLabel()->text();
        QVERIFY2(refused.contains(QLatin1String("notes.txt")) &&
                     refused.contains(QLatin1String("scan.pdf")) &&
                     refused.contains(QLatin1String("gone.jpg")),
                 qPrintable(refused));
        QVERIFY(!refused.contains(QLatin1String("door.png")));
        QVERIFY(!list.messageLabel()->isHidden());

        list.remove(0);
        QCOMPARE(list.count(), 0);
        QVERIFY(list.messageLabel()->isHidden());
    }

    void dropsOntoTheDialogAddAttachments()
    {
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("leak.jpg"));
        QImage(4, 4, QImage::Format_RGB32).save(photo, "JPEG");
        client::ApiClient api;
        requests::RequestsClient requests(&api);
        NewRequestDialog dialog(&requests, QStringLiteral("repair"), catalogs());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(photo),
                      QUrl::fromLocalFile(dir.filePath(QStringLiteral("x.txt")))});
        const QPoint at = dialog.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dialog, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&dialog, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(dialog.attachments()->count(), 1);
        QCOMPARE(dialog.attachments()->attachments().first().contentType,
                 QStringLiteral("image/jpeg"));
        QVERIFY(dialog.attachments()->messageLabel()->text().contains(QLatin1String("x.txt")));

        // Text is no file: nothing to drop.
        QMimeData words;
        words.setText(QStringLiteral("hello"));
        QDragEnterEvent notFiles(at, Qt::CopyAction, &words, Qt::LeftButton, Qt::NoModifier);
        notFiles.setAccepted(false);
        QCoreApplication::sendEvent(&dialog, &notFiles);
        QVERIFY(!notFiles.isAccepted());
    }
};

FIELDDESK_TEST_MAIN(TestRequestForm)
} // namespace tst_requestform
#include "tst_requestform.moc"
