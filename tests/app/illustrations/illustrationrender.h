#pragma once

#include <QImage>
#include <QString>

class QWidget;

namespace spinesignal::testing {

/// Renders `widget` (laid out at `width` logical pixels) into an image at the given device pixel
/// ratio, as a HiDPI screen would show it.
QImage renderWidget(QWidget& widget, qreal devicePixelRatio);
/// Lays out `widget` at `width` with the height its layout asks for.
void layOut(QWidget& widget, int width);
/// Number of distinct colours (a blank or flat picture has very few).
int distinctColours(const QImage& image);
/// Share of pixels that differ between two images of the same size, 0..1.
double differingShare(const QImage& a, const QImage& b);
/// Saves `image` as NAME.png into $SPINESIGNAL_ILLUSTRATION_DIR when that is set (for looking at
/// the pictures); does nothing otherwise.
void saveForReview(const QImage& image, const QString& name);

}  // namespace spinesignal::testing
