#include "illustrations/illustrationrender.h"

#include <QDir>
#include <QLayout>
#include <QPixmap>
#include <QSet>
#include <QWidget>

namespace spinesignal::testing {

void layOut(QWidget& widget, int width) {
    int height = widget.hasHeightForWidth() ? widget.heightForWidth(width) : -1;
    if (height <= 0 && widget.layout() != nullptr && widget.layout()->hasHeightForWidth()) {
        height = widget.layout()->totalHeightForWidth(width);
    }
    if (height <= 0) {
        height = widget.sizeHint().height();
    }
    widget.resize(width, height);
    if (widget.layout() != nullptr) {
        widget.layout()->activate();
    }
}

QImage renderWidget(QWidget& widget, qreal devicePixelRatio) {
    QPixmap pixmap(widget.size() * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::white);
    widget.render(&pixmap);
    return pixmap.toImage();
}

int distinctColours(const QImage& image) {
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        for (int x = 0; x < rgb.width(); x += 2) {
            colours.insert(rgb.pixel(x, y));
        }
    }
    return int(colours.size());
}

double differingShare(const QImage& a, const QImage& b) {
    if (a.size() != b.size() || a.isNull()) {
        return 1.0;
    }
    const QImage ra = a.convertToFormat(QImage::Format_RGB32);
    const QImage rb = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int y = 0; y < ra.height(); ++y) {
        for (int x = 0; x < ra.width(); ++x) {
            differing += ra.pixel(x, y) != rb.pixel(x, y) ? 1 : 0;
        }
    }
    return double(differing) / (double(ra.width()) * ra.height());
}

void saveForReview(const QImage& image, const QString& name) {
    const QString dir = qEnvironmentVariable("SPINESIGNAL_ILLUSTRATION_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

}  // namespace spinesignal::testing
