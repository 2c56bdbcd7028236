#pragma once

#include "widgets/legmappicture.h"

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include <optional>

namespace spinesignal::ui {

/// The shapes of the leg map in a fixed scene (kSceneWidth × kSceneHeight units): a front view and
/// a back view of both legs with their feet. Each region is drawn in exactly one view (front: thigh
/// front and outer, shins, top of foot, big toe; back: buttock, thigh and calf back, heel, sole,
/// outer foot), so a click or a key always means one (leg, region). Pure geometry; no painting.
class LegMapGeometry {
public:
    static constexpr qreal kSceneWidth = 560;
    static constexpr qreal kSceneHeight = 362;

    static QRectF sceneRect() { return {0, 0, kSceneWidth, kSceneHeight}; }
    /// True if the region is drawn in the front view.
    static bool inFrontView(LegRegion region);
    /// The outline of a region, in scene units.
    static QPainterPath path(Leg leg, LegRegion region);
    static QPointF center(Leg leg, LegRegion region);
    /// Every region in reading order: front view first, left to right, top to bottom.
    static QList<LegMapRegion> allRegions();
    /// The region under a scene point, if any.
    static std::optional<LegMapRegion> regionAt(QPointF scenePoint);
    /// The nearest region from `from` in a direction (dx, dy ∈ {-1, 0, 1}); `from` if there is
    /// none.
    static LegMapRegion neighbour(LegMapRegion from, int dx, int dy);

    /// Where the view titles ("Front", "Back") and the leg labels sit, in scene units.
    static QPointF viewTitleAnchor(bool front);
    static QPointF legLabelAnchor(bool front, Leg leg);
    /// The whole silhouette of one leg in one view (drawn under the regions).
    static QPainterPath silhouette(bool front, Leg leg);
};

}  // namespace spinesignal::ui
