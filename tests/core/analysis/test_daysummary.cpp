// Per-day aggregation, from the store and from entries, across midnight and both DST changes
// (the tests run with TZ=Europe/Berlin: 2024-03-31 02:00 → 03:00, 2024-10-27 03:00 → 02:00).
#include "analysis/daysummary.h"
#include "analysis/frequencies.h"
#include "support/tempstore.h"

#include <gtest/gtest.h>

using namespace spinesignal;

namespace {

Episode at(QDate d, QTime t, std::initializer_list<std::pair<Symptom, int>> ratings) {
    Episode e;
    e.when = QDateTime(d, t);
    for (const auto& [s, v] : ratings) {
        e.setIntensity(s, v);
    }
    return e;
}

QList<Episode> dstAndMidnightEntries() {
    const QDate sat(2024, 3, 30);
    const QDate sun(2024, 3, 31);  // spring forward: 02:00–03:00 does not exist
    QList<Episode> list;
    list.append(at(sat, QTime(10, 0), {{Symptom::Soreness, 4}}));
    list.append(at(sat, QTime(23, 59), {{Symptom::Soreness, 6}, {Symptom::Numbness, 3}}));
    list.append(at(sun, QTime(0, 0), {{Symptom::Soreness, 2}}));
    list.append(at(sun, QTime(1, 30), {{Symptom::Soreness, 8}}));
    Episode flagged = at(sun, QTime(3, 30), {{Symptom::Numbness, 5}});
    flagged.redFlags.insert(RedFlag::SaddleNumbness);
    list.append(flagged);
    // Autumn: 02:30 happens twice on 2024-10-27, first in summer time, then in winter time.
    const QDate fall(2024, 10, 27);
    Episode summer;
    summer.when = QDateTime(fall, QTime(2, 30), Qt::OffsetFromUTC, 7200);
    summer.setIntensity(Symptom::BackPain, 7);
    Episode winter;
    winter.when = QDateTime(fall, QTime(2, 30), Qt::OffsetFromUTC, 3600);
    winter.setIntensity(Symptom::BackPain, 2);
    list.append(summer);
    list.append(winter);
    // Logged at 05:00 on 1 May in Shanghai (+08:00): 23:00 on 30 April in Berlin. The person's day
    // is 1 May.
    Episode travel;
    travel.when = QDateTime(QDate(2024, 5, 1), QTime(5, 0), Qt::OffsetFromUTC, 8 * 3600);
    travel.setIntensity(Symptom::Weakness, 1);
    list.append(travel);
    return list;
}

void expectHandComputed(const QList<DaySummary>& days) {
    ASSERT_EQ(days.size(), 4);
    const DaySummary& sat = days[0];
    EXPECT_EQ(sat.date, QDate(2024, 3, 30));
    EXPECT_EQ(sat.entries, 2);
    EXPECT_EQ(sat.maxOf(Symptom::Soreness), 6);
    EXPECT_DOUBLE_EQ(*sat.meanOf(Symptom::Soreness), 5.0);  // (4 + 6) / 2
    EXPECT_EQ(sat.maxOf(Symptom::Numbness), 3);
    EXPECT_FALSE(sat.maxOf(Symptom::BackPain).has_value()) << "not rated is not zero";
    EXPECT_FALSE(sat.redFlag);

    const DaySummary& sun = days[1];
    EXPECT_EQ(sun.date, QDate(2024, 3, 31));
    EXPECT_EQ(sun.entries,
              3);  // 00:00, 01:30 and 03:30 (one hour after 01:30 on the clock-change night)
    EXPECT_EQ(sun.maxOf(Symptom::Soreness), 8);
    EXPECT_DOUBLE_EQ(*sun.meanOf(Symptom::Soreness), 5.0);  // (2 + 8) / 2; the 03:30 entry has none
    EXPECT_EQ(sun.maxOf(Symptom::Numbness), 5);
    EXPECT_TRUE(sun.redFlag);

    const DaySummary& fall = days[2];
    EXPECT_EQ(fall.date, QDate(2024, 10, 27));
    EXPECT_EQ(fall.entries, 2);
    EXPECT_DOUBLE_EQ(*fall.meanOf(Symptom::BackPain), 4.5);

    EXPECT_EQ(days[3].date, QDate(2024, 5, 1)) << "the wall-clock day where it was logged";
    EXPECT_EQ(days[3].maxOf(Symptom::Weakness), 1);
}

}  // namespace

TEST(DayAggregator, FromEntriesAcrossMidnightAndDaylightSaving) {
    auto days = DayAggregator::fromEpisodes(dstAndMidnightEntries());
    // fromEpisodes orders by date; 1 May comes before 27 October.
    std::swap(days[2], days[3]);
    expectHandComputed(days);
}

