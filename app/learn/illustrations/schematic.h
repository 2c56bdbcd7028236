#pragma once

#include <QColor>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

/// Palette and drawing primitives shared by every illustration, so that bone, disc, nerve, vessel,
/// inflammation and muscle look the same in each picture. Everything is drawn in scene units on a
/// light card of our own, so the pictures read the same in light and dark application palettes.
namespace spinesignal::ui::schematic {

namespace colour {
QColor card();
QColor cardBorder();
QColor ink();
QColor inkSoft();
QColor leader();
QColor bone();
QColor boneLine();
QColor annulus();
QColor annulusLine();
QColor nucleus();
QColor nucleusLine();
QColor nerve();
QColor nerveLine();
QColor artery();
QColor vein();
QColor tnf();
QColor il6();
QColor muscle();
QColor muscleWeak();
QColor muscleLine();
QColor skin();
QColor skinLine();
QColor figure();
QColor mat();
QColor pressure();
QColor caution();
}  // namespace colour

/// Scene font: `size` is in scene units (the picture is scaled as a whole).
QFont sceneFont(qreal size, bool bold = false);

/// Side of the anchor on which a callout's text sits.
enum class Side { Left, Right, Above, Below };

/// A label with a thin leader line from `anchor` to the text at `textPoint`.
void drawCallout(QPainter& p, QPointF anchor, QPointF textPoint, const QString& text, Side side,
                 const QColor& textColour = colour::ink());
/// Plain text centred on `centre` (several lines allowed).
void drawCentredText(QPainter& p, QPointF centre, const QString& text, qreal size, bool bold, const QColor& colour);
/// Text wrapped inside `rect`, aligned as given.
void drawWrappedText(QPainter& p, const QRectF& rect, const QString& text, qreal size, bool bold, const QColor& colour,
                     Qt::Alignment align);

/// A vertebral body (rounded block with a cortical rim and faint trabecular texture).
void drawVertebralBody(QPainter& p, const QRectF& rect, const QString& name);
/// An intervertebral disc seen from the side, cut open: annulus rings round the nucleus.
/// `bulge` 0..1 pushes the nucleus out through a tear at the back (right side).
QPainterPath discNucleusPath(const QRectF& disc, qreal bulge, qreal nucleusAt = 0.56);
void drawDiscSection(QPainter& p, const QRectF& disc, qreal bulge, qreal nucleusAt = 0.56);
/// A nerve drawn as a yellow cord along `path`; `width` in scene units; `alpha` 0..1.
void drawNerve(QPainter& p, const QPainterPath& path, qreal width, qreal alpha = 1.0);
/// A vessel along `path` (red artery or blue vein).
void drawVessel(QPainter& p, const QPainterPath& path, qreal width, const QColor& colour, qreal alpha = 1.0);
/// Small arrowhead at `at` pointing along `direction` (degrees, Qt convention).
void drawArrowHead(QPainter& p, QPointF at, qreal angle, qreal size, const QColor& colour);
/// A gently curved arrow from `from` to `to`, bowed by `bend` scene units.
void drawCurvedArrow(QPainter& p, QPointF from, QPointF to, qreal bend, const QColor& colour, qreal width = 2.2);

}  // namespace spinesignal::ui::schematic
