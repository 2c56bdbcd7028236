#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVariantAnimation;

namespace spinesignal::ui {

struct AppContext;
class MechanismCanvas;

/// A mechanism picture with its controls: a healthy ↔ herniated toggle, a Play button for the
/// short animation (a still picture and a note instead when "reduce motion" is on) and a caption
/// that says in words what the picture shows.
class MechanismIllustration final : public QWidget {
    Q_OBJECT
public:
    /// Takes ownership of `canvas`.
    MechanismIllustration(MechanismCanvas* canvas, AppContext& context, QWidget* parent);

    MechanismCanvas* canvas() const { return m_canvas; }
    void setHerniated(bool herniated);
    /// Starts the animation unless motion is reduced; it stops by itself after a few seconds.
    void play();
    bool isAnimating() const;
    bool motionReduced() const { return m_reduceMotion; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void applyMotionSetting();

    AppContext& m_context;
    MechanismCanvas* m_canvas;
    QPushButton* m_healthy;
    QPushButton* m_herniated;
    QPushButton* m_play;
    QLabel* m_motionNote;
    QLabel* m_caption;
    QVariantAnimation* m_animation;
    bool m_reduceMotion = false;
};

}  // namespace spinesignal::ui
