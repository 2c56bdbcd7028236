#include "learn/illustrations/mechanismcanvas.h"

#include "learn/illustrations/schematic.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTransform>

namespace spinesignal::ui {

using namespace schematic;

namespace {

constexpr QSizeF kScene(640, 400);
const QRectF kL4(120, 24, 120, 82);
const QRectF kDisc(116, 112, 128, 40);
const QRectF kL5(120, 158, 120, 82);
const QRectF kLowerDisc(116, 246, 128, 28);
const QRectF kS1(120, 280, 120, 72);

// The leg is drawn in its own coordinates (standing, in profile, facing left) and scaled into
// the right half of the scene about the sole.
QTransform legTransform() {
    QTransform t;
    t.translate(542, 388);
    t.scale(0.86, 0.86);
    t.translate(-522, -388);
    return t;
}

QPainterPath posteriorElements(const QRectF& body) {
    const qreal y = body.top();
    QPainterPath path;
    path.addRect(QRectF(236, y + 10, 50, 30));                                // pedicle
    path.addRoundedRect(QRectF(282, y + 4, 48, body.height() - 10), 12, 12);  // lamina, facets
    QPolygonF spinous;
    spinous << QPointF(326, y + 22) << QPointF(366, y + 38) << QPointF(362, y + 56) << QPointF(326, y + 62);
    path.addPolygon(spinous);
    path.closeSubpath();
    return path.simplified();
}

}  // namespace

MechanismCanvas::MechanismCanvas(QWidget* parent) : IllustrationCanvas(kScene, parent) {
}

void MechanismCanvas::setHerniated(bool herniated) {
    if (m_herniated == herniated) {
        return;
    }
    m_herniated = herniated;
    updateAccessibleText();
    update();
}

void MechanismCanvas::setPhase(qreal phase, bool playing) {
    m_phase = phase;
    m_playing = playing;
    update();
}

QPointF MechanismCanvas::legPoint(qreal x, qreal y) {
    return legTransform().map(QPointF(x, y));
}

QPointF MechanismCanvas::calfCentre() {
    return legPoint(524, 270);
}

QPointF MechanismCanvas::pinchPoint() const {
    return QPointF(268, 130);
}

QPainterPath MechanismCanvas::rootPath() const {
    QPainterPath path(QPointF(262, 70));
    path.cubicTo(QPointF(262, 100), QPointF(261, 118), QPointF(268, 130));
    path.cubicTo(QPointF(278, 142), QPointF(300, 141), QPointF(340, 141));
    path.cubicTo(QPointF(430, 141), QPointF(520, 128), legPoint(532, 122));
    path.cubicTo(legPoint(540, 140), legPoint(532, 175), legPoint(524, 214));
    path.cubicTo(legPoint(520, 236), legPoint(520, 250), legPoint(520, 264));
    path.lineTo(legPoint(519, 302));
    return path;
}

QPainterPath MechanismCanvas::nervePath() const {
    QPainterPath path(QPointF(262, -4));
    path.lineTo(QPointF(262, 70));
    path.connectPath(rootPath());
    return path;
}

qreal MechanismCanvas::percentNear(const QPainterPath& path, QPointF point) {
    qreal best = 0;
    qreal bestDistance = 1e9;
    for (int i = 0; i <= 400; ++i) {
        const qreal t = i / 400.0;
        const QPointF d = path.pointAtPercent(t) - point;
        const qreal distance = QPointF::dotProduct(d, d);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = t;
        }
    }
    return best;
}

void MechanismCanvas::drawSegment(QPainter& p) const {
    p.save();
    // The dural sac with the nerve bundle, running down the canal behind the bodies.
    QColor sac = colour::nerve();
    sac.setAlphaF(0.32);
    QColor sacLine = colour::nerveLine();
    sacLine.setAlphaF(0.55);
    p.setPen(QPen(sacLine, 1.0));
    p.setBrush(sac);
    p.drawRect(QRectF(248, -2, 30, 404));
    QColor strand = colour::nerveLine();
    strand.setAlphaF(0.35);
    p.setPen(QPen(strand, 0.8));
    for (qreal x : {255.0, 263.0, 271.0}) {
        p.drawLine(QPointF(x, 0), QPointF(x, 400));
    }
    // Arches behind the canal, bodies in front.
    p.setPen(QPen(colour::boneLine(), 1.5));
    p.setBrush(colour::bone());
    p.drawPath(posteriorElements(kL4));
    p.drawPath(posteriorElements(kL5));
    QPainterPath sacrum;
    sacrum.addRoundedRect(QRectF(236, 282, 96, 70), 14, 14);
    p.drawPath(sacrum);
    p.restore();
    drawVertebralBody(p, kL4, QStringLiteral("L4"));
    drawDiscSection(p, kDisc, m_herniated ? 1.0 : 0.0);
    drawVertebralBody(p, kL5, QStringLiteral("L5"));
    drawDiscSection(p, kLowerDisc, 0.0);
    drawVertebralBody(p, kS1, QStringLiteral("S1"));
}

