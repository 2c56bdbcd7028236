#include "learn/illustrations/schematic.h"

#include "widgets/chinesefont.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QtMath>

namespace spinesignal::ui::schematic {

namespace colour {
// One palette for every picture: warm bone, blue-grey annulus, teal nucleus, yellow nerve,
// red/blue vessels, orange/purple inflammation, rose muscle, on a light card.
QColor card() {
    return QColor(0xFB, 0xF9, 0xF5);
}
QColor cardBorder() {
    return QColor(0xE2, 0xDC, 0xD0);
}
QColor ink() {
    return QColor(0x2B, 0x36, 0x41);
}
QColor inkSoft() {
    return QColor(0x5F, 0x6B, 0x77);
}
QColor leader() {
    return QColor(0x7A, 0x86, 0x92);
}
QColor bone() {
    return QColor(0xEF, 0xE6, 0xD3);
}
QColor boneLine() {
    return QColor(0xA8, 0x92, 0x6C);
}
QColor annulus() {
    return QColor(0xD3, 0xE1, 0xEA);
}
QColor annulusLine() {
    return QColor(0x8C, 0xA8, 0xBB);
}
QColor nucleus() {
    return QColor(0x7C, 0xC6, 0xB8);
}
QColor nucleusLine() {
    return QColor(0x3A, 0x92, 0x82);
}
QColor nerve() {
    return QColor(0xF4, 0xC8, 0x42);
}
QColor nerveLine() {
    return QColor(0xB8, 0x8A, 0x0E);
}
QColor artery() {
    return QColor(0xD2, 0x4B, 0x45);
}
QColor vein() {
    return QColor(0x4A, 0x6C, 0xB3);
}
QColor tnf() {
    return QColor(0xEE, 0x85, 0x2F);
}
QColor il6() {
    return QColor(0x8A, 0x5A, 0xB8);
}
QColor muscle() {
    return QColor(0xD8, 0x86, 0x86);
}
QColor muscleWeak() {
    return QColor(0xEB, 0xCB, 0xC6);
}
QColor muscleLine() {
    return QColor(0xA9, 0x5B, 0x5B);
}
QColor skin() {
    return QColor(0xF5, 0xEA, 0xE0);
}
QColor skinLine() {
    return QColor(0xC4, 0xAB, 0x96);
}
QColor figure() {
    return QColor(0x6E, 0x8C, 0xAB);
}
QColor mat() {
    return QColor(0xDD, 0xE6, 0xEC);
}
QColor pressure() {
    return QColor(0xD9, 0x4F, 0x3D);
}
QColor caution() {
    return QColor(0xC7, 0x7A, 0x12);
}
}  // namespace colour

QFont sceneFont(qreal size, bool bold) {
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), chineseFontFamily(), QStringLiteral("DejaVu Sans")});
    font.setPixelSize(qMax(1, qRound(size)));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);  // scaled as a whole: keep shapes exact
    return font;
}

namespace {

QRectF textBox(const QFont& font, const QString& text) {
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, 1000, 1000), Qt::AlignLeft | Qt::AlignTop, text);
}

}  // namespace

