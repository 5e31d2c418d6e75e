// The value of every colour role in each scheme, one function per scheme (each a switch over
// every role, so that a new role without a value in some scheme does not compile).
#pragma once

#include "fielddesk/theme/palette.h"

#include <QRgb>

namespace fielddesk::theme::detail {

constexpr QRgb withAlpha(QRgb rgb, int alpha)
{
    return (QRgb(alpha) << 24) | (rgb & 0x00ffffff);
}

QRgb lightRgba(Colour role);
QRgb darkRgba(Colour role);
QRgb highContrastRgba(Colour role);

} // namespace fielddesk::theme::detail
