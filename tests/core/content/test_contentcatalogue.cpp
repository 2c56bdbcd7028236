#include "content/contentcatalogue.h"
#include "content/inlinetext.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace spinesignal;
using Kind = ContentBlock::Kind;

namespace {

QList<Article> allArticles() {
    QList<Article> out;
    for (const QString& locale : ContentCatalogue::locales()) {
        for (const QString& id : ContentCatalogue::sectionIds()) {
            Result<Article> article = ContentCatalogue::load(id, locale);
            EXPECT_TRUE(article.ok()) << (article.ok() ? "" : article.error().message.toStdString());
            if (article.ok()) {
                out << article.value();
            }
        }
    }
    return out;
}

}  // namespace

TEST(ContentCatalogue, SectionsAreInTheSpecifiedOrderWithTheMechanismsAsChildren) {
    const QStringList expected{QStringLiteral("intro"),
                               QStringLiteral("what-is-ldh"),
                               QStringLiteral("mechanisms"),
                               QStringLiteral("nerve-compression"),
                               QStringLiteral("circulation"),
                               QStringLiteral("inflammation"),
                               QStringLiteral("myths"),
                               QStringLiteral("faq"),
                               QStringLiteral("prevention"),
                               QStringLiteral("special-groups"),
                               QStringLiteral("when-to-see-a-doctor")};
    EXPECT_EQ(ContentCatalogue::sectionIds(), expected);
    EXPECT_EQ(ContentCatalogue::childrenOf(QStringLiteral("mechanisms")),
              (QStringList{QStringLiteral("nerve-compression"), QStringLiteral("circulation"),
                           QStringLiteral("inflammation")}));
    EXPECT_EQ(ContentCatalogue::parentOf(QStringLiteral("circulation")), QStringLiteral("mechanisms"));
    EXPECT_TRUE(ContentCatalogue::parentOf(QStringLiteral("faq")).isEmpty());
    EXPECT_EQ(ContentCatalogue::indexOf(QStringLiteral("nope")), -1);
}

TEST(ContentCatalogue, EverySectionExistsInBothLanguages) {
    for (const QString& locale : ContentCatalogue::locales()) {
        for (const QString& id : ContentCatalogue::sectionIds()) {
            EXPECT_TRUE(QFile::exists(ContentCatalogue::resourcePath(id, locale)))
                << id.toStdString() << " " << locale.toStdString();
            const Result<Article> article = ContentCatalogue::load(id, locale);
            ASSERT_TRUE(article.ok()) << article.error().message.toStdString();
            EXPECT_FALSE(article.value().title.isEmpty());
            EXPECT_FALSE(article.value().tocTitle.isEmpty());
            EXPECT_GE(article.value().blocks.size(), 2);
        }
    }
}

TEST(ContentCatalogue, BothLanguagesHaveTheSameStructure) {
    // The English is a translation, block for block: same kinds, same figures, links and ways
    // onward.
    for (const QString& id : ContentCatalogue::sectionIds()) {
        const Article zh = ContentCatalogue::load(id, QStringLiteral("zh_CN")).value();
        const Article en = ContentCatalogue::load(id, QStringLiteral("en")).value();
        ASSERT_EQ(zh.blocks.size(), en.blocks.size()) << id.toStdString();
        for (qsizetype i = 0; i < zh.blocks.size(); ++i) {
            EXPECT_EQ(zh.blocks[i].kind, en.blocks[i].kind) << id.toStdString() << " block " << i;
            EXPECT_EQ(zh.blocks[i].ref, en.blocks[i].ref) << id.toStdString() << " block " << i;
            EXPECT_EQ(InlineText::links(zh.blocks[i].text), InlineText::links(en.blocks[i].text))
                << id.toStdString() << " block " << i;
        }
    }
}

TEST(ContentCatalogue, EveryIllustrationLinkAndWayOnwardResolves) {
    for (const Article& article : allArticles()) {
        const std::string where = QString(article.locale + QLatin1Char('/') + article.id).toStdString();
        int onward = 0;
        for (const ContentBlock& block : article.blocks) {
            if (block.kind == Kind::Figure) {
                EXPECT_TRUE(ContentCatalogue::illustrationIds().contains(block.ref))
                    << where << ": " << block.ref.toStdString();
                EXPECT_FALSE(block.text.isEmpty()) << where << ": a figure needs a caption";
            }
            if (block.kind == Kind::Onward) {
                ++onward;
                EXPECT_TRUE(ContentCatalogue::onwardTargets().contains(block.ref))
                    << where << ": " << block.ref.toStdString();
            }
            for (const QString& link : InlineText::links(block.text)) {
                EXPECT_TRUE(ContentCatalogue::contains(link)) << where << " links to " << link.toStdString();
                EXPECT_NE(link, article.id) << where << " links to itself";
            }
        }
        EXPECT_GE(onward, 1) << where << " ends without a way onward";
        ASSERT_FALSE(article.blocks.isEmpty());
        EXPECT_EQ(article.blocks.last().kind, Kind::Onward) << where << ": the way onward comes last";
    }
}

