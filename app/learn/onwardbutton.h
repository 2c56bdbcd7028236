#pragma once

#include <QPushButton>

namespace spinesignal::ui {

/// A push button whose text wraps, so a long "way onward" at the largest text size never widens
/// the reading column (a plain QPushButton keeps its text on one line).
class OnwardButton final : public QPushButton {
    Q_OBJECT
public:
    explicit OnwardButton(const QString& text, QWidget* parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr int kPadding = 10;
};

}  // namespace spinesignal::ui
