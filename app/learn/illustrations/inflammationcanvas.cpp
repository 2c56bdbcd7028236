#include "learn/illustrations/inflammationcanvas.h"

#include "learn/illustrations/mechanismpaths.h"
#include "learn/illustrations/schematic.h"

#include <QEasingCurve>
#include <QPainter>
#include <QtMath>

#include <cmath>

namespace spinesignal::ui {

using namespace schematic;

namespace {

// Where the released molecules settle round the root (scene units), alternating TNF-α and IL-6.
const QPointF kAroundRoot[] = {
    {276, 98},  {250, 96},  {280, 116}, {292, 126}, {306, 128}, {320, 127}, {336, 129},
    {296, 156}, {312, 156}, {328, 155}, {282, 152}, {252, 152}, {346, 153}, {272, 82},
};
// Inside a healthy nucleus: sealed in by the annulus.
const QPointF kInsideNucleus[] = {{172, 128}, {190, 136}, {178, 140}, {198, 126}};
const QPointF kLeak(262, 134);

void drawTnf(QPainter& p, QPointF c, qreal alpha) {
    // TNF-α works as a trimer: three small beads.
    QColor fill = colour::tnf();
    fill.setAlphaF(alpha);
    QColor line = colour::tnf().darker(140);
    line.setAlphaF(alpha);
    p.setPen(QPen(line, 0.9));
    p.setBrush(fill);
    for (int k = 0; k < 3; ++k) {
        const qreal a = qDegreesToRadians(90.0 + k * 120.0);
        p.drawEllipse(c + QPointF(std::cos(a), -std::sin(a)) * 3.2, 3.1, 3.1);
    }
}

void drawIl6(QPainter& p, QPointF c, qreal alpha) {
    QColor fill = colour::il6();
    fill.setAlphaF(alpha);
    QColor line = colour::il6().darker(140);
    line.setAlphaF(alpha);
    p.setPen(QPen(line, 0.9));
    p.setBrush(fill);
    QPolygonF diamond;
    diamond << c + QPointF(0, -5.5) << c + QPointF(5, 0) << c + QPointF(0, 5.5) << c + QPointF(-5, 0);
    p.drawPolygon(diamond);
}

void drawMolecule(QPainter& p, int index, QPointF c, qreal alpha) {
    if (index % 2 == 0) {
        drawTnf(p, c, alpha);
    } else {
        drawIl6(p, c, alpha);
    }
}

}  // namespace

InflammationCanvas::InflammationCanvas(QWidget* parent) : MechanismCanvas(parent) {
    setObjectName(QStringLiteral("inflammationCanvas"));
    updateAccessibleText();
}

QString InflammationCanvas::title() const {
    return tr("Inflammation");
}

QString InflammationCanvas::description() const {
    if (isHerniated()) {
        return tr(
            "Herniated disc: the annulus fibrosus has torn and nucleus material has come out. "
            "It releases inflammatory molecules such as TNF-α (tumour necrosis factor-α, "
            "orange) and IL-6 (interleukin-6, purple) around the nerve root. The root becomes "
            "inflamed and more sensitive, which adds to the pain and makes the calf feel more "
            "sore; weather changes and tiredness can make it flare.");
    }
    return tr(
        "Healthy disc: the nucleus pulposus is sealed inside the annulus fibrosus and does not "
        "touch the tissues around it, so the inflammatory molecules it holds (such as TNF-α "
        "and IL-6) stay away from the nerve root.");
}

void InflammationCanvas::paintScene(QPainter& p) {
    const bool herniated = isHerniated();
    drawLeg(p, herniated);
    drawSegment(p);
    const QPainterPath root = nervePath();
    // How far the molecules have spread: complete in the still, growing while the animation runs.
    const qreal spread = !herniated    ? 0.0
                         : isPlaying() ? QEasingCurve(QEasingCurve::OutCubic).valueForProgress(qMin(1.0, phase() / 0.7))
                                       : 1.0;
    if (herniated && spread > 0) {
        // The irritated root: a warm halo along the part that the molecules reach.
        QColor halo = colour::tnf();
        halo.setAlphaF(0.30 * spread);
        p.save();
        p.setPen(QPen(halo, 22, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(subPath(root, 0.12, 0.3));
        p.restore();
    }
    drawNerve(p, root, 8);
    drawNucleusOnTop(p);

    p.save();
    if (herniated) {
        int i = 0;
        for (const QPointF& target : kAroundRoot) {
            // Each molecule sets off a little later than the one before.
            const qreal own = qBound(0.0, spread * 1.4 - i * 0.03, 1.0);
            const qreal wobble = isPlaying() ? std::sin((phase() * 9 + i) * 2.1) * 1.5 : 0.0;
            const QPointF at = kLeak + (target - kLeak) * own + QPointF(wobble, -wobble);
            drawMolecule(p, i, at, qMin(1.0, 0.25 + own));
            ++i;
        }
    } else {
        int i = 0;
        for (const QPointF& at : kInsideNucleus) {
            const qreal wobble = isPlaying() ? std::sin((phase() * 9 + i) * 2.1) * 1.5 : 0.0;
            drawMolecule(p, i, at + QPointF(wobble, wobble * 0.5), 0.9);
            ++i;
        }
    }
    p.restore();

    drawSegmentLabels(p);
    drawCallout(p, root.pointAtPercent(0.55), QPointF(430, 64), tr("Nerve root"), Side::Above);
    drawCallout(p, calfCentre(), QPointF(486, 318), tr("Calf muscle"), Side::Left);
    // Legend under the spine: what the two shapes stand for.
    drawTnf(p, QPointF(128, 372), 1.0);
    drawWrappedText(p, QRectF(140, 362, 150, 20), tr("TNF-α"), 13, true, colour::ink(),
                    Qt::AlignLeft | Qt::AlignVCenter);
    drawIl6(p, QPointF(238, 372), 1.0);
    drawWrappedText(p, QRectF(250, 362, 150, 20), tr("IL-6"), 13, true, colour::ink(),
                    Qt::AlignLeft | Qt::AlignVCenter);
    drawWrappedText(p, QRectF(118, 384, 300, 16), tr("inflammatory molecules"), 11, false, colour::inkSoft(),
                    Qt::AlignLeft | Qt::AlignVCenter);
    if (herniated) {
        drawCallout(p, QPointF(312, 156), QPointF(384, 178), tr("Inflamed, more\nsensitive root"), Side::Right,
                    colour::tnf().darker(150));
        drawWrappedText(p, QRectF(560, 300, 78, 90), tr("Soreness more noticeable"), 12, true,
                        colour::pressure().darker(115), Qt::AlignLeft | Qt::AlignTop);
    }
}

}  // namespace spinesignal::ui
