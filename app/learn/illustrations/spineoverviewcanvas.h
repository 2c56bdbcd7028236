#pragma once

#include "learn/illustrations/illustrationcanvas.h"

namespace spinesignal::ui {

/// The lumbar spine from behind (arches left out): vertebrae L3 to the sacrum, the discs, the
/// nerves in the spinal canal and the roots L4, L5 and S1 leaving it; beside it the L4–L5 disc
/// seen from above, with its nucleus pulposus and annulus fibrosus.
class SpineOverviewCanvas final : public IllustrationCanvas {
    Q_OBJECT
public:
    explicit SpineOverviewCanvas(QWidget* parent);

    QString title() const override;
    QString description() const override;

protected:
    void paintScene(QPainter& p) override;

private:
    void drawColumn(QPainter& p) const;
    void drawDiscFromAbove(QPainter& p) const;
};

}  // namespace spinesignal::ui
