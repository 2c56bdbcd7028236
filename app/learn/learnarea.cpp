#include "learn/learnarea.h"

#include "learn/learnpage.h"

namespace spinesignal::ui {

AreaPage* createLearnPage(AppContext& context, QWidget* parent) {
    return new LearnPage(context, parent);
}

}  // namespace spinesignal::ui
