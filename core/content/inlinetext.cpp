#include "content/inlinetext.h"

namespace spinesignal {

namespace {

const QString kBold = QStringLiteral("**");
const QString kLinkOpen = QStringLiteral("[[section:");
const QString kLinkClose = QStringLiteral("]]");

void appendText(QList<InlineText::Segment>& out, const QString& text) {
    if (text.isEmpty()) {
        return;
    }
    if (!out.isEmpty() && out.last().kind == InlineText::Segment::Kind::Text) {
        out.last().text += text;
        return;
    }
    out.append({InlineText::Segment::Kind::Text, text, {}});
}

}  // namespace

QList<InlineText::Segment> InlineText::parse(const QString& text) {
    QList<Segment> out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype bold = text.indexOf(kBold, pos);
        const qsizetype link = text.indexOf(kLinkOpen, pos);
        if (bold < 0 && link < 0) {
            appendText(out, text.mid(pos));
            break;
        }
        const bool linkFirst = link >= 0 && (bold < 0 || link < bold);
        const qsizetype start = linkFirst ? link : bold;
        appendText(out, text.mid(pos, start - pos));
        if (linkFirst) {
            const qsizetype close = text.indexOf(kLinkClose, start);
            const QString inner =
                close < 0 ? QString() : text.mid(start + kLinkOpen.size(), close - start - kLinkOpen.size());
            const qsizetype bar = inner.indexOf(QLatin1Char('|'));
            if (close < 0 || bar <= 0) {
                appendText(out, text.mid(start, kLinkOpen.size()));
                pos = start + kLinkOpen.size();
                continue;
            }
            out.append({Segment::Kind::Link, inner.mid(bar + 1), inner.left(bar)});
            pos = close + kLinkClose.size();
        } else {
            const qsizetype close = text.indexOf(kBold, start + kBold.size());
            if (close < 0) {
                appendText(out, text.mid(start));
                break;
            }
            out.append({Segment::Kind::Bold, text.mid(start + kBold.size(), close - start - kBold.size()), {}});
            pos = close + kBold.size();
        }
    }
    return out;
}

QString InlineText::plain(const QString& text) {
    QString out;
    for (const Segment& segment : parse(text)) {
        out += segment.text;
    }
    return out;
}

QStringList InlineText::links(const QString& text) {
    QStringList out;
    for (const Segment& segment : parse(text)) {
        if (segment.kind == Segment::Kind::Link) {
            out << segment.target;
        }
    }
    return out;
}

}  // namespace spinesignal
