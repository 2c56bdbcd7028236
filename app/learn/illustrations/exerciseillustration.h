#pragma once

#include "learn/illustrations/exercisecanvas.h"

#include <QWidget>

class QBoxLayout;
class QFrame;
class QLabel;

namespace spinesignal::ui {

/// An exercise in steps with the article's cautions beside it (below it when the page is narrow).
class ExerciseIllustration final : public QWidget {
    Q_OBJECT
public:
    ExerciseIllustration(ExerciseCanvas::Kind kind, QWidget* parent);

    ExerciseCanvas* canvas() const { return m_canvas; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();

    ExerciseCanvas* m_canvas;
    QFrame* m_cautionBox;
    QLabel* m_cautions;
    QBoxLayout* m_layout;
};

}  // namespace spinesignal::ui
