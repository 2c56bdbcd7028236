#include "learn/learnarea.h"

#include "widgets/placeholderpage.h"

namespace spinesignal::ui {

AreaPage* createLearnPage(AppContext& context, QWidget* parent) {
    Q_UNUSED(context)
    return new PlaceholderPage(QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage", "Learn"),
                               QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage",
                                                 "Why calves and feet can feel sore, heavy or weak when the lumbar spine is involved: the article, section by section, with illustrations."),
                               parent);
}

}  // namespace spinesignal::ui
