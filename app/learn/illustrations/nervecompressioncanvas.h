#pragma once

#include "learn/illustrations/mechanismcanvas.h"

namespace spinesignal::ui {

/// Mechanism 1: the nucleus presses the nerve root and signals no longer reach the calf.
/// Animation: signal pulses run down the nerve and, when herniated, stop at the pressed root.
class NerveCompressionCanvas final : public MechanismCanvas {
    Q_OBJECT
public:
    explicit NerveCompressionCanvas(QWidget* parent);

    QString title() const override;
    QString description() const override;

protected:
    void paintScene(QPainter& p) override;

private:
    void drawPulses(QPainter& p, qreal pinch) const;
};

}  // namespace spinesignal::ui
