#pragma once

#include <QPainterPath>

/// Small path utilities shared by the mechanism pictures.
namespace spinesignal::ui::schematic {

/// The part of `path` between fractions `from` and `to`, as a smooth polyline.
QPainterPath subPath(const QPainterPath& path, qreal from, qreal to);
/// Direction of `path` at fraction `t`, in degrees (QLineF convention).
qreal angleAt(const QPainterPath& path, qreal t);
/// Draws a soft glowing dot (a signal pulse, a flow particle).
void drawGlow(QPainter& p, QPointF centre, qreal radius, const QColor& core, const QColor& halo, qreal alpha);

}  // namespace spinesignal::ui::schematic
