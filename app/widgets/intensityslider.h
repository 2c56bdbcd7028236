#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

namespace spinesignal::ui {

/// A 0–10 numeric rating scale that may be left empty ("not recorded"), shown as eleven boxes with
/// the number and its plain word (Labels::intensityWord) beside them.
/// Keyboard: digits set the value (1 then 0 quickly gives 10), arrows/+/- step, Home/End give 0/10,
/// Delete or Backspace clears. Mouse: click a box; clicking the chosen box again clears it.
class IntensitySlider : public QWidget {
    Q_OBJECT
public:
    explicit IntensitySlider(QWidget* parent = nullptr);

    std::optional<int> value() const { return m_value; }
    void setValue(std::optional<int> value);
    void clear() { setValue(std::nullopt); }

    /// What the value means in words, e.g. "7 — severe" or "not recorded".
    QString valueText() const;
    /// The box under a point (0–10), if any.
    std::optional<int> boxAt(const QPoint& pos) const;
    QRect boxRect(int value) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void valueChanged(std::optional<int> value);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int boxSize() const;
    int wordWidth() const;
    void updateAccessibleText();

    std::optional<int> m_value;
    QElapsedTimer m_lastOne;  ///< when "1" was typed, so that "1 0" means ten
};

}  // namespace spinesignal::ui
