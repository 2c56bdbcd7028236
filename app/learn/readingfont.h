#pragma once

#include <QFont>

namespace spinesignal::ui {

/// The font the article and its table of contents are read in, at `pointSize`: Chinese in a real
/// CJK font (Noto Sans CJK SC, the simplified glyph forms) with the UI font behind it; English in
/// the UI font with the CJK font behind it, for the exercise names (小燕飞, 五点支撑) it keeps.
QFont readingFont(const QFont& uiFont, bool chinese, qreal pointSize);

}  // namespace spinesignal::ui
