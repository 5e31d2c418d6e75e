#include "consolestartup.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QStyle>
#include <QTranslator>

namespace fielddesk::console {

QLocale consoleLocale(const QString &language)
{
    const QLocale system;
    if (language.isEmpty())
        return system.language() == QLocale::C ? QLocale(QLocale::English) : system;
    const QLocale chosen(language);
    const QLocale inTerritory(chosen.language(), system.territory());
    return inTerritory.language() == chosen.language() ? inTerritory : chosen;
}

void installTranslations(QApplication &app, const QLocale &locale, const QString &directory)
{
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(locale, QStringLiteral("fielddesk"), QStringLiteral("_"), directory))
        QApplication::installTranslator(ownTranslator);
}

void applyAppearance(theme::Appearance appearance)
{
    const theme::Scheme scheme = theme::schemeFor(appearance, QApplication::palette());
    theme::setActiveScheme(scheme);
    if (scheme == theme::Scheme::Light && appearance == theme::Appearance::System)
        return;
    // Fusion paints with the palette on every platform (a platform style may not).
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(
        theme::widgetPalette(scheme, QApplication::style()->standardPalette()));
    qApp->setStyleSheet(theme::schemeStyleSheet(scheme));
}

} // namespace fielddesk::console
