#include "appfixture.h"
#include "drawnfont.h"

#include "content/contentcatalogue.h"
#include "learn/articleview.h"
#include "learn/learnpage.h"
#include "learn/searchpanel.h"
#include "settings/appearance.h"

#include <QApplication>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace spinesignal;
using namespace spinesignal::ui;

namespace {

class LearnPageTest : public spinesignal::testing::AppFixture {
protected:
    std::unique_ptr<LearnPage> makePage() {
        auto page = std::make_unique<LearnPage>(context());
        page->resize(1100, 700);
        return page;
    }
    // Shortcuts only fire in the active window.
    static void showActive(QWidget& page) {
        page.show();
        page.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    }
};

}  // namespace

TEST_F(LearnPageTest, StartsAtTheIntroductionAndRemembersTheLastSection) {
    {
        auto page = makePage();
        EXPECT_EQ(page->currentSection(), QStringLiteral("intro"));
        page->openTarget(QStringLiteral("circulation"));
        EXPECT_EQ(page->currentSection(), QStringLiteral("circulation"));
        page->openTarget(QStringLiteral("no-such-section"));
        EXPECT_EQ(page->currentSection(), QStringLiteral("circulation"));
    }
    auto again = makePage();
    EXPECT_EQ(again->currentSection(), QStringLiteral("circulation"));
    EXPECT_EQ(again->view()->article().id, QStringLiteral("circulation"));
}

TEST_F(LearnPageTest, TheBreadcrumbShowsWhereTheReaderIs) {
    auto page = makePage();
    page->openSection(QStringLiteral("nerve-compression"));
    const auto* crumb = page->findChild<QLabel*>(QStringLiteral("learnBreadcrumb"));
    ASSERT_NE(crumb, nullptr);
    EXPECT_TRUE(crumb->text().contains(QStringLiteral("Why the legs feel it")));
    EXPECT_TRUE(crumb->text().contains(QStringLiteral("Nerve compression")));
    EXPECT_TRUE(crumb->text().contains(QStringLiteral("4 of 11")));
}

