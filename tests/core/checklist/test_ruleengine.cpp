#include "checklisttesting.h"

using namespace spinesignal;
using namespace spinesignal::testing;

namespace {

/// A complete, symptom-bearing set to which one answer is added: the rule under test.
AnswerSet withSymptomPattern(AnswerSet a) {
    for (const char* id : {"frequency", "eases_with_rest", "recurring_2w"}) {
        if (!a.has(QString::fromLatin1(id))) {
            if (QString::fromLatin1(id) == QLatin1String("frequency")) {
                a.set(QStringLiteral("frequency"), QStringLiteral("occasional"));
            } else {
                a.set(QString::fromLatin1(id), QString::fromLatin1(id) == QLatin1String("eases_with_rest"));
            }
        }
    }
    return a;
}

AnswerSet clearWith(std::initializer_list<std::pair<const char*, Answer>> items) {
    AnswerSet a = allClear();
    for (const auto& [id, v] : items) {
        a.set(QString::fromLatin1(id), v);
    }
    return withSymptomPattern(a);
}

}  // namespace

// --- Boundaries -------------------------------------------------------------------------------

TEST(RuleEngine, NoAnswersGiveNoResultButSayWhatToAnswer) {
    const CheckResult r = evaluate({});
    EXPECT_EQ(r.tier, Tier::Incomplete);
    EXPECT_TRUE(r.fired.isEmpty());
    EXPECT_TRUE(r.departments.isEmpty());
    EXPECT_TRUE(r.missing.contains(QStringLiteral("soreness")));
    EXPECT_TRUE(r.missing.contains(QStringLiteral("saddle_numbness")));
    EXPECT_EQ(r.unansweredRedFlags.size(), kRedFlagCount);
}

TEST(RuleEngine, OnlyRedFlagsAnsweredNoIsStillIncomplete) {
    const CheckResult r = evaluate(noRedFlags());
    EXPECT_EQ(r.tier, Tier::Incomplete);
    EXPECT_TRUE(r.unansweredRedFlags.isEmpty());
    EXPECT_TRUE(r.missing.contains(QStringLiteral("numbness")));
    EXPECT_FALSE(r.missing.contains(QStringLiteral("bladder_bowel_sexual")));
}

TEST(RuleEngine, EverySingleRedFlagAloneIsUrgentAtOnce) {
    for (int f = 0; f < kRedFlagCount; ++f) {
        const auto flag = static_cast<RedFlag>(f);
        const Question* q = checklist().questionFor(flag);
        ASSERT_NE(q, nullptr);
        AnswerSet only;
        only.set(q->id, true);
        const CheckResult r = evaluate(only);
        EXPECT_EQ(r.tier, Tier::Urgent) << q->id.toStdString();
        EXPECT_TRUE(r.redFlags.contains(flag));
        EXPECT_TRUE(r.hasFired(QStringLiteral("red_flag.") + enumId(flag))) << q->id.toStdString();
        EXPECT_FALSE(r.departments.isEmpty());
        // Also on top of an otherwise reassuring set of answers.
        AnswerSet mild = mildFatigueSoreness();
        mild.set(q->id, true);
        EXPECT_EQ(evaluate(mild).tier, Tier::Urgent) << q->id.toStdString();
    }
}

TEST(RuleEngine, EmergencyFlagsSendToTheEmergencyDepartment) {
    for (const char* id : {"bladder_bowel_sexual", "saddle_numbness", "calf_swollen_warm"}) {
        const CheckResult r = evaluate(answersOf({{id, true}}));
        EXPECT_EQ(r.departments.value(0), QStringLiteral("emergency")) << id;
    }
    EXPECT_TRUE(
        evaluate(answersOf({{"calf_swollen_warm", true}})).departments.contains(QStringLiteral("vascular_surgery")));
}

