#pragma once

#include "learn/illustrations/mechanismcanvas.h"

namespace spinesignal::ui {

/// Mechanism 2: the herniation squeezes an artery branch beside the root, so less blood reaches
/// the calf muscle. Animation: blood particles flow down the vessel and thin out past the squeeze.
class CirculationCanvas final : public MechanismCanvas {
    Q_OBJECT
public:
    explicit CirculationCanvas(QWidget* parent);

    QString title() const override;
    QString description() const override;

protected:
    void paintScene(QPainter& p) override;
};

}  // namespace spinesignal::ui
