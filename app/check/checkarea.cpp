#include "check/checkarea.h"

#include "widgets/placeholderpage.h"

namespace spinesignal::ui {

AreaPage* createSelfCheckPage(AppContext& context, QWidget* parent) {
    Q_UNUSED(context)
    return new PlaceholderPage(QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage", "Self-check"),
                               QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage",
                                                 "A short symptom checklist that gives guidance, never a diagnosis, and sends you to urgent care when a red flag is present."),
                               parent);
}

}  // namespace spinesignal::ui
