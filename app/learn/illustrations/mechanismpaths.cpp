#include "learn/illustrations/mechanismpaths.h"

#include <QPainter>
#include <QRadialGradient>

namespace spinesignal::ui::schematic {

QPainterPath subPath(const QPainterPath& path, qreal from, qreal to) {
    from = qBound(0.0, from, 1.0);
    to = qBound(0.0, to, 1.0);
    QPainterPath part(path.pointAtPercent(from));
    const int steps = qMax(2, int((to - from) * 160));
    for (int i = 1; i <= steps; ++i) {
        part.lineTo(path.pointAtPercent(from + (to - from) * i / steps));
    }
    return part;
}

qreal angleAt(const QPainterPath& path, qreal t) {
    return path.angleAtPercent(qBound(0.0, t, 1.0));
}

void drawGlow(QPainter& p, QPointF centre, qreal radius, const QColor& core, const QColor& halo, qreal alpha) {
    if (alpha <= 0) {
        return;
    }
    QRadialGradient gradient(centre, radius);
    QColor c = core;
    c.setAlphaF(alpha);
    QColor h = halo;
    h.setAlphaF(0.55 * alpha);
    QColor edge = halo;
    edge.setAlphaF(0);
    gradient.setColorAt(0.0, c);
    gradient.setColorAt(0.35, c);
    gradient.setColorAt(0.6, h);
    gradient.setColorAt(1.0, edge);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawEllipse(centre, radius, radius);
    p.restore();
}

}  // namespace spinesignal::ui::schematic
