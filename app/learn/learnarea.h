#pragma once

class QWidget;

namespace spinesignal::ui {

class AreaPage;
struct AppContext;

/// The page of the Learn area.
AreaPage* createLearnPage(AppContext& context, QWidget* parent);

}  // namespace spinesignal::ui
