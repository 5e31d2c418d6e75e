#include "fielddesk/shell/consolepreferences.h"

#include <QSettings>

namespace fielddesk::shell {

namespace {

const QString kLanguageKey = QStringLiteral("Console/language");
const QString kAppearanceKey = QStringLiteral("Console/appearance");

} // namespace

QList<ConsoleLanguage> consoleLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

ConsolePreferences ConsolePreferences::load()
{
    const QSettings settings;
    ConsolePreferences preferences;
    const QString language = settings.value(kLanguageKey).toString();
    for (const ConsoleLanguage &shipped : consoleLanguages()) {
        if (shipped.code == language)
            preferences.language = language;
    }
    preferences.appearance =
        theme::appearanceFromName(settings.value(kAppearanceKey).toString())
            .value_or(theme::Appearance::System);
    return preferences;
}

void ConsolePreferences::save() const
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
    settings.setValue(kAppearanceKey, theme::appearanceName(appearance));
}

} // namespace fielddesk::shell
