#pragma once

#include <QString>

namespace spinesignal::ui {

/// The font every Chinese word is set in, on screen and on paper: Noto Sans CJK SC, the
/// simplified-Chinese forms (the package depends on fonts-noto-cjk). One name, so the window, the
/// article, the illustrations and the report cannot drift apart.
inline QString chineseFontFamily() {
    return QStringLiteral("Noto Sans CJK SC");
}

}  // namespace spinesignal::ui