TEST_F(LearnPageTest, AltArrowsAndPreviousNextMoveThroughTheSections) {
    auto page = makePage();
    showActive(*page);
    QTest::keyClick(page.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(page->currentSection(), QStringLiteral("what-is-ldh"));
    QTest::keyClick(page.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(page->currentSection(), QStringLiteral("mechanisms"));
    QTest::keyClick(page.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(page->currentSection(), QStringLiteral("what-is-ldh"));
    auto* next = page->findChild<QPushButton*>(QStringLiteral("learnNext"));
    ASSERT_NE(next, nullptr);
    EXPECT_TRUE(next->text().contains(QStringLiteral("Why the legs feel it")));
    next->click();
    EXPECT_EQ(page->currentSection(), QStringLiteral("mechanisms"));
    page->openSection(QStringLiteral("when-to-see-a-doctor"));
    EXPECT_FALSE(next->isEnabled());
    QTest::keyClick(page.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(page->currentSection(), QStringLiteral("when-to-see-a-doctor"));
}

TEST_F(LearnPageTest, PageDownScrollsThenTurnsToTheNextSection) {
    auto page = makePage();
    showActive(*page);
    page->openSection(QStringLiteral("prevention"));  // long enough to scroll
    QApplication::processEvents();
    QScrollBar* bar = page->view()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    QTest::keyClick(page.get(), Qt::Key_PageDown);
    EXPECT_EQ(page->currentSection(), QStringLiteral("prevention"));
    EXPECT_GT(bar->value(), 0);
    for (int i = 0; i < 100 && page->currentSection() == QLatin1String("prevention"); ++i) {
        QTest::keyClick(page.get(), Qt::Key_PageDown);
    }
    EXPECT_EQ(page->currentSection(), QStringLiteral("special-groups"));
    QTest::keyClick(page.get(), Qt::Key_PageUp);  // at the top: back one section
    EXPECT_EQ(page->currentSection(), QStringLiteral("prevention"));
}

TEST_F(LearnPageTest, TextSizeHasAtLeastFourStepsAndIsRemembered) {
    ASSERT_GE(LearnPage::kTextSizeCount, 4);
    {
        auto page = makePage();
        showActive(*page);
        const qreal before = page->view()->pointSize();
        QTest::keyClick(page.get(), Qt::Key_Equal, Qt::ControlModifier);
        EXPECT_EQ(page->textSizeStep(), LearnPage::kDefaultTextSize + 1);
        EXPECT_GT(page->view()->pointSize(), before);
        for (int i = 0; i < 10; ++i) {
            QTest::keyClick(page.get(), Qt::Key_Minus, Qt::ControlModifier);
        }
        EXPECT_EQ(page->textSizeStep(), 0);
        page->setTextSizeStep(99);
        EXPECT_EQ(page->textSizeStep(), LearnPage::kTextSizeCount - 1);
    }
    auto again = makePage();
    EXPECT_EQ(again->textSizeStep(), LearnPage::kTextSizeCount - 1);
    EXPECT_DOUBLE_EQ(again->view()->pointSize(), LearnPage::kTextSizes[LearnPage::kTextSizeCount - 1]);
}

TEST_F(LearnPageTest, LinesStayAComfortableLength) {
    auto page = makePage();
    page->openSection(QStringLiteral("myths"));
    const int englishWidth = page->view()->maximumColumnWidth();
    // Running English in the article's own font: a line holds about 75 characters, spaces included.
    const QString sample = QStringLiteral("Sore, weak calves and feet may be a health alarm from the lower back. ");
    QFont latin = page->view()->font();
    latin.setPointSizeF(page->view()->pointSize());
    const double perLatinChar = QFontMetrics(latin).horizontalAdvance(sample) / double(sample.size());
    m_language.apply(QStringLiteral("zh_CN"));
    ASSERT_EQ(page->view()->article().locale, QStringLiteral("zh_CN"));
    const int chineseWidth = page->view()->maximumColumnWidth();
    QFont cjk = page->view()->font();
    cjk.setFamilies({QStringLiteral("Noto Sans CJK SC")});
    cjk.setPointSizeF(page->view()->pointSize());
    const int perChar = QFontMetrics(cjk).horizontalAdvance(QChar(0x4E2D));
    EXPECT_LE(chineseWidth / perChar, 40);
    EXPECT_GE(chineseWidth / perChar, 30);
    EXPECT_LE(englishWidth / perLatinChar, 85);
    EXPECT_GE(englishWidth / perLatinChar, 60);
}

TEST_F(LearnPageTest, CtrlFSearchesBothLanguagesAndHighlightsTheHits) {
    auto page = makePage();
    showActive(*page);
    QTest::keyClick(page.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit* field = page->searchPanel()->field();
    EXPECT_TRUE(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("spondylolisthesis"));
    QListWidget* results = page->searchPanel()->results();
    ASSERT_GT(results->count(), 0);
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(page->currentSection(), QStringLiteral("prevention"));
    EXPECT_EQ(page->contentLocale(), QStringLiteral("en"));
    EXPECT_GE(page->view()->highlightCount(), 3);
    // The first hit is far down the page: the reader scrolls to it.
    EXPECT_GT(page->view()->verticalScrollBar()->value(), 0);

    // A Chinese term while the UI is English: the hit opens in Chinese, highlighted, and says so.
    field->setText(QStringLiteral("踩棉花"));
    ASSERT_GT(results->count(), 0);
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(page->currentSection(), QStringLiteral("nerve-compression"));
    EXPECT_EQ(page->contentLocale(), QStringLiteral("zh_CN"));
    EXPECT_EQ(page->view()->highlightCount(), 1);
    EXPECT_TRUE(page->findChild<QWidget*>(QStringLiteral("learnOtherLanguage"))->isVisible());

    // Clearing the search returns to the contents and removes the highlights.
    field->clear();
    EXPECT_EQ(page->view()->highlightCount(), 0);
    EXPECT_TRUE(page->findChild<QWidget*>(QStringLiteral("learnToc"))->isVisible());
}

TEST_F(LearnPageTest, EnglishIsReadInTheUiFontAndChineseInTheSimplifiedChineseFont) {
    auto page = makePage();
    page->openSection(QStringLiteral("intro"));
    const auto* title = page->view()->content()->findChild<QLabel*>();
    ASSERT_NE(title, nullptr);
    // English text in the UI's own font, not the Latin letters of the CJK font behind it.
    const QString uiFamily = QFontInfo(page->font()).family();
    EXPECT_EQ(spinesignal::testing::drawnFamily(QStringLiteral("Sore, weak calves"), title->font()), uiFamily);
    // The exercise names the English keeps, and all Chinese, in the simplified-Chinese forms.
    EXPECT_EQ(spinesignal::testing::drawnFamily(QStringLiteral("小燕飞"), title->font()),
              QStringLiteral("Noto Sans CJK SC"));
    m_language.apply(QStringLiteral("zh_CN"));
    const auto* chineseTitle = page->view()->content()->findChild<QLabel*>();
    ASSERT_NE(chineseTitle, nullptr);
    EXPECT_EQ(spinesignal::testing::drawnFamily(QStringLiteral("腰腿信号"), chineseTitle->font()),
              QStringLiteral("Noto Sans CJK SC"));
    const auto* toc = page->findChild<QWidget*>(QStringLiteral("learnToc"));
    EXPECT_EQ(spinesignal::testing::drawnFamily(QStringLiteral("腰椎间盘突出"), toc->font()),
              QStringLiteral("Noto Sans CJK SC"));
}

TEST_F(LearnPageTest, EnglishReadInAChineseWindowKeepsItsLatinFace) {
    // A search in a Chinese window can open a section in English: the window's font is then the
    // Chinese one first, and the English must not be set in that font's Latin letters.
    const QString latin = QFontInfo(QApplication::font()).family();
    struct EnglishAgain {
        ~EnglishAgain() { ui::Appearance::applyLanguage(QStringLiteral("en")); }
    } englishAgain;  // also when an assertion below ends the test early
    m_language.apply(QStringLiteral("zh_CN"));
    ui::Appearance::applyLanguage(QStringLiteral("zh_CN"));
    auto page = makePage();
    page->openSection(QStringLiteral("intro"), QStringLiteral("en"));
    const auto* title = page->view()->content()->findChild<QLabel*>();
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(spinesignal::testing::drawnFamily(QStringLiteral("Sore, weak calves"), title->font()), latin);
    page->openSection(QStringLiteral("intro"));
    const auto* chineseTitle = page->view()->content()->findChild<QLabel*>();
    ASSERT_NE(chineseTitle, nullptr);
    EXPECT_EQ(spinesignal::testing::drawnFamily(QStringLiteral("腰腿信号 2026"), chineseTitle->font()),
              QStringLiteral("Noto Sans CJK SC"));
}

TEST_F(LearnPageTest, AChineseTitleIsSetLargeInTheRegularWeightAndAnEnglishOneBold) {
    auto page = makePage();
    page->openSection(QStringLiteral("intro"));
    const auto* title = page->view()->content()->findChild<QLabel*>();
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->font().bold());
    m_language.apply(QStringLiteral("zh_CN"));
    const auto* chineseTitle = page->view()->content()->findChild<QLabel*>();
    ASSERT_NE(chineseTitle, nullptr);
    EXPECT_FALSE(chineseTitle->font().bold());
    EXPECT_GT(chineseTitle->font().pointSizeF(), page->view()->pointSize() * 1.3);
}

TEST_F(LearnPageTest, TheSearchFieldOffersToClearWhatWasTyped) {
    auto page = makePage();
    auto* field = page->findChild<QLineEdit*>(QStringLiteral("learnSearch"));
    ASSERT_NE(field, nullptr);
    field->setText(QStringLiteral("calf"));
    EXPECT_TRUE(field->isClearButtonEnabled());
    field->clear();
    EXPECT_TRUE(field->text().isEmpty());
}

TEST_F(LearnPageTest, TheContentSwitchesLanguageAtOnce) {
    auto page = makePage();
    page->openSection(QStringLiteral("faq"));
    EXPECT_EQ(page->view()->article().locale, QStringLiteral("en"));
    m_language.apply(QStringLiteral("zh_CN"));
    EXPECT_EQ(page->view()->article().locale, QStringLiteral("zh_CN"));
    EXPECT_EQ(page->currentSection(), QStringLiteral("faq"));
    EXPECT_TRUE(page->view()->article().title.contains(QStringLiteral("疑问")));
}

TEST_F(LearnPageTest, EveryPageSaysEducationNotDiagnosisAndShowsItsFigures) {
    auto page = makePage();
    for (const QString& id : ContentCatalogue::sectionIds()) {
        page->openSection(id);
        QWidget* column = page->view()->content();
        ASSERT_NE(column, nullptr);
        EXPECT_NE(column->findChild<QLabel*>(QStringLiteral("learnDisclaimer")), nullptr) << id.toStdString();
        int expectedFigures = 0;
        for (const ContentBlock& block : page->view()->article().blocks) {
            expectedFigures += block.kind == ContentBlock::Kind::Figure ? 1 : 0;
        }
        EXPECT_EQ(column->findChildren<QWidget*>(QStringLiteral("learnFigure")).size(), expectedFigures)
            << id.toStdString();
        EXPECT_NE(column->findChild<QWidget*>(QStringLiteral("learnOnward")), nullptr) << id.toStdString();
    }
}

TEST_F(LearnPageTest, WaysOnwardAndSectionLinksNavigate) {
    auto page = makePage();
    page->openSection(QStringLiteral("prevention"));
    QSignalSpy spy(&m_navigator, &Navigator::navigationRequested);
    auto* reminders = page->view()->content()->findChild<QPushButton*>(QStringLiteral("onward-reminders"));
    ASSERT_NE(reminders, nullptr);
    reminders->click();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<Area>(), Area::Settings);
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("reminders"));
    auto* log = page->view()->content()->findChild<QPushButton*>(QStringLiteral("onward-log"));
    ASSERT_NE(log, nullptr);
    log->click();
    EXPECT_EQ(spy.at(1).at(0).value<Area>(), Area::Log);

    page->openSection(QStringLiteral("intro"));
    auto* selfCheck = page->view()->content()->findChild<QPushButton*>(QStringLiteral("onward-self-check"));
    ASSERT_NE(selfCheck, nullptr);
    selfCheck->click();
    EXPECT_EQ(spy.at(2).at(0).value<Area>(), Area::SelfCheck);

    Q_EMIT page->view()->sectionLinkActivated(QStringLiteral("faq"));
    EXPECT_EQ(page->currentSection(), QStringLiteral("faq"));
}

TEST_F(LearnPageTest, TheClosingSectionShowsTheRedFlags) {
    auto page = makePage();
    page->openSection(QStringLiteral("when-to-see-a-doctor"));
    auto* box = page->view()->content()->findChild<QWidget*>(QStringLiteral("learnRedFlags"));
    ASSERT_NE(box, nullptr);
    const auto labels = box->findChildren<QLabel*>();
    ASSERT_FALSE(labels.isEmpty());
    EXPECT_TRUE(labels.first()->text().contains(QStringLiteral("saddle area")));
    EXPECT_TRUE(labels.first()->text().contains(QStringLiteral("emergency department")));
}
