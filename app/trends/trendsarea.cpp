#include "trends/trendsarea.h"

#include "widgets/placeholderpage.h"

namespace spinesignal::ui {

AreaPage* createTrendsPage(AppContext& context, QWidget* parent) {
    Q_UNUSED(context)
    return new PlaceholderPage(QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage", "Trends"),
                               QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage",
                                                 "Charts of how your symptoms change over weeks and years."),
                               parent);
}

}  // namespace spinesignal::ui
