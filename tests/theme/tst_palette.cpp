// The palette: style sheets and rich text get the same colour the painters do (opaque ones as
// #rrggbb, translucent ones with their alpha), and the colours that must be told apart on
// screen (job statuses, the connection's states) are.

#include "fielddesk/theme/palette.h"
#include "testmain.h"

#include <QTest>

namespace tst_palette {

using namespace fielddesk;
using theme::Colour;

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void styleSheetsGetThePaintersColour_data()
    {
        QTest::addColumn<Colour>("role");
        QTest::newRow("text") << Colour::Text;
        QTest::newRow("danger") << Colour::Danger;
        QTest::newRow("header") << Colour::HeaderBackground;
        QTest::newRow("window (translucent)") << Colour::TimelineWindow;
        QTest::newRow("ghost (translucent)") << Colour::TimelineGhost;
    }
    void styleSheetsGetThePaintersColour()
    {
        QFETCH(Colour, role);
        const QColor painted = theme::colour(role);
        QVERIFY(painted.isValid());
        const QString css = theme::css(role);
        if (painted.alpha() == 255) {
            QCOMPARE(css, painted.name(QColor::HexRgb));
        } else {
            QCOMPARE(css, QStringLiteral("rgba(%1, %2, %3, %4)")
                              .arg(painted.red())
                              .arg(painted.green())
                              .arg(painted.blue())
                              .arg(painted.alpha()));
        }
    }

    void statusesAndConnectionStatesAreToldApart()
    {
        for (const QList<Colour> &apart :
             {QList<Colour>{Colour::StatusNew, Colour::StatusScheduled, Colour::StatusDispatched,
                            Colour::StatusEnRoute, Colour::StatusOnSite, Colour::StatusCompleted,
                            Colour::StatusCancelled},
              QList<Colour>{Colour::Online, Colour::Reconnecting, Colour::Offline}}) {
            QSet<QRgb> seen;
            for (const Colour role : apart)
                seen.insert(theme::colour(role).rgba());
            QCOMPARE(seen.size(), apart.size());
        }
    }

    void chartSeriesAreToldApartAndWrapAround()
    {
        QSet<QRgb> seen;
        for (int i = 0; i < theme::kSeriesColourCount; ++i)
            seen.insert(theme::seriesColour(i).rgba());
        QCOMPARE(seen.size(), theme::kSeriesColourCount);
        QCOMPARE(theme::seriesColour(theme::kSeriesColourCount), theme::seriesColour(0));
        QCOMPARE(theme::seriesColour(-1), theme::seriesColour(theme::kSeriesColourCount - 1));
    }
};

FIELDDESK_TEST_GUILESS_MAIN(TestPalette)
} // namespace tst_palette
#include "tst_palette.moc"
