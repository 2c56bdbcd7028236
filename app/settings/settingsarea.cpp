#include "settings/settingsarea.h"

#include "settings/settingspage.h"

namespace spinesignal::ui {

AreaPage* createSettingsPage(AppContext& context, QWidget* parent) {
    return new SettingsPage(context, parent);
}

}  // namespace spinesignal::ui