void drawCallout(QPainter& p, QPointF anchor, QPointF textPoint, const QString& text, Side side,
                 const QColor& textColour) {
    p.save();
    p.setPen(QPen(colour::leader(), 1.1, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(anchor, textPoint);
    p.setPen(Qt::NoPen);
    p.setBrush(colour::ink());
    p.drawEllipse(anchor, 2.3, 2.3);
    const QFont font = sceneFont(13);
    QRectF box = textBox(font, text);
    constexpr qreal gap = 4;
    switch (side) {
        case Side::Left:
            box.moveTopRight(QPointF(textPoint.x() - gap, textPoint.y() - box.height() / 2));
            break;
        case Side::Right:
            box.moveTopLeft(QPointF(textPoint.x() + gap, textPoint.y() - box.height() / 2));
            break;
        case Side::Above:
            box.moveBottomLeft(QPointF(textPoint.x() - box.width() / 2, textPoint.y() - gap + 1));
            break;
        case Side::Below:
            box.moveTopLeft(QPointF(textPoint.x() - box.width() / 2, textPoint.y() + gap - 1));
            break;
    }
    const Qt::Alignment align = side == Side::Left    ? Qt::AlignRight
                                : side == Side::Right ? Qt::AlignLeft
                                                      : Qt::AlignHCenter;
    p.setFont(font);
    p.setPen(textColour);
    p.drawText(box.adjusted(-1, 0, 1, 0), int(align | Qt::AlignVCenter), text);
    p.restore();
}

void drawCentredText(QPainter& p, QPointF centre, const QString& text, qreal size, bool bold, const QColor& colour) {
    const QFont font = sceneFont(size, bold);
    QRectF box = textBox(font, text);
    box.moveCenter(centre);
    p.save();
    p.setFont(font);
    p.setPen(colour);
    p.drawText(box.adjusted(-2, 0, 2, 0), Qt::AlignCenter, text);
    p.restore();
}

void drawWrappedText(QPainter& p, const QRectF& rect, const QString& text, qreal size, bool bold, const QColor& colour,
                     Qt::Alignment align) {
    p.save();
    p.setFont(sceneFont(size, bold));
    p.setPen(colour);
    p.drawText(rect, int(align | Qt::TextWordWrap), text);
    p.restore();
}

void drawVertebralBody(QPainter& p, const QRectF& r, const QString& name) {
    // Slightly waisted sides, as real vertebral bodies are.
    const qreal waist = r.width() * 0.035;
    const qreal radius = 9;
    QPainterPath body;
    body.moveTo(r.left() + radius, r.top());
    body.lineTo(r.right() - radius, r.top());
    body.quadTo(r.right(), r.top(), r.right(), r.top() + radius);
    body.quadTo(r.right() - waist, r.center().y(), r.right(), r.bottom() - radius);
    body.quadTo(r.right(), r.bottom(), r.right() - radius, r.bottom());
    body.lineTo(r.left() + radius, r.bottom());
    body.quadTo(r.left(), r.bottom(), r.left(), r.bottom() - radius);
    body.quadTo(r.left() + waist, r.center().y(), r.left(), r.top() + radius);
    body.quadTo(r.left(), r.top(), r.left() + radius, r.top());
    p.save();
    p.setPen(QPen(colour::boneLine(), 1.6));
    p.setBrush(colour::bone());
    p.drawPath(body);
    // Cortical rim: a faint inner line.
    QColor rim = colour::boneLine();
    rim.setAlpha(70);
    p.setPen(QPen(rim, 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(r.adjusted(5, 5, -5, -5), radius - 4, radius - 4);
    p.restore();
    if (!name.isEmpty()) {
        drawCentredText(p, r.center(), name, 15, true, colour::boneLine().darker(125));
    }
}

QPainterPath discNucleusPath(const QRectF& disc, qreal bulge, qreal nucleusAt) {
    const qreal cx = disc.left() + disc.width() * nucleusAt;
    const qreal cy = disc.center().y();
    const qreal rx = disc.width() * 0.21;
    const qreal ry = disc.height() * 0.29;
    QPainterPath path;
    if (bulge <= 0) {
        path.addEllipse(QPointF(cx, cy), rx, ry);
        return path;
    }
    // One smooth outline: the nucleus narrows through the tear at the back of the annulus and
    // swells again outside the disc, where it presses on what lies behind.
    const qreal right = disc.right();
    const qreal reach = right + 24 * bulge;
    const qreal neck = disc.height() * 0.17;
    const qreal head = disc.height() * 0.32;
    path.moveTo(cx - rx, cy);
    path.cubicTo(QPointF(cx - rx, cy - ry * 0.55), QPointF(cx - rx * 0.55, cy - ry), QPointF(cx, cy - ry));
    path.cubicTo(QPointF(cx + rx * 0.9, cy - ry), QPointF(right - 18, cy - neck), QPointF(right - 6, cy - neck));
    path.cubicTo(QPointF(right + 2, cy - neck), QPointF(reach - 18, cy - head), QPointF(reach - 9, cy - head));
    path.cubicTo(QPointF(reach - 2, cy - head), QPointF(reach, cy - head * 0.45), QPointF(reach, cy));
    path.cubicTo(QPointF(reach, cy + head * 0.45), QPointF(reach - 2, cy + head), QPointF(reach - 9, cy + head));
    path.cubicTo(QPointF(reach - 18, cy + head), QPointF(right + 2, cy + neck), QPointF(right - 6, cy + neck));
    path.cubicTo(QPointF(right - 18, cy + neck), QPointF(cx + rx * 0.9, cy + ry), QPointF(cx, cy + ry));
    path.cubicTo(QPointF(cx - rx * 0.55, cy + ry), QPointF(cx - rx, cy + ry * 0.55), QPointF(cx - rx, cy));
    path.closeSubpath();
    return path;
}

void drawDiscSection(QPainter& p, const QRectF& disc, qreal bulge, qreal nucleusAt) {
    p.save();
    const qreal radius = disc.height() * 0.45;
    p.setPen(QPen(colour::annulusLine(), 1.5));
    p.setBrush(colour::annulus());
    p.drawRoundedRect(disc, radius, radius);
    // Lamellae of the annulus fibrosus.
    QColor lamella = colour::annulusLine();
    lamella.setAlpha(150);
    p.setPen(QPen(lamella, 0.9));
    p.setBrush(Qt::NoBrush);
    for (qreal inset : {4.5, 9.0}) {
        const QRectF ring = disc.adjusted(inset, inset * 0.55, -inset, -inset * 0.55);
        p.drawRoundedRect(ring, radius - inset * 0.5, radius - inset * 0.5);
    }
    const QPainterPath nucleus = discNucleusPath(disc, bulge, nucleusAt);
    p.setPen(QPen(colour::nucleusLine(), 1.4));
    p.setBrush(colour::nucleus());
    p.drawPath(nucleus);
    if (bulge > 0) {
        // Tear lines in the annulus where the nucleus broke through.
        QColor tear = colour::pressure();
        tear.setAlphaF(0.75 * qMin(1.0, bulge * 1.5));
        p.setPen(QPen(tear, 1.2, Qt::SolidLine, Qt::RoundCap));
        const qreal x = disc.right() - 7;
        const qreal y = disc.center().y();
        p.drawLine(QPointF(x - 3, y - disc.height() * 0.36), QPointF(x + 1, y - disc.height() * 0.22));
        p.drawLine(QPointF(x - 3, y + disc.height() * 0.38), QPointF(x + 1, y + disc.height() * 0.24));
    }
    p.restore();
}

void drawNerve(QPainter& p, const QPainterPath& path, qreal width, qreal alpha) {
    p.save();
    p.setBrush(Qt::NoBrush);
    QColor line = colour::nerveLine();
    line.setAlphaF(alpha);
    QColor fill = colour::nerve();
    fill.setAlphaF(alpha);
    p.setPen(QPen(line, width + 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setPen(QPen(fill, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    if (width >= 5) {
        QColor shine(255, 246, 205);
        shine.setAlphaF(0.8 * alpha);
        p.setPen(QPen(shine, width * 0.28, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
    }
    p.restore();
}

void drawVessel(QPainter& p, const QPainterPath& path, qreal width, const QColor& colour, qreal alpha) {
    p.save();
    p.setBrush(Qt::NoBrush);
    QColor line = colour.darker(135);
    line.setAlphaF(alpha);
    QColor fill = colour;
    fill.setAlphaF(alpha);
    p.setPen(QPen(line, width + 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setPen(QPen(fill, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.restore();
}

void drawArrowHead(QPainter& p, QPointF at, qreal angle, qreal size, const QColor& colour) {
    QLineF back = QLineF::fromPolar(size, angle + 180 - 28).translated(at);
    QLineF back2 = QLineF::fromPolar(size, angle + 180 + 28).translated(at);
    QPolygonF head;
    head << at << back.p2() << back2.p2();
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(head);
    p.restore();
}

void drawCurvedArrow(QPainter& p, QPointF from, QPointF to, qreal bend, const QColor& colour, qreal width) {
    const QLineF chord(from, to);
    QLineF normal = chord.normalVector();
    normal.setLength(bend);
    const QPointF control = chord.center() + (normal.p2() - normal.p1());
    QPainterPath path(from);
    path.quadTo(control, to);
    p.save();
    p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.restore();
    drawArrowHead(p, to, QLineF(control, to).angle(), 4 + width * 2.2, colour);
}

}  // namespace spinesignal::ui::schematic
