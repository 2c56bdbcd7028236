#pragma once

#include <QString>
#include <QStringList>

namespace spinesignal::ui {

/// Turns a block's inline markup (content/inlinetext.h) into the rich text a QLabel shows:
/// escaped text, <b> for bold, <a href="section:id"> for links, and search terms highlighted.
class ArticleHtml {
public:
    static QString inlineHtml(const QString& markup, const QStringList& highlight = {});
    /// Escapes `text` and wraps every case-insensitive occurrence of a term in a highlight span.
    static QString highlighted(const QString& text, const QStringList& terms);
    /// The highlight colour (also used by tests to find highlights).
    static QString highlightStyle();
};

}  // namespace spinesignal::ui
