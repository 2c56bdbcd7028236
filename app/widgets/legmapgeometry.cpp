#include "widgets/legmapgeometry.h"

#include <QPolygonF>
#include <QTransform>

#include <cmath>
#include <limits>

namespace spinesignal::ui {

namespace {

// One leg is drawn in a local box 100 wide and 312 tall with its lateral (outer) side at x = 0.
constexpr qreal kLegWidth = 100;
constexpr qreal kTop = 26;
constexpr qreal kPanelX[2] = {20, 300};  // front, back
constexpr qreal kSlotX[2] = {15, 145};   // viewer's left, viewer's right

QPolygonF poly(std::initializer_list<QPointF> points) {
    return QPolygonF(QList<QPointF>(points));
}

QPainterPath polygonPath(std::initializer_list<QPointF> points) {
    QPainterPath p;
    p.addPolygon(poly(points));
    p.closeSubpath();
    return p;
}

QPainterPath roundedPath(const QRectF& r, qreal radius) {
    QPainterPath p;
    p.addRoundedRect(r, radius, radius);
    return p;
}

/// The local shape of a region (lateral side at x = 0).
QPainterPath localPath(LegRegion region) {
    switch (region) {
        case LegRegion::ThighOuter:
            return polygonPath({{4, 2}, {28, 2}, {36, 122}, {20, 122}});
        case LegRegion::ThighFront:
            return polygonPath({{31, 2}, {96, 2}, {84, 122}, {39, 122}});
        case LegRegion::ShinOuter:
            return polygonPath({{20, 140}, {50, 140}, {50, 250}, {32, 250}});
        case LegRegion::ShinInner:
            return polygonPath({{53, 140}, {84, 140}, {72, 250}, {53, 250}});
        case LegRegion::FootTop:
            return polygonPath({{28, 258}, {74, 258}, {86, 289}, {62, 289}, {62, 306}, {20, 306}, {14, 289}});
        case LegRegion::BigToe:
            return roundedPath(QRectF(QPointF(65, 292), QPointF(90, 312)), 8);
        case LegRegion::Buttock:
            return roundedPath(QRectF(4, 0, 94, 46), 20);
        case LegRegion::ThighBack:
            return polygonPath({{6, 50}, {96, 50}, {84, 122}, {20, 122}});
        case LegRegion::CalfBack:
            return polygonPath({{20, 140}, {84, 140}, {90, 175}, {72, 250}, {32, 250}, {14, 175}});
        case LegRegion::Heel:
            return roundedPath(QRectF(QPointF(30, 258), QPointF(74, 276)), 8);
        case LegRegion::Sole:
            return polygonPath({{44, 280}, {76, 280}, {88, 310}, {46, 310}});
        case LegRegion::FootOuter:
            return polygonPath({{16, 280}, {40, 280}, {42, 310}, {12, 310}});
    }
    return {};
}

/// Front view: the person's right leg is on the viewer's left; back view: their left leg is.
int slotOf(bool front, Leg leg) {
    const bool viewerLeft = front ? leg == Leg::Right : leg == Leg::Left;
    return viewerLeft ? 0 : 1;
}

/// Local leg box → scene. The leg on the viewer's right is mirrored so both lateral sides face out.
QTransform legTransform(bool front, Leg leg) {
    const int slot = slotOf(front, leg);
    const qreal x0 = kPanelX[front ? 0 : 1] + kSlotX[slot];
    if (slot == 0) {
        return QTransform::fromTranslate(x0, kTop);
    }
    return QTransform(-1, 0, 0, 1, x0 + kLegWidth, kTop);
}

}  // namespace

bool LegMapGeometry::inFrontView(LegRegion region) {
    switch (region) {
        case LegRegion::ThighFront:
        case LegRegion::ThighOuter:
        case LegRegion::ShinInner:
        case LegRegion::ShinOuter:
        case LegRegion::FootTop:
        case LegRegion::BigToe:
            return true;
        default:
            return false;
    }
}

QPainterPath LegMapGeometry::path(Leg leg, LegRegion region) {
    return legTransform(inFrontView(region), leg).map(localPath(region));
}

QPointF LegMapGeometry::center(Leg leg, LegRegion region) {
    return path(leg, region).boundingRect().center();
}

QList<LegMapRegion> LegMapGeometry::allRegions() {
    static const LegRegion front[] = {LegRegion::ThighOuter, LegRegion::ThighFront, LegRegion::ShinOuter,
                                      LegRegion::ShinInner,  LegRegion::FootTop,    LegRegion::BigToe};
    static const LegRegion back[] = {LegRegion::Buttock, LegRegion::ThighBack, LegRegion::CalfBack,
                                     LegRegion::Heel,    LegRegion::FootOuter, LegRegion::Sole};
    QList<LegMapRegion> out;
    for (Leg leg : {Leg::Right, Leg::Left}) {
        for (LegRegion r : front) {
            out.append({leg, r});
        }
    }
    for (Leg leg : {Leg::Left, Leg::Right}) {
        for (LegRegion r : back) {
            out.append({leg, r});
        }
    }
    return out;
}

std::optional<LegMapRegion> LegMapGeometry::regionAt(QPointF scenePoint) {
    for (const auto& item : allRegions()) {
        if (path(item.first, item.second).contains(scenePoint)) {
            return item;
        }
    }
    return std::nullopt;
}

LegMapRegion LegMapGeometry::neighbour(LegMapRegion from, int dx, int dy) {
    const QPointF origin = center(from.first, from.second);
    LegMapRegion best = from;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (const auto& item : allRegions()) {
        if (item == from) {
            continue;
        }
        const QPointF d = center(item.first, item.second) - origin;
        // Along the direction must be positive; sideways drift costs more than distance ahead.
        const qreal along = d.x() * dx + d.y() * dy;
        if (along <= 1) {
            continue;
        }
        const qreal across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const qreal score = along + 2.5 * across;
        if (score < bestScore) {
            bestScore = score;
            best = item;
        }
    }
    return best;
}

QPointF LegMapGeometry::viewTitleAnchor(bool front) {
    return {kPanelX[front ? 0 : 1] + 130, 11};
}

QPointF LegMapGeometry::legLabelAnchor(bool front, Leg leg) {
    const int slot = slotOf(front, leg);
    return {kPanelX[front ? 0 : 1] + kSlotX[slot] + kLegWidth / 2, kTop + 326};
}

QPainterPath LegMapGeometry::silhouette(bool front, Leg leg) {
    QPainterPath local;
    local.addPolygon(poly({{20, 120}, {84, 120}, {84, 142}, {20, 142}}));  // knee
    local.addPolygon(poly({{32, 248}, {72, 248}, {74, 260}, {28, 260}}));  // ankle
    for (int r = 0; r < kLegRegionCount; ++r) {
        const auto region = static_cast<LegRegion>(r);
        if (inFrontView(region) == front) {
            local.addPath(localPath(region));
        }
    }
    return legTransform(front, leg).map(local.simplified());
}

}  // namespace spinesignal::ui