void MechanismCanvas::drawNucleusOnTop(QPainter& p) const {
    if (!m_herniated) {
        return;
    }
    p.save();
    p.setPen(QPen(colour::nucleusLine(), 1.4));
    p.setBrush(colour::nucleus());
    p.drawPath(discNucleusPath(kDisc, 1.0));
    p.restore();
}

void MechanismCanvas::drawLeg(QPainter& p, bool weakCalf) const {
    // Open at the top: the leg fades in below the hip instead of ending in a cut.
    QPainterPath outline(QPointF(582, 40));
    outline.cubicTo(QPointF(590, 100), QPointF(560, 160), QPointF(538, 218));
    outline.cubicTo(QPointF(552, 240), QPointF(550, 280), QPointF(534, 306));
    outline.cubicTo(QPointF(522, 326), QPointF(514, 340), QPointF(518, 362));
    outline.cubicTo(QPointF(524, 378), QPointF(520, 388), QPointF(506, 388));
    outline.lineTo(QPointF(420, 388));
    outline.cubicTo(QPointF(404, 388), QPointF(404, 374), QPointF(420, 371));
    outline.cubicTo(QPointF(446, 366), QPointF(468, 362), QPointF(476, 350));
    outline.cubicTo(QPointF(472, 310), QPointF(468, 280), QPointF(470, 258));
    outline.cubicTo(QPointF(466, 248), QPointF(474, 236), QPointF(472, 226));
    outline.cubicTo(QPointF(464, 170), QPointF(456, 100), QPointF(462, 40));
    QPainterPath leg = outline;
    leg.closeSubpath();
    QPainterPath calf(QPointF(514, 228));
    calf.cubicTo(QPointF(540, 236), QPointF(546, 270), QPointF(534, 296));
    calf.cubicTo(QPointF(528, 310), QPointF(520, 318), QPointF(514, 326));
    calf.cubicTo(QPointF(502, 304), QPointF(498, 262), QPointF(514, 228));

    p.save();
    p.setTransform(legTransform(), true);
    QLinearGradient fade(QPointF(0, 40), QPointF(0, 100));
    QColor clear = colour::skin();
    clear.setAlpha(0);
    fade.setColorAt(0, clear);
    fade.setColorAt(1, colour::skin());
    QLinearGradient fadeLine(QPointF(0, 40), QPointF(0, 100));
    QColor clearLine = colour::skinLine();
    clearLine.setAlpha(0);
    fadeLine.setColorAt(0, clearLine);
    fadeLine.setColorAt(1, colour::skinLine());
    p.setPen(Qt::NoPen);
    p.setBrush(fade);
    p.drawPath(leg);
    p.setPen(QPen(QBrush(fadeLine), 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(outline);
    // Kneecap and ankle, just hinted.
    QColor hint = colour::skinLine();
    hint.setAlphaF(0.6);
    p.setPen(QPen(hint, 1.1, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(QRectF(466, 228, 18, 30), 100 * 16, 150 * 16);
    p.drawArc(QRectF(486, 346, 14, 12), 200 * 16, 140 * 16);
    p.setPen(QPen(colour::muscleLine(), 1.3));
    p.setBrush(weakCalf ? colour::muscleWeak() : colour::muscle());
    p.drawPath(calf);
    QColor fibre = colour::muscleLine();
    fibre.setAlphaF(weakCalf ? 0.35 : 0.55);
    p.setPen(QPen(fibre, 0.9, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    for (int i = 0; i < 4; ++i) {
        const qreal dx = i * 6.0;
        QPainterPath line(QPointF(512 + dx * 0.5, 240 + i * 2));
        line.cubicTo(QPointF(516 + dx, 262), QPointF(516 + dx, 290), QPointF(514 + dx * 0.3, 314 - i * 4));
        p.drawPath(line);
    }
    p.restore();
}

void MechanismCanvas::drawSegmentLabels(QPainter& p) const {
    drawCallout(p, QPointF(126, 124), QPointF(104, 96), tr("Annulus\nfibrosus"), Side::Left);
    drawCallout(p, QPointF(176, 138), QPointF(104, 176), tr("Nucleus\npulposus"), Side::Left);
    // A small tag says which state is shown, so a glance at the picture is enough.
    const QString state = m_herniated ? tr("Herniated") : tr("Healthy");
    const QFont font = sceneFont(12, true);
    const qreal width = QFontMetricsF(font).horizontalAdvance(state) + 20;
    const QRectF tag(8, 8, width, 22);
    p.save();
    QColor fill = m_herniated ? colour::pressure() : QColor(0x3E, 0x9A, 0x6E);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(tag, 11, 11);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(tag, Qt::AlignCenter, state);
    p.restore();
}

}  // namespace spinesignal::ui
