#include "../appfixture.h"
#include "check/questionview.h"
#include "check/resultview.h"
#include "check/selfcheckpage.h"
#include "checklist/selfcheckstore.h"
#include "domain/labels.h"

#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <map>

using namespace spinesignal;
using namespace spinesignal::ui;

namespace {

/// Mild, occasional, fatigue-related soreness, answered with the keyboard only.
const std::map<QString, Qt::Key> kMildKeys{
    {QStringLiteral("soreness"), Qt::Key_2},      {QStringLiteral("numbness"), Qt::Key_0},
    {QStringLiteral("tingling"), Qt::Key_N},      {QStringLiteral("weakness"), Qt::Key_0},
    {QStringLiteral("back_pain"), Qt::Key_0},     {QStringLiteral("radiating_pain"), Qt::Key_0},
    {QStringLiteral("side"), Qt::Key_3},          {QStringLiteral("worse_sitting"), Qt::Key_N},
    {QStringLiteral("worse_weather"), Qt::Key_N}, {QStringLiteral("worse_fatigue"), Qt::Key_Y},
    {QStringLiteral("frequency"), Qt::Key_1},     {QStringLiteral("eases_with_rest"), Qt::Key_Y},
    {QStringLiteral("recurring_2w"), Qt::Key_N},  {QStringLiteral("calcium"), Qt::Key_1},
};

class SelfCheckPageTest : public spinesignal::testing::AppFixture {
protected:
    SelfCheckPageTest() : page(context()) {
        page.resize(1000, 700);
        page.show();
    }
    QString currentQuestion() const { return page.questionView()->questionId(); }
    /// Answers with the keyboard until a result shows; `keys` wins, anything else is "No".
    void answerAll(const std::map<QString, Qt::Key>& keys, int limit = 40) {
        for (int i = 0; i < limit && page.showingQuestions(); ++i) {
            const auto it = keys.find(currentQuestion());
            QTest::keyClick(page.questionView(), it != keys.end() ? it->second : Qt::Key_N);
        }
    }
    QString progressText() const {
        return page.questionView()->findChild<QLabel*>(QStringLiteral("progressText"))->text();
    }
    SelfCheckPage page;
};

}  // namespace

TEST_F(SelfCheckPageTest, StartsOnTheIntroAndOpenTargetStartStartsAFreshCheck) {
    EXPECT_FALSE(page.showingQuestions());
    auto* start = page.findChild<QPushButton*>(QStringLiteral("startButton"));
    ASSERT_NE(start, nullptr);
    EXPECT_TRUE(start->isEnabled());
    page.openTarget(QStringLiteral("start"));
    EXPECT_TRUE(page.showingQuestions());
    EXPECT_EQ(currentQuestion(), QStringLiteral("soreness"));
    QTest::keyClick(page.questionView(), Qt::Key_5);
    EXPECT_EQ(page.answers().scale(QStringLiteral("soreness")), 5);
    page.openTarget(QStringLiteral("start"));
    EXPECT_TRUE(page.answers().isEmpty());
    EXPECT_EQ(currentQuestion(), QStringLiteral("soreness"));
}

TEST_F(SelfCheckPageTest, KeyboardOnlyMildSorenessGivesSelfCareWithPreventionAndProgress) {
    page.startFresh();
    EXPECT_TRUE(progressText().startsWith(QStringLiteral("Question 1 of "))) << progressText().toStdString();
    answerAll(kMildKeys);
    ASSERT_TRUE(page.showingResult());
    EXPECT_EQ(page.result().tier, Tier::SelfCare);
    const QString shown = page.resultView()->plainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Self-care and watch")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Every 40 minutes")));
    EXPECT_TRUE(shown.contains(QStringLiteral("two weeks")));
    EXPECT_TRUE(page.resultView()->findChild<QPushButton*>(QStringLiteral("openLogButton"))->isVisibleTo(&page));
    EXPECT_FALSE(page.resultView()->findChild<QPushButton*>(QStringLiteral("openSummaryButton"))->isVisibleTo(&page));
}

