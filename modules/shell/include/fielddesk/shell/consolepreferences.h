// The console's own settings on this computer: the language it speaks and its appearance
// (system, light, dark, high contrast). Kept in QSettings; read once at start-up, before the
// first window (neither can change the windows already built), and written by the
// preferences dialog.
#pragma once

#include "fielddesk/theme/scheme.h"

#include <QList>
#include <QString>

namespace fielddesk::shell {

// A language the console ships a translation for.
struct ConsoleLanguage
{
    QString code;       // "en", "de", "es": the suffix of fielddesk_<code>.qm
    QString nativeName; // as its speakers write it: "Deutsch", "Español"
};

// The shipped languages, English first.
QList<ConsoleLanguage> consoleLanguages();

struct ConsolePreferences
{
    QString language; // empty: follow the system's locale
    theme::Appearance appearance = theme::Appearance::System;

    static ConsolePreferences load();
    void save() const;
};

} // namespace fielddesk::shell
