// What the console sets up before its first window, in one place for main.cpp and the user
// guide's screenshot tool: the language and formats it speaks (its translation, Qt's own, and
// QLocale's default) and its colour scheme (theme and widget palette).
#pragma once

#include "fielddesk/theme/scheme.h"

#include <QLocale>
#include <QString>

class QApplication;

namespace fielddesk::console {

// The chosen language ("es") in the system's territory (Spanish in the United States writes
// dates as Americans do), else the system's locale; the "C" locale reads English.
QLocale consoleLocale(const QString &language);

// Installs Qt's and the console's translations for `locale` (fielddesk_<lang>.qm from
// `directory`, ":/i18n" in the console) and makes `locale` QLocale's default, so every date,
// time, number and amount formatted with QLocale() follows it.
void installTranslations(QApplication &app, const QLocale &locale, const QString &directory);

// The scheme of `appearance` for the theme's colours, and the matching palette on the Fusion
// style for Qt's controls. The system's light appearance keeps the system's style and palette.
void applyAppearance(theme::Appearance appearance);

} // namespace fielddesk::console