TEST(ContentCatalogue, EveryIllustrationIsUsedAndTheMechanismsAreIllustrated) {
    QStringList used;
    for (const Article& article : allArticles()) {
        for (const ContentBlock& block : article.blocks) {
            if (block.kind == Kind::Figure) {
                used << block.ref;
            }
        }
    }
    for (const QString& id : ContentCatalogue::illustrationIds()) {
        EXPECT_TRUE(used.contains(id)) << id.toStdString() << " is never shown";
    }
    for (const QString& mechanism : ContentCatalogue::childrenOf(QStringLiteral("mechanisms"))) {
        const Article article = ContentCatalogue::load(mechanism, QStringLiteral("en")).value();
        const bool illustrated = std::any_of(article.blocks.begin(), article.blocks.end(), [&](const ContentBlock& b) {
            return b.kind == Kind::Figure && b.ref == mechanism;
        });
        EXPECT_TRUE(illustrated) << mechanism.toStdString();
    }
}

TEST(ContentCatalogue, PreventionLeadsToTheSitBreakReminderAndCarriesTheExerciseCautions) {
    for (const QString& locale : ContentCatalogue::locales()) {
        const Article article = ContentCatalogue::load(QStringLiteral("prevention"), locale).value();
        const bool reminders = std::any_of(article.blocks.begin(), article.blocks.end(), [](const ContentBlock& b) {
            return b.kind == Kind::Onward && b.ref == QLatin1String("reminders");
        });
        EXPECT_TRUE(reminders) << locale.toStdString();
        const QString text = article.readingText();
        if (locale == QLatin1String("zh_CN")) {
            EXPECT_TRUE(text.contains(QStringLiteral("急性期"))) << "acute phase";
            EXPECT_TRUE(text.contains(QStringLiteral("孕妇")));
            EXPECT_TRUE(text.contains(QStringLiteral("腰椎滑脱")));
            EXPECT_TRUE(text.contains(QStringLiteral("40分钟")));
        } else {
            EXPECT_TRUE(text.contains(QStringLiteral("acute phase")));
            EXPECT_TRUE(text.contains(QStringLiteral("pregnant")));
            EXPECT_TRUE(text.contains(QStringLiteral("spondylolisthesis")));
            EXPECT_TRUE(text.contains(QStringLiteral("40 minutes")));
        }
    }
}

TEST(ContentCatalogue, TheClosingSectionListsOtherCausesExaminationsAndRedFlags) {
    const Article zh = ContentCatalogue::load(QStringLiteral("when-to-see-a-doctor"), QStringLiteral("zh_CN")).value();
    for (const char* term : {"下肢血管疾病", "周围神经炎", "缺钙", "腰椎CT", "MRI", "下肢血管超声"}) {
        EXPECT_TRUE(zh.readingText().contains(QString::fromUtf8(term))) << term;
    }
    const Article en = ContentCatalogue::load(QStringLiteral("when-to-see-a-doctor"), QStringLiteral("en")).value();
    for (const char* term : {"vascular disease", "peripheral neuritis", "calcium", "CT scan", "MRI", "ultrasound"}) {
        EXPECT_TRUE(en.readingText().contains(QLatin1String(term), Qt::CaseInsensitive)) << term;
    }
    EXPECT_TRUE(std::any_of(en.blocks.begin(), en.blocks.end(),
                            [](const ContentBlock& b) { return b.kind == Kind::RedFlags; }));
}

TEST(ContentCatalogue, AnUnknownSectionIsAClearError) {
    const Result<Article> missing = ContentCatalogue::load(QStringLiteral("nope"), QStringLiteral("en"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, Error::Kind::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("nope")));
}

TEST(ContentCatalogue, TheContentsTitleReadAloneIsTheOneTheParsedSectionHas) {
    // The contents list reads only the "@toc" lines at start-up; they must agree with the parser.
    for (const QString& locale : ContentCatalogue::locales()) {
        for (const QString& id : ContentCatalogue::sectionIds()) {
            const auto article = ContentCatalogue::load(id, locale);
            ASSERT_TRUE(article) << id.toStdString();
            EXPECT_FALSE(ContentCatalogue::tocTitle(id, locale).isEmpty()) << id.toStdString();
            EXPECT_EQ(ContentCatalogue::tocTitle(id, locale), article.value().tocTitle) << id.toStdString();
        }
    }
    EXPECT_TRUE(ContentCatalogue::tocTitle(QStringLiteral("no-such-section"), QStringLiteral("en")).isEmpty());
}
