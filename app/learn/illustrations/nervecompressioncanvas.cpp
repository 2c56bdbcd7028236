#include "learn/illustrations/nervecompressioncanvas.h"

#include "learn/illustrations/mechanismpaths.h"
#include "learn/illustrations/schematic.h"

#include <QPainter>

namespace spinesignal::ui {

using namespace schematic;

namespace {
constexpr int kPulses = 5;
constexpr qreal kPulseGap = 0.12;    // start times of successive pulses, as a share of the run
constexpr qreal kPulseTravel = 0.5;  // share of the run one pulse needs from canal to calf
}  // namespace

NerveCompressionCanvas::NerveCompressionCanvas(QWidget* parent) : MechanismCanvas(parent) {
    setObjectName(QStringLiteral("nerveCompressionCanvas"));
    updateAccessibleText();
}

QString NerveCompressionCanvas::title() const {
    return tr("Nerve compression");
}

QString NerveCompressionCanvas::description() const {
    if (isHerniated()) {
        return tr(
            "Herniated disc: the nucleus pulposus has broken through the annulus fibrosus "
            "between L4 and L5 and presses on the nerve root behind the disc. Nerve signals "
            "stop at the pressed root, like a pressed wire, so the calf gets less sensation "
            "and movement signals: it can feel sore, heavy, numb or weak.");
    }
    return tr(
        "Healthy disc between the L4 and L5 vertebrae: the nucleus pulposus stays inside the "
        "annulus fibrosus. The nerve root leaves the spinal canal freely and carries signals "
        "down the back of the leg to the calf muscle.");
}

void NerveCompressionCanvas::paintScene(QPainter& p) {
    const bool herniated = isHerniated();
    const QPainterPath nerve = nervePath();
    const qreal pinch = percentNear(nerve, pinchPoint());
    drawLeg(p, herniated);
    drawSegment(p);

    const QPainterPath root = nerve;
    const qreal rootPinch = pinch;
    if (herniated) {
        drawNerve(p, subPath(root, 0, rootPinch), 8);
        drawNerve(p, subPath(root, rootPinch, 1), 8, 0.38);
    } else {
        drawNerve(p, root, 8);
    }
    drawNucleusOnTop(p);

    // Direction of the signals, so the still picture tells the same story as the animation.
    for (qreal t : {0.5, 0.68, 0.83, 0.95}) {
        if (herniated && t > rootPinch) {
            continue;
        }
        drawArrowHead(p, root.pointAtPercent(t), angleAt(root, t), 9, colour::nerveLine().darker(130));
    }
    if (herniated) {
        p.save();
        p.setPen(QPen(colour::pressure(), 1.6, Qt::DashLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(pinchPoint(), 15, 15);
        p.restore();
    }
    if (isPlaying()) {
        drawPulses(p, herniated ? pinch : 2.0);
    }

    drawSegmentLabels(p);
    drawCallout(p, root.pointAtPercent(0.55), QPointF(430, 64), tr("Nerve root:\nsignals to the calf"), Side::Above);
    drawCallout(p, calfCentre(), QPointF(486, 318), tr("Calf muscle"), Side::Left);
    if (herniated) {
        drawCallout(p, pinchPoint() + QPointF(10, 10), QPointF(384, 172), tr("Root pressed\nby the nucleus"),
                    Side::Right, colour::pressure().darker(115));
        drawWrappedText(p, QRectF(560, 300, 78, 80), tr("Sore, heavy, numb or weak"), 12, true,
                        colour::pressure().darker(115), Qt::AlignLeft | Qt::AlignTop);
    }
}

void NerveCompressionCanvas::drawPulses(QPainter& p, qreal pinch) const {
    const QPainterPath nerve = nervePath();
    for (int i = 0; i < kPulses; ++i) {
        const qreal along = (phase() - i * kPulseGap) / kPulseTravel;
        if (along < 0) {
            continue;
        }
        qreal alpha = 1.0;
        qreal at = along;
        if (along > pinch) {
            // The pulse stops at the pressed root and fades there.
            at = pinch;
            alpha = 1.0 - (along - pinch) * 5;
        } else if (along > 1.0) {
            // Arrived: a brief glow in the calf.
            at = 1.0;
            alpha = 1.0 - (along - 1.0) * 5;
        }
        drawGlow(p, nerve.pointAtPercent(at), 13, QColor(255, 255, 245), colour::nerve().darker(105), alpha);
    }
}

}  // namespace spinesignal::ui
