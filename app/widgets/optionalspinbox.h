#pragma once

#include <QSpinBox>

#include <optional>

namespace spinesignal::ui {

/// A whole-number box that can also be empty ("not given"): its lowest step shows a dash, so
/// leaving a habit or a duration unrecorded is different from recording zero.
class OptionalSpinBox : public QSpinBox {
    Q_OBJECT
public:
    explicit OptionalSpinBox(int maximum, QWidget* parent = nullptr);

    std::optional<int> optionalValue() const;
    void setOptionalValue(std::optional<int> value);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

}  // namespace spinesignal::ui
