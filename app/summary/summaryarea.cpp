#include "summary/summaryarea.h"

#include "summary/summarypage.h"

namespace spinesignal::ui {

AreaPage* createSummaryPage(AppContext& context, QWidget* parent) {
    return new SummaryPage(context, parent);
}

}  // namespace spinesignal::ui
