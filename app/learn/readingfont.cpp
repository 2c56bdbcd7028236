#include "learn/readingfont.h"

#include "widgets/chinesefont.h"

namespace spinesignal::ui {

QFont readingFont(const QFont& uiFont, bool chinese, qreal pointSize) {
    // English keeps the UI's own Latin face whichever language the window is in (a search hit read
    // in a Chinese window).
    QFont font = fontForLanguage(uiFont, chinese);
    font.setPointSizeF(pointSize);
    return font;
}

}  // namespace spinesignal::ui
