#include "checklisttesting.h"

#include "domain/labels.h"

#include <QFile>

using namespace spinesignal;
using namespace spinesignal::testing;

namespace {

QByteArray readResource(const char* path) {
    QFile f(QString::fromLatin1(path));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path;
    return f.readAll();
}

}  // namespace

TEST(ChecklistData, EmbeddedFilesLoadAndAreComplete) {
    auto loaded = Checklist::loadEmbedded();
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    const Checklist& c = *loaded.value();
    // PRODUCT.md §3: symptoms, pattern, groups and every red flag.
    for (const char* id : {"soreness", "numbness", "tingling", "weakness", "back_pain", "radiating_pain", "side",
                           "worse_sitting", "worse_weather", "worse_fatigue", "recurring_2w", "calcium",
                           "cramps_general", "pregnant", "diabetes", "age_50_plus"}) {
        EXPECT_NE(c.question(QString::fromLatin1(id)), nullptr) << id;
    }
    for (int f = 0; f < kRedFlagCount; ++f) {
        const Question* q = c.questionFor(static_cast<RedFlag>(f));
        ASSERT_NE(q, nullptr);
        EXPECT_EQ(q->kind, QuestionKind::YesNo);
        EXPECT_EQ(q->section, QStringLiteral("red_flags"));
        // Asked in the same words the log uses.
        EXPECT_EQ(c.questionText(*q, QStringLiteral("en")), Labels::redFlag(static_cast<RedFlag>(f)));
    }
    for (const Question& q : c.questions()) {
        EXPECT_TRUE(q.why.isComplete()) << q.id.toStdString();
        EXPECT_FALSE(q.learn.isEmpty()) << q.id.toStdString();
        EXPECT_FALSE(c.questionText(q, QStringLiteral("zh_CN")).isEmpty()) << q.id.toStdString();
    }
    EXPECT_GE(c.rules().size(), 15);
}

TEST(ChecklistData, DepartmentsOfTheArticleExistInBothLanguages) {
    for (const auto& [id, zh] : {std::pair{"orthopaedics", "骨科"}, std::pair{"neurology", "神经内科"},
                                 std::pair{"vascular_surgery", "血管外科"}, std::pair{"endocrinology", "内分泌科"},
                                 std::pair{"obstetrics", "妇产科"}}) {
        const Department* d = checklist().department(QString::fromLatin1(id));
        ASSERT_NE(d, nullptr) << id;
        EXPECT_EQ(d->name.zh, QString::fromUtf8(zh));
        EXPECT_FALSE(d->name.en.isEmpty());
    }
}

TEST(ChecklistData, EveryRuleLinksToRealArticleSections) {
    const QStringList sections{QStringLiteral("intro"),
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
    for (const Rule& r : checklist().rules()) {
        EXPECT_FALSE(r.links.isEmpty()) << r.id.toStdString();
        for (const QString& l : r.links) {
            EXPECT_TRUE(sections.contains(l)) << r.id.toStdString() << " -> " << l.toStdString();
        }
        EXPECT_FALSE(r.sentence(QStringLiteral("en")).isEmpty());
        EXPECT_FALSE(r.sentence(QStringLiteral("zh_CN")).isEmpty());
    }
    for (const Question& q : checklist().questions()) {
        EXPECT_TRUE(sections.contains(q.learn)) << q.id.toStdString();
    }
}

TEST(ChecklistData, BrokenDataIsRefusedWithAMessageNamingTheItem) {
    const QByteArray questions = readResource(Checklist::kQuestionsPath);
    const QByteArray rules = readResource(Checklist::kRulesPath);
    ASSERT_TRUE(Checklist::parse(questions, rules));

    auto notJson = Checklist::parse("{", rules);
    ASSERT_FALSE(notJson);
    EXPECT_TRUE(notJson.error().message.contains(QStringLiteral("questions.json")));

    QByteArray unknownQuestion = rules;
    unknownQuestion.replace("{\"q\": \"calcium\", \"in\": [\"no_help\"]}",
                            "{\"q\": \"calcim\", \"in\": [\"no_help\"]}");
    auto r1 = Checklist::parse(questions, unknownQuestion);
    ASSERT_FALSE(r1);
    EXPECT_TRUE(r1.error().message.contains(QStringLiteral("calcium_no_help"))) << r1.error().message.toStdString();
    EXPECT_TRUE(r1.error().message.contains(QStringLiteral("calcim")));

    QByteArray wrongKind = rules;
    wrongKind.replace("{\"q\": \"calcium\", \"in\": [\"no_help\"]}", "{\"q\": \"calcium\", \"min\": 3}");
    auto r2 = Checklist::parse(questions, wrongKind);
    ASSERT_FALSE(r2);
    EXPECT_TRUE(r2.error().message.contains(QStringLiteral("0-10"))) << r2.error().message.toStdString();

    QByteArray missingChinese = rules;
    missingChinese.replace("\"zh_CN\": \"补钙后症状没有缓解", "\"zh\": \"补钙后症状没有缓解");
    auto r3 = Checklist::parse(questions, missingChinese);
    ASSERT_FALSE(r3);
    EXPECT_TRUE(r3.error().message.contains(QStringLiteral("calcium_no_help")));

    // A red flag without its urgent rule would silently lose the "urgent at once" promise.
    QByteArray noUrgent = rules;
    noUrgent.replace("\"id\": \"red_flag.muscle_wasting\", \"tier\": \"urgent\"",
                     "\"id\": \"red_flag.muscle_wasting\", \"tier\": \"see_doctor\"");
    auto r4 = Checklist::parse(questions, noUrgent);
    ASSERT_FALSE(r4);
    EXPECT_TRUE(r4.error().message.contains(QStringLiteral("muscle_wasting")));
}
