#pragma once

#include <QWidget>

namespace spinesignal::ui {

/// Base of the page that fills the window for one area.
class AreaPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Shows a place inside the area (e.g. a section id); the default ignores it.
    virtual void openTarget(const QString& target) { Q_UNUSED(target) }
};

}  // namespace spinesignal::ui
