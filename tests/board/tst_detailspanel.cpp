// The board's details pane as it lays out a technician: a long email breaks where an email
// may (after its @, or in its domain), not in the middle of a name; and copying it gives the
// address as it is, without the invisible break marks that allow that.
#include "boardtestdata.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/dispatchboard/detailspanel.h"
#include "testmain.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

namespace tst_detailspanel {

using namespace fielddesk;

namespace {

const QString kLongEmail =
    QStringLiteral("maximiliana.hernandez-oyelaran@greenacres-landscaping.example.com");

// Text as a reader sees it: a zero-width space is nothing, a non-breaking hyphen a hyphen.
QString asRead(QString text)
{
    return text.remove(QChar(0x200B)).replace(QChar(0x2011), QLatin1Char('-'));
}

// The lines the pane's document was laid out in, as they read.
QStringList laidOutLines(QTextDocument *document)
{
    QStringList lines;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines << asRead(block.text().mid(line.textStart(), line.textLength()));
        }
    }
    return lines;
}

} // namespace

class TestDetailsPanel : public QObject
{
    Q_OBJECT
private slots:
    void aLongEmailBreaksWhereAnEmailMay()
    {
        board::DispatchStore store;
        const QTimeZone zone("America/Denver");
        store.setDay(QDate(2026, 12, 7), zone);
        QList<Technician> technicians = boardtest::technicians(1);
        technicians[0].email = kLongEmail;
        store.setTechnicians(technicians);
        client::ApiClient api;
        dispatchboard::DetailsPanel panel(&store, &api);
        panel.resize(300, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showTechnician(technicians[0].id);
        QTRY_VERIFY(asRead(panel.toPlainText()).contains(kLongEmail));

        // The address does not fit on a line of this pane: it is broken, at its @.
        const QStringList lines = laidOutLines(panel.document());
        const QString local = kLongEmail.section(QLatin1Char('@'), 0, 0);
        bool localWhole = false;
        for (const QString &line : lines) {
            localWhole = localWhole || line.contains(local + QLatin1Char('@'));
            QVERIFY2(!line.contains(QStringLiteral("maximiliana.hern")) || line.contains(local),
                     qPrintable(QStringLiteral("the name is cut: '%1'").arg(line)));
        }
        QVERIFY2(localWhole, qPrintable(lines.join(QLatin1Char('|'))));

        // Copied, it is the address itself.
        panel.selectAll();
        panel.copy();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(kLongEmail), qPrintable(copied));
    }
};

FIELDDESK_TEST_MAIN(TestDetailsPanel)
} // namespace tst_detailspanel
#include "tst_detailspanel.moc"
