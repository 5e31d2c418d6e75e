// The three colour schemes: each gives every colour a value, words stay readable on what they
// are written on (WCAG 2 contrast ratios: 4.5:1 for words, 3:1 for the text on the board's
// bars, 7:1 for both in high contrast), statuses stay told apart, and the appearance a user
// chooses maps to the scheme it names (System by the lightness of the system's palette).

#include "fielddesk/theme/palette.h"
#include "fielddesk/theme/scheme.h"
#include "testmain.h"

#include <QTest>

#include <cmath>

namespace tst_schemes {

using namespace fielddesk;
using theme::Colour;
using theme::Scheme;

namespace {

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Restores the light scheme after each test, whatever it set.
struct SchemeScope
{
    explicit SchemeScope(Scheme scheme) { theme::setActiveScheme(scheme); }
    ~SchemeScope() { theme::setActiveScheme(Scheme::Light); }
    SchemeScope(const SchemeScope &) = delete;
    SchemeScope &operator=(const SchemeScope &) = delete;
};

void addSchemes()
{
    QTest::addColumn<Scheme>("scheme");
    QTest::newRow("light") << Scheme::Light;
    QTest::newRow("dark") << Scheme::Dark;
    QTest::newRow("high contrast") << Scheme::HighContrast;
}

} // namespace

class TestSchemes : public QObject
{
    Q_OBJECT

private slots:
    void wordsAreReadableOnWhatTheyAreWrittenOn_data() { addSchemes(); }
    void wordsAreReadableOnWhatTheyAreWrittenOn()
    {
        QFETCH(Scheme, scheme);
        const SchemeScope scope(scheme);
        const double minimum = scheme == Scheme::HighContrast ? 7.0 : 4.5;
        const QList<std::pair<Colour, Colour>> pairs = {
            {Colour::Text, Colour::Surface},
            {Colour::Text, Colour::PageBackground},
            {Colour::TextSubtle, Colour::Surface},
            {Colour::TextCaption, Colour::Surface},
            {Colour::DangerText, Colour::Surface},
            {Colour::CautionText, Colour::Surface},
            {Colour::ProposedText, Colour::Surface},
            {Colour::Link, Colour::Surface},
            {Colour::ErrorText, Colour::ErrorBackground},
            {Colour::WarningText, Colour::WarningBackground},
            {Colour::InfoText, Colour::InfoBackground},
            {Colour::NoticeText, Colour::NoticeBackground},
            {Colour::HeaderText, Colour::HeaderBackground},
            {Colour::HeaderSubtleText, Colour::HeaderBackground},
            {Colour::NavigationText, Colour::NavigationBackground},
            {Colour::BadgeText, Colour::BadgeBackground},
            {Colour::MapClusterText, Colour::MapCluster},
        };
        for (const auto &[text, ground] : pairs) {
            const double ratio = contrast(theme::colour(text), theme::colour(ground));
            QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("role %1 on role %2: %3:1")
                                                      .arg(int(text))
                                                      .arg(int(ground))
                                                      .arg(ratio, 0, 'f', 2)));
        }
    }

    void barTextReadsOnEveryStatus_data() { addSchemes(); }
    void barTextReadsOnEveryStatus()
    {
        QFETCH(Scheme, scheme);
        const SchemeScope scope(scheme);
        const double minimum = scheme == Scheme::HighContrast ? 7.0 : 3.0;
        // Cancelled jobs leave the timeline; they show as words in the grid only.
        for (const Colour status :
             {Colour::StatusNew, Colour::StatusScheduled, Colour::StatusDispatched,
              Colour::StatusEnRoute, Colour::StatusOnSite, Colour::StatusCompleted}) {
            const double ratio =
                contrast(theme::colour(Colour::TimelineBarText), theme::colour(status));
            QVERIFY2(
                ratio >= minimum,
                qPrintable(
                    QStringLiteral("status role %1: %2:1").arg(int(status)).arg(ratio, 0, 'f', 2)));
        }
    }

    void statusesAreToldApartInEveryScheme_data() { addSchemes(); }
    void statusesAreToldApartInEveryScheme()
    {
        QFETCH(Scheme, scheme);
        const SchemeScope scope(scheme);
        const QList<Colour> statuses = {Colour::StatusNew,        Colour::StatusScheduled,
                                        Colour::StatusDispatched, Colour::StatusEnRoute,
                                        Colour::StatusOnSite,     Colour::StatusCompleted,
                                        Colour::StatusCancelled};
        QSet<QRgb> seen;
        for (const Colour role : statuses)
            seen.insert(theme::colour(role).rgba());
        QCOMPARE(seen.size(), statuses.size());
    }

    void darkSchemesAreDarkAndTheLightOneLight()
    {
        const auto surfaceLightness = [](Scheme scheme) {
            const SchemeScope scope(scheme);
            return theme::colour(Colour::Surface).lightness();
        };
        QVERIFY(surfaceLightness(Scheme::Light) > 200);
        QVERIFY(surfaceLightness(Scheme::Dark) < 60);
        QCOMPARE(surfaceLightness(Scheme::HighContrast), 0);
    }

    void widgetPalettesAreReadable_data() { addSchemes(); }
    void widgetPalettesAreReadable()
    {
        QFETCH(Scheme, scheme);
        QPalette light;
        light.setColor(QPalette::Text, Qt::black);
        light.setColor(QPalette::Base, Qt::white);
        const QPalette palette = theme::widgetPalette(scheme, light);
        const double minimum = scheme == Scheme::HighContrast ? 7.0 : 4.5;
        QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= minimum);
        QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >=
                minimum);
        QVERIFY(contrast(palette.color(QPalette::HighlightedText),
                         palette.color(QPalette::Highlight)) >= 4.5);
        if (scheme == Scheme::Light)
            QCOMPARE(palette, light); // the system's own
    }

    void appearancesRoundTripByName()
    {
        for (const QString &name : theme::appearanceNames()) {
            const std::optional<theme::Appearance> appearance = theme::appearanceFromName(name);
            QVERIFY(appearance.has_value());
            QCOMPARE(theme::appearanceName(*appearance), name);
        }
        QCOMPARE(theme::appearanceNames().size(), 4);
        QVERIFY(!theme::appearanceFromName(QStringLiteral("sepia")).has_value());
    }

    void systemAppearanceFollowsTheSystemsLightness()
    {
        QPalette darkSystem;
        darkSystem.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        QPalette lightSystem;
        lightSystem.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        QCOMPARE(theme::schemeFor(theme::Appearance::System, darkSystem), Scheme::Dark);
        QCOMPARE(theme::schemeFor(theme::Appearance::System, lightSystem), Scheme::Light);
        QCOMPARE(theme::schemeFor(theme::Appearance::Light, darkSystem), Scheme::Light);
        QCOMPARE(theme::schemeFor(theme::Appearance::HighContrast, lightSystem),
                 Scheme::HighContrast);
        QVERIFY(theme::schemeStyleSheet(Scheme::Light).isEmpty());
        QVERIFY(theme::schemeStyleSheet(Scheme::HighContrast).contains(QLatin1String("indicator")));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestSchemes)
} // namespace tst_schemes
#include "tst_schemes.moc"
