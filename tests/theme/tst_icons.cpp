// The icon set: every icon draws in both variants, the dark variant is the lighter drawing,
// the variant follows the palette, and the names the console uses exist. With
// FIELDDESK_SCREENSHOT_DIR set, writes a sheet of every icon in both variants to look at.
#include "fielddesk/theme/icons.h"
#include "testmain.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QTest>

namespace tst_icons {

using namespace fielddesk::theme;

namespace {

constexpr int kSize = 48;

struct Ink
{
    int pixels = 0;       // not transparent
    double lightness = 0; // their mean lightness, 0 to 255
};

Ink inkOf(const QImage &image)
{
    Ink ink;
    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() < 128)
                continue;
            ++ink.pixels;
            sum += colour.lightness();
        }
    }
    ink.lightness = ink.pixels ? sum / ink.pixels : 0;
    return ink;
}

QImage drawn(const QIcon &icon)
{
    return icon.pixmap(kSize, kSize).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private slots:
    void theSetHasWhatTheConsoleUses()
    {
        const QStringList names = iconNames();
        for (const char *used :
             {"approvals", "dispatch-board", "customers",  "fleet",       "reports",
              "admin",     "tenants",        "my-work",    "go-previous", "go-next",
              "today",     "new-job",        "undo",       "redo",        "assign",
              "unassign",  "best-slot",      "auto-route", "zoom-in",     "zoom-out",
              "shortcuts", "notifications",  "sign-out"})
            QVERIFY2(names.contains(QLatin1String(used)), used);
        QVERIFY(icon(QStringLiteral("no-such-icon")).isNull());
    }

    void everyIconDrawsInBothVariants()
    {
        const QStringList names = iconNames();
        QVERIFY(names.size() >= 20);
        QImage sheet(kSize * 2 + 8, (kSize + 4) * int(names.size()), QImage::Format_ARGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        painter.fillRect(kSize + 8, 0, kSize, sheet.height(), QColor(0x1e, 0x29, 0x3b));
        int row = 0;
        for (const QString &name : names) {
            const QImage light = drawn(icon(name, IconVariant::Light));
            const QImage dark = drawn(icon(name, IconVariant::Dark));
            const Ink lightInk = inkOf(light);
            const Ink darkInk = inkOf(dark);
            // A line drawing: some ink, far from a filled square.
            QVERIFY2(lightInk.pixels > kSize && lightInk.pixels < kSize * kSize / 2,
                     qPrintable(name));
            QCOMPARE(darkInk.pixels, lightInk.pixels); // the same drawing...
            QVERIFY2(darkInk.lightness > lightInk.lightness + 40, qPrintable(name)); // ...lighter
            painter.drawImage(0, row * (kSize + 4), light);
            painter.drawImage(kSize + 8, row * (kSize + 4), dark);
            ++row;
        }
        painter.end();
        const QString dir = qEnvironmentVariable("FIELDDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            sheet.save(QDir(dir).filePath(QStringLiteral("icon-sheet.png")));
        }
    }

    void theVariantFollowsThePalette()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf8, 0xfa, 0xfc));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x1e, 0x29, 0x3b));
        QCOMPARE(iconVariantFor(light), IconVariant::Light);
        QCOMPARE(iconVariantFor(dark), IconVariant::Dark);

        // The application's palette decides what icon() draws.
        const QPalette before = QGuiApplication::palette();
        QGuiApplication::setPalette(dark);
        const Ink onDark = inkOf(drawn(icon(QStringLiteral("undo"))));
        QGuiApplication::setPalette(light);
        const Ink onLight = inkOf(drawn(icon(QStringLiteral("undo"))));
        QGuiApplication::setPalette(before);
        QVERIFY(onDark.lightness > onLight.lightness + 40);
    }

    void theApplicationIconDraws()
    {
        const QImage image = drawn(applicationIcon());
        QVERIFY(!image.isNull());
        // A filled badge: most of it is ink, mostly the accent blue.
        const Ink ink = inkOf(image);
        QVERIFY(ink.pixels > kSize * kSize * 3 / 4);
        const QColor middleOfThePin = image.pixelColor(kSize / 2, kSize / 3);
        QVERIFY(middleOfThePin.isValid());
    }
};

FIELDDESK_TEST_MAIN(TestIcons)
} // namespace tst_icons
#include "tst_icons.moc"