TEST(RuleEngine, ContradictoryAnswersWithholdSelfCareAndAreNamed) {
    AnswerSet a = mildFatigueSoreness();
    a.set(QStringLiteral("frequency"), QStringLiteral("constant"));  // but "goes away with rest"
    const CheckResult r = evaluate(a);
    ASSERT_EQ(r.contradictions.size(), 1);
    EXPECT_EQ(r.contradictions.constFirst()->id, QStringLiteral("rest_but_constant"));
    // "constant" also fires persistent_or_strong, so the person is sent to a doctor anyway.
    EXPECT_EQ(r.tier, Tier::SeeDoctor);

    AnswerSet sideOnly = allClear();
    sideOnly.set(QStringLiteral("side"), QStringLiteral("left"));
    const CheckResult s = evaluate(sideOnly);
    EXPECT_EQ(s.tier, Tier::Incomplete);
    EXPECT_TRUE(s.fired.isEmpty());
    ASSERT_EQ(s.contradictions.size(), 1);
    EXPECT_EQ(s.contradictions.constFirst()->id, QStringLiteral("side_without_leg_symptoms"));

    AnswerSet pattern = allClear();
    pattern.set(QStringLiteral("worse_sitting"), true);
    EXPECT_EQ(evaluate(pattern).tier, Tier::Incomplete);
    EXPECT_EQ(evaluate(pattern).contradictions.value(0)->id, QStringLiteral("pattern_without_symptoms"));

    // A red flag is urgent even when other answers contradict each other.
    sideOnly.set(QStringLiteral("saddle_numbness"), true);
    EXPECT_EQ(evaluate(sideOnly).tier, Tier::Urgent);
}

TEST(RuleEngine, SeeADoctorStandsOnPartialAnswersAndListsUnansweredRedFlags) {
    const CheckResult r = evaluate(answersOf({{"radiating_pain", 6}, {"numbness", 5}, {"recurring_2w", true}}));
    EXPECT_EQ(r.tier, Tier::SeeDoctor);
    EXPECT_EQ(r.unansweredRedFlags.size(), kRedFlagCount);
}

TEST(RuleEngine, SelfCareNeedsTheRequiredAnswers) {
    AnswerSet a = mildFatigueSoreness();
    a.clear(QStringLiteral("eases_with_rest"));
    const CheckResult r = evaluate(a);
    EXPECT_EQ(r.tier, Tier::Incomplete);
    EXPECT_EQ(r.missing, QStringList{QStringLiteral("eases_with_rest")});
    AnswerSet b = mildFatigueSoreness();
    b.clear(QStringLiteral("muscle_wasting"));
    EXPECT_EQ(evaluate(b).tier, Tier::Incomplete);
    EXPECT_EQ(evaluate(b).missing, QStringList{QStringLiteral("muscle_wasting")});
}

TEST(RuleEngine, HighestTierWinsAndEveryFiredRuleIsListed) {
    AnswerSet a = clearWith({{"numbness", 3}, {"worse_sitting", true}, {"age_50_plus", true}});
    const CheckResult r = evaluate(a);
    EXPECT_EQ(r.tier, Tier::SeeDoctor);
    EXPECT_TRUE(r.hasFired(QStringLiteral("nerve_signs")));
    EXPECT_TRUE(r.hasFired(QStringLiteral("worse_after_sitting")));
    EXPECT_TRUE(r.hasFired(QStringLiteral("age_50_regular_checks")));
    EXPECT_TRUE(r.hasFired(QStringLiteral("age_50_with_symptoms")));
    // Highest tier first.
    EXPECT_EQ(r.fired.constFirst()->tier, Tier::SeeDoctor);
    EXPECT_EQ(r.fired.constLast()->tier, Tier::SelfCare);
    EXPECT_EQ(r.departments.count(QStringLiteral("orthopaedics")), 1);
}

// --- The checks the issue names
// -------------------------------------------------------------------

