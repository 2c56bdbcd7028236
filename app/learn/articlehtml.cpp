#include "learn/articlehtml.h"

#include "content/inlinetext.h"

namespace spinesignal::ui {

QString ArticleHtml::highlightStyle() {
    return QStringLiteral("background-color:#ffe27a;color:#1a1a1a;");
}

QString ArticleHtml::highlighted(const QString& text, const QStringList& terms) {
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        // The earliest, then longest, term from here on.
        qsizetype best = -1;
        qsizetype bestLength = 0;
        for (const QString& term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            const qsizetype at = text.indexOf(term, pos, Qt::CaseInsensitive);
            if (at >= 0 && (best < 0 || at < best || (at == best && term.size() > bestLength))) {
                best = at;
                bestLength = term.size();
            }
        }
        if (best < 0) {
            out += text.mid(pos).toHtmlEscaped();
            break;
        }
        out += text.mid(pos, best - pos).toHtmlEscaped();
        out += QStringLiteral("<span style=\"%1\">%2</span>")
                   .arg(highlightStyle(), text.mid(best, bestLength).toHtmlEscaped());
        pos = best + bestLength;
    }
    return out;
}

QString ArticleHtml::inlineHtml(const QString& markup, const QStringList& highlight) {
    QString out;
    for (const InlineText::Segment& segment : InlineText::parse(markup)) {
        const QString text = highlighted(segment.text, highlight);
        switch (segment.kind) {
            case InlineText::Segment::Kind::Text:
                out += text;
                break;
            case InlineText::Segment::Kind::Bold:
                out += QStringLiteral("<b>") + text + QStringLiteral("</b>");
                break;
            case InlineText::Segment::Kind::Link:
                out += QStringLiteral("<a href=\"section:%1\">%2</a>").arg(segment.target.toHtmlEscaped(), text);
                break;
        }
    }
    return out;
}

}  // namespace spinesignal::ui
