#pragma once

class QWidget;

namespace spinesignal::ui {

class AreaPage;
struct AppContext;

/// The page of the Self-check area.
AreaPage* createSelfCheckPage(AppContext& context, QWidget* parent);

}  // namespace spinesignal::ui