TEST(RuleEngine, RecurringRadiatingSymptomsWithNumbnessSeeADoctor) {
    AnswerSet a =
        clearWith({{"radiating_pain", 5}, {"numbness", 4}, {"recurring_2w", true}, {"side", QStringLiteral("left")}});
    const CheckResult r = evaluate(a);
    EXPECT_EQ(r.tier, Tier::SeeDoctor);
    EXPECT_TRUE(r.hasFired(QStringLiteral("recurring_radiating_numbness")));
    EXPECT_TRUE(r.departments.contains(QStringLiteral("orthopaedics")));
    EXPECT_TRUE(r.departments.contains(QStringLiteral("neurology")));
}

TEST(RuleEngine, MildOccasionalFatigueSorenessIsSelfCare) {
    const CheckResult r = evaluate(mildFatigueSoreness());
    EXPECT_EQ(r.tier, Tier::SelfCare);
    EXPECT_TRUE(r.hasFired(QStringLiteral("mild_occasional_soreness")));
    EXPECT_TRUE(r.departments.isEmpty());
    EXPECT_TRUE(r.links.contains(QStringLiteral("prevention")));
    EXPECT_TRUE(r.contradictions.isEmpty());
    // The same soreness at 4/10 is no longer "mild".
    AnswerSet moderate = mildFatigueSoreness();
    moderate.set(QStringLiteral("soreness"), 4);
    EXPECT_EQ(evaluate(moderate).tier, Tier::SeeDoctor);
    EXPECT_FALSE(evaluate(moderate).hasFired(QStringLiteral("mild_occasional_soreness")));
}

// --- Each rule, at its edge ----------------------------------------------------------------------

TEST(RuleEngine, NerveSignsEachSeeADoctor) {
    for (const auto& [id, value] :
         {std::pair<const char*, Answer>{"numbness", 1}, {"radiating_pain", 1}, {"weakness", 1}, {"tingling", true}}) {
        const CheckResult r = evaluate(clearWith({{"soreness", 2}, {id, value}}));
        EXPECT_TRUE(r.hasFired(QStringLiteral("nerve_signs"))) << id;
        EXPECT_EQ(r.tier, Tier::SeeDoctor) << id;
        EXPECT_FALSE(r.hasFired(QStringLiteral("mild_occasional_soreness"))) << id;
    }
}

TEST(RuleEngine, RecurringRadiatingNumbnessNeedsAllThree) {
    EXPECT_FALSE(evaluate(clearWith({{"radiating_pain", 5}, {"numbness", 4}, {"recurring_2w", false}}))
                     .hasFired(QStringLiteral("recurring_radiating_numbness")));
    EXPECT_FALSE(evaluate(clearWith({{"radiating_pain", 0}, {"numbness", 4}, {"recurring_2w", true}}))
                     .hasFired(QStringLiteral("recurring_radiating_numbness")));
}

TEST(RuleEngine, SorenessWithBackPainSeesADoctor) {
    const CheckResult r = evaluate(clearWith({{"soreness", 2}, {"back_pain", 2}}));
    EXPECT_EQ(r.tier, Tier::SeeDoctor);
    EXPECT_TRUE(r.hasFired(QStringLiteral("soreness_with_back_pain")));
}

TEST(RuleEngine, PersistentOrStrongSymptoms) {
    for (const auto& [id, value] : {std::pair<const char*, Answer>{"soreness", 4},
                                    {"back_pain", 4},
                                    {"frequency", QStringLiteral("often")},
                                    {"frequency", QStringLiteral("constant")},
                                    {"eases_with_rest", false},
                                    {"recurring_2w", true}}) {
        AnswerSet a = mildFatigueSoreness();
        a.set(QString::fromLatin1(id), value);
        const CheckResult r = evaluate(a);
        EXPECT_TRUE(r.hasFired(QStringLiteral("persistent_or_strong"))) << id;
        EXPECT_EQ(r.tier, Tier::SeeDoctor) << id;
    }
    EXPECT_FALSE(evaluate(mildFatigueSoreness()).hasFired(QStringLiteral("persistent_or_strong")));
}

