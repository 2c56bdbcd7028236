#include "content/contentcatalogue.h"
#include "content/contentsearch.h"

#include <gtest/gtest.h>

using namespace spinesignal;

namespace {

const ContentSearch& library() {
    static const ContentSearch search = ContentSearch::fromCatalogue();
    return search;
}

}  // namespace

TEST(ContentSearch, IndexesEverySectionInBothLanguages) {
    EXPECT_EQ(library().articles().size(), ContentCatalogue::sectionIds().size() * 2);
}

TEST(ContentSearch, FindsAChineseTermWithTheRightSectionFirst) {
    const QList<ContentSearch::Hit> hits = library().search(QStringLiteral("小燕飞"));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.first().sectionId, QStringLiteral("prevention"));
    EXPECT_EQ(hits.first().locale, QStringLiteral("zh_CN"));
    EXPECT_TRUE(hits.first().snippet.contains(QStringLiteral("小燕飞")));
}

TEST(ContentSearch, FindsAnEnglishTermCaseInsensitively) {
    const QList<ContentSearch::Hit> hits = library().search(QStringLiteral("CALCIUM"));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.first().sectionId, QStringLiteral("myths"));
    EXPECT_EQ(hits.first().locale, QStringLiteral("en"));
    for (const ContentSearch::Hit& hit : hits) {
        EXPECT_EQ(hit.locale, QStringLiteral("en"));
    }
}

TEST(ContentSearch, RanksByScoreAndTitleHitsCountMost) {
    const QList<ContentSearch::Hit> hits = library().search(QStringLiteral("炎症"));
    ASSERT_GE(hits.size(), 2);
    EXPECT_EQ(hits.first().sectionId, QStringLiteral("inflammation"));
    for (qsizetype i = 1; i < hits.size(); ++i) {
        EXPECT_GE(hits[i - 1].score, hits[i].score);
    }
}

TEST(ContentSearch, EveryTermMustOccur) {
    const QList<ContentSearch::Hit> both = library().search(QStringLiteral("swallow bridge"));
    ASSERT_FALSE(both.isEmpty());
    EXPECT_EQ(both.first().sectionId, QStringLiteral("prevention"));
    EXPECT_TRUE(library().search(QStringLiteral("swallow zebra")).isEmpty());
    EXPECT_TRUE(library().search(QStringLiteral("   ")).isEmpty());
}

TEST(ContentSearch, TheHitPointsAtTheBlockWhereTheTermIs) {
    const QList<ContentSearch::Hit> hits = library().search(QStringLiteral("TNF"));
    ASSERT_FALSE(hits.isEmpty());
    const ContentSearch::Hit& hit = hits.first();
    EXPECT_EQ(hit.sectionId, QStringLiteral("inflammation"));
    ASSERT_GE(hit.firstBlock, 0);
    const Article article = ContentCatalogue::load(hit.sectionId, hit.locale).value();
    EXPECT_TRUE(article.blocks[hit.firstBlock].text.contains(QStringLiteral("TNF")));
}

TEST(ContentSearch, SplitsTermsOnWhitespaceWithoutDuplicates) {
    EXPECT_EQ(ContentSearch::terms(QStringLiteral(" nerve  Nerve root ")),
              (QStringList{QStringLiteral("nerve"), QStringLiteral("root")}));
}
