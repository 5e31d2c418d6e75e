#include "fielddesk/theme/icons.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

namespace fielddesk::theme {

namespace {

QString folderOf(IconVariant variant)
{
    return variant == IconVariant::Dark ? QStringLiteral(":/fielddesk/icons/dark/")
                                        : QStringLiteral(":/fielddesk/icons/light/");
}

} // namespace

IconVariant iconVariantFor(const QPalette &palette)
{
    constexpr int kMidLightness = 128;
    return palette.color(QPalette::Window).lightness() < kMidLightness ? IconVariant::Dark
                                                                       : IconVariant::Light;
}

QIcon icon(const QString &name, IconVariant variant)
{
    const QString path = folderOf(variant) + name + QStringLiteral(".svg");
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

QIcon icon(const QString &name)
{
    return icon(name, iconVariantFor(QGuiApplication::palette()));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/fielddesk/fielddesk.svg"));
}

QStringList iconNames()
{
    QStringList names;
    const QStringList files =
        QDir(folderOf(IconVariant::Light)).entryList({QStringLiteral("*.svg")}, QDir::Files);
    for (const QString &file : files)
        names << file.chopped(4);
    return names;
}

} // namespace fielddesk::theme
