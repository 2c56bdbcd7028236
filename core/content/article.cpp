#include "content/article.h"

#include "content/inlinetext.h"

namespace spinesignal {

bool Article::isTextBlock(ContentBlock::Kind kind) {
    using K = ContentBlock::Kind;
    return kind != K::Figure && kind != K::Onward && kind != K::RedFlags;
}

QString Article::readingText() const {
    QStringList lines{title};
    for (const ContentBlock& block : blocks) {
        if (isTextBlock(block.kind)) {
            lines << InlineText::plain(block.text);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace spinesignal
