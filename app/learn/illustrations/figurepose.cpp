#include "learn/illustrations/figurepose.h"

#include "learn/illustrations/schematic.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPath>

namespace spinesignal::ui {

using namespace schematic;

namespace {
constexpr qreal kHeadRadius = 11;
constexpr qreal kTorso = 20;
constexpr qreal kUpperArm = 8.5;
constexpr qreal kForearm = 7.5;
constexpr qreal kThigh = 13;
constexpr qreal kShin = 10;
constexpr qreal kFoot = 6.5;
constexpr qreal kNeck = 8;
}  // namespace

FigurePose FigurePose::translated(QPointF offset) const {
    FigurePose moved = *this;
    for (QPointF* point :
         {&moved.head, &moved.shoulder, &moved.elbow, &moved.hand, &moved.hip, &moved.knee, &moved.ankle, &moved.toe}) {
        *point += offset;
    }
    return moved;
}

void FigurePose::draw(QPainter& p, bool working) const {
    struct Segment {
        QPointF from, to;
        qreal width;
    };
    const Segment body[] = {{head, shoulder, kNeck},
                            {shoulder, hip, kTorso},
                            {hip, knee, kThigh},
                            {knee, ankle, kShin},
                            {ankle, toe, kFoot}};
    const Segment arm[] = {{shoulder, elbow, kUpperArm}, {elbow, hand, kForearm}};
    const QColor fill = colour::figure();
    const QColor line = colour::figure().darker(150);
    p.save();
    p.setBrush(Qt::NoBrush);
    // Outline first, then fill, so the parts merge into one silhouette.
    for (const Segment& s : body) {
        p.setPen(QPen(line, s.width + 2.4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(s.from, s.to);
    }
    p.setPen(QPen(line, 1.2));
    p.setBrush(fill);
    p.drawEllipse(head, kHeadRadius, kHeadRadius);
    p.setBrush(Qt::NoBrush);
    for (const Segment& s : body) {
        p.setPen(QPen(fill, s.width, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(s.from, s.to);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawEllipse(head, kHeadRadius - 0.6, kHeadRadius - 0.6);
    if (working) {
        // The muscles along the spine (and the buttocks) that the exercise strengthens.
        QLineF torso(shoulder, hip);
        QLineF normal = torso.normalVector().unitVector();
        const QPointF towardsBack = (normal.p2() - normal.p1()) * (kTorso * 0.32) * backSide;
        QPainterPath back(torso.pointAt(0.15) + towardsBack);
        back.lineTo(torso.pointAt(0.92) + towardsBack);
        p.setPen(QPen(colour::muscle(), 5.5, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(back);
    }
    // The near arm on top, with its own outline so it reads against the body.
    for (const Segment& s : arm) {
        p.setPen(QPen(line, s.width + 2.4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(s.from, s.to);
    }
    const QColor armFill = colour::figure().lighter(112);
    for (const Segment& s : arm) {
        p.setPen(QPen(armFill, s.width, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(s.from, s.to);
    }
    p.restore();
}

}  // namespace spinesignal::ui
