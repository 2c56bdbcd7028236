#include "learn/readingfont.h"

#include "widgets/chinesefont.h"

#include <QFontInfo>
#include <QStringList>

namespace spinesignal::ui {

QFont readingFont(const QFont& uiFont, bool chinese, qreal pointSize) {
    const QString cjk = chineseFontFamily();
    // The family the UI font really is: its name is often a generic alias ("Sans Serif") that a
    // family list does not resolve, and the list then fell through to the CJK font for English too
    // (its Latin letters, and two large CJK font files opened at start-up for nothing).
    const QString ui = QFontInfo(uiFont).family();
    QFont font = uiFont;
    font.setFamilies(chinese ? QStringList{cjk, ui} : QStringList{ui, cjk});
    font.setPointSizeF(pointSize);
    return font;
}

}  // namespace spinesignal::ui
