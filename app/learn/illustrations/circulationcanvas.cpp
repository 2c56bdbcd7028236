#include "learn/illustrations/circulationcanvas.h"

#include "learn/illustrations/mechanismpaths.h"
#include "learn/illustrations/schematic.h"

#include <QPainter>
#include <QtMath>

#include <cmath>

namespace spinesignal::ui {

using namespace schematic;

namespace {
constexpr int kParticles = 24;
constexpr qreal kLaps = 1.6;  // how often a particle runs the whole vessel during one animation
const QPointF kArteryOffset(-3, 9);
const QPointF kVeinOffset(9, -9);
}  // namespace

CirculationCanvas::CirculationCanvas(QWidget* parent) : MechanismCanvas(parent) {
    setObjectName(QStringLiteral("circulationCanvas"));
    updateAccessibleText();
}

QString CirculationCanvas::title() const {
    return tr("Blood circulation");
}

QString CirculationCanvas::description() const {
    if (isHerniated()) {
        return tr(
            "Herniated disc: the bulging nucleus squeezes a small artery branch next to the "
            "nerve root. Past the squeeze, blood flows more slowly and less of it reaches "
            "the calf. The calf muscle, which needs much oxygen and nutrients, runs short and "
            "feels sore and weak, more so after long sitting.");
    }
    return tr(
        "Healthy disc: a small artery branch (red) runs beside the nerve root (yellow) and "
        "carries blood with oxygen and nutrients down the leg to the calf muscle; a vein "
        "(blue) carries it back.");
}

void CirculationCanvas::paintScene(QPainter& p) {
    const bool herniated = isHerniated();
    drawLeg(p, herniated);
    drawSegment(p);

    const QPainterPath root = rootPath();
    const QPainterPath artery = nervePath().translated(kArteryOffset);
    const QPainterPath vein = nervePath().translated(kVeinOffset);
    const QPointF squeeze = pinchPoint() + kArteryOffset;
    const qreal at = percentNear(artery, squeeze);

    drawVessel(p, vein, 4.5, colour::vein(), 0.85);
    drawNerve(p, nervePath(), 6, 0.45);
    if (herniated) {
        constexpr qreal span = 0.025;
        drawVessel(p, subPath(artery, 0, at - span), 6, colour::artery());
        drawVessel(p, subPath(artery, at - span, at + span), 2.2, colour::artery());
        drawVessel(p, subPath(artery, at + span, 1), 6, colour::artery(), 0.55);
    } else {
        drawVessel(p, artery, 6, colour::artery());
    }
    drawNucleusOnTop(p);

    // Blood particles: a still shows them where they are at the start; the animation moves them.
    const qreal shift = isPlaying() ? phase() * kLaps : 0.0;
    for (int i = 0; i < kParticles; ++i) {
        const qreal s = std::fmod(qreal(i) / kParticles + shift, 1.0);
        qreal alpha = 1.0;
        if (herniated && s > at && i % 3 != 0) {
            alpha = 1.0 - (s - at) * 40;  // most particles do not get past the squeeze
        }
        if (s < 0.03) {
            alpha = qMin(alpha, s / 0.03);
        }
        drawGlow(p, artery.pointAtPercent(s), 5.5, QColor(255, 236, 232), colour::artery(), alpha);
    }
    if (herniated) {
        p.save();
        p.setPen(QPen(colour::pressure(), 1.6, Qt::DashLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(squeeze, 15, 15);
        p.restore();
    }

    drawSegmentLabels(p);
    drawCallout(p, artery.pointAtPercent(0.5), QPointF(430, 64), tr("Artery branch:\nblood to the calf"), Side::Above);
    drawCallout(p, vein.pointAtPercent(0.7), QPointF(600, 40), tr("Vein"), Side::Above);
    drawCallout(p, calfCentre(), QPointF(486, 318), tr("Calf muscle"), Side::Left);
    if (herniated) {
        drawCallout(p, squeeze + QPointF(10, 10), QPointF(384, 174), tr("Artery branch\nsqueezed"), Side::Right,
                    colour::pressure().darker(115));
        drawWrappedText(p, QRectF(560, 300, 78, 90), tr("Less oxygen and nutrients"), 12, true,
                        colour::pressure().darker(115), Qt::AlignLeft | Qt::AlignTop);
    }
}

}  // namespace spinesignal::ui
