#include "report/summarystats.h"

#include <gtest/gtest.h>

using namespace spinesignal;
using namespace spinesignal::summarystats;

TEST(SummaryStats, MeanOfNothingIsNothing) {
    EXPECT_FALSE(mean({}).has_value());
    EXPECT_DOUBLE_EQ(*mean({1, 2, 4}), 7.0 / 3);
}

TEST(SummaryStats, DirectionNeedsAWholePointAndTwoRatingsEachSide) {
    EXPECT_EQ(direction(5.0, 2, 4.0, 2), TrendDirection::Better);  // exactly one point
    EXPECT_EQ(direction(5.0, 2, 4.1, 2), TrendDirection::Stable);
    EXPECT_EQ(direction(4.0, 3, 5.0, 3), TrendDirection::Worse);
    EXPECT_EQ(direction(5.0, 1, 1.0, 9), TrendDirection::NotEnoughData);
    EXPECT_EQ(direction(std::nullopt, 0, 1.0, 9), TrendDirection::NotEnoughData);
}

TEST(SummaryStats, WindowsAreClippedToThePeriod) {
    const QDate from(2024, 3, 1);
    EXPECT_EQ(firstWindow(from, QDate(2024, 3, 30)), std::make_pair(from, QDate(2024, 3, 14)));
    EXPECT_EQ(lastWindow(from, QDate(2024, 3, 30)), std::make_pair(QDate(2024, 3, 17), QDate(2024, 3, 30)));
    EXPECT_EQ(firstWindow(from, QDate(2024, 3, 5)), std::make_pair(from, QDate(2024, 3, 5)));
    EXPECT_EQ(lastWindow(from, QDate(2024, 3, 5)), std::make_pair(from, QDate(2024, 3, 5)));
}

TEST(SummaryStats, LegSymptomsLeaveOutBackPain) {
    Episode e;
    e.setIntensity(Symptom::BackPain, 7);
    EXPECT_FALSE(hasLegSymptom(e));
    EXPECT_FALSE(worstRating(e, true).has_value());
    EXPECT_EQ(worstRating(e, false), 7);
    e.setIntensity(Symptom::Weakness, 0);
    EXPECT_FALSE(hasLegSymptom(e));  // a 0 is "no symptom"
    e.setIntensity(Symptom::Numbness, 2);
    EXPECT_TRUE(hasLegSymptom(e));
}
