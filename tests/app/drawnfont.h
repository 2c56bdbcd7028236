#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QRawFont>
#include <QStringList>
#include <QTextLayout>

namespace spinesignal::testing {

/// The families of the font files that really draw `text` in `font`, after fallback, joined by
/// " + " in the order first used: what a reader sees, which QFont::families() (a wish list) does not say.
inline QString drawnFamily(const QString& text, const QFont& font) {
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        if (!families.contains(run.rawFont().familyName())) {
            families.append(run.rawFont().familyName());
        }
    }
    return families.join(QStringLiteral(" + "));
}

}  // namespace spinesignal::testing
