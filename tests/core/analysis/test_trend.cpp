#include "analysis/trend.h"
#include "analysis/trendtext.h"

#include <gtest/gtest.h>

using namespace spinesignal;

namespace {

QList<DayValue> linear(QDate first, int days, double start, double perDay) {
    QList<DayValue> out;
    for (int i = 0; i < days; ++i) {
        out.append({first.addDays(i), start + perDay * i});
    }
    return out;
}

}  // namespace

TEST(TheilSen, IgnoresAnOutlier) {
    const QDate d(2024, 1, 1);
    // Slopes of the ten pairs: six of 1 (among the first four), then 10, 13, 19, 37 with (4, 40).
    const QList<DayValue> points{{d, 0}, {d.addDays(1), 1}, {d.addDays(2), 2}, {d.addDays(3), 3}, {d.addDays(4), 40}};
    EXPECT_DOUBLE_EQ(TrendAnalyzer::theilSenSlope(points), 1.0);
    // Even count: (0,0), (1,1), (2,2), (3,30): slopes 1, 1, 10, 1, 14.5, 28 → median (1 + 10) / 2.
    EXPECT_DOUBLE_EQ(TrendAnalyzer::theilSenSlope(points.mid(0, 3) + QList<DayValue>{{d.addDays(3), 30}}), 5.5);
    EXPECT_DOUBLE_EQ(TrendAnalyzer::theilSenSlope({{d, 4}}), 0.0);
}

TEST(TrendAnalyzer, EasedOverTwoWeeksWithHandComputedAverages) {
    const QDate first(2024, 3, 25);  // across the change to summer time
    const auto values = linear(first, 14, 7.0, -0.3);
    const Trend t = TrendAnalyzer::analyse(values, first, first.addDays(13));
    EXPECT_EQ(t.direction, Trend::Direction::Eased);
    EXPECT_EQ(t.daysWithData, 14);
    EXPECT_NEAR(t.slopePerDay, -0.3, 1e-12);
    EXPECT_NEAR(t.startAverage, 6.1, 1e-12);  // mean of 7.0 … 5.2
    EXPECT_NEAR(t.endAverage, 4.0, 1e-12);    // mean of 4.9 … 3.1
    // Without translators loaded, Qt fills %n into the English source.
    EXPECT_EQ(TrendText::trendSentence(Symptom::Numbness, t, first.addDays(13)),
              QStringLiteral("Numbness has eased over the last 2 week(s): average 6.1 → 4.0"));
    EXPECT_EQ(TrendText::trendSentence(Symptom::Numbness, t, first.addDays(30)),
              QStringLiteral("Numbness eased between 2024-03-25 and 2024-04-07: average 6.1 → 4.0"));
}

TEST(TrendAnalyzer, WorsenedSteadyAndTooLittleData) {
    const QDate first(2024, 10, 20);
    EXPECT_EQ(TrendAnalyzer::analyse(linear(first, 10, 2.0, 0.2), first, first.addDays(9)).direction,
              Trend::Direction::Worsened);
    EXPECT_EQ(TrendAnalyzer::analyse(linear(first, 10, 4.0, 0.01), first, first.addDays(9)).direction,
              Trend::Direction::Steady)
        << "0.09 points over nine days is not a change";

    const Trend six = TrendAnalyzer::analyse(linear(first, 6, 8.0, -1.0), first, first.addDays(13));
    EXPECT_EQ(six.direction, Trend::Direction::NotEnoughData);
    EXPECT_EQ(six.daysWithData, 6);
    EXPECT_EQ(TrendText::trendSentence(Symptom::Soreness, six, first.addDays(13)),
              QStringLiteral("Soreness: not enough data yet for a trend (6 day(s) with ratings; at "
                             "least 7 needed)."));

    const Trend one = TrendAnalyzer::analyse({{first, 9}}, first, first.addDays(13));
    EXPECT_EQ(one.direction, Trend::Direction::NotEnoughData) << "one day never makes a trend";
}

TEST(TrendAnalyzer, OnlyValuesInsideThePeriodCount) {
    const QDate first(2024, 1, 1);
    const auto values = linear(first, 30, 9.0, -0.25);
    const Trend t = TrendAnalyzer::analyse(values, first.addDays(20), first.addDays(29));
    EXPECT_EQ(t.daysWithData, 10);
    EXPECT_NEAR(t.startAverage, 9.0 - 0.25 * 22, 1e-12);  // days 20–24 (k = 5)
}

TEST(TrendAnalyzer, DisagreeingSignalsAreSteady) {
    // The robust line falls (most pairs fall) but the last days jump up: no honest direction.
    const QDate d(2024, 5, 1);
    const QList<DayValue> v{{d, 6},
                            {d.addDays(1), 5.8},
                            {d.addDays(2), 5.6},
                            {d.addDays(3), 5.4},
                            {d.addDays(4), 5.2},
                            {d.addDays(5), 5.0},
                            {d.addDays(6), 4.8},
                            {d.addDays(7), 4.6},
                            {d.addDays(8), 9.5},
                            {d.addDays(9), 9.5}};
    const Trend t = TrendAnalyzer::analyse(v, d, d.addDays(9));
    EXPECT_LT(t.slopePerDay, 0);
    EXPECT_GT(t.endAverage, t.startAverage);
    EXPECT_EQ(t.direction, Trend::Direction::Steady);
}

TEST(TrendAnalyzer, BucketMeansAreHandComputed) {
    const QDate d(2024, 1, 1);
    const QList<DayValue> v{{d, 1}, {d.addDays(2), 3}, {d.addDays(7), 5}, {d.addDays(20), 9}};
    const auto means = TrendAnalyzer::bucketMeans(v, 7);
    ASSERT_EQ(means.size(), 3);
    EXPECT_DOUBLE_EQ(means[0].first, static_cast<double>(d.toJulianDay()) + 1);  // days 0 and 2
    EXPECT_DOUBLE_EQ(means[0].second, 2.0);
    EXPECT_DOUBLE_EQ(means[1].second, 5.0);
    EXPECT_DOUBLE_EQ(means[2].second, 9.0);
}

TEST(TrendAnalyzer, YearsOfDataUseBlockMeansAndStayFast) {
    const QDate first(2015, 1, 1);
    const auto values = linear(first, 3650, 8.0, -0.001);
    const Trend t = TrendAnalyzer::analyse(values, first, first.addDays(3649));
    EXPECT_NEAR(t.slopePerDay, -0.001, 1e-9);
    EXPECT_EQ(t.direction, Trend::Direction::Eased);
}

TEST(TrendText, PeriodLengthPicksANaturalUnit) {
    EXPECT_EQ(TrendText::periodLength(1), QStringLiteral("1 day(s)"));
    EXPECT_EQ(TrendText::periodLength(13), QStringLiteral("13 day(s)"));
    EXPECT_EQ(TrendText::periodLength(21), QStringLiteral("3 week(s)"));
    EXPECT_EQ(TrendText::periodLength(91), QStringLiteral("13 week(s)"));
    EXPECT_EQ(TrendText::periodLength(365), QStringLiteral("12 month(s)"));
    EXPECT_EQ(TrendText::periodLength(3652), QStringLiteral("10 year(s)"));
    EXPECT_EQ(TrendText::number(5.05), QStringLiteral("5.1"));
    EXPECT_EQ(TrendText::number(-0.04), QStringLiteral("0.0"));
}