TEST(RuleEngine, RecurringLegSymptomsWithoutBackPainStillPointToTheSpine) {
    AnswerSet a = mildFatigueSoreness();
    a.set(QStringLiteral("recurring_2w"), true);
    EXPECT_TRUE(evaluate(a).hasFired(QStringLiteral("leg_symptoms_without_back_pain")));
    a.set(QStringLiteral("back_pain"), 2);
    EXPECT_FALSE(evaluate(a).hasFired(QStringLiteral("leg_symptoms_without_back_pain")));
}

TEST(RuleEngine, CalciumThatDidNotHelpPointsToTheSpine) {
    AnswerSet a = mildFatigueSoreness();
    a.set(QStringLiteral("calcium"), QStringLiteral("no_help"));
    const CheckResult r = evaluate(a);
    EXPECT_EQ(r.tier, Tier::SeeDoctor);
    EXPECT_TRUE(r.hasFired(QStringLiteral("calcium_no_help")));
    a.set(QStringLiteral("calcium"), QStringLiteral("helped"));
    EXPECT_EQ(evaluate(a).tier, Tier::SelfCare);
}

TEST(RuleEngine, DiabetesWithLegSymptomsAddsEndocrinology) {
    AnswerSet a = clearWith({{"numbness", 3}, {"diabetes", true}});
    const CheckResult r = evaluate(a);
    EXPECT_TRUE(r.hasFired(QStringLiteral("diabetes_leg_symptoms")));
    EXPECT_TRUE(r.departments.contains(QStringLiteral("endocrinology")));
    EXPECT_TRUE(r.departments.contains(QStringLiteral("orthopaedics")));
    AnswerSet noSymptoms = allClear();
    noSymptoms.set(QStringLiteral("diabetes"), true);
    EXPECT_FALSE(evaluate(noSymptoms).hasFired(QStringLiteral("diabetes_leg_symptoms")));
}

TEST(RuleEngine, PregnancyWithSymptomsSendsToObstetricsAndOrthopaedicsWithoutSelfTreatment) {
    AnswerSet a = mildFatigueSoreness();
    a.set(QStringLiteral("pregnant"), true);
    const CheckResult r = evaluate(a);
    EXPECT_EQ(r.tier, Tier::SeeDoctor);
    EXPECT_TRUE(r.hasFired(QStringLiteral("pregnancy")));
    EXPECT_TRUE(r.departments.contains(QStringLiteral("obstetrics")));
    EXPECT_TRUE(r.departments.contains(QStringLiteral("orthopaedics")));
    const QString en = checklist().rule(QStringLiteral("pregnancy"))->sentence(QStringLiteral("en"));
    EXPECT_TRUE(en.contains(QStringLiteral("do not massage or take medicine")));
    EXPECT_TRUE(checklist()
                    .rule(QStringLiteral("pregnancy"))
                    ->sentence(QStringLiteral("zh_CN"))
                    .contains(QStringLiteral("不可自行按摩或用药")));
}

TEST(RuleEngine, CrampsWithWholeBodyWeaknessPointToAGeneralCause) {
    AnswerSet a = allClear();
    a.set(QStringLiteral("cramps_general"), true);
    CheckResult r = evaluate(a);
    EXPECT_EQ(r.tier, Tier::SelfCare);
    EXPECT_TRUE(r.hasFired(QStringLiteral("cramps_general_cause")));
    // ... but recurring leg symptoms still go to a doctor.
    a = mildFatigueSoreness();
    a.set(QStringLiteral("cramps_general"), true);
    a.set(QStringLiteral("recurring_2w"), true);
    r = evaluate(a);
    EXPECT_EQ(r.tier, Tier::SeeDoctor);
    EXPECT_TRUE(r.hasFired(QStringLiteral("cramps_general_cause")));
}

