// krynet-iconrender: renders the one app icon SVG (resources/icons/krynet.svg) into the hicolor PNG sizes,
// and optionally a multi-size Windows .ico, at build time. QtSvg is a dependency of the GUI anyway, so
// packaging needs no extra converter (rsvg-convert, ImageMagick).
//
// Usage: krynet-iconrender SVG OUTDIR NAME SIZE... [--ico FILE]
//   writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png for each SIZE, and FILE from the largest SIZE up to 256
//   (Qt's ico writer stores one image per file; Windows scales it for the smaller uses).
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace
{

int fail(const QString &message)
{
    std::fprintf(stderr, "krynet-iconrender: %s\n", qPrintable(message));
    return 1;
}

QImage render(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

} // namespace

int main(int argc, char *argv[])
{
    // No QGuiApplication: rendering into a QImage needs no platform plugin (the icon has no text), so the
    // tool runs on build machines without a display or the qpa plugins.
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString icoPath;
    if (const qsizetype at = args.indexOf(u"--ico"_s); at >= 0) {
        if (at + 1 >= args.size())
            return fail(u"--ico needs a file name"_s);
        icoPath = args.at(at + 1);
        args.remove(at, 2);
    }
    if (args.size() < 4)
        return fail(u"usage: krynet-iconrender SVG OUTDIR NAME SIZE... [--ico FILE]"_s);

    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid())
        return fail(u"cannot read the SVG %1"_s.arg(args.at(0)));
    const QDir outDir(args.at(1));
    const QString name = args.at(2);

    QImage icoImage;
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024)
            return fail(u"bad size %1"_s.arg(sizeText));
        const QImage image = render(renderer, size);
        const QString dir = u"%1x%1/apps"_s.arg(size);
        if (!outDir.mkpath(dir))
            return fail(u"cannot create %1"_s.arg(outDir.filePath(dir)));
        const QString path = outDir.filePath(dir + u'/' + name + u".png"_s);
        QImageWriter writer(path, "png");
        if (!writer.write(image))
            return fail(u"cannot write %1: %2"_s.arg(path, writer.errorString()));
        if (size <= 256 && size > icoImage.width())
            icoImage = image;
    }

    if (!icoPath.isEmpty()) {
        QImageWriter writer(icoPath, "ico");
        if (icoImage.isNull() || !writer.write(icoImage))
            return fail(u"cannot write %1: %2"_s.arg(icoPath, writer.errorString()));
    }
    return 0;
}
