#include "learn/illustrations/exercisecanvas.h"

#include "learn/illustrations/figurepose.h"
#include "learn/illustrations/schematic.h"

#include <QPainter>

namespace spinesignal::ui {

using namespace schematic;

namespace {

constexpr int kSteps = 3;
constexpr qreal kPanelWidth = 200;
constexpr qreal kPanelGap = 12;
constexpr qreal kLift = 28;  // the poses were drawn for a mat 28 units lower
constexpr qreal kMatTop = 178 - kLift;

QPointF panelOrigin(int index) {
    return QPointF(8 + index * (kPanelWidth + kPanelGap), 8);
}

// Lying face down, arms along the sides.
const FigurePose kProne{{24, 164}, {48, 167}, {76, 170}, {102, 171}, {112, 167}, {146, 168}, {178, 169}, {192, 174}, 1};
// 小燕飞: head, chest, arms and legs lifted, resting on the belly.
const FigurePose kSwallow{{30, 138},  {52, 150},  {80, 150},  {104, 151}, {114, 168},
                          {148, 160}, {180, 150}, {194, 152}, 1};
// Lying on the back, knees bent, feet flat, elbows bent on the mat.
const FigurePose kSupine{{24, 165},  {48, 168},  {76, 171},  {80, 144}, {110, 168},
                         {140, 136}, {162, 170}, {180, 172}, -1};
// 五点支撑: hips lifted, carried by the head, both elbows and both feet.
const FigurePose kBridge{{24, 165},  {50, 160},  {76, 171},  {80, 144}, {112, 128},
                         {146, 120}, {162, 170}, {180, 172}, -1};

void drawSupportPoint(QPainter& p, QPointF at) {
    p.save();
    p.setPen(QPen(colour::caution(), 2.0));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(at, 6.5, 6.5);
    p.restore();
}

}  // namespace

ExerciseCanvas::ExerciseCanvas(Kind kind, QWidget* parent)
    : IllustrationCanvas(QSizeF(640, 272), parent), m_kind(kind) {
    setObjectName(kind == Kind::Swallow ? QStringLiteral("swallowCanvas") : QStringLiteral("bridgeCanvas"));
    updateAccessibleText();
}

QString ExerciseCanvas::title() const {
    return m_kind == Kind::Swallow ? tr("“Little swallow” (小燕飞), step by step")
                                   : tr("“Five-point support” (五点支撑), step by step");
}

QString ExerciseCanvas::stepText(int index) const {
    if (m_kind == Kind::Swallow) {
        switch (index) {
            case 0:
                return tr("Lie face down, arms along your sides, legs straight.");
            case 1:
                return tr(
                    "Lift your head, chest and both legs off the mat together, arms reaching back. "
                    "Hold briefly.");
            default:
                return tr("Lower yourself slowly and rest, then repeat.");
        }
    }
    switch (index) {
        case 0:
            return tr("Lie on your back, knees bent, feet flat, elbows bent on the mat.");
        case 1:
            return tr("Press on five points – head, both elbows, both feet – and lift your hips.");
        default:
            return tr("Hold briefly, then lower your hips slowly.");
    }
}

QString ExerciseCanvas::description() const {
    QString text = m_kind == Kind::Swallow
                       ? tr("Three drawings of a person on a mat, seen from the side.")
                       : tr("Three drawings of a person on a mat, seen from the side; rings mark the "
                            "head, elbows and feet that carry the body.");
    for (int i = 0; i < kSteps; ++i) {
        text += QLatin1Char(' ') + tr("Step %1: %2").arg(i + 1).arg(stepText(i));
    }
    return text;
}

void ExerciseCanvas::paintScene(QPainter& p) {
    for (int i = 0; i < kSteps; ++i) {
        const QPointF origin = panelOrigin(i);
        const QRectF panel(origin, QSizeF(kPanelWidth, 256));
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xF3, 0xF0, 0xEA));
        p.drawRoundedRect(panel, 12, 12);
        p.translate(origin);
        // The mat.
        p.setBrush(colour::mat());
        p.setPen(QPen(colour::mat().darker(115), 1.0));
        p.drawRoundedRect(QRectF(6, kMatTop, kPanelWidth - 12, 9), 4, 4);
        p.save();
        p.translate(0, -kLift);
        if (m_kind == Kind::Swallow) {
            drawSwallowStep(p, i);
        } else {
            drawBridgeStep(p, i);
        }
        p.restore();
        // Step number.
        p.setPen(Qt::NoPen);
        p.setBrush(colour::ink());
        p.drawEllipse(QPointF(20, 20), 12, 12);
        drawCentredText(p, QPointF(20, 20), QString::number(i + 1), 14, true, Qt::white);
        drawWrappedText(p, QRectF(10, kMatTop + 18, kPanelWidth - 20, 84), stepText(i), 14, false, colour::ink(),
                        Qt::AlignLeft | Qt::AlignTop);
        p.restore();
    }
    // Arrows between the steps.
    for (int i = 0; i + 1 < kSteps; ++i) {
        const qreal x = panelOrigin(i).x() + kPanelWidth + kPanelGap / 2;
        drawArrowHead(p, QPointF(x + 4, 90), 0, 9, colour::leader());
    }
}

void ExerciseCanvas::drawSwallowStep(QPainter& p, int index) const {
    if (index == 1) {
        kSwallow.draw(p, true);
        drawCurvedArrow(p, QPointF(14, 150), QPointF(18, 112), -8, colour::caution());
        drawCurvedArrow(p, QPointF(190, 140), QPointF(186, 106), 8, colour::caution());
        return;
    }
    kProne.draw(p, false);
    if (index == 2) {
        drawCurvedArrow(p, QPointF(20, 110), QPointF(20, 142), 8, colour::inkSoft());
        drawCurvedArrow(p, QPointF(186, 110), QPointF(186, 146), -8, colour::inkSoft());
    }
}

void ExerciseCanvas::drawBridgeStep(QPainter& p, int index) const {
    if (index == 1) {
        kBridge.draw(p, true);
        drawCurvedArrow(p, QPointF(112, 100), QPointF(112, 62), 0, colour::caution());
        for (QPointF at :
             {kBridge.head + QPointF(0, 12), kBridge.elbow + QPointF(0, 3), kBridge.toe + QPointF(-8, 2)}) {
            drawSupportPoint(p, at);
        }
        return;
    }
    kSupine.draw(p, false);
    if (index == 2) {
        drawCurvedArrow(p, QPointF(110, 96), QPointF(110, 140), 0, colour::inkSoft());
    }
}

}  // namespace spinesignal::ui