TEST_F(SelfCheckPageTest, ARedFlagAnsweredYesInterruptsAtOnceWithWhatToDoToday) {
    page.startFresh();
    std::map<QString, Qt::Key> keys = kMildKeys;
    keys[QStringLiteral("calf_swollen_warm")] = Qt::Key_Y;
    answerAll(keys);
    ASSERT_TRUE(page.showingResult());
    EXPECT_EQ(page.result().tier, Tier::Urgent);
    // Interrupted: the question after it was never reached.
    EXPECT_FALSE(page.answers().has(QStringLiteral("fever_weight_loss")));
    // Warning signs come right after the symptoms, so an urgent answer does not wait behind the
    // rest.
    EXPECT_FALSE(page.answers().has(QStringLiteral("worse_sitting")));
    const QString shown = page.resultView()->plainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Seek medical care today")));
    EXPECT_TRUE(shown.contains(QStringLiteral("What to do today")));
    EXPECT_TRUE(shown.contains(Labels::redFlagAdvice(RedFlag::CalfSwollenWarm).toHtmlEscaped()));
    EXPECT_TRUE(shown.contains(QStringLiteral("Emergency department")));
    // A slip of the finger can be undone: back to the question that raised it.
    page.resultView()->findChild<QPushButton*>(QStringLiteral("backToQuestionsButton"))->click();
    EXPECT_EQ(currentQuestion(), QStringLiteral("calf_swollen_warm"));
}

TEST_F(SelfCheckPageTest, ReasonsLinkToTheArticleAndTheSummary) {
    page.startFresh();
    std::map<QString, Qt::Key> keys = kMildKeys;
    keys[QStringLiteral("numbness")] = Qt::Key_4;
    keys[QStringLiteral("radiating_pain")] = Qt::Key_5;
    keys[QStringLiteral("recurring_2w")] = Qt::Key_Y;
    answerAll(keys);
    ASSERT_TRUE(page.showingResult());
    EXPECT_EQ(page.result().tier, Tier::SeeDoctor);
    auto* reasons = page.resultView()->findChild<QLabel*>(QStringLiteral("reasons"));
    EXPECT_TRUE(reasons->text().contains(QStringLiteral("learn:nerve-compression")));
    EXPECT_TRUE(page.resultView()
                    ->findChild<QLabel*>(QStringLiteral("departments"))
                    ->text()
                    .contains(QStringLiteral("Neurology")));
    QSignalSpy spy(&m_navigator, &Navigator::navigationRequested);
    Q_EMIT reasons->linkActivated(QStringLiteral("learn:nerve-compression"));
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<Area>(), Area::Learn);
    EXPECT_EQ(spy.at(0).at(1).toString(), QStringLiteral("nerve-compression"));
    page.resultView()->findChild<QPushButton*>(QStringLiteral("openSummaryButton"))->click();
    ASSERT_EQ(spy.size(), 2);
    EXPECT_EQ(spy.at(1).at(0).value<Area>(), Area::Summary);
}

