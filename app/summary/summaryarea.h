#pragma once

class QWidget;

namespace spinesignal::ui {

class AreaPage;
struct AppContext;

/// The page of the Doctor summary area.
AreaPage* createSummaryPage(AppContext& context, QWidget* parent);

}  // namespace spinesignal::ui
