#pragma once

#include "learn/illustrations/illustrationcanvas.h"

#include <QPainterPath>

namespace spinesignal::ui {

/// Shared scene of the three mechanism pictures: the L4–L5 segment seen from the side (front on
/// the left), a nerve root leaving it and running down the leg to the calf. The disc is healthy or
/// herniated; while an animation plays, `phase` runs 0..1 and subclasses draw the moving parts.
class MechanismCanvas : public IllustrationCanvas {
    Q_OBJECT
public:
    explicit MechanismCanvas(QWidget* parent);

    bool isHerniated() const { return m_herniated; }
    void setHerniated(bool herniated);
    bool isPlaying() const { return m_playing; }
    /// Animation time, 0..1; `playing` false shows the still picture.
    void setPhase(qreal phase, bool playing);

protected:
    qreal phase() const { return m_phase; }

    /// Vertebrae L4, L5, S1, discs, the canal with its nerves, and the arches.
    void drawSegment(QPainter& p) const;
    /// Redraws the nucleus on top, so a herniation visibly presses on what lies behind the disc.
    void drawNucleusOnTop(QPainter& p) const;
    /// The leg in profile, with the calf muscle (pale when it is short of signals or blood).
    void drawLeg(QPainter& p, bool weakCalf) const;
    /// Labels common to all three: vertebrae, disc, nucleus, annulus.
    void drawSegmentLabels(QPainter& p) const;

    /// The nerve from the top of the canal through the root and down the leg into the calf.
    QPainterPath nervePath() const;
    /// The root alone, from the canal to the calf (without the canal part).
    QPainterPath rootPath() const;
    /// Where the herniated nucleus presses on what runs behind the disc.
    QPointF pinchPoint() const;
    /// Fraction along `path` closest to `point` (for stopping pulses at the pinch).
    static qreal percentNear(const QPainterPath& path, QPointF point);
    /// Maps a point of the leg's own drawing to the scene.
    static QPointF legPoint(qreal x, qreal y);
    /// Centre of the calf muscle in scene units.
    static QPointF calfCentre();

private:
    bool m_herniated = false;
    bool m_playing = false;
    qreal m_phase = 0;
};

}  // namespace spinesignal::ui
