#include "report/summarybuilder.h"
#include "summaryfixture.h"
#include "support/tempstore.h"

#include <gtest/gtest.h>

using namespace spinesignal;
using spinesignal::testing::marchEntries;

namespace {

SummaryData march() {
    return SummaryBuilder::build(marchEntries(), QDate(2024, 3, 1), QDate(2024, 3, 30));
}

const SymptomSummary& of(const SummaryData& d, Symptom s) {
    return d.symptoms[static_cast<std::size_t>(s)];
}

}  // namespace

// Every figure below is worked out by hand from summaryfixture.cpp.
TEST(SummaryBuilder, CountsDaysAndEntriesOfThePeriodOnly) {
    const SummaryData d = march();
    EXPECT_EQ(d.periodDays, 30);
    EXPECT_EQ(d.entries, 8);         // the 2 April entry is outside
    EXPECT_EQ(d.daysLogged, 6);      // 1, 3, 10, 20, 25, 30 March
    EXPECT_EQ(d.legSymptomDays, 5);  // 25 March has low back pain only
    EXPECT_EQ(d.medicineDays, 3);    // 3, 20, 30 March
    EXPECT_FALSE(d.windowsOverlap);
    EXPECT_EQ(d.baselineFrom, QDate(2024, 3, 1));
    EXPECT_EQ(d.baselineTo, QDate(2024, 3, 14));
    EXPECT_EQ(d.recentFrom, QDate(2024, 3, 17));
    EXPECT_EQ(d.recentTo, QDate(2024, 3, 30));
}

TEST(SummaryBuilder, AverageAndWorstPerSymptomLegAndBackApart) {
    const SummaryData d = march();
    const auto& sore = of(d, Symptom::Soreness);
    EXPECT_EQ(sore.ratings, 7);
    EXPECT_NEAR(*sore.average, 29.0 / 7, 1e-9);  // 6+4+8+5+2+1+3
    EXPECT_EQ(*sore.worst, 8);
    EXPECT_EQ(*sore.worstDate, QDate(2024, 3, 3));
    const auto& numb = of(d, Symptom::Numbness);
    EXPECT_EQ(numb.ratings, 4);
    EXPECT_NEAR(*numb.average, 2.0, 1e-9);  // 4+2+1+1
    const auto& weak = of(d, Symptom::Weakness);
    EXPECT_EQ(weak.ratings, 1);  // a 0 is a rating, not a gap
    EXPECT_EQ(*weak.worst, 0);
    EXPECT_EQ(of(d, Symptom::RadiatingPain).ratings, 0);
    EXPECT_FALSE(of(d, Symptom::RadiatingPain).average.has_value());
    const auto& back = of(d, Symptom::BackPain);
    EXPECT_NEAR(*back.average, 3.0, 1e-9);
    EXPECT_EQ(*back.worstDate, QDate(2024, 3, 25));
}

TEST(SummaryBuilder, FirstFourteenDaysAgainstLastFourteen) {
    const SummaryData d = march();
    const auto& sore = of(d, Symptom::Soreness);
    EXPECT_NEAR(*sore.baseline, 23.0 / 4, 1e-9);  // 6, 4, 8, 5
    EXPECT_NEAR(*sore.recent, 2.0, 1e-9);         // 2, 1, 3
    EXPECT_EQ(sore.direction, TrendDirection::Better);
    EXPECT_EQ(of(d, Symptom::Numbness).direction, TrendDirection::Better);  // 3.0 → 1.0
    EXPECT_EQ(of(d, Symptom::BackPain).direction,
              TrendDirection::NotEnoughData);  // one rating lately
    EXPECT_EQ(of(d, Symptom::Weakness).direction, TrendDirection::NotEnoughData);
    // Daily worst leg rating: 6, 8, 5 early; 2, 3 late (25 March has no leg rating).
    EXPECT_NEAR(*d.legBaseline, 19.0 / 3, 1e-9);
    EXPECT_NEAR(*d.legRecent, 2.5, 1e-9);
    EXPECT_EQ(d.legDirection, TrendDirection::Better);
}

