#include "summary/summaryarea.h"

#include "widgets/placeholderpage.h"

namespace spinesignal::ui {

AreaPage* createSummaryPage(AppContext& context, QWidget* parent) {
    Q_UNUSED(context)
    return new PlaceholderPage(QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage", "Doctor summary"),
                               QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage",
                                                 "A one-page PDF summary for your doctor, printing and CSV export."),
                               parent);
}

}  // namespace spinesignal::ui
