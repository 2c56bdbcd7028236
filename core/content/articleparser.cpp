#include "content/articleparser.h"

#include <QRegularExpression>

namespace spinesignal {

namespace {

using Kind = ContentBlock::Kind;

struct Prefix {
    QLatin1String text;
    Kind kind;
};

// Longest first where one prefix starts another ("### " before "## ").
const Prefix kPrefixes[] = {
    {QLatin1String("### "), Kind::Subheading},
    {QLatin1String("## "), Kind::Heading},
    {QLatin1String("- "), Kind::Bullet},
    {QLatin1String("> "), Kind::Note},
    {QLatin1String("!myth "), Kind::Myth},
    {QLatin1String("!fact "), Kind::Fact},
    {QLatin1String("!question "), Kind::FaqQuestion},
    {QLatin1String("!answer "), Kind::FaqAnswer},
};

// "[[figure:id|caption]]" or "[[onward:target|label]]" alone on a line.
bool parseReference(const QString& line, Kind& kind, QString& ref, QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^\\[\\[(figure|onward):([a-z0-9-]+)\\|(.+)\\]\\]$"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch()) {
        return false;
    }
    kind = match.captured(1) == QLatin1String("figure") ? Kind::Figure : Kind::Onward;
    ref = match.captured(2);
    text = match.captured(3).trimmed();
    return true;
}

}  // namespace

Result<Article> ArticleParser::parse(const QString& text, const QString& id, const QString& locale,
                                     const QString& source) {
    static const QRegularExpression stepPattern(QStringLiteral("^(\\d+)\\. (.+)$"));
    Article article{id, locale, {}, {}, {}};
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const int lineNumber = static_cast<int>(i) + 1;
        if (line.isEmpty()) {
            continue;
        }
        if (line.startsWith(QLatin1String("@toc "))) {
            article.tocTitle = line.mid(5).trimmed();
            continue;
        }
        if (line.startsWith(QLatin1String("# "))) {
            if (!article.title.isEmpty()) {
                return Error{
                    Error::Kind::Corrupt,
                    tr("%1, line %2: a second title (\"# \"); a section has exactly one.").arg(source).arg(lineNumber)};
            }
            article.title = line.mid(2).trimmed();
            continue;
        }
        ContentBlock block;
        block.line = lineNumber;
        if (line == QLatin1String("[[redflags]]")) {
            block.kind = Kind::RedFlags;
        } else if (line.startsWith(QLatin1String("[[figure:")) || line.startsWith(QLatin1String("[[onward:"))) {
            if (!parseReference(line, block.kind, block.ref, block.text)) {
                return Error{Error::Kind::Corrupt, tr("%1, line %2: write a reference as [[figure:id|caption]] or "
                                                      "[[onward:target|label]].")
                                                       .arg(source)
                                                       .arg(lineNumber)};
            }
        } else if (const QRegularExpressionMatch step = stepPattern.match(line); step.hasMatch()) {
            block.kind = Kind::Step;
            block.number = step.captured(1).toInt();
            block.text = step.captured(2).trimmed();
        } else {
            block.kind = Kind::Paragraph;
            block.text = line;
            for (const Prefix& prefix : kPrefixes) {
                if (line.startsWith(prefix.text)) {
                    block.kind = prefix.kind;
                    block.text = line.mid(prefix.text.size()).trimmed();
                    break;
                }
            }
        }
        article.blocks.append(block);
    }
    if (article.title.isEmpty() || article.tocTitle.isEmpty()) {
        return Error{Error::Kind::Corrupt,
                     tr("%1: a section needs a \"# \" title and an \"@toc \" short title.").arg(source)};
    }
    return article;
}

}  // namespace spinesignal
