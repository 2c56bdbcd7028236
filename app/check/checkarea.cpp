#include "check/checkarea.h"

#include "check/selfcheckpage.h"

namespace spinesignal::ui {

AreaPage* createSelfCheckPage(AppContext& context, QWidget* parent) {
    return new SelfCheckPage(context, parent);
}

}  // namespace spinesignal::ui
