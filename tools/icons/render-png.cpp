// fielddesk-render-icon SVG OUTDIR NAME SIZE...: the application icon as PNG at each size, in
// the freedesktop icon theme's layout (OUTDIR/<size>x<size>/apps/NAME.png), for desktops that
// do not draw SVG. Run by the build (packaging/linux) with Qt's offscreen platform.
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: fielddesk-render-icon SVG OUTDIR NAME SIZE...\n");
        return 2;
    }
    const QIcon icon(args.at(1));
    for (int i = 4; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        if (size <= 0 || image.isNull() || image.size() != QSize(size, size) ||
            !QDir().mkpath(folder) ||
            !image.save(folder + QLatin1Char('/') + args.at(3) + QStringLiteral(".png"))) {
            std::fprintf(stderr, "could not render %s at %d px\n", qPrintable(args.at(1)), size);
            return 1;
        }
    }
    return 0;
}
