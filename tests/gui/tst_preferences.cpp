// The console's preferences and help as a user meets them: File > Preferences (Ctrl+,) opens
// the dialog, which saves language and appearance on OK only and says they apply from the next
// start; the shipped Spanish translation turns the window Spanish; F1 opens the user guide with
// every screenshot it shows compiled in.
#include "consolesession.h"
#include "fielddesk/shell/consolepreferences.h"
#include "fielddesk/shell/preferencesdialog.h"
#include "fielddesk/shell/userguidewindow.h"
#include "guitestenvironment.h"
#include "testmain.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

namespace tst_preferences {

using namespace fielddesk;

namespace {

constexpr int kTimeout = 5000;

void choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setCurrentIndex(index);
}

void clickButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *button = buttons->button(which);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

public:
    explicit TestPreferences(const QString &) {}

private slots:
    void init() { QSettings().clear(); }

    void okSavesTheChoiceAndCancelDoesNot()
    {
        QCOMPARE(shell::ConsolePreferences::load().language, QString());
        QCOMPARE(shell::ConsolePreferences::load().appearance, theme::Appearance::System);
        {
            shell::PreferencesDialog dialog(shell::ConsolePreferences::load());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
            QVERIFY(note);
            QVERIFY(!note->isVisible()); // nothing changed yet
            choose(dialog.findChild<QComboBox *>(QStringLiteral("languageBox")),
                   QStringLiteral("Español"));
            choose(dialog.findChild<QComboBox *>(QStringLiteral("appearanceBox")),
                   shell::PreferencesDialog::tr("Dark"));
            QVERIFY(note->isVisible());
            clickButton(&dialog, QDialogButtonBox::Cancel);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        QCOMPARE(shell::ConsolePreferences::load().language, QString());

        shell::PreferencesDialog dialog(shell::ConsolePreferences::load());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        choose(dialog.findChild<QComboBox *>(QStringLiteral("languageBox")),
               QStringLiteral("Español"));
        choose(dialog.findChild<QComboBox *>(QStringLiteral("appearanceBox")),
               shell::PreferencesDialog::tr("High contrast"));
        clickButton(&dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // What main.cpp reads at the next start.
        const shell::ConsolePreferences saved = shell::ConsolePreferences::load();
        QCOMPARE(saved.language, QStringLiteral("es"));
        QCOMPARE(saved.appearance, theme::Appearance::HighContrast);
        QCOMPARE(QSettings().value(QStringLiteral("Console/appearance")).toString(),
                 QStringLiteral("high-contrast"));

        // A stored language the console does not ship (an older or newer version's) is ignored.
        QSettings().setValue(QStringLiteral("Console/language"), QStringLiteral("xx"));
        QCOMPARE(shell::ConsolePreferences::load().language, QString());
    }

    void theShortcutOpensPreferencesFromTheWindow()
    {
        guitest::ConsoleSession console;
        console.window()->show();
        QVERIFY(QTest::qWaitForWindowActive(console.window()));
        bool seen = false;
        QTimer::singleShot(0, this, [&seen] {
            auto *dialog =
                qobject_cast<shell::PreferencesDialog *>(QApplication::activeModalWidget());
            seen = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        QTest::keyClick(console.window(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(seen, kTimeout);
    }

    void theShippedSpanishTurnsTheWindowSpanish()
    {
        QTranslator spanish;
        QVERIFY2(spanish.load(QStringLiteral(FIELDDESK_TRANSLATIONS_DIR "/fielddesk_es.qm")),
                 "fielddesk_es.qm is built with the console (cmake --build build)");
        QApplication::installTranslator(&spanish);
        guitest::ConsoleSession console;
        const QList<QAction *> menus = console.window()->menuBar()->actions();
        QApplication::removeTranslator(&spanish);
        QStringList titles;
        for (const QAction *menu : menus)
            titles << menu->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&Archivo"), QStringLiteral("A&yuda")}));
    }

    void f1OpensTheUserGuideWithItsScreenshots()
    {
        guitest::ConsoleSession console;
        console.window()->show();
        QVERIFY(QTest::qWaitForWindowActive(console.window()));
        QTest::keyClick(console.window(), Qt::Key_F1);
        shell::UserGuideWindow *guide = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (guide = console.window()->findChild<shell::UserGuideWindow *>()) != nullptr &&
                guide->isVisible(),
            kTimeout);
        QTextBrowser *browser = guide->browser();
        const QString text = browser->toPlainText();
        QVERIFY(text.startsWith(QLatin1String("FieldDesk User Guide")));
        for (const QString &section : {QStringLiteral("Dispatchers"), QStringLiteral("Managers"),
                                       QStringLiteral("Admins"), QStringLiteral("Technicians")})
            QVERIFY2(text.contains(section), qPrintable(section));

        // Every image the guide shows loads from what is compiled in.
        QFile source(QStringLiteral(":/fielddesk/guide/user-guide.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(source.readAll());
        static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
        int images = 0;
        for (auto match = image.globalMatch(markdown); match.hasNext(); ++images) {
            const QUrl url = browser->source().resolved(QUrl(match.next().captured(1)));
            const QVariant loaded = browser->loadResource(QTextDocument::ImageResource, url);
            QVERIFY2(!QImage::fromData(loaded.toByteArray()).isNull(), qPrintable(url.toString()));
        }
        QVERIFY2(images >= 8, qPrintable(QString::number(images)));
        guitest::screenshot(guide, QStringLiteral("user-guide"));
    }
};

FIELDDESK_GUI_TEST_MAIN(TestPreferences)
} // namespace tst_preferences
#include "tst_preferences.moc"
