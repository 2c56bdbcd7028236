#include "learn/articlehtml.h"

#include <gtest/gtest.h>

using namespace spinesignal::ui;

TEST(ArticleHtml, EscapesTextAndMakesLinksAndBold) {
    const QString html = ArticleHtml::inlineHtml(QStringLiteral("a < b **bold** [[section:faq|the FAQ]]"));
    EXPECT_TRUE(html.contains(QStringLiteral("a &lt; b")));
    EXPECT_TRUE(html.contains(QStringLiteral("<b>bold</b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"section:faq\">the FAQ</a>")));
}

TEST(ArticleHtml, HighlightsEveryOccurrenceCaseInsensitivelyWithoutBreakingMarkup) {
    const QString html = ArticleHtml::inlineHtml(QStringLiteral("Calcium & calcium [[section:myths|calcium myth]]"),
                                                 {QStringLiteral("CALCIUM")});
    EXPECT_EQ(html.count(ArticleHtml::highlightStyle()), 3);
    EXPECT_TRUE(html.contains(QStringLiteral("&amp;")));
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"section:myths\"")));
}

TEST(ArticleHtml, HighlightsChinese) {
    const QString html = ArticleHtml::highlighted(QStringLiteral("小燕飞、五点支撑"), {QStringLiteral("五点支撑")});
    EXPECT_EQ(html.count(ArticleHtml::highlightStyle()), 1);
}
