#pragma once

#include "widgets/legmappicture.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace spinesignal::ui {

/// Paints a LegMapPicture onto any QPainter (widget, QImage, PDF). The widget and the static
/// LegMapWidget::render() both come here, so what is clicked is exactly what is printed.
class LegMapPainter {
    Q_DECLARE_TR_FUNCTIONS(LegMapPainter)
public:
    struct Layout {
        QTransform sceneToDevice;  ///< legs scene (LegMapGeometry) → target coordinates
        QRectF legend;             ///< band under the legs for the legend and caveat (may be empty)
    };

    /// Where the legs and the legend go inside `target` when painted with `font`.
    static Layout layout(const QRectF& target, const LegMapPicture& picture, const QFont& font);
    /// Paints with the painter's current font; leaves the painter's state as it was.
    static void paint(QPainter& painter, const QRectF& target, const LegMapPicture& picture);

    /// PRODUCT.md §2: the dermatome overlay is education, not localisation.
    static QString caveat();
    static QString viewTitle(bool front);
    static QColor rootColor(NerveRoot root);

private:
    static bool showsOverlay(const LegMapPicture& picture) {
        return picture.overlay || picture.mode == LegMapMode::Overlay;
    }
    static void paintRegions(QPainter& painter, const Layout& layout, const LegMapPicture& picture);
    static void paintLabels(QPainter& painter, const Layout& layout, const LegMapPicture& picture);
    static void paintLegend(QPainter& painter, const Layout& layout, const LegMapPicture& picture);
};

}  // namespace spinesignal::ui
