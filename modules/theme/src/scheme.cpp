#include "fielddesk/theme/scheme.h"

#include <array>
#include <utility>

namespace fielddesk::theme {

namespace {

Scheme g_activeScheme = Scheme::Light;

constexpr int kMidLightness = 128;

const std::array<std::pair<Appearance, const char *>, 4> kAppearanceNames = {{
    {Appearance::System, "system"},
    {Appearance::Light, "light"},
    {Appearance::Dark, "dark"},
    {Appearance::HighContrast, "high-contrast"},
}};

// The colours of Qt's controls in the dark scheme and in high contrast (Active and Inactive
// alike; Disabled greys the texts).
struct WidgetColours {
    QRgb window, windowText, base, alternateBase, button, text, highlight, highlightedText,
        tooltip, placeholder, link, linkVisited, light, mid, dark, disabledText;
};

constexpr WidgetColours kDarkWidgets{
    0xff1c2128, 0xffe6edf3, 0xff0d1117, 0xff161b22, 0xff262c36, 0xffe6edf3,
    0xff1f6feb, 0xffffffff, 0xff262c36, 0xff8b949e, 0xff58a6ff, 0xffbc8cff,
    0xff3d444d, 0xff30363d, 0xff0d1117, 0xff6e7681};

// Windows' "High Contrast Black" in spirit: white on black, cyan selection, yellow links, and
// every frame drawn white.
constexpr WidgetColours kHighContrastWidgets{
    0xff000000, 0xffffffff, 0xff000000, 0xff141414, 0xff000000, 0xffffffff,
    0xff1aebff, 0xff000000, 0xff000000, 0xffc0c0c0, 0xffffff00, 0xffd7a6ff,
    0xffffffff, 0xffffffff, 0xffffffff, 0xffa0a0a0};

QPalette paletteOf(const WidgetColours &c)
{
    QPalette palette;
    const auto set = [&palette](QPalette::ColorRole role, QRgb rgb) {
        palette.setColor(role, QColor::fromRgba(rgb));
    };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.text);
    set(QPalette::Text, c.text);
    set(QPalette::BrightText, c.highlightedText);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::ToolTipBase, c.tooltip);
    set(QPalette::ToolTipText, c.text);
    set(QPalette::PlaceholderText, c.placeholder);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.linkVisited);
    set(QPalette::Light, c.light);
    set(QPalette::Midlight, c.light);
    set(QPalette::Mid, c.mid);
    set(QPalette::Dark, c.dark);
    set(QPalette::Shadow, c.dark);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        palette.setColor(QPalette::Disabled, role, QColor::fromRgba(c.disabledText));
    return palette;
}

} // namespace

void setActiveScheme(Scheme scheme)
{
    g_activeScheme = scheme;
}

Scheme activeScheme()
{
    return g_activeScheme;
}

QString appearanceName(Appearance appearance)
{
    for (const auto &[value, name] : kAppearanceNames) {
        if (value == appearance)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("system");
}

std::optional<Appearance> appearanceFromName(const QString &name)
{
    for (const auto &[value, text] : kAppearanceNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QStringList appearanceNames()
{
    QStringList names;
    for (const auto &entry : kAppearanceNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

Scheme schemeFor(Appearance appearance, const QPalette &systemPalette)
{
    switch (appearance) {
    case Appearance::Light:
        return Scheme::Light;
    case Appearance::Dark:
        return Scheme::Dark;
    case Appearance::HighContrast:
        return Scheme::HighContrast;
    case Appearance::System:
        break;
    }
    return systemPalette.color(QPalette::Window).lightness() < kMidLightness ? Scheme::Dark
                                                                             : Scheme::Light;
}

QPalette widgetPalette(Scheme scheme, const QPalette &lightPalette)
{
    switch (scheme) {
    case Scheme::Dark:
        return paletteOf(kDarkWidgets);
    case Scheme::HighContrast:
        return paletteOf(kHighContrastWidgets);
    case Scheme::Light:
        break;
    }
    return lightPalette;
}

} // namespace fielddesk::theme

namespace fielddesk::theme {

QString schemeStyleSheet(Scheme scheme)
{
    if (scheme == Scheme::Light)
        return {};
    // Drawn in the palette's own colours, so the one rule serves dark and high contrast.
    return QStringLiteral(
        "QCheckBox::indicator, QGroupBox::indicator { width: 12px; height: 12px;"
        "  border: 1px solid palette(window-text); border-radius: 2px;"
        "  background: palette(base); }"
        "QCheckBox::indicator:checked, QGroupBox::indicator:checked {"
        "  background: palette(highlight); border-color: palette(highlight); }"
        "QCheckBox::indicator:indeterminate { background: palette(mid); }"
        "QCheckBox::indicator:disabled { border-color: palette(mid); }"
        "QRadioButton::indicator { width: 12px; height: 12px; border-radius: 7px;"
        "  border: 1px solid palette(window-text); background: palette(base); }"
        "QRadioButton::indicator:checked { background: palette(highlight); }");
}

} // namespace fielddesk::theme
