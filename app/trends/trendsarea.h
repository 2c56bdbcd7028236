#pragma once

class QWidget;

namespace spinesignal::ui {

class AreaPage;
struct AppContext;

/// The page of the Trends area.
AreaPage* createTrendsPage(AppContext& context, QWidget* parent);

}  // namespace spinesignal::ui
