#pragma once

#include "learn/illustrations/mechanismcanvas.h"

namespace spinesignal::ui {

/// Mechanism 3: nucleus material leaks out and releases TNF-α and IL-6 round the nerve root,
/// which becomes irritated and more sensitive. Animation: the molecules spread round the root.
class InflammationCanvas final : public MechanismCanvas {
    Q_OBJECT
public:
    explicit InflammationCanvas(QWidget* parent);

    QString title() const override;
    QString description() const override;

protected:
    void paintScene(QPainter& p) override;
};

}  // namespace spinesignal::ui
