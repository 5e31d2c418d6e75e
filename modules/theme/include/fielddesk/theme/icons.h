// FieldDesk's icon set (resources/icons, drawn by tools/icons/generate.py): line icons in one
// style, each in a variant for light palettes and one for dark palettes. icon() picks the
// variant that reads on the application's current palette. Depends on QtGui only.
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace fielddesk::theme {

enum class IconVariant { Light, Dark };

// Dark-stroked icons for a light window, light-stroked ones for a dark window.
IconVariant iconVariantFor(const QPalette &palette);

// The icon `name` (a file of resources/icons/<variant>/, without ".svg") for the
// application's palette; a null icon for a name the set does not have.
QIcon icon(const QString &name);
QIcon icon(const QString &name, IconVariant variant);

// The application's icon (resources/fielddesk.svg): the window's and the desktop entry's.
QIcon applicationIcon();

// Every name of the set, for tests and the icon sheet.
QStringList iconNames();

} // namespace fielddesk::theme
