#include "log/logarea.h"

#include "log/logpage.h"

namespace spinesignal::ui {

AreaPage* createLogPage(AppContext& context, QWidget* parent) {
    return new LogPage(context, parent);
}

}  // namespace spinesignal::ui
