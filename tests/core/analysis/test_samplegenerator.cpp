#include "analysis/daysummary.h"
#include "analysis/samplegenerator.h"
#include "domain/episodevalidator.h"

#include <gtest/gtest.h>

using namespace spinesignal;

namespace {

SampleGenerator::Options tenYears(quint64 seed = 7) {
    SampleGenerator::Options o;
    o.days = 3650;
    o.seed = seed;
    o.lastDay = QDate(2025, 6, 30);
    o.now = QDateTime(o.lastDay, QTime(12, 0));
    return o;
}

}  // namespace

TEST(SampleGenerator, SameSeedSameEntriesOtherSeedOtherEntries) {
    auto small = tenYears();
    small.days = 60;
    const auto a = SampleGenerator::generate(small);
    const auto b = SampleGenerator::generate(small);
    ASSERT_FALSE(a.isEmpty());
    EXPECT_EQ(a, b);
    small.seed = 8;
    EXPECT_NE(a, SampleGenerator::generate(small));
}

TEST(SampleGenerator, TenYearsAreRealisticAndValid) {
    const auto options = tenYears();
    const auto entries = SampleGenerator::generate(options);
    EXPECT_GE(entries.size(), 15000);
    EXPECT_LE(entries.size(), 30000);
    int redFlags = 0;
    for (const Episode& e : entries) {
        const auto errors = EpisodeValidator::validate(e, options.now);
        ASSERT_TRUE(errors.isEmpty()) << EpisodeValidator::describe(errors).toStdString();
        ASSERT_LE(e.when, options.now);
        ASSERT_GE(e.localDate(), options.lastDay.addDays(1 - options.days));
        redFlags += e.hasRedFlag() ? 1 : 0;
    }
    EXPECT_GT(redFlags, 0) << "rare, but present";
    EXPECT_LT(redFlags, 40);

    const auto days = DayAggregator::fromEpisodes(entries);
    EXPECT_GT(days.size(), 3000) << "most days are logged";
    EXPECT_LT(days.size(), 3600) << "some are not: gaps";
    // Working days are worse than weekends (long sitting), averaged over ten years.
    double work = 0, weekend = 0;
    int nWork = 0, nWeekend = 0;
    for (const DaySummary& d : days) {
        if (const auto v = d.meanOf(Symptom::Soreness)) {
            (d.date.dayOfWeek() <= 5 ? work : weekend) += *v;
            ++(d.date.dayOfWeek() <= 5 ? nWork : nWeekend);
        }
    }
    EXPECT_GT(work / nWork, weekend / nWeekend + 0.3);
}
