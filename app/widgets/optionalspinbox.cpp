#include "widgets/optionalspinbox.h"

#include <QEvent>

namespace spinesignal::ui {

OptionalSpinBox::OptionalSpinBox(int maximum, QWidget* parent) : QSpinBox(parent) {
    setRange(-1, maximum);
    setValue(-1);
    setAccelerated(true);
    retranslate();
}

std::optional<int> OptionalSpinBox::optionalValue() const {
    return value() < 0 ? std::nullopt : std::optional<int>(value());
}

void OptionalSpinBox::setOptionalValue(std::optional<int> value) {
    setValue(value ? *value : -1);
}

void OptionalSpinBox::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QSpinBox::changeEvent(event);
}

void OptionalSpinBox::retranslate() {
    setSpecialValueText(tr("not given"));
}

}  // namespace spinesignal::ui