TEST(SummaryBuilder, MostCommonTriggersSidesRegionsAndRedFlagDates) {
    const SummaryData d = march();
    ASSERT_EQ(d.triggers.size(), 3);
    EXPECT_EQ(d.triggers[0], std::make_pair(Trigger::LongSitting, 2));
    EXPECT_EQ(d.triggers[1], std::make_pair(Trigger::Walking, 1));  // ties keep the list order
    EXPECT_EQ(d.triggers[2], std::make_pair(Trigger::WeatherChange, 1));
    ASSERT_EQ(d.sides.size(), 3);
    EXPECT_EQ(d.sides[0], std::make_pair(Side::Left, 2));
    ASSERT_EQ(d.regions.size(), 2);
    EXPECT_EQ(d.regions[0].first, std::make_pair(Leg::Left, LegRegion::CalfBack));
    EXPECT_EQ(d.regions[0].second, 2);
    ASSERT_EQ(d.redFlags.size(), 1);  // the April fever flag is outside the period
    EXPECT_EQ(d.redFlags[0].first, RedFlag::SaddleNumbness);
    EXPECT_EQ(d.redFlags[0].second, (QList<QDate>{QDate(2024, 3, 20), QDate(2024, 3, 30)}));
}

TEST(SummaryBuilder, WhatWasTriedAndHowTheNextEntryThatDayCompared) {
    const SummaryData d = march();
    ASSERT_EQ(d.reliefs.size(), 2);
    EXPECT_EQ(d.reliefs[0].relief, Relief::Medicine);
    EXPECT_EQ(d.reliefs[0].entries, 3);
    EXPECT_EQ(d.reliefs[0].days, 3);
    EXPECT_EQ(d.reliefs[0].compared, 1);  // only 30 March has a later entry: 1 → 3
    EXPECT_EQ(d.reliefs[0].lowerNext, 0);
    EXPECT_EQ(d.reliefs[1].relief, Relief::Heat);
    EXPECT_EQ(d.reliefs[1].compared, 1);  // 6 → 4 the same evening
    EXPECT_EQ(d.reliefs[1].lowerNext, 1);
}

TEST(SummaryBuilder, DailyWorstForTheChart) {
    const SummaryData d = march();
    ASSERT_EQ(d.daily.size(), 6);
    EXPECT_EQ(d.daily[0].day, QDate(2024, 3, 1));
    EXPECT_EQ(d.daily[0].worst[0], 6);
    EXPECT_EQ(d.daily[0].worst[4], 2);
    EXPECT_EQ(d.daily[5].worst[0], 3);
}

TEST(SummaryBuilder, EmptyPeriodAndShortPeriod) {
    const SummaryData empty = SummaryBuilder::build({}, QDate(2024, 1, 1), QDate(2024, 1, 10));
    EXPECT_TRUE(empty.isEmpty());
    EXPECT_EQ(empty.daysLogged, 0);
    EXPECT_TRUE(empty.windowsOverlap);
    EXPECT_TRUE(empty.redFlags.isEmpty());
    EXPECT_EQ(empty.legDirection, TrendDirection::NotEnoughData);
}

TEST(SummaryBuilder, PeriodDefaultsToTheLoggedDaysAndRefusesAReversedOne) {
    spinesignal::testing::TempStore store;
    auto all = marchEntries();
    all.removeLast();
    ASSERT_TRUE(store.episodes().addAll(all).ok());
    auto period = SummaryBuilder::resolvePeriod(store.episodes(), std::nullopt, std::nullopt);
    ASSERT_TRUE(period.ok());
    EXPECT_EQ(period.value().first, QDate(2024, 3, 1));
    EXPECT_EQ(period.value().second, QDate(2024, 3, 30));
    auto reversed = SummaryBuilder::resolvePeriod(store.episodes(), QDate(2024, 3, 5), QDate(2024, 3, 1));
    ASSERT_FALSE(reversed.ok());
    EXPECT_EQ(reversed.error().kind, Error::Kind::Invalid);
    auto data = SummaryBuilder::fromStore(store.episodes(), std::nullopt, std::nullopt);
    ASSERT_TRUE(data.ok());
    EXPECT_EQ(data.value().entries, 8);
}
