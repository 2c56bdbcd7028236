#pragma once

#include <QFont>
#include <QString>

namespace spinesignal::ui {

/// The font every Chinese word is set in, on screen and on paper: Noto Sans CJK SC, the
/// simplified-Chinese forms (the package depends on fonts-noto-cjk). One name, so the window, the
/// article, the illustrations and the report cannot drift apart.
inline QString chineseFontFamily() {
    return QStringLiteral("Noto Sans CJK SC");
}

/// `font` for text that is mostly Chinese: the CJK font first, `latinFamily` (if any) behind it for
/// what it lacks. Its own Latin letters and digits then match the ideographs beside them, and a Chinese
/// window sets every line in one font instead of asking two for each. Han needs no OpenType
/// shaping (scripts that do are still shaped), and full hinting puts every ideograph on a whole
/// pixel, so each is rasterised once rather than once per sub-pixel offset: both are most of what
/// a Chinese page costs to draw the first time.
QFont chineseFirstFont(QFont font, const QString& latinFamily);

/// `font` for text that is mostly English: `latinFamily` first, the CJK font behind it for the
/// Chinese words it keeps (小燕飞), shaped and hinted as the system asks.
QFont latinFirstFont(QFont font, const QString& latinFamily);

/// `font` for text in Chinese (chineseFirstFont) or English (latinFirstFont): the one choice the
/// window's font and the article's share. The Latin family is resolved only for English (resolving
/// it loads that font, which Chinese text needs only as a fallback).
QFont fontForLanguage(const QFont& font, bool chinese);

/// The first family of `font` other than the CJK font, as named (possibly a generic alias such as
/// "Sans Serif"); empty if it has none.
QString nonChineseFamilyOf(const QFont& font);

/// What English is set in with `font`: its Latin family, resolved to the family it really is.
QString latinFamilyOf(const QFont& font);

}  // namespace spinesignal::ui
