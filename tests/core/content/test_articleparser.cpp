#include "content/articleparser.h"
#include "content/inlinetext.h"

#include <gtest/gtest.h>

using namespace spinesignal;
using Kind = ContentBlock::Kind;

TEST(ArticleParser, ReadsEveryKindOfBlock) {
    const QString text = QStringLiteral(
        "@toc Short\n# The title\n\nA paragraph with **bold** and [[section:faq|a link]].\n"
        "## Heading\n### Sub\n- item\n2. second step\n> careful\n!myth M\n!fact F\n!question "
        "Q\n!answer A\n"
        "[[figure:dermatomes|The caption]]\n[[onward:log|Keep a log]]\n[[redflags]]\n");
    const Result<Article> parsed =
        ArticleParser::parse(text, QStringLiteral("x"), QStringLiteral("en"), QStringLiteral("x.md"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    const Article& a = parsed.value();
    EXPECT_EQ(a.title, QStringLiteral("The title"));
    EXPECT_EQ(a.tocTitle, QStringLiteral("Short"));
    const QList<Kind> kinds{Kind::Paragraph, Kind::Heading, Kind::Subheading, Kind::Bullet,      Kind::Step,
                            Kind::Note,      Kind::Myth,    Kind::Fact,       Kind::FaqQuestion, Kind::FaqAnswer,
                            Kind::Figure,    Kind::Onward,  Kind::RedFlags};
    ASSERT_EQ(a.blocks.size(), kinds.size());
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        EXPECT_EQ(a.blocks[i].kind, kinds[i]) << "block " << i;
    }
    EXPECT_EQ(a.blocks[4].number, 2);
    EXPECT_EQ(a.blocks[4].text, QStringLiteral("second step"));
    EXPECT_EQ(a.blocks[10].ref, QStringLiteral("dermatomes"));
    EXPECT_EQ(a.blocks[10].text, QStringLiteral("The caption"));
    EXPECT_EQ(a.blocks[11].ref, QStringLiteral("log"));
    EXPECT_EQ(a.blocks[0].line, 4);
}

TEST(ArticleParser, AMissingTitleNamesTheFile) {
    const Result<Article> parsed = ArticleParser::parse(QStringLiteral("just text\n"), QStringLiteral("x"),
                                                        QStringLiteral("en"), QStringLiteral(":/content/en/x.md"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral(":/content/en/x.md")));
}

TEST(ArticleParser, ABrokenReferenceNamesTheLine) {
    const Result<Article> parsed =
        ArticleParser::parse(QStringLiteral("@toc t\n# t\n[[figure:no caption]]\n"), QStringLiteral("x"),
                             QStringLiteral("en"), QStringLiteral("x.md"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("line 3")));
}

TEST(InlineText, SplitsBoldAndLinksAndKeepsUnclosedMarkupLiteral) {
    const QString text = QStringLiteral("See **this** and [[section:faq|the FAQ]], then 2**3 [[section:x");
    EXPECT_EQ(InlineText::plain(text), QStringLiteral("See this and the FAQ, then 2**3 [[section:x"));
    EXPECT_EQ(InlineText::links(text), QStringList{QStringLiteral("faq")});
    const QList<InlineText::Segment> segments = InlineText::parse(text);
    ASSERT_GE(segments.size(), 4);
    EXPECT_EQ(segments[1].kind, InlineText::Segment::Kind::Bold);
    EXPECT_EQ(segments[3].kind, InlineText::Segment::Kind::Link);
    EXPECT_EQ(segments[3].target, QStringLiteral("faq"));
}
