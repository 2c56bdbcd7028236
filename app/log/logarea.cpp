#include "log/logarea.h"

#include "widgets/placeholderpage.h"

namespace spinesignal::ui {

AreaPage* createLogPage(AppContext& context, QWidget* parent) {
    Q_UNUSED(context)
    return new PlaceholderPage(QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage", "Log"),
                               QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage",
                                                 "Record how your legs and back feel each day, in under thirty seconds."),
                               parent);
}

}  // namespace spinesignal::ui
