#include "learn/readingfont.h"

#include "widgets/chinesefont.h"

namespace spinesignal::ui {

QFont readingFont(const QFont& uiFont, bool chinese, qreal pointSize) {
    // English keeps the UI's own Latin face whichever language the window is in (a search hit read
    // in a Chinese window). Chinese only needs the Latin family as a fallback, so it is not resolved
    // for it: that would load a Latin font a Chinese page never draws.
    QFont font =
        chinese ? chineseFirstFont(uiFont, nonChineseFamilyOf(uiFont)) : latinFirstFont(uiFont, latinFamilyOf(uiFont));
    font.setPointSizeF(pointSize);
    return font;
}

}  // namespace spinesignal::ui