TEST(RuleEngine, SittingAndWeatherAreExplainedButDoNotRaiseTheTier) {
    AnswerSet a = mildFatigueSoreness();
    a.set(QStringLiteral("worse_sitting"), true);
    a.set(QStringLiteral("worse_weather"), true);
    const CheckResult r = evaluate(a);
    EXPECT_EQ(r.tier, Tier::SelfCare);
    EXPECT_TRUE(r.hasFired(QStringLiteral("worse_after_sitting")));
    EXPECT_TRUE(r.hasFired(QStringLiteral("weather_or_fatigue")));
    EXPECT_TRUE(r.links.contains(QStringLiteral("circulation")));
}

TEST(RuleEngine, MildOccasionalBackPainAlone) {
    const CheckResult r = evaluate(clearWith({{"back_pain", 2}}));
    EXPECT_EQ(r.tier, Tier::SelfCare);
    EXPECT_TRUE(r.hasFired(QStringLiteral("mild_occasional_back_pain")));
}

TEST(RuleEngine, NoSymptomsIsSelfCareWithPrevention) {
    const CheckResult r = evaluate(allClear());
    EXPECT_EQ(r.tier, Tier::SelfCare);
    EXPECT_EQ(r.firedIds(), QStringList{QStringLiteral("no_symptoms")});
    EXPECT_TRUE(r.missing.isEmpty());
}

TEST(RuleEngine, FiftyPlusGetsRegularChecksAndSeesADoctorWithSymptoms) {
    AnswerSet a = allClear();
    a.set(QStringLiteral("age_50_plus"), true);
    EXPECT_EQ(evaluate(a).tier, Tier::SelfCare);
    EXPECT_TRUE(evaluate(a).hasFired(QStringLiteral("age_50_regular_checks")));
    AnswerSet b = mildFatigueSoreness();
    b.set(QStringLiteral("age_50_plus"), true);
    EXPECT_EQ(evaluate(b).tier, Tier::SeeDoctor);
    EXPECT_TRUE(evaluate(b).hasFired(QStringLiteral("age_50_with_symptoms")));
}

TEST(RuleEngine, EveryRuleIsReachable) {
    // Guards against a rule that can never fire (e.g. a typo in an option id that still parses).
    QStringList fired;
    QList<AnswerSet> sets{allClear(), mildFatigueSoreness(), clearWith({{"back_pain", 2}})};
    AnswerSet all = mildFatigueSoreness();
    for (const char* id : {"worse_sitting", "worse_weather", "cramps_general", "pregnant", "diabetes", "age_50_plus",
                           "recurring_2w", "tingling"}) {
        all.set(QString::fromLatin1(id), true);
    }
    all.set(QStringLiteral("numbness"), 3);
    all.set(QStringLiteral("radiating_pain"), 3);
    all.set(QStringLiteral("back_pain"), 5);
    all.set(QStringLiteral("calcium"), QStringLiteral("no_help"));
    sets.append(all);
    AnswerSet legOnly = mildFatigueSoreness();
    legOnly.set(QStringLiteral("recurring_2w"), true);
    sets.append(legOnly);
    for (int f = 0; f < kRedFlagCount; ++f) {
        sets.append(answersOf({}));
        sets.last().set(checklist().questionFor(static_cast<RedFlag>(f))->id, true);
    }
    for (const AnswerSet& s : sets) {
        fired += evaluate(s).firedIds();
    }
    for (const Rule& r : checklist().rules()) {
        EXPECT_TRUE(fired.contains(r.id)) << r.id.toStdString();
    }
}

TEST(RuleEngine, HiddenQuestionsAreDroppedWhenEarlierAnswersChange) {
    AnswerSet a = mildFatigueSoreness();
    a.set(QStringLiteral("soreness"), 0);  // no symptoms any more: side, frequency … are not asked
    const AnswerSet visible = RuleEngine(checklist()).visibleOnly(a);
    EXPECT_FALSE(visible.has(QStringLiteral("side")));
    EXPECT_FALSE(visible.has(QStringLiteral("frequency")));
    EXPECT_TRUE(visible.has(QStringLiteral("saddle_numbness")));
    EXPECT_EQ(evaluate(visible).tier, Tier::SelfCare);
}
