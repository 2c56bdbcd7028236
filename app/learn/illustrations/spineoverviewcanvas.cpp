#include "learn/illustrations/spineoverviewcanvas.h"

#include "learn/illustrations/schematic.h"

#include <QPainter>

namespace spinesignal::ui {

using namespace schematic;

namespace {

constexpr qreal kCentre = 190;
constexpr qreal kHalf = 70;  // half the width of a vertebral body
struct Level {
    const char* name;
    qreal top;
    qreal bottom;
};
const Level kVertebrae[] = {{"L3", 14, 72}, {"L4", 102, 160}, {"L5", 192, 250}};
const QRectF kDiscs[] = {QRectF(116, 77, 148, 20), QRectF(116, 165, 148, 22), QRectF(116, 255, 148, 20)};

QPainterPath sacrumPath() {
    QPainterPath path(QPointF(kCentre - 76, 282));
    path.lineTo(QPointF(kCentre + 76, 282));
    path.cubicTo(QPointF(kCentre + 74, 330), QPointF(kCentre + 44, 372), QPointF(kCentre + 18, 396));
    path.lineTo(QPointF(kCentre - 18, 396));
    path.cubicTo(QPointF(kCentre - 44, 372), QPointF(kCentre - 74, 330), QPointF(kCentre - 76, 282));
    path.closeSubpath();
    return path;
}

// One root of a pair: leaves the canal at `from`, passes under the pedicle at `exit`, runs on.
QPainterPath rootPath(qreal side, qreal fromY, qreal exitY, QPointF end) {
    const qreal x0 = kCentre + side * 10;
    QPainterPath path(QPointF(x0, fromY));
    path.cubicTo(QPointF(x0 + side * 10, fromY + 14), QPointF(kCentre + side * 56, exitY - 6),
                 QPointF(kCentre + side * 78, exitY));
    path.cubicTo(QPointF(kCentre + side * 96, exitY + 6), QPointF(end.x() - side * 12, end.y() - 10), end);
    return path;
}

}  // namespace

SpineOverviewCanvas::SpineOverviewCanvas(QWidget* parent) : IllustrationCanvas(QSizeF(640, 400), parent) {
    setObjectName(QStringLiteral("spineOverviewCanvas"));
    updateAccessibleText();
}

QString SpineOverviewCanvas::title() const {
    return tr("The lumbar spine");
}

QString SpineOverviewCanvas::description() const {
    return tr(
        "The lower spine seen from behind: the lumbar vertebrae L3, L4 and L5 stacked above "
        "the sacrum (S1), with an intervertebral disc between each pair as a cushion. The "
        "nerves run down the spinal canal; at each level a pair of nerve roots leaves it, "
        "among them L4, L5 and S1, which go on into the legs. Beside it, the L4–L5 disc seen "
        "from above: a soft gel core, the nucleus pulposus, held by the tough rings of the "
        "annulus fibrosus, with the nerves just behind the disc.");
}

void SpineOverviewCanvas::paintScene(QPainter& p) {
    drawColumn(p);
    drawDiscFromAbove(p);
}

void SpineOverviewCanvas::drawColumn(QPainter& p) const {
    for (const Level& level : kVertebrae) {
        drawVertebralBody(p, QRectF(kCentre - kHalf, level.top, 2 * kHalf, level.bottom - level.top), QString());
    }
    for (const QRectF& disc : kDiscs) {
        drawDiscSection(p, disc, 0, 0.5);
    }
    p.save();
    p.setPen(QPen(colour::boneLine(), 1.6));
    p.setBrush(colour::bone());
    p.drawPath(sacrumPath());
    // Sacral openings where the S1 and lower roots leave.
    p.setBrush(colour::bone().darker(112));
    p.setPen(QPen(colour::boneLine(), 1.0));
    for (qreal side : {-1.0, 1.0}) {
        p.drawEllipse(QPointF(kCentre + side * 42, 322), 7, 6);
        p.drawEllipse(QPointF(kCentre + side * 34, 356), 6, 5);
    }
    // Cut pedicles: the roots leave just below them.
    for (const Level& level : kVertebrae) {
        for (qreal side : {-1.0, 1.0}) {
            p.drawEllipse(QPointF(kCentre + side * 50, level.top + 16), 10, 11);
        }
    }
    p.restore();

    // Nerves in the spinal canal, and the roots leaving it in pairs.
    QPainterPath canal(QPointF(kCentre, -4));
    canal.lineTo(QPointF(kCentre, 330));
    drawNerve(p, canal, 22, 0.92);
    struct Root {
        const char* name;
        qreal from, exit;
        QPointF end;
    };
    const Root roots[] = {{"L3", 54, 82, QPointF(300, 116)},
                          {"L4", 142, 172, QPointF(306, 210)},
                          {"L5", 232, 262, QPointF(306, 298)},
                          {"S1", 296, 322, QPointF(300, 368)}};
    for (const Root& root : roots) {
        const bool main = qstrcmp(root.name, "L3") != 0;
        for (qreal side : {-1.0, 1.0}) {
            const QPointF end(kCentre + side * (root.end.x() - kCentre), root.end.y());
            drawNerve(p, rootPath(side, root.from, root.exit, end), main ? 7 : 5.5, main ? 1.0 : 0.7);
        }
        const QString name = QString::fromLatin1(root.name);
        const QString label = main ? tr("%1 nerve root").arg(name) : name;
        drawCallout(p, root.end, root.end + QPointF(6, 0), label, Side::Right,
                    main ? colour::ink() : colour::inkSoft());
    }
    for (const Level& level : kVertebrae) {
        drawCentredText(p, QPointF(kCentre - 40, (level.top + level.bottom) / 2 + 4), QString::fromLatin1(level.name),
                        15, true, colour::boneLine().darker(125));
    }
    drawCentredText(p, QPointF(kCentre - 40, 300), QStringLiteral("S1"), 15, true, colour::boneLine().darker(125));

    drawCallout(p, QPointF(kCentre - 62, 32), QPointF(100, 32), tr("Lumbar\nvertebra"), Side::Left);
    drawCallout(p, QPointF(kCentre - 68, 171), QPointF(100, 138), tr("Intervertebral\ndisc"), Side::Left);
    drawCallout(p, QPointF(kCentre + 24, 384), QPointF(250, 386), tr("Sacrum"), Side::Right);
    drawCallout(p, QPointF(kCentre - 6, 234), QPointF(100, 234), tr("Nerves in the\nspinal canal"), Side::Left);
    drawWrappedText(p, QRectF(6, 384, 140, 14), tr("seen from behind"), 11, false, colour::inkSoft(),
                    Qt::AlignLeft | Qt::AlignVCenter);
    // The disc shown enlarged on the right.
    p.save();
    p.setPen(QPen(colour::leader(), 1.2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(kDiscs[1].adjusted(-4, -4, 4, 4), 12, 12);
    p.restore();
}

void SpineOverviewCanvas::drawDiscFromAbove(QPainter& p) const {
    const QRectF panel(412, 12, 220, 376);
    p.save();
    p.setPen(QPen(colour::cardBorder(), 1.2));
    p.setBrush(QColor(0xF3, 0xF0, 0xEA));
    p.drawRoundedRect(panel, 12, 12);
    p.restore();
    drawWrappedText(p, panel.adjusted(10, 10, -10, 0), tr("The L4–L5 disc seen from above"), 13, true, colour::ink(),
                    Qt::AlignHCenter | Qt::AlignTop);

    const QPointF c(522, 190);
    // Kidney shape: the back of the disc (towards the canal, below) is slightly hollow.
    auto discShape = [c](qreal w, qreal h) {
        QPainterPath path(QPointF(c.x(), c.y() - h / 2));
        path.cubicTo(QPointF(c.x() + w * 0.42, c.y() - h / 2), QPointF(c.x() + w / 2, c.y() - h * 0.2),
                     QPointF(c.x() + w / 2, c.y() + h * 0.08));
        path.cubicTo(QPointF(c.x() + w / 2, c.y() + h * 0.4), QPointF(c.x() + w * 0.3, c.y() + h / 2),
                     QPointF(c.x() + w * 0.16, c.y() + h * 0.42));
        path.cubicTo(QPointF(c.x() + w * 0.06, c.y() + h * 0.36), QPointF(c.x() - w * 0.06, c.y() + h * 0.36),
                     QPointF(c.x() - w * 0.16, c.y() + h * 0.42));
        path.cubicTo(QPointF(c.x() - w * 0.3, c.y() + h / 2), QPointF(c.x() - w / 2, c.y() + h * 0.4),
                     QPointF(c.x() - w / 2, c.y() + h * 0.08));
        path.cubicTo(QPointF(c.x() - w / 2, c.y() - h * 0.2), QPointF(c.x() - w * 0.42, c.y() - h / 2),
                     QPointF(c.x(), c.y() - h / 2));
        path.closeSubpath();
        return path;
    };
    p.save();
    // Bony ring behind the disc that closes the canal, with the spinous process pointing back.
    QPainterPath arch;
    arch.addEllipse(QPointF(c.x(), c.y() + 78), 46, 40);
    QPolygonF spinous;
    spinous << QPointF(c.x() - 10, c.y() + 110) << QPointF(c.x() + 10, c.y() + 110) << QPointF(c.x() + 6, c.y() + 156)
            << QPointF(c.x() - 6, c.y() + 156);
    arch.addPolygon(spinous);
    arch = arch.simplified();
    p.setPen(QPen(colour::boneLine(), 1.5));
    p.setBrush(colour::bone());
    p.drawPath(arch);
    p.setBrush(QColor(0xF3, 0xF0, 0xEA));
    p.drawEllipse(QPointF(c.x(), c.y() + 76), 30, 25);  // the canal

    p.setPen(QPen(colour::annulusLine(), 1.5));
    p.setBrush(colour::annulus());
    p.drawPath(discShape(172, 112));
    QColor lamella = colour::annulusLine();
    lamella.setAlpha(150);
    p.setPen(QPen(lamella, 0.9));
    p.setBrush(Qt::NoBrush);
    for (qreal k : {0.87, 0.74, 0.61}) {
        p.drawPath(discShape(172 * k, 112 * k));
    }
    p.setPen(QPen(colour::nucleusLine(), 1.4));
    p.setBrush(colour::nucleus());
    p.drawEllipse(QPointF(c.x(), c.y() - 2), 38, 24);
    p.restore();

    // Nerves behind the disc: the sac and a root on each side.
    p.save();
    p.setPen(QPen(colour::nerveLine(), 1.3));
    p.setBrush(colour::nerve());
    p.drawEllipse(QPointF(c.x(), c.y() + 78), 18, 15);
    p.drawEllipse(QPointF(c.x() - 34, c.y() + 62), 7, 7);
    p.drawEllipse(QPointF(c.x() + 34, c.y() + 62), 7, 7);
    p.restore();

    drawCallout(p, QPointF(c.x() - 12, c.y() - 6), QPointF(470, 112), tr("Nucleus\npulposus"), Side::Above);
    drawCallout(p, QPointF(c.x() + 70, c.y() - 18), QPointF(584, 112), tr("Annulus\nfibrosus"), Side::Above);
    drawCallout(p, QPointF(c.x() + 16, c.y() + 84), QPointF(592, 306), tr("Nerves"), Side::Below);
    drawCentredText(p, QPointF(c.x() - 80, c.y() - 52), tr("front"), 11, false, colour::inkSoft());
    drawCentredText(p, QPointF(c.x() - 72, c.y() + 128), tr("back"), 11, false, colour::inkSoft());
}

}  // namespace spinesignal::ui
