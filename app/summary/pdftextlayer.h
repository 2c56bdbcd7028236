#pragma once

#include <QByteArray>

namespace spinesignal::ui {

/// Qt writes each font's ToUnicode map (how a PDF reader turns glyphs back into text) by taking the
/// LOWEST code point that shows a glyph. With Noto Sans CJK that picks TAB for the space, a figure
/// dash for the en dash, and Kangxi radicals (U+2F00…) for common ideographs such as 麻 and 木, so
/// a search for "麻木" would fail. This rewrites those targets to the characters actually written
/// (space, en dash, the ideograph the font draws with the same glyph). Every replacement keeps the
/// byte length, so the PDF's cross-reference offsets stay valid.
class PdfTextLayer {
public:
    static QByteArray fixToUnicode(const QByteArray& pdf);
    /// The character a ToUnicode target should map to instead (unchanged when it is fine).
    static char16_t preferredTarget(char16_t target);
};

}  // namespace spinesignal::ui
