#pragma once

#include <QPointF>

class QPainter;

namespace spinesignal::ui {

/// A person seen from the side, as joints in scene units; drawn as one calm silhouette with
/// rounded limbs. Only the near-side arm and leg are shown (the far ones hide behind them).
struct FigurePose {
    QPointF head;
    QPointF shoulder;
    QPointF elbow;
    QPointF hand;
    QPointF hip;
    QPointF knee;
    QPointF ankle;
    QPointF toe;
    /// +1 when the back faces up (lying face down), -1 when it faces the mat (lying on the back).
    qreal backSide = 1;

    /// The same pose moved by `offset`.
    FigurePose translated(QPointF offset) const;
    /// Draws the figure; `working` highlights the back muscles (and buttocks) doing the work.
    void draw(QPainter& p, bool working) const;
};

}  // namespace spinesignal::ui
