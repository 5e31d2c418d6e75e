// The colour scheme the console paints with: light, dark or high contrast. One scheme holds for
// the whole process; the console chooses it at start-up, before its first window, from the
// user's appearance setting (or the system's palette) and sets the widgets' palette to match,
// so that the colours of palette.h and Qt's own controls agree.
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

#include <optional>

namespace fielddesk::theme {

enum class Scheme { Light, Dark, HighContrast };

void setActiveScheme(Scheme scheme);
Scheme activeScheme();

// The appearance a user chooses: the system's, or one scheme. Stored and given on the command
// line by its name: "system", "light", "dark", "high-contrast".
enum class Appearance { System, Light, Dark, HighContrast };
QString appearanceName(Appearance appearance);
std::optional<Appearance> appearanceFromName(const QString &name);
QStringList appearanceNames();

// The scheme an appearance stands for: System follows the lightness of the system's palette.
Scheme schemeFor(Appearance appearance, const QPalette &systemPalette);

// The palette Qt's controls (tables, fields, buttons) paint with in a scheme. The light one is
// the style's standard palette, passed in (the theme does not depend on widgets).
QPalette widgetPalette(Scheme scheme, const QPalette &lightPalette);

// The application style sheet a scheme adds: what Fusion derives from the window colour and so
// cannot draw on black (check box and radio button outlines). Empty for the light scheme.
QString schemeStyleSheet(Scheme scheme);

} // namespace fielddesk::theme
