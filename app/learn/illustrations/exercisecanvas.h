#pragma once

#include "learn/illustrations/illustrationcanvas.h"

namespace spinesignal::ui {

/// One of the two back-muscle exercises the article names, in three steps side by side.
class ExerciseCanvas final : public IllustrationCanvas {
    Q_OBJECT
public:
    enum class Kind { Swallow, Bridge };  ///< 小燕飞, 五点支撑

    ExerciseCanvas(Kind kind, QWidget* parent);

    Kind kind() const { return m_kind; }
    QString title() const override;
    QString description() const override;
    /// The caption of step `index` (0..2).
    QString stepText(int index) const;

protected:
    void paintScene(QPainter& p) override;

private:
    void drawSwallowStep(QPainter& p, int index) const;
    void drawBridgeStep(QPainter& p, int index) const;

    Kind m_kind;
};

}  // namespace spinesignal::ui
