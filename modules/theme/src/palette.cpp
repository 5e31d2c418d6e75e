#include "fielddesk/theme/palette.h"

#include "fielddesk/theme/scheme.h"
#include "schemetables.h"

namespace fielddesk::theme {

namespace {

QRgb rgbaOf(Colour role)
{
    switch (activeScheme()) {
    case Scheme::Dark:
        return detail::darkRgba(role);
    case Scheme::HighContrast:
        return detail::highContrastRgba(role);
    case Scheme::Light:
        break;
    }
    return detail::lightRgba(role);
}

} // namespace

QColor colour(Colour role)
{
    return QColor::fromRgba(rgbaOf(role));
}

QColor seriesColour(int index)
{
    static constexpr QRgb kSeries[kSeriesColourCount] = {0xff0072b2, 0xffe69f00, 0xff009e73,
                                                         0xffcc79a7, 0xff56b4e9, 0xffd55e00,
                                                         0xfff0e442, 0xff7f7f7f};
    const int wrapped = ((index % kSeriesColourCount) + kSeriesColourCount) % kSeriesColourCount;
    return QColor::fromRgba(kSeries[wrapped]);
}

QString css(Colour role)
{
    const QColor c = colour(role);
    if (c.alpha() == 255)
        return c.name(QColor::HexRgb);
    return QStringLiteral("rgba(%1, %2, %3, %4)")
        .arg(c.red())
        .arg(c.green())
        .arg(c.blue())
        .arg(c.alpha());
}

} // namespace fielddesk::theme
