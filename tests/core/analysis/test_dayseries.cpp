#include "analysis/dayseries.h"

#include <gtest/gtest.h>

using namespace spinesignal;

namespace {

DaySummary day(QDate date, double mean, int max, int entries = 1) {
    DaySummary d;
    d.date = date;
    d.entries = entries;
    d.mean[static_cast<std::size_t>(Symptom::Numbness)] = mean;
    d.max[static_cast<std::size_t>(Symptom::Numbness)] = max;
    return d;
}

}  // namespace

TEST(DaySeries, DailyValuesSkipDaysWithoutARating) {
    const QDate d0(2024, 3, 1);
    QList<DaySummary> days{day(d0, 2.5, 4), day(d0.addDays(1), 0, 0)};
    DaySummary unrated;
    unrated.date = d0.addDays(2);
    unrated.entries = 1;
    days.append(unrated);
    const auto max = DaySeries::daily(days, Symptom::Numbness, DaySeries::Statistic::DailyMax);
    const auto mean = DaySeries::daily(days, Symptom::Numbness, DaySeries::Statistic::DailyMean);
    EXPECT_EQ(max, (QList<DayValue>{{d0, 4}, {d0.addDays(1), 0}}));
    EXPECT_EQ(mean, (QList<DayValue>{{d0, 2.5}, {d0.addDays(1), 0}})) << "a rated 0 is a value; no rating is not";
}

TEST(DaySeries, RollingMeanUsesACalendarWindowNotTheLastSevenValues) {
    const QDate d1(2024, 3, 25);  // the window crosses the change to summer time on 31 March
    const QList<DaySummary> days{day(d1, 2, 2),
                                 day(d1.addDays(1), 4, 4),
                                 day(d1.addDays(2), 6, 6),
                                 day(d1.addDays(6), 8, 8),
                                 day(d1.addDays(7), 10, 10),
                                 day(d1.addDays(20), 1, 1)};
    const auto rolling = DaySeries::rollingMean(days, Symptom::Numbness, 7);
    ASSERT_EQ(rolling.size(), 6);
    EXPECT_DOUBLE_EQ(rolling[0].value, 2.0);
    EXPECT_DOUBLE_EQ(rolling[1].value, 3.0);  // (2 + 4) / 2
    EXPECT_DOUBLE_EQ(rolling[2].value, 4.0);  // (2 + 4 + 6) / 3
    EXPECT_DOUBLE_EQ(rolling[3].value, 5.0);  // day 7 still sees day 1: (2 + 4 + 6 + 8) / 4
    EXPECT_DOUBLE_EQ(rolling[4].value, 7.0);  // day 8 drops day 1: (4 + 6 + 8 + 10) / 4
    EXPECT_EQ(rolling[5].date, d1.addDays(20));
    EXPECT_DOUBLE_EQ(rolling[5].value, 1.0) << "after a gap the window holds only the new day";
}

TEST(DaySeries, EntriesPerWeekStartOnMonday) {
    const QDate sunday(2024, 3, 31);
    const QList<DaySummary> days{day(sunday.addDays(-6), 1, 1, 2), day(sunday, 1, 1, 3),
                                 day(sunday.addDays(1), 1, 1, 4), day(sunday.addDays(15), 1, 1, 1)};
    const auto weeks = DaySeries::entriesPerWeek(days);
    EXPECT_EQ(weeks,
              (QList<WeekCount>{{QDate(2024, 3, 25), 5, 2}, {QDate(2024, 4, 1), 4, 1}, {QDate(2024, 4, 15), 1, 1}}))
        << "the empty week of 8 April is absent, not a zero";
}

TEST(DaySeries, RedFlagDaysAndGapSplitting) {
    const QDate d(2024, 1, 1);
    QList<DaySummary> days{day(d, 1, 1), day(d.addDays(3), 1, 1)};
    days[1].redFlag = true;
    EXPECT_EQ(DaySeries::redFlagDays(days), QList<QDate>{d.addDays(3)});

    const QList<DayValue> values{{d, 1}, {d.addDays(7), 2}, {d.addDays(15), 3}, {d.addDays(16), 4}};
    const auto runs = DaySeries::splitAtGaps(values, 7);
    ASSERT_EQ(runs.size(), 2);
    EXPECT_EQ(runs[0].size(), 2);  // 7 days apart: still joined
    EXPECT_EQ(runs[1].size(), 2);  // 8 days apart: broken
    EXPECT_TRUE(DaySeries::splitAtGaps({}, 7).isEmpty());
}

TEST(DaySeries, PerWeekPicksTheHighestOrTheLastOnThursday) {
    const QDate monday(2024, 3, 25);
    const QList<DayValue> v{{monday, 3}, {monday.addDays(2), 7}, {monday.addDays(6), 5}, {monday.addDays(8), 2}};
    EXPECT_EQ(DaySeries::perWeek(v, DaySeries::WeekPick::Highest),
              (QList<DayValue>{{QDate(2024, 3, 28), 7}, {QDate(2024, 4, 4), 2}}));
    EXPECT_EQ(DaySeries::perWeek(v, DaySeries::WeekPick::Last),
              (QList<DayValue>{{QDate(2024, 3, 28), 5}, {QDate(2024, 4, 4), 2}}));
}
