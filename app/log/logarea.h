#pragma once

class QWidget;

namespace spinesignal::ui {

class AreaPage;
struct AppContext;

/// The page of the Log area.
AreaPage* createLogPage(AppContext& context, QWidget* parent);

}  // namespace spinesignal::ui
