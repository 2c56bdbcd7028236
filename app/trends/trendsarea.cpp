#include "trends/trendsarea.h"

#include "trends/trendspage.h"

namespace spinesignal::ui {

AreaPage* createTrendsPage(AppContext& context, QWidget* parent) {
    return new TrendsPage(context, parent);
}

}  // namespace spinesignal::ui