TEST(DayAggregator, FromTheStoreGivesTheSameDays) {
    spinesignal::testing::TempStore store;
    ASSERT_TRUE(store.episodes().addAll(dstAndMidnightEntries()));
    auto days = DayAggregator::fromDatabase(store.database(), QDate(2024, 1, 1), QDate(2024, 12, 31));
    ASSERT_TRUE(days) << days.error().message.toStdString();
    QList<DaySummary> list = days.value();
    std::swap(list[2], list[3]);
    expectHandComputed(list);

    auto only = DayAggregator::fromDatabase(store.database(), QDate(2024, 3, 31), QDate(2024, 3, 31));
    ASSERT_TRUE(only);
    ASSERT_EQ(only.value().size(), 1);
    EXPECT_EQ(only.value()[0].entries, 3);

    auto extent = DayAggregator::extent(store.database());
    ASSERT_TRUE(extent);
    EXPECT_EQ(extent.value().first, QDate(2024, 3, 30));
    EXPECT_EQ(extent.value().last, QDate(2024, 10, 27));
    EXPECT_EQ(extent.value().entries, 8);
}

TEST(DayAggregator, EmptyStoreHasNoDaysAndAnEmptyExtent) {
    spinesignal::testing::TempStore store;
    auto days = DayAggregator::fromDatabase(store.database(), QDate(2000, 1, 1), QDate(2030, 1, 1));
    ASSERT_TRUE(days);
    EXPECT_TRUE(days.value().isEmpty());
    auto extent = DayAggregator::extent(store.database());
    ASSERT_TRUE(extent);
    EXPECT_TRUE(extent.value().isEmpty());
}

TEST(DayAggregator, HabitsAreTheDaysHighestCountNotASum) {
    const QDate d(2024, 6, 3);
    Episode morning = at(d, QTime(9, 0), {{Symptom::Soreness, 3}});
    morning.habits.sitBreaks = 2;
    morning.habits.swallowSets = 1;
    Episode evening = at(d, QTime(21, 0), {{Symptom::Soreness, 5}});
    evening.habits.sitBreaks = 7;
    evening.habits.swallowSets = 2;
    evening.habits.bridgeSets = 1;
    Episode none = at(d.addDays(1), QTime(9, 0), {{Symptom::Soreness, 5}});
    const QList<Episode> list{morning, evening, none};

    spinesignal::testing::TempStore store;
    ASSERT_TRUE(store.episodes().addAll(list));
    auto fromDb = DayAggregator::fromDatabase(store.database(), d, d.addDays(1));
    ASSERT_TRUE(fromDb);
    for (const auto& days : QList<QList<DaySummary>>{DayAggregator::fromEpisodes(list), fromDb.value()}) {
        ASSERT_EQ(days.size(), 2);
        EXPECT_EQ(days[0].sitBreaks, 7);
        EXPECT_EQ(days[0].exerciseSets, 3);  // 2 + 1 in the evening entry
        EXPECT_FALSE(days[1].sitBreaks.has_value());
        EXPECT_FALSE(days[1].exerciseSets.has_value());
    }
}

TEST(FrequencyCounter, CountsEntriesPerTriggerReliefSideAndRegion) {
    const QDate d(2024, 6, 3);
    Episode a = at(d, QTime(9, 0), {{Symptom::Soreness, 3}});
    a.triggers = {Trigger::LongSitting, Trigger::Fatigue};
    a.helped = {Relief::Heat};
    a.side = Side::Left;
    a.regions.insert(Leg::Left, LegRegion::CalfBack);
    a.regions.insert(Leg::Left, LegRegion::Sole);
    Episode b = at(d, QTime(12, 0), {{Symptom::Soreness, 4}});
    b.triggers = {Trigger::LongSitting};
    b.helped = {Relief::Heat, Relief::Stretching};
    b.side = Side::Both;
    b.regions.insert(Leg::Left, LegRegion::CalfBack);
    b.regions.insert(Leg::Right, LegRegion::FootOuter);
    Episode outside = at(d.addDays(5), QTime(9, 0), {{Symptom::Soreness, 3}});
    outside.triggers = {Trigger::Lifting};
    const QList<Episode> list{a, b, outside};

    spinesignal::testing::TempStore store;
    ASSERT_TRUE(store.episodes().addAll(list));
    auto fromDb = FrequencyCounter::fromDatabase(store.database(), d, d.addDays(1));
    ASSERT_TRUE(fromDb);
    const Frequencies f = fromDb.value();
    EXPECT_EQ(f, FrequencyCounter::fromEpisodes(list, d, d.addDays(1)));
    EXPECT_EQ(f.entries, 2);
    EXPECT_EQ(f.triggerCount(Trigger::LongSitting), 2);
    EXPECT_EQ(f.triggerCount(Trigger::Fatigue), 1);
    EXPECT_EQ(f.triggerCount(Trigger::Lifting), 0);
    EXPECT_EQ(f.helpedCount(Relief::Heat), 2);
    EXPECT_EQ(f.helpedCount(Relief::Stretching), 1);
    EXPECT_EQ(f.sideCount(Side::Left), 1);
    EXPECT_EQ(f.sideCount(Side::Both), 1);
    EXPECT_EQ(f.regionCount(Leg::Left, LegRegion::CalfBack), 2);
    EXPECT_EQ(f.regionCount(Leg::Right, LegRegion::FootOuter), 1);
    EXPECT_EQ(f.regionCount(Leg::Right, LegRegion::CalfBack), 0);

    auto empty = FrequencyCounter::fromDatabase(store.database(), QDate(2000, 1, 1), QDate(2000, 1, 2));
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty.value(), Frequencies{});
}
