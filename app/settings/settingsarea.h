#pragma once

class QWidget;

namespace spinesignal::ui {

class AreaPage;
struct AppContext;

/// The page of the Settings area.
AreaPage* createSettingsPage(AppContext& context, QWidget* parent);

}  // namespace spinesignal::ui
