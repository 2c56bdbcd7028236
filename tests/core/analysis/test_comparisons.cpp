#include "analysis/habitcomparison.h"
#include "analysis/reliefoutcome.h"
#include "analysis/trendtext.h"

#include <gtest/gtest.h>

using namespace spinesignal;

namespace {

DaySummary day(QDate date, double soreness, std::optional<int> breaks, std::optional<int> sets = {}) {
    DaySummary d;
    d.date = date;
    d.entries = 1;
    d.mean[0] = soreness;
    d.max[0] = static_cast<int>(soreness);
    d.sitBreaks = breaks;
    d.exerciseSets = sets;
    return d;
}

ReliefEntry entry(QDate day, QTime time, std::optional<int> highest, EnumSet<Relief> helped = {}) {
    const QDateTime when(day, time);
    return {day.toJulianDay(), when.toSecsSinceEpoch(), helped.bits(), highest};
}

}  // namespace

TEST(HabitComparer, NeedsEnoughDaysOnBothSides) {
    const QDate d(2024, 2, 1);
    QList<DaySummary> days;
    for (int i = 0; i < 7; ++i) {
        days.append(day(d.addDays(i), 2.0 + (i % 2), 6 + i));  // ≥ 6 breaks: 2, 3, 2, 3, 2, 3, 2 → 17 / 7
    }
    for (int i = 7; i < 13; ++i) {
        days.append(day(d.addDays(i), 5.0, i % 2 == 0 ? std::optional<int>(2) : std::nullopt));
    }
    DaySummary unrated = day(d.addDays(20), 0, 10);
    unrated.mean[0].reset();
    days.append(unrated);

    auto c = HabitComparer::compare(days, HabitComparison::Habit::SitBreaks, 6, Symptom::Soreness);
    EXPECT_EQ(c.daysWith, 7);
    EXPECT_EQ(c.daysWithout, 6) << "fewer breaks and no breaks recorded both count as 'without'";
    EXPECT_FALSE(c.enough);
    EXPECT_EQ(TrendText::habitSentence(c),
              QStringLiteral("Sit breaks and soreness: not enough days yet to compare (7 day(s) with 6 or more "
                             "breaks, 6 day(s) with fewer; at least 7 each are needed)."));

    days.append(day(d.addDays(14), 5.0, 0));
    c = HabitComparer::compare(days, HabitComparison::Habit::SitBreaks, 6, Symptom::Soreness);
    ASSERT_TRUE(c.enough);
    EXPECT_NEAR(c.meanWith, 17.0 / 7.0, 1e-12);
    EXPECT_DOUBLE_EQ(c.meanWithout, 5.0);
    EXPECT_EQ(TrendText::habitSentence(c),
              QStringLiteral("On the 7 day(s) with 6 or more sit breaks, soreness averaged 2.4; on the other 7 "
                             "day(s) with entries it averaged 5.0."));

    const auto exercise = HabitComparer::compare(days, HabitComparison::Habit::ExerciseSets, 1, Symptom::Soreness);
    EXPECT_EQ(exercise.daysWith, 0);
    EXPECT_FALSE(exercise.enough);
}

TEST(ReliefAnalyzer, ComparesWithTheNextEntryOfTheSameDayOnly) {
    const QDate d(2024, 3, 30);
    QList<ReliefEntry> entries;
    // Five pairs for heat: 6 → 4, 5 → 5, 7 → 3, 4 → 6, 8 → 6: lower 3, same 1, higher 1, mean
    // (−2+0−4+2−2)/5.
    const int pairs[5][2] = {{6, 4}, {5, 5}, {7, 3}, {4, 6}, {8, 6}};
    for (int i = 0; i < 5; ++i) {
        entries.append(entry(d.addDays(i * 2), QTime(10, 0), pairs[i][0], {Relief::Heat}));
        entries.append(entry(d.addDays(i * 2), QTime(15, 0), pairs[i][1]));
    }
    // Heat at 23:30 and the next entry at 00:30 the next day: a different day, not compared.
    entries.append(entry(QDate(2024, 5, 1), QTime(23, 30), 7, {Relief::Heat, Relief::Rest}));
    entries.append(entry(QDate(2024, 5, 2), QTime(0, 30), 2));
    // Rest followed the same day by an entry with no rating: tried, not compared.
    entries.append(entry(QDate(2024, 5, 3), QTime(9, 0), 5, {Relief::Rest}));
    entries.append(entry(QDate(2024, 5, 3), QTime(11, 0), std::nullopt));

    const auto out = ReliefAnalyzer::outcomes(entries);
    const ReliefOutcome& heat = out[static_cast<std::size_t>(Relief::Heat)];
    EXPECT_EQ(heat.tried, 6);
    EXPECT_EQ(heat.compared, 5);
    EXPECT_EQ(heat.lower, 3);
    EXPECT_EQ(heat.same, 1);
    EXPECT_EQ(heat.higher, 1);
    EXPECT_DOUBLE_EQ(heat.meanChange, -1.2);
    EXPECT_TRUE(heat.enough);
    EXPECT_EQ(TrendText::reliefSentence(heat),
              QStringLiteral("Heat: tried 6 time(s). Compared with the next entry that day (5 case(s)), its "
                             "highest rating was lower 3, the same 1 and higher 1; average change -1.2."));

    const ReliefOutcome& rest = out[static_cast<std::size_t>(Relief::Rest)];
    EXPECT_EQ(rest.tried, 2);
    EXPECT_EQ(rest.compared, 0);
    EXPECT_FALSE(rest.enough);
}

TEST(ReliefAnalyzer, FromEpisodesUsesTheHighestRatingAndTimeOrder) {
    Episode late;
    late.when = QDateTime(QDate(2024, 6, 1), QTime(18, 0));
    late.intensity = {2, std::nullopt, 3, std::nullopt, std::nullopt};
    Episode early;
    early.when = QDateTime(QDate(2024, 6, 1), QTime(8, 0));
    early.intensity = {6, 1, std::nullopt, std::nullopt, 4};
    early.helped = {Relief::Stretching};
    const auto entries = ReliefAnalyzer::fromEpisodes({late, early});
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].highest, 6);
    EXPECT_EQ(entries[1].highest, 3);
    const auto out = ReliefAnalyzer::outcomes(entries, 1);
    EXPECT_EQ(out[static_cast<std::size_t>(Relief::Stretching)].lower, 1);
}