TEST_F(SelfCheckPageTest, SaveShowsWhatWillBeSavedThenStoresTheEntryAndTheResult) {
    page.startFresh();
    std::map<QString, Qt::Key> keys = kMildKeys;
    keys[QStringLiteral("worse_sitting")] = Qt::Key_Y;
    answerAll(keys);
    ASSERT_TRUE(page.showingResult());
    auto* save = page.resultView()->findChild<QPushButton*>(QStringLiteral("saveButton"));
    ASSERT_TRUE(save->isVisibleTo(&page));
    save->click();
    auto* preview = page.resultView()->findChild<QLabel*>(QStringLiteral("savePreview"));
    ASSERT_TRUE(preview->isVisibleTo(&page));
    EXPECT_TRUE(preview->text().contains(QStringLiteral("Soreness: 2 of 10 (mild)"))) << preview->text().toStdString();
    EXPECT_TRUE(preview->text().contains(QStringLiteral("Side: Both")));
    EXPECT_TRUE(preview->text().contains(QStringLiteral("Triggers: Long sitting, Fatigue")));
    EXPECT_TRUE(preview->text().contains(QStringLiteral("Red flags: none")));
    EXPECT_EQ(store().episodes().count().value(), 0);  // nothing saved before confirming

    page.resultView()->findChild<QPushButton*>(QStringLiteral("confirmSaveButton"))->click();
    ASSERT_EQ(store().episodes().count().value(), 1);
    const Episode e = store().episodes().listAll().value().constFirst();
    EXPECT_EQ(e.intensityOf(Symptom::Soreness), 2);
    EXPECT_EQ(e.side, Side::Both);
    EXPECT_TRUE(e.triggers.contains(Trigger::LongSitting));
    auto checks = SelfCheckStore(store().database()).list();
    ASSERT_EQ(checks.value().size(), 1);
    EXPECT_EQ(checks.value().constFirst().episodeId, e.id);
    EXPECT_EQ(checks.value().constFirst().tier, Tier::SelfCare);
    EXPECT_FALSE(save->isVisibleTo(&page));  // saved once, not twice

    // Listed with its date on the start page.
    ASSERT_EQ(page.history()->count(), 1);
    EXPECT_TRUE(page.history()->item(0)->text().startsWith(QDate::currentDate().toString(Qt::ISODate)));
    EXPECT_TRUE(page.history()->item(0)->text().contains(QStringLiteral("Self-care and watch")));
}

TEST_F(SelfCheckPageTest, SkippingTheRequiredQuestionsGivesAnswerAtLeastNotAResult) {
    page.startFresh();
    auto* next = page.questionView()->findChild<QPushButton*>(QStringLiteral("nextButton"));
    for (int i = 0; i < 40 && page.showingQuestions(); ++i) {
        next->click();  // skip everything
    }
    ASSERT_TRUE(page.showingResult());
    EXPECT_EQ(page.result().tier, Tier::Incomplete);
    const QString shown = page.resultView()->plainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Answer at least these questions")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Calf soreness or heaviness")));
    EXPECT_FALSE(page.resultView()->findChild<QPushButton*>(QStringLiteral("saveButton"))->isVisibleTo(&page));
    page.resultView()->findChild<QPushButton*>(QStringLiteral("continueButton"))->click();
    EXPECT_EQ(currentQuestion(), QStringLiteral("soreness"));
}

TEST_F(SelfCheckPageTest, WhyWeAskIsShownOnDemandAndBackKeepsAnswers) {
    page.startFresh();
    auto* why = page.questionView()->findChild<QLabel*>(QStringLiteral("whyText"));
    EXPECT_FALSE(why->isVisibleTo(&page));
    page.questionView()->findChild<QToolButton*>(QStringLiteral("whyButton"))->click();
    EXPECT_TRUE(why->isVisibleTo(&page));
    EXPECT_TRUE(why->text().contains(QStringLiteral("article")));
    QTest::keyClick(page.questionView(), Qt::Key_7);
    EXPECT_EQ(currentQuestion(), QStringLiteral("numbness"));
    EXPECT_FALSE(why->isVisibleTo(&page));  // closed again for the next question
    QTest::keyClick(page.questionView(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(currentQuestion(), QStringLiteral("soreness"));
    EXPECT_EQ(page.answers().scale(QStringLiteral("soreness")), 7);
}

TEST_F(SelfCheckPageTest, QuestionsFollowTheLanguage) {
    page.startFresh();
    auto* text = page.questionView()->findChild<QLabel*>(QStringLiteral("questionText"));
    EXPECT_TRUE(text->text().contains(QStringLiteral("calves")));
    m_language.apply(QStringLiteral("zh_CN"));
    EXPECT_TRUE(text->text().contains(QStringLiteral("像灌了铅"))) << text->text().toStdString();
    m_language.apply(QStringLiteral("en"));
}
