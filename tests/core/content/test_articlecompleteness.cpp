// The Chinese pages are the article itself: every sentence of every paragraph must be there, in the
// article's order. Compared with whitespace and punctuation removed, so full-width punctuation and
// the split into blocks do not matter, but a dropped or altered sentence does.
#include "content/contentcatalogue.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace spinesignal;

namespace {

QString normalised(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            out += c.toLower();
        }
    }
    return out;
}

// Sentences of the article: each line, its "- heading body" items split at the first space, and
// every piece split after sentence-ending punctuation.
QStringList articleSentences(const QString& article) {
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[。！？；!?;])"));
    QStringList out;
    for (QString line : article.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String("- "))) {
            line = line.mid(2);
        }
        for (const QString& piece : line.split(sentenceEnd, Qt::SkipEmptyParts)) {
            if (!normalised(piece).isEmpty()) {
                out << piece.trimmed();
            }
        }
    }
    return out;
}

QString chineseContent() {
    QString all;
    for (const QString& id : ContentCatalogue::sectionIds()) {
        const Result<Article> article = ContentCatalogue::load(id, QStringLiteral("zh_CN"));
        EXPECT_TRUE(article.ok());
        if (article.ok()) {
            all += article.value().readingText() + QLatin1Char('\n');
        }
    }
    return all;
}

}  // namespace

TEST(ArticleCompleteness, TheCopyOfTheArticleIsThere) {
    QFile file(QStringLiteral(SPINESIGNAL_ARTICLE_COPY));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << SPINESIGNAL_ARTICLE_COPY;
    EXPECT_GT(articleSentences(QString::fromUtf8(file.readAll())).size(), 50);
}

TEST(ArticleCompleteness, EverySentenceOfTheArticleIsInTheChinesePagesInOrder) {
    QFile file(QStringLiteral(SPINESIGNAL_ARTICLE_COPY));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString content = normalised(chineseContent());
    qsizetype from = 0;
    for (const QString& sentence : articleSentences(QString::fromUtf8(file.readAll()))) {
        const QString needle = normalised(sentence);
        const qsizetype at = content.indexOf(needle, from);
        if (at < 0) {
            ADD_FAILURE() << (content.contains(needle) ? "out of order: " : "missing: ") << sentence.toStdString();
            continue;
        }
        from = at + needle.size();
    }
}

TEST(ArticleCompleteness, TheCheckNoticesAMissingSentence) {
    // Guard against a test that passes whatever the content: a sentence that is not in the article.
    const QString content = normalised(chineseContent());
    EXPECT_FALSE(content.contains(normalised(QStringLiteral("腰椎间盘突出症一定要手术。"))));
    EXPECT_TRUE(content.contains(normalised(QStringLiteral("是骨科和神经内科常见的脊柱疾病之一。"))));
}
