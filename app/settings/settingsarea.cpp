#include "settings/settingsarea.h"

#include "widgets/placeholderpage.h"

namespace spinesignal::ui {

AreaPage* createSettingsPage(AppContext& context, QWidget* parent) {
    Q_UNUSED(context)
    return new PlaceholderPage(QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage", "Settings"),
                               QT_TRANSLATE_NOOP("spinesignal::ui::PlaceholderPage",
                                                 "Language, text size, reminders and your data."),
                               parent);
}

}  // namespace spinesignal::ui
